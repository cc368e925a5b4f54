import { FieldRule, likely } from './fieldRules';
import { Char, isHexPrefixAt, LOWER_CASE_BIT } from './chars';
import { isHexDigit, isIdentChar } from './lexer';
import { statusKindOf } from '../meaning/meaning';
import { readScanned, LineScanner } from './scanner';
import { KERNEL_POINTER_REASONS, kernelHalfOf, KernelHalf } from '../tdx/tdx';

// Line shapes: what the characters around a value say it is.

const SYMBOL_OFFSET: FieldRule = { kind: 'size', why: 'offset in the function (symbol+offset/length)', confidence: 'certain' };
const SYMBOL_LENGTH: FieldRule = { kind: 'size', why: 'length of the function (symbol+offset/length)', confidence: 'certain' };

/** The rule for the offset or the length of `symbol+0x3a/0x610` (the kernel's `%pS`), or undefined. */
export function symbolPart(line: string, start: number, end: number): FieldRule | undefined {
  const before = line.charCodeAt(start - 1);
  if (before === Char.Plus) return isIdentChar(line.charCodeAt(start - 2)) && line.startsWith('/0x', end) ? SYMBOL_OFFSET : undefined;
  if (before !== Char.Slash) return undefined;
  // Back over the offset `0x3a` to its `+` and the symbol before it.
  let k = start - 2;
  while (k > 0 && isHexDigit(line.charCodeAt(k))) k--;
  return line.charCodeAt(k) === Char.LowerX &&
    line.charCodeAt(k - 1) === Char.Zero &&
    line.charCodeAt(k - 2) === Char.Plus &&
    isIdentChar(line.charCodeAt(k - 3))
    ? SYMBOL_LENGTH
    : undefined;
}

/** True when ` <identifier` follows position `end`, as GDB prints a symbolic address (`0x401136 <main+4>`). */
export function isSymbolAfter(line: string, end: number): boolean {
  return line.charCodeAt(end) === Char.Space && line.charCodeAt(end + 1) === Char.Less && isIdentStart(line.charCodeAt(end + 2));
}

const isIdentStart = (c: number) => (c >= 65 && c <= 90) || (c >= Char.LowerA && c <= Char.LowerZ) || c === Char.Underscore;

export const KERNEL_CODE = likely('pointer', 'a symbol follows it: a kernel code or data address');
export const USER_CODE = likely('gva', 'a symbol follows it: a code or data address');

// Value shapes: what a scanned token's own digits say it is.

/** Where a token's digits begin, after its `0x`. */
const digitsStart = (line: string, start: number) => (isHexPrefixAt(line, start) ? start + 2 : start);

/**
 * How many hex digits a token's value has after its leading zeros (separators and a WinDbg backtick skipped, a
 * suffix not counted): 16 for anything with bit 63 set, 12 for `0x7f…` user pointers. Counting first spares the
 * checks below a parse (and a bigint) for every long token that cannot pass them (`0x…ULL`, zero-padded values).
 */
function significantDigits(line: string, start: number, end: number): number {
  let n = 0;
  for (let i = digitsStart(line, start); i < end; i++) {
    const c = line.charCodeAt(i);
    if (isHexDigit(c)) {
      if (n > 0 || c !== Char.Zero) n++;
    } else if (c !== Char.Underscore && c !== Char.Quote && c !== Char.Backtick) break;
  }
  return n;
}

/**
 * The kernel half (see `kernelHalfOf`) token `k` of `scanner` is a kernel pointer in, or undefined. Only 16-digit
 * values starting with `f` can be one (bits 63:56 all ones), so only those are parsed.
 */
export function kernelHalfOfToken(line: string, scanner: LineScanner, k: number): KernelHalf | undefined {
  const start = scanner.start[k];
  const end = scanner.end[k];
  if (end - start < 16) return undefined;
  const first = line.charCodeAt(digitsStart(line, start));
  if ((first | LOWER_CASE_BIT) !== Char.LowerF || significantDigits(line, start, end) !== 16) return undefined;
  return kernelHalfOf(readScanned(line, scanner.form[k], start).value);
}

/** The rule of a kernel pointer by its half, with a reason true for it (`KERNEL_POINTER_REASONS`). */
export const KERNEL_POINTER: { readonly [H in KernelHalf]: FieldRule } = {
  '4-level': likely('pointer', KERNEL_POINTER_REASONS['4-level']),
  '5-level': likely('pointer', KERNEL_POINTER_REASONS['5-level']),
};

export const USER_POINTER: FieldRule = {
  kind: 'pointer',
  why: 'where Linux puts a process’s heap or mappings: a user-space pointer',
  confidence: 'guess',
};

/** True for 12-digit values in 0x5500_0000_0000–0x56ff_ffff_ffff or 0x7f00_0000_0000–0x7fff_ffff_ffff (a QEMU pointer). */
export function isUserPointerToken(line: string, scanner: LineScanner, k: number): boolean {
  const start = scanner.start[k];
  const end = scanner.end[k];
  let digits = digitsStart(line, start);
  if (end - digits < 12) return false;
  while (line.charCodeAt(digits) === Char.Zero) digits++;
  const first = line.charCodeAt(digits);
  if ((first !== Char.Five && first !== Char.Seven) || significantDigits(line, start, end) !== 12) return false;
  const v = readScanned(line, scanner.form[k], start).value >> 40n;
  return v === 0x7fn || v === 0x55n || v === 0x56n;
}

const STATUS_RULES = {
  tdxStatus: likely('tdxStatus', 'bits 63:32 name a TDX status (arch/x86/include/asm/shared/tdx_errno.h)'),
  tdvmcallStatus: likely('tdvmcallStatus', 'a TDVMCALL error status'),
};

/** The rule for token `k`, a 16-digit value with bit 63 or 62 set that is a known TDX or TDVMCALL status (see `statusKindOf`). */
export function statusOfToken(line: string, scanner: LineScanner, k: number): FieldRule | undefined {
  const start = scanner.start[k];
  const end = scanner.end[k];
  if (end - start < 16) return undefined;
  // Bit 63 or 62 set needs 16 digits the first of which is 4–f: a leading 0 (after any 0x) rules it out without parsing.
  const first = line.charCodeAt(digitsStart(line, start));
  if (first === Char.Zero || !isHexDigit(first) || (first > Char.Zero && first <= Char.Three) || significantDigits(line, start, end) !== 16)
    return undefined;
  const kind = statusKindOf(readScanned(line, scanner.form[k], start).value);
  return kind && STATUS_RULES[kind];
}

/**
 * A physical address range written without a label: `0xfd000000-0xfd001000`, `0x100000000 - 0x47fffffff` (crashkernel,
 * ioremap, virtio-mmio, QEMU's vfio trace events, firmware memory maps such as TDVF's `MpAccept : a - b`), or
 * `[0x7fbffff000, 0x7ffffff000)`. Both ends must be written with `0x`.
 */
export const RANGE_SHAPE: FieldRule = {
  kind: 'gpa',
  why: 'one end of an address range (`0x…-0x…`, `[0x…, 0x…)`): a physical address',
  confidence: 'likely',
  physical: true,
};

/** True when `0x…` at `[start, end)` of `line` is one end of a range written `0xA-0xB`, `0xA - 0xB` or `[0xA, 0xB)`. */
export function isRangeEndToken(line: string, start: number, end: number): boolean {
  if (!isHexPrefixAt(line, start)) return false;
  // After it: ` - 0x…` (this is the start) or `, 0x…` after a `[` (a bracketed pair's start).
  let i = end;
  while (line.charCodeAt(i) === Char.Space) i++;
  const after = line.charCodeAt(i);
  if (after === Char.Minus || (after === Char.Comma && line.charCodeAt(start - 1) === Char.OpenBracket)) {
    i++;
    while (line.charCodeAt(i) === Char.Space) i++;
    if (isHexPrefixAt(line, i) && isHexDigit(line.charCodeAt(i + 2))) return true;
  }
  // Before it: `0x… - ` (this is the end) or `[0x…, ` (a bracketed pair's end, closed by `)` or `]`).
  let j = start - 1;
  while (j >= 0 && line.charCodeAt(j) === Char.Space) j--;
  const before = line.charCodeAt(j);
  const closes = line.charCodeAt(end) === Char.CloseParen || line.charCodeAt(end) === Char.CloseBracket;
  if (before !== Char.Minus && !(before === Char.Comma && closes)) return false;
  j--;
  while (j >= 0 && line.charCodeAt(j) === Char.Space) j--;
  let k = j;
  while (k >= 0 && isHexDigit(line.charCodeAt(k))) k--;
  if (k === j || k < 1 || (line.charCodeAt(k) | 0x20) !== Char.LowerX || line.charCodeAt(k - 1) !== Char.Zero) return false;
  return before === Char.Minus || line.charCodeAt(k - 2) === Char.OpenBracket;
}

/** The word a value in parentheses is the argument of: `GuestAddress(0x…)`, `Address (0x…)`; undefined otherwise. */
export function wordBeforeParen(line: string, start: number): { start: number; end: number } | undefined {
  let j = start - 1;
  while (j >= 0 && line.charCodeAt(j) === Char.Space) j--;
  if (j < 1 || line.charCodeAt(j) !== Char.OpenParen) return undefined;
  j--;
  while (j >= 0 && line.charCodeAt(j) === Char.Space) j--;
  const end = j + 1;
  while (j >= 0 && isIdentChar(line.charCodeAt(j))) j--;
  return end - (j + 1) >= 2 ? { start: j + 1, end } : undefined;
}
