import { formatHex, formatHexDigits, Grouping } from '../tdx/format';
import {
  EPT_MEMORY_TYPES,
  EPT_VIOLATION_BITS,
  KVM_MEMORY_ATTRIBUTES,
  KVM_MEMORY_EXIT_FLAGS,
  NamedBit,
  PFERR_BITS,
  SPTE_BITS,
  SPTE_TDP_AD_TYPES,
} from './bitNames';
import { DIRECT_MAP_BASE, KERNEL_REGIONS, KernelRegion } from './kernelLayout';
import {
  StatusCode,
  TDVMCALL_STATUS_CODES,
  TDX_ERROR,
  TDX_NON_RECOVERABLE,
  TDX_OPERAND_IDS,
  TDX_SEAMCALL_STATUS_MASK,
  TDX_STATUS_CODES,
  TDX_SW_ERROR,
  TDX_SW_STATUS_CODES,
} from './tdxStatusCodes';
import { Gpaw, gpaStatus, U64_MAX } from '../tdx/tdx';
import { VALUE_KIND_TITLES, ValueKind } from '../detect/valueKind';

/** What a non-address number means: one plain-text line and markdown detail lines citing kernel sources. */
export interface ValueMeaning {
  /** One line, plain text, for the API and the Debug Console, e.g. "TDX_OPERAND_BUSY (error, recoverable), operand SEPT (0x92)". */
  readonly meaning: string;
  /** Markdown lines for the hover body (bullets/table rows), may be empty. */
  readonly details: readonly string[];
}

/** Where a value was printed: the tracepoint/message (`kvm_page_fault`, `kvm_memory_fault`) and the field label (`flags`), plus the hex grouping to use. */
export interface MeaningContext {
  readonly event?: string;
  readonly field?: string;
  readonly grouping?: Grouping;
}

const LOW32 = 0xffff_ffffn;
const PAGE_SIZE = 4096n;

function byValue(codes: readonly StatusCode[]): ReadonlyMap<bigint, StatusCode> {
  const map = new Map<bigint, StatusCode>();
  for (const code of codes) if (!map.has(code.value)) map.set(code.value, code);
  return map;
}

const TDX_STATUS_BY_VALUE = byValue(TDX_STATUS_CODES);
const TDX_SW_BY_VALUE = byValue(TDX_SW_STATUS_CODES);
const TDX_OPERAND_BY_VALUE = byValue(TDX_OPERAND_IDS);
const TDVMCALL_BY_VALUE = byValue(TDVMCALL_STATUS_CODES);

/** Set bit indices of a 64-bit value, lowest first: `0x9n` → `[0, 3]`. */
export function setBitIndices(value: bigint): number[] {
  const out: number[] = [];
  if (value < 0n || value > U64_MAX) {
    const binary = value.toString(2);
    for (let i = binary.length - 1; i >= 0; i--) if (binary.charCodeAt(i) === 49) out.push(binary.length - 1 - i);
    return out;
  }
  // The two 32-bit halves as numbers; `x & -x` is the lowest set bit, `x &= x - 1` clears it.
  for (let x = Number(value & LOW32); x !== 0; x &= x - 1) out.push(31 - Math.clz32(x & -x));
  for (let x = Number(value >> 32n); x !== 0; x &= x - 1) out.push(63 - Math.clz32(x & -x));
  return out;
}

/** `1n << bit` for bits 0..63, so testing a bit is one `&`. */
const BIT_MASKS: readonly bigint[] = Array.from({ length: 64 }, (_, bit) => 1n << BigInt(bit));

function isBitSet(value: bigint, bit: number): boolean {
  return (value & BIT_MASKS[bit]) !== 0n;
}

/** Each bit table indexed by bit number (the first entry of a bit wins, as a search of the table would). */
const BY_BIT = new WeakMap<readonly NamedBit[], readonly (NamedBit | undefined)[]>();

function byBit(table: readonly NamedBit[]): readonly (NamedBit | undefined)[] {
  let index = BY_BIT.get(table);
  if (!index) {
    const built: (NamedBit | undefined)[] = [];
    for (const b of table) built[b.bit] ??= b;
    BY_BIT.set(table, (index = built));
  }
  return index;
}

function splitBits(value: bigint, table: readonly NamedBit[]): { named: NamedBit[]; unnamed: number[] } {
  const named: NamedBit[] = [];
  const unnamed: number[] = [];
  const index = byBit(table);
  for (const bit of setBitIndices(value)) {
    const entry = index[bit];
    if (entry) named.push(entry);
    else unnamed.push(bit);
  }
  return { named, unnamed };
}

/** Each named bit's detail line, written once. */
const BIT_LINES = new Map<NamedBit, string>();

function bitLine(b: NamedBit): string {
  let line = BIT_LINES.get(b);
  if (line === undefined) BIT_LINES.set(b, (line = `- bit ${b.bit} \`${b.name}\`: ${b.what} (\`${b.source}\`)`));
  return line;
}

function bitLines(named: readonly NamedBit[], unnamed: readonly number[], unnamedWhat: string): string[] {
  const lines = named.map(bitLine);
  if (unnamed.length > 0) lines.push(`- ${unnamed.length === 1 ? 'bit' : 'bits'} ${unnamed.join(', ')}: ${unnamedWhat}`);
  return lines;
}

function bitNamesLine(named: readonly NamedBit[], unnamed: readonly number[]): string {
  let line = '';
  for (const b of named) line += line ? ' | ' + b.name : b.name;
  for (const bit of unnamed) line += line ? ' | bit ' + bit : 'bit ' + bit;
  return line;
}

/** Decimal with thousands separators: `4718592n` → "4,718,592". */
export function groupedDecimal(value: bigint): string {
  const digits = (value < 0n ? -value : value).toString(10);
  const n = digits.length;
  let end = n % 3 || 3;
  let out = digits.slice(0, end);
  for (; end < n; end += 3) out += ',' + digits.slice(end, end + 3);
  return value < 0n ? '-' + out : out;
}

const SIZE_UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] as const;
/** Bytes in each unit of `SIZE_UNITS` (`1n << shift`), and the shifts. */
const UNIT_SHIFTS: readonly bigint[] = SIZE_UNITS.map((_, i) => BigInt(10 * (i + 1)));
const UNIT_BYTES: readonly bigint[] = UNIT_SHIFTS.map((shift) => 1n << shift);

/** Binary size in words, exact when possible: `0x1000n` → "4 KiB", `0x180000n` → "1.5 MiB", `100n` → "100 bytes". */
export function humanSize(bytes: bigint): string {
  if (bytes < 1024n) return `${bytes} ${bytes === 1n ? 'byte' : 'bytes'}`;
  let index = 0;
  while (index < SIZE_UNITS.length - 1 && bytes >= UNIT_BYTES[index + 1]) index++;
  const name = SIZE_UNITS[index];
  const unit = UNIT_BYTES[index];
  const shift = UNIT_SHIFTS[index];
  if ((bytes & (unit - 1n)) === 0n) return `${groupedDecimal(bytes >> shift)} ${name}`;
  const scaled = bytes * 100n;
  const hundredths = (scaled + (unit >> 1n)) >> shift;
  const h = Number(hundredths % 100n);
  // The two decimals without trailing zeros: 50 → "5", 5 → "05", 0 → "".
  const fraction = h === 0 ? '' : h % 10 === 0 ? String(h / 10) : h < 10 ? '0' + h : String(h);
  const approx = hundredths << shift === scaled ? '' : '~';
  return `${approx}${groupedDecimal(hundredths / 100n)}${fraction ? '.' + fraction : ''} ${name}`;
}

/**
 * Class of a TDX status from bits 63 (`TDX_ERROR`) and 62 (`TDX_NON_RECOVERABLE`): `0x8000020000000000n` → "error, recoverable",
 * `0xc000010000000000n` → "error, non-recoverable", `0x0000081500000000n` → "warning", `0n` → "success".
 */
export function tdxStatusClass(value: bigint): string {
  const error = (value & TDX_ERROR) !== 0n;
  const nonRecoverable = (value & TDX_NON_RECOVERABLE) !== 0n;
  if (error) return nonRecoverable ? 'error, non-recoverable' : 'error, recoverable';
  if (nonRecoverable) return 'non-recoverable';
  return (value & TDX_SEAMCALL_STATUS_MASK) === 0n ? 'success' : 'warning';
}

function isUpstream(source: string): boolean {
  return !source.includes(':');
}

function sourceNote(code: StatusCode): string {
  return isUpstream(code.source) ? `\`${code.source}\`` : `${code.source.replace(/: (.*)$/, ': `$1`')}, not in upstream Linux`;
}

/**
 * The kind a 64-bit value with bit 63 or 62 set (a GPA of no TD) is by its value alone, or undefined: a TDX status whose bits
 * 63:32 name a `tdx_errno.h` status (`0x8000020000000092n` → `'tdxStatus'`), or a TDVMCALL error status.
 */
export function statusKindOf(value: bigint): 'tdxStatus' | 'tdvmcallStatus' | undefined {
  // Class bits 63:62 (error, non-recoverable): `TDX_NON_RECOVERABLE_VCPU` is 0x4000000100000000.
  if (value >> 62n === 0n) return undefined;
  if (TDVMCALL_BY_VALUE.has(value)) return 'tdvmcallStatus';
  return TDX_STATUS_BY_VALUE.has(value & TDX_SEAMCALL_STATUS_MASK) || TDX_SW_BY_VALUE.has(value) ? 'tdxStatus' : undefined;
}

/**
 * Decodes a SEAMCALL/TDCALL return value: status name from bits 63:32, class from bits 63/62, operand id from bits 31:0,
 * e.g. `0x8000020000000092n` → "TDX_OPERAND_BUSY (error, recoverable), operand SEPT (0x92)".
 */
export function tdxStatus(value: bigint, grouping: Grouping = 'underscore'): ValueMeaning {
  const cls = tdxStatusClass(value);
  const sw = TDX_SW_BY_VALUE.get(value);
  if (sw) {
    return {
      meaning: `${sw.name} (${cls}, kernel-defined)`,
      details: [
        `- \`${sw.name}\` (\`${sw.source}\`): the SEAMCALL itself failed in the kernel (VMfailInvalid, #GP or #UD), the TDX module did not run`,
        `- bits 47:40 = \`0xff\` (\`TDX_SW_ERROR\`): a status class the TDX module never uses`,
      ],
    };
  }
  const status = value & TDX_SEAMCALL_STATUS_MASK;
  const detail = value & LOW32;
  const code = TDX_STATUS_BY_VALUE.get(status);
  const statusHex = formatHex(status >> 32n, grouping);
  const isSoftware = (value & TDX_SW_ERROR) === TDX_SW_ERROR;
  const name = code ? code.name : isSoftware ? `TDX_SW_ERROR status ${statusHex}` : `status ${statusHex} not in tdx_errno.h`;
  const operand = TDX_OPERAND_BY_VALUE.get(detail);
  const detailHex = formatHex(detail, grouping);
  const operandText =
    detail === 0n ? '' : operand ? `, operand ${operand.name.replace('TDX_OPERAND_ID_', '')} (${detailHex})` : `, operand ${detailHex}`;
  const details = [
    code
      ? `- bits 63:32 = \`${statusHex}\`: \`${code.name}\` (${sourceNote(code)})`
      : `- bits 63:32 = \`${statusHex}\`: not among the ${TDX_STATUS_CODES.length} status codes of \`arch/x86/include/asm/shared/tdx_errno.h\`, \`arch/x86/include/asm/tdx.h\` and older TDX trees`,
    `- bit 63 \`TDX_ERROR\` ${value & TDX_ERROR ? 'set' : 'clear'}, bit 62 \`TDX_NON_RECOVERABLE\` ${value & TDX_NON_RECOVERABLE ? 'set' : 'clear'}: ${cls}`,
  ];
  if (detail !== 0n) {
    details.push(
      operand
        ? `- bits 31:0 = \`${detailHex}\`: \`${operand.name}\` (\`${operand.source}\`)`
        : `- bits 31:0 = \`${detailHex}\`: not a \`TDX_OPERAND_ID_*\` of \`tdx_errno.h\` (an operand id or other detail)`,
    );
  }
  return { meaning: `${name} (${cls})${operandText}`, details };
}

/**
 * Decodes a TDG.VP.VMCALL status the VMM returns in R10: `0x8000000000000003n` → "TDVMCALL_STATUS_SUBFUNC_UNSUPPORTED (error)".
 */
export function tdvmcallStatus(value: bigint, grouping: Grouping = 'underscore'): ValueMeaning {
  const cls = (value & (1n << 63n)) !== 0n ? 'error' : value === 0n ? 'success' : 'no error bit';
  const code = TDVMCALL_BY_VALUE.get(value);
  if (!code) {
    return {
      meaning: `TDVMCALL status ${formatHex(value, grouping)} not in arch/x86/include/asm/shared/tdx.h (${cls})`,
      details: ['- bit 63 set means error (GHCI); known codes are 0, 1 and 0x8000000000000000 to 0x8000000000000003'],
    };
  }
  const details = [`- \`${code.name}\` = \`${formatHex(value, grouping)}\` (${sourceNote(code)})`];
  if (code.name === 'TDG_VP_VMCALL_GPA_INUSE') {
    details.push('- Linux defines no name for this GHCI status; older Intel trees used the same value for `TDG_VP_VMCALL_TDREPORT_FAILED`');
  }
  details.push('- the VMM’s answer in R10, not the TDX module’s TDCALL status in RAX');
  return { meaning: `${code.name} (${cls})`, details };
}

/** Decodes KVM page-fault error-code bits: `0x100000002n` → "PFERR_WRITE_MASK | PFERR_GUEST_FINAL_MASK". */
export function errorCode(value: bigint): ValueMeaning {
  if (value === 0n) {
    return { meaning: 'no PFERR_* bits: not-present read', details: ['- `PFERR_*` bits are in `arch/x86/include/asm/kvm_host.h`'] };
  }
  const { named, unnamed } = splitBits(value, PFERR_BITS);
  const details = bitLines(named, unnamed, 'not a `PFERR_*` bit of `arch/x86/include/asm/kvm_host.h`');
  if (named.some((b) => b.bit >= 48)) details.push('- bits 48 and 49 form `PFERR_SYNTHETIC_MASK`: set by KVM, never by hardware');
  return { meaning: bitNamesLine(named, unnamed), details };
}

/**
 * The PFERR error code KVM derives from an EPT-violation exit qualification in `__vmx_handle_ept_violation`
 * (`arch/x86/kvm/vmx/common.h`), before `PFERR_PRIVATE_ACCESS` for a private GPA: `0x181n` → `0x100000004n` (USER | GUEST_FINAL).
 */
export function pferrFromExitQualification(qualification: bigint): bigint {
  // Only bits 8:0 matter: read as a number, and the code (bits 33:0) built as one.
  const q = Number(qualification & 0x1ffn);
  let code = 0;
  if (q & 1) code |= 1 << 2;
  if (q & 2) code |= 1 << 1;
  if (q & 4) code |= 1 << 4;
  if (q & 0x38) code |= 1;
  return BigInt(q & 0x80 ? code + (q & 0x100 ? 2 ** 32 : 2 ** 33) : code);
}

/** The access words of bits 2:0 of an exit qualification, by their value: `3` → "read/write". */
const ACCESS_WORDS: readonly string[] = Array.from(
  { length: 8 },
  (_, bits) => [bits & 1 && 'read', bits & 2 && 'write', bits & 4 && 'fetch'].filter(Boolean).join('/') || 'no access type',
);

function accessSummary(qualification: bigint): string {
  const q = Number(qualification & 0x1ffn); // bits 8:0, all this reads
  const access = ACCESS_WORDS[q & 7];
  const allowed =
    (q & 0x78) === 0
      ? 'GPA not present in EPT'
      : `EPT allowed ${q & 8 ? 'r' : '-'}${q & 0x10 ? 'w' : '-'}${q & 0x20 ? 'x' : '-'}${q & 0x40 ? ' user-x' : ''}`;
  const walk = q & 0x80 ? (q & 0x100 ? ', access to the translated GPA' : ', access to a guest page-table entry') : '';
  return `${access}, ${allowed}${walk}`;
}

/**
 * Decodes an EPT-violation exit qualification (also `kvm_page_fault`'s `error_code` on Intel):
 * `0x2n` → "EPT_VIOLATION_ACC_WRITE (write, GPA not present in EPT)".
 */
export function exitQualification(value: bigint, context: MeaningContext = {}): ValueMeaning {
  const grouping = context.grouping ?? 'underscore';
  const { named, unnamed } = splitBits(value, EPT_VIOLATION_BITS);
  const details = bitLines(named, unnamed, 'not an `EPT_VIOLATION_*` bit of `arch/x86/include/asm/vmx.h`');
  const pferr = pferrFromExitQualification(value);
  const pferrNames = pferr === 0n ? 'no bits' : bitNamesLine(splitBits(pferr, PFERR_BITS).named, []);
  details.push(
    `- KVM turns it into error code \`${formatHex(pferr, grouping)}\` (${pferrNames}) in \`__vmx_handle_ept_violation\` (\`arch/x86/kvm/vmx/common.h\`), adding \`PFERR_PRIVATE_ACCESS\` for a TDX private GPA`,
  );
  if (context.event === 'kvm_page_fault') {
    details.push(
      "- `kvm_page_fault`'s `error_code` on Intel is this exit qualification: `handle_ept_violation` (`arch/x86/kvm/vmx/vmx.c`) and `tdx_handle_ept_violation` (`arch/x86/kvm/vmx/tdx.c`) pass it to `trace_kvm_page_fault`",
    );
  }
  if (value === 2n) {
    details.push(
      '- for a TDX private GPA KVM always reports `0x2`: `tdx_handle_ept_violation` (`arch/x86/kvm/vmx/tdx.c`) sets `exit_qual = EPT_VIOLATION_ACC_WRITE` ("Always treat SEPT violations as write faults") before `trace_kvm_page_fault`, so the real access type of a private fault is not in the trace',
    );
  }
  if (value === 0n) return { meaning: 'no EPT_VIOLATION_* bits set', details };
  return { meaning: `${bitNamesLine(named, unnamed)} (${accessSummary(value)})`, details };
}

/** `SHADOW_NONPRESENT_VALUE` on 64-bit hosts: bit 63 (`VMX_EPT_SUPPRESS_VE_BIT`), `arch/x86/kvm/mmu/spte.h`. */
export const SHADOW_NONPRESENT_VALUE = 1n << 63n;
/** `FROZEN_SPTE = SHADOW_NONPRESENT_VALUE | 0x5a0`, the TDP MMU's placeholder while an SPTE is being replaced. */
export const FROZEN_SPTE = SHADOW_NONPRESENT_VALUE | 0x5a0n;
const FROZEN_SPTE_PROPOSED = SHADOW_NONPRESENT_VALUE | 0x498n;
/** `SPTE_BASE_ADDR_MASK` without `CONFIG_DYNAMIC_PHYSICAL_MASK`: bits 51:12, the host physical address of the page. */
export const SPTE_BASE_ADDR_MASK = ((1n << 52n) - 1n) & ~(PAGE_SIZE - 1n);
/** `VMX_EPT_MISCONFIG_WX_VALUE`: R/W/X bits of an MMIO SPTE. */
const VMX_EPT_MISCONFIG_WX_VALUE = 6;

/** `R`/`W`/`X` or `-` for bits 2:0, by their value: `5` → "R-X". */
const RWX_STRINGS: readonly string[] = Array.from({ length: 8 }, (_, b) => `${b & 1 ? 'R' : '-'}${b & 2 ? 'W' : '-'}${b & 4 ? 'X' : '-'}`);

/** An SPTE's first two detail lines, by the value of bits 2:0 and of bits 5:3, and the memory type's short name. */
const SPTE_RWX_LINES: readonly string[] = RWX_STRINGS.map(
  (rwx) =>
    `- bits 2:0 R/W/X = \`${rwx}\` (\`VMX_EPT_READABLE_MASK\`, \`…_WRITABLE_MASK\`, \`…_EXECUTABLE_MASK\`, \`arch/x86/include/asm/vmx.h\`)`,
);
const SPTE_MEMORY_TYPE_LINES: readonly string[] = Array.from(
  { length: 8 },
  (_, type) => `- bits 5:3 memory type ${type}: ${EPT_MEMORY_TYPES.get(type) ?? 'reserved'}`,
);
const SPTE_SHORT_TYPES: readonly string[] = Array.from({ length: 8 }, (_, type) => {
  const name = EPT_MEMORY_TYPES.get(type);
  return name ? name.slice(0, 2) : `memory type ${type} (reserved)`;
});

/** MMIO generation kept in an MMIO SPTE: bits 10:3 (low 8) and 62:52 (high 11) of `arch/x86/kvm/mmu/spte.h`. */
export function mmioSpteGeneration(value: bigint): bigint {
  return ((value >> 3n) & 0xffn) | (((value >> 52n) & 0x7ffn) << 8n);
}

/**
 * Decodes an EPT SPTE (contents of `spte`, `old_spte`, `new_spte`): `0x600000012345677n` → "present RWX, WB, host PFN 0x1_2345";
 * also recognises `SHADOW_NONPRESENT_VALUE`, `FROZEN_SPTE` and MMIO SPTEs (W+X without R).
 */
export function spte(value: bigint, grouping: Grouping = 'underscore'): ValueMeaning {
  if (value === SHADOW_NONPRESENT_VALUE) {
    return {
      meaning: 'not present: SHADOW_NONPRESENT_VALUE (suppress #VE)',
      details: [
        '- KVM’s value for a non-present SPTE on 64-bit hosts (`arch/x86/kvm/mmu/spte.h`): only bit 63 `VMX_EPT_SUPPRESS_VE_BIT`, so a TD gets an EPT violation (to KVM) instead of a #VE',
      ],
    };
  }
  if (value === FROZEN_SPTE || value === FROZEN_SPTE_PROPOSED) {
    return {
      meaning: 'FROZEN_SPTE: not present, being replaced by another thread',
      details: [
        '- `FROZEN_SPTE = SHADOW_NONPRESENT_VALUE | 0x5a0` (`arch/x86/kvm/mmu/spte.h`; a later KVM patch uses `| 0x498`), used only by the TDP MMU',
      ],
    };
  }
  if (value === 0n) {
    return {
      meaning: 'not present (zero)',
      details: ['- 64-bit KVM writes `SHADOW_NONPRESENT_VALUE` (bit 63) for non-present SPTEs; zero is the pre-TDX or 32-bit value'],
    };
  }
  // Bits 31:0 and 63:32 as numbers: the bit tests below need no bigint operations.
  const lo = Number(value & LOW32);
  const hi = Number((value >> 32n) & LOW32);
  const suppressVe = (hi & 0x8000_0000) !== 0;
  const rwx = lo & 7;
  const kvmPresent = (lo & 0x800) !== 0; // bit 11
  if (rwx === VMX_EPT_MISCONFIG_WX_VALUE && !kvmPresent) {
    return {
      meaning: `MMIO SPTE, generation ${formatHex(mmioSpteGeneration(value), grouping)}`,
      details: [
        '- R/W/X = `-WX` is `VMX_EPT_MISCONFIG_WX_VALUE` (`arch/x86/include/asm/vmx.h`): an access takes an EPT misconfiguration and KVM emulates MMIO',
        '- bits 10:3 and 62:52 hold the memslot generation; bits 51:12 hold the GFN, not a host PFN',
      ],
    };
  }
  const pfn = (value & SPTE_BASE_ADDR_MASK) >> 12n;
  // The PFN's digits once: the HPA is the same digits and three zeros.
  const pfnDigits = pfn.toString(16);
  const pfnHex = formatHexDigits(pfnDigits, grouping);
  const memType = (lo >>> 3) & 7;
  const { named, unnamed } = splitBits(value, SPTE_BITS);
  const details = [
    SPTE_RWX_LINES[rwx],
    SPTE_MEMORY_TYPE_LINES[memType],
    `- bits 51:12 host PFN \`${pfnHex}\`, HPA \`${formatHexDigits(pfn === 0n ? '0' : pfnDigits + '000', grouping)}\` (host physical, not a guest address)`,
  ];
  for (const b of named) if (b.bit > 2) details.push(bitLine(b));
  if (kvmPresent) details.push(`- bits 53:52 A/D tracking: \`${SPTE_TDP_AD_TYPES[(hi >>> 20) & 3]}\` (\`arch/x86/kvm/mmu/spte.h\`)`);
  if (hi & ((1 << 22) | (1 << 24))) {
    details.push('- bits 54/56 hold the R/X bits saved by access tracking (`SHADOW_ACC_TRACK_SAVED_BITS_SHIFT` 54)');
  }
  const stray = unnamed.filter((bit) => bit > 51 && ![52, 53, 54, 56].includes(bit));
  if (stray.length > 0) details.push(`- ${stray.length === 1 ? 'bit' : 'bits'} ${stray.join(', ')}: not named in \`vmx.h\` or \`spte.h\``);
  const extras = lo & 0x80 ? (suppressVe ? 'large page, suppress #VE' : 'large page') : suppressVe ? 'suppress #VE' : '';
  if (rwx === 0) {
    const tracked = kvmPresent ? ', KVM MMU-present (access-tracked or write-protected)' : '';
    return { meaning: `not present in EPT (R/W/X clear)${tracked}${extras ? ', ' + extras : ''}`, details };
  }
  return {
    meaning: `present ${RWX_STRINGS[rwx]}, ${SPTE_SHORT_TYPES[memType]}, host PFN ${pfnHex}${extras ? ', ' + extras : ''}`,
    details,
  };
}

function isMemoryFaultContext(context: MeaningContext): boolean {
  return /memory_fault/i.test(context.event ?? '');
}

/**
 * Decodes a flags word; under `kvm_memory_fault` (QEMU) / `KVM_EXIT_MEMORY_FAULT` it names `KVM_MEMORY_EXIT_FLAG_PRIVATE`:
 * `0x8n` → "KVM_MEMORY_EXIT_FLAG_PRIVATE: private access"; under `kvm_vm_set_mem_attributes` `KVM_MEMORY_ATTRIBUTE_PRIVATE`;
 * elsewhere it lists the set bits.
 */
export function flags(value: bigint, context: MeaningContext = {}): ValueMeaning {
  if (isMemoryFaultContext(context))
    return privateBitFlags(value, KVM_MEMORY_EXIT_FLAGS, 'KVM_MEMORY_EXIT_FLAG_', 'shared access (KVM_MEMORY_EXIT_FLAG_PRIVATE clear)', [
      'private access',
      'shared access',
    ]);
  if (context.event === 'kvm_vm_set_mem_attributes')
    return privateBitFlags(value, KVM_MEMORY_ATTRIBUTES, 'KVM_MEMORY_ATTRIBUTE_', 'no attributes: the range becomes shared', [
      'the range becomes private',
      'the range becomes shared',
    ]);
  const bits = setBitIndices(value);
  if (bits.length === 0) return { meaning: 'no bits set', details: [] };
  return { meaning: `${bits.length === 1 ? 'bit' : 'bits'} ${bits.join(', ')} set`, details: [] };
}

/** Flags of `include/uapi/linux/kvm.h` whose bit 3 says private: the named bits, then what bit 3 set / clear means. */
function privateBitFlags(
  value: bigint,
  table: readonly NamedBit[],
  prefix: string,
  none: string,
  [set, clear]: readonly [string, string],
): ValueMeaning {
  const { named, unnamed } = splitBits(value, table);
  const details = bitLines(named, unnamed, `not a \`${prefix}*\` of \`include/uapi/linux/kvm.h\``);
  if (value === 0n) return { meaning: none, details };
  return { meaning: `${bitNamesLine(named, unnamed)}: ${isBitSet(value, 3) ? set : clear}`, details };
}

function pagesOf4K(pages: bigint): string {
  return `${groupedDecimal(pages)} ${pages === 1n ? 'page' : 'pages'} of 4 KiB`;
}

/**
 * Describes an inclusive GPA range: `(0x1_0000_0000n, 0x4_7fff_ffffn, 48)` →
 * "0x1_0000_0000–0x4_7fff_ffff: 14 GiB, 3,670,016 pages of 4 KiB; both ends private under GPAW 48".
 */
export function describeRange(first: bigint, last: bigint, gpaw: Gpaw, grouping: Grouping = 'underscore'): ValueMeaning {
  const meaning = rangeMeaning(first, last, gpaw, grouping);
  if (last < first) return { meaning, details: [] };
  const bytes = last - first + 1n;
  const details = [`- ${groupedDecimal(bytes)} bytes`];
  if (first % PAGE_SIZE !== 0n || bytes % PAGE_SIZE !== 0n) details.push('- not 4 KiB aligned: the page count includes partial pages');
  return { meaning, details };
}

/** `describeRange(…).meaning` alone, for the hovers' Range line. */
export function rangeMeaning(first: bigint, last: bigint, gpaw: Gpaw, grouping: Grouping = 'underscore'): string {
  const firstDigits = first.toString(16);
  const lastDigits = last.toString(16);
  const span = `${formatHexDigits(firstDigits, grouping)}–${formatHexDigits(lastDigits, grouping)}`;
  if (last < first) return `${span}: end is below start; a range is written first–last, both inclusive`;
  const bytes = last - first + 1n;
  const pages = (last >> 12n) - (first >> 12n) + 1n;
  const startStatus = gpaStatus(first, gpaw);
  const endStatus = gpaStatus(last, gpaw);
  const status =
    startStatus === endStatus
      ? `both ends ${startStatus} under GPAW ${gpaw}`
      : `start is ${startStatus}, end is ${endStatus} under GPAW ${gpaw}`;
  return `${span}: ${humanSize(bytes)}, ${pagesOf4K(pages)}; ${status}`;
}

/** Describes a byte size: `0x1000n` → "0x1000 = 4 KiB". */
export function size(value: bigint, grouping: Grouping = 'underscore'): ValueMeaning {
  const details = [`- ${groupedDecimal(value)} bytes`];
  if (value > 0n && value % PAGE_SIZE === 0n) details.push(`- ${pagesOf4K(value / PAGE_SIZE)}`);
  return { meaning: `${formatHex(value, grouping)} = ${humanSize(value)}`, details };
}

/** Describes a count, index or id in decimal: `0x1000n` → "4,096 (0x1000)", `3n` → "3". */
export function count(value: bigint, grouping: Grouping = 'underscore'): ValueMeaning {
  return { meaning: value < 10n ? value.toString() : `${groupedDecimal(value)} (${formatHex(value, grouping)})`, details: [] };
}

/** Describes a host physical address: `0x1_2345_6789n` → "host physical, not a guest address; frame 0x12_3456". */
export function hostPhysical(value: bigint, grouping: Grouping = 'underscore'): ValueMeaning {
  return {
    meaning: `host physical, not a guest address; frame ${formatHex(value >> 12n, grouping)}`,
    details: [
      `- host PFN \`${formatHex(value >> 12n, grouping)}\`, offset \`${formatHex(value & 0xfffn, grouping)}\``,
      '- TD shared/private rules apply to guest physical addresses only',
    ],
  };
}

/** Describes a host page frame number: `0x12345n` → "host physical, not a guest address; HPA 0x1234_5000". */
export function hostFrame(value: bigint, grouping: Grouping = 'underscore'): ValueMeaning {
  return {
    meaning: `host physical, not a guest address; HPA ${formatHex(value << 12n, grouping)}`,
    details: ['- a host PFN (`kvm_pfn_t`): HPA = PFN << 12; TD shared/private rules apply to guest frames only'],
  };
}

/** True when bits 63 down to `width − 1` are all equal, i.e. the value is canonical for a `width`-bit virtual address space. */
export function isCanonical(value: bigint, width: 48 | 57): boolean {
  const top = value >> BigInt(width - 1);
  return top === 0n || top === (1n << BigInt(65 - width)) - 1n;
}

/** The kernel region of the x86-64 map (`Documentation/arch/x86/x86_64/mm.rst`) holding a virtual address, if any. */
export function kernelRegion(value: bigint): KernelRegion | undefined {
  return KERNEL_REGIONS.find((r) => value >= r.first && value <= r.last);
}

function virtualSummary(value: bigint): { text: string; region?: KernelRegion } {
  const half = isBitSet(value, 63) ? 'kernel' : 'user';
  if (isCanonical(value, 48)) return { text: `canonical, ${half} half`, region: half === 'kernel' ? kernelRegion(value) : undefined };
  if (isCanonical(value, 57)) {
    return { text: `canonical only with 5-level paging (LA57), ${half} half`, region: half === 'kernel' ? kernelRegion(value) : undefined };
  }
  return { text: 'non-canonical (bits 63:47 and 63:56 are not sign-extended)' };
}

function regionLines(value: bigint, region: KernelRegion | undefined, grouping: Grouping): string[] {
  if (!region) return [];
  const layout = region.paging === 'both' ? '4- and 5-level' : region.paging;
  const lines = [
    `- ${layout} layout: ${region.what}, \`${formatHex(region.first, grouping)}\`–\`${formatHex(region.last, grouping)}\` (\`Documentation/arch/x86/x86_64/mm.rst\`)`,
  ];
  if (region.what.startsWith('direct mapping') && region.paging !== 'both') {
    const phys = value - DIRECT_MAP_BASE[region.paging];
    lines.push(`- physical \`${formatHex(phys, grouping)}\` if \`page_offset_base\` is the default (no KASLR of memory regions)`);
  }
  return lines;
}

/** Describes a guest virtual address: `0xffffffff81a01234n` → "guest virtual, canonical, kernel half". */
export function guestVirtual(value: bigint, grouping: Grouping = 'underscore'): ValueMeaning {
  const { text, region } = virtualSummary(value);
  return { meaning: `guest virtual, ${text}`, details: regionLines(value, region, grouping) };
}

/** Guesses what a virtual pointer points into: `0xffff888100a4c000n` → "kernel direct map (4-level layout)". */
export function pointer(value: bigint, grouping: Grouping = 'underscore'): ValueMeaning {
  const { text, region } = virtualSummary(value);
  if (!isBitSet(value, 63) || !region) return { meaning: `virtual pointer, ${text}`, details: regionLines(value, region, grouping) };
  const short = region.what.replace(/ \(.*\)$/, '').replace('direct mapping of all physical memory', 'kernel direct map');
  const layout = region.paging === 'both' ? '' : ` (${region.paging} layout)`;
  return { meaning: `${short}${layout}`, details: regionLines(value, region, grouping) };
}

/** Hex and decimal of a raw register or data value, with the signed reading when bit 63 is set: `0x10n` → "0x10 = 16". */
export function rawValue(value: bigint, grouping: Grouping = 'underscore'): ValueMeaning {
  const signed = isBitSet(value, 63) ? ` (${(value - (1n << 64n)).toString(10)} as signed 64-bit)` : '';
  return { meaning: `${formatHex(value, grouping)} = ${value.toString(10)}${signed}`, details: [] };
}

/**
 * What a non-address number means, by the classifier's kind and where it was printed, e.g.
 * `describeValue('tdxStatus', 0x8000020000000092n)` → "TDX_OPERAND_BUSY (error, recoverable), operand SEPT (0x92)".
 * Never throws; `gpa`/`gfn` get only their title (the address analysis describes them).
 */
export function describeValue(kind: ValueKind, value: bigint, context: MeaningContext = {}): ValueMeaning {
  const grouping = context.grouping ?? 'underscore';
  if (value < 0n || value > U64_MAX) {
    return { meaning: `${value.toString(10)} is outside 0..2^64−1; only 64-bit unsigned values are decoded`, details: [] };
  }
  switch (kind) {
    case 'tdxStatus':
      return tdxStatus(value, grouping);
    case 'tdvmcallStatus':
      return tdvmcallStatus(value, grouping);
    case 'errorCode':
      return errorCode(value);
    case 'exitQualification':
      return exitQualification(value, context);
    case 'spte':
      return spte(value, grouping);
    case 'flags':
      return flags(value, context);
    case 'size':
      return size(value, grouping);
    case 'count':
      return count(value, grouping);
    case 'hpa':
      return hostPhysical(value, grouping);
    case 'hpfn':
      return hostFrame(value, grouping);
    case 'gva':
      return guestVirtual(value, grouping);
    case 'pointer':
      return pointer(value, grouping);
    case 'register':
    case 'data':
      return rawValue(value, grouping);
    case 'gpa':
    case 'gfn':
      return { meaning: VALUE_KIND_TITLES[kind], details: [] };
  }
}
