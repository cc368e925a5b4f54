import { formatHex } from '../tdx/format';
import { EPT_VIOLATION_BITS, PFERR_BITS } from './bitNames';
import { bitLines, bitNamesLine, splitBits } from './bits';
import { MeaningContext, ValueMeaning } from './valueMeaning';

// Page-fault error codes (PFERR_*, arch/x86/include/asm/kvm_host.h) and EPT-violation exit qualifications (arch/x86/include/asm/vmx.h).
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
