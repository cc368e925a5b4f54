import { formatHex, Grouping } from '../tdx/format';
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
import { LOW32 } from './bits';
import { ValueMeaning } from './valueMeaning';

// TDX SEAMCALL/TDCALL statuses (arch/x86/include/asm/shared/tdx_errno.h) and TDVMCALL statuses (arch/x86/include/asm/shared/tdx.h).
function byValue(codes: readonly StatusCode[]): ReadonlyMap<bigint, StatusCode> {
  const map = new Map<bigint, StatusCode>();
  for (const code of codes) if (!map.has(code.value)) map.set(code.value, code);
  return map;
}

const TDX_STATUS_BY_VALUE = byValue(TDX_STATUS_CODES);
const TDX_SW_BY_VALUE = byValue(TDX_SW_STATUS_CODES);
const TDX_OPERAND_BY_VALUE = byValue(TDX_OPERAND_IDS);
const TDVMCALL_BY_VALUE = byValue(TDVMCALL_STATUS_CODES);

/**
 * The `tdx_errno.h` status of a SEAMCALL/TDCALL return value as a log prints it, operand bits masked as the kernel
 * does (`status & TDX_SEAMCALL_STATUS_MASK`): `0x8000020000000092n` → `TDX_OPERAND_BUSY` (`0x8000020000000000`).
 */
export function findTdxStatus(value: bigint): StatusCode | undefined {
  return TDX_STATUS_BY_VALUE.get(value & TDX_SEAMCALL_STATUS_MASK);
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
  return findTdxStatus(value) !== undefined || TDX_SW_BY_VALUE.has(value) ? 'tdxStatus' : undefined;
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
  const code = findTdxStatus(value);
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
