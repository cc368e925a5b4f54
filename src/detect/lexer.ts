import { TokenStyle } from '../tdx/format';
import { AddressKind, U64_MAX } from '../tdx/tdx';

/** A number read at a position: its end (exclusive), value and how it was written. */
export interface NumberMatch {
  readonly end: number;
  readonly value: bigint;
  readonly style: TokenStyle;
}

/** A reader's verdict: a match, a rejection explaining why (with where the rejected run ends), or not this form. */
export type ReadResult = NumberMatch | { readonly error: string; readonly end: number } | undefined;

/** Most hex digits a 64-bit address can have. */
export const MAX_HEX_DIGITS = 16;

const C_SUFFIX = /(?:[uU](?:ll|LL|l|L)?|(?:ll|LL|l|L)[uU]?)/y;
const RUST_SUFFIX = /_?[ui](?:8|16|32|64|128|size)/y;

/** Character classes of the ASCII range, by code: bit 1 hex digit, bit 2 identifier character. */
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const hex = (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
  const ident = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
  CLASS[c] = (hex ? 1 : 0) | (ident ? 2 : 0);
}

export function isHexDigit(c: number): boolean {
  return c < 128 && (CLASS[c] & 1) !== 0;
}

export function isDecimalDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters, digits and `_`: characters that glue a number into an identifier. */
export function isIdentChar(c: number): boolean {
  return c < 128 && (CLASS[c] & 2) !== 0;
}

function readSuffix(s: string, i: number): string {
  const c = s.charCodeAt(i) | 0x20;
  // Every suffix starts with u, l, i or '_' ('_' | 0x20 is no letter, so it is tested on its own).
  if (c !== 0x75 && c !== 0x6c && c !== 0x69 && s.charCodeAt(i) !== 95) return '';
  for (const re of [RUST_SUFFIX, C_SUFFIX]) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (m) return m[0];
  }
  return '';
}

/** Why the character after a number stops it from being an address, or undefined when it may end there. */
function trailingProblem(s: string, end: number, bare: boolean): string | undefined {
  if (end >= s.length) return undefined;
  const c = s.charCodeAt(end);
  if (c === 46 /* . */ && end + 1 < s.length && isHexDigit(s.charCodeAt(end + 1))) {
    return 'hex floats (0x1.8p3) are not addresses';
  }
  if (isIdentChar(c)) return `'${s[end]}' is not a hex digit or a known suffix (ULL, ul, u64, usize…)`;
  if (bare && (c === 46 || c === 58 || c === 45 || c === 47 || c === 39 || c === 96)) {
    return `'${s[end]}' after bare hex looks like a version, MAC, PCI, UUID or IPv6 address, not an address`;
  }
  return undefined;
}

interface DigitRun {
  end: number;
  digits: string;
  count: number;
  separator: '' | '_' | "'";
  groupSize: number;
}

/** Reads hex digits with single `_` or `'` separators between digits; stops at the 17th digit (count 17 = too wide). */
function readHexRun(s: string, i: number, allowSeparators: boolean): DigitRun {
  let j = i;
  let count = 0;
  let separator: DigitRun['separator'] = '';
  let lastSeparator = -1;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (isHexDigit(c)) {
      if (count === MAX_HEX_DIGITS) return { end: j, digits: '', count: count + 1, separator, groupSize: 0 };
      count++;
      j++;
    } else if (allowSeparators && (c === 95 || c === 39) && j > i && j + 1 < s.length && isHexDigit(s.charCodeAt(j + 1))) {
      if (!separator) separator = c === 95 ? '_' : "'";
      lastSeparator = j;
      j++;
    } else {
      break;
    }
  }
  const raw = s.slice(i, j);
  const digits = lastSeparator < 0 ? raw : raw.replace(/[_']/g, '');
  return { end: j, digits, count, separator, groupSize: lastSeparator < 0 ? 0 : j - lastSeparator - 1 };
}

function styleOf(run: DigitRun, prefix: TokenStyle['prefix'], suffix: string): TokenStyle {
  return {
    radix: 16,
    prefix,
    upperDigits: /[A-F]/.test(run.digits),
    width: run.digits.length > 1 && run.digits[0] === '0' ? run.digits.length : 0,
    separator: run.separator,
    groupSize: run.groupSize,
    suffix,
  };
}

const TOO_WIDE = `more than ${MAX_HEX_DIGITS} hex digits is wider than 64 bits; an address has at most ${MAX_HEX_DIGITS} (hashes and UUIDs are not addresses)`;

/** Reads `0x…`/`0X…` at i (caller checked the prefix): digits, separators, suffix, and the right boundary. */
export function readPrefixedHex(s: string, i: number): ReadResult {
  const run = readHexRun(s, i + 2, true);
  if (run.count === 0) {
    return { error: `'${s.slice(i, i + 2)}' is followed by no hex digits`, end: Math.max(run.end, i + 2) };
  }
  if (run.count > MAX_HEX_DIGITS) return { error: TOO_WIDE, end: run.end };
  const suffix = readSuffix(s, run.end);
  const end = run.end + suffix.length;
  const problem = trailingProblem(s, end, false);
  if (problem) return { error: problem, end };
  return { end, value: BigInt('0x' + run.digits), style: styleOf(run, s[i + 1] === 'X' ? '0X' : '0x', suffix) };
}

/**
 * Where a valid `0x…` token starting at i ends, or -1 when `readPrefixedHex` would reject it. Allocation-free
 * twin of `readPrefixedHex` for the scanner's hot path (a property test keeps the two in agreement).
 */
export function prefixedHexEnd(s: string, i: number): number {
  let j = i + 2;
  let count = 0;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (isHexDigit(c)) {
      if (++count > MAX_HEX_DIGITS) return -1;
      j++;
    } else if ((c === 95 || c === 39) && count > 0 && j + 1 < s.length && isHexDigit(s.charCodeAt(j + 1))) {
      j++;
    } else {
      break;
    }
  }
  if (count === 0) return -1;
  const end = j + readSuffix(s, j).length;
  if (end >= s.length) return end;
  const c = s.charCodeAt(end);
  if (isIdentChar(c) || (c === 46 && end + 1 < s.length && isHexDigit(s.charCodeAt(end + 1)))) return -1;
  return end;
}

/** Where valid bare hex (as after a label) starting at i ends, or -1; allocation-free twin of `readBareHex`. */
export function bareHexEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isHexDigit(s.charCodeAt(j))) {
    if (j - i === MAX_HEX_DIGITS) return -1;
    j++;
  }
  if (j === i || trailingProblem(s, j, true)) return -1;
  return j;
}

/** Reads the WinDbg/KD form `00008000`00001234` (exactly 8 + 8 hex digits) at i, or undefined. */
export function readBacktickHex(s: string, i: number): ReadResult {
  if (s.charCodeAt(i + 8) !== 96) return undefined;
  for (let k = 0; k < 17; k++) {
    if (k !== 8 && !isHexDigit(s.charCodeAt(i + k))) return undefined;
  }
  const end = i + 17;
  if (end < s.length && (isIdentChar(s.charCodeAt(end)) || s.charCodeAt(end) === 96)) return undefined;
  const digits = s.slice(i, i + 8) + s.slice(i + 9, end);
  return {
    end,
    value: BigInt('0x' + digits),
    style: { radix: 16, prefix: '`', upperDigits: /[A-F]/.test(digits), width: 16, separator: '', groupSize: 0, suffix: '' },
  };
}

/** Reads bare hex (no prefix) at i, as written after a `gfn`/`gpa` label: 1–16 digits then a clean boundary. */
export function readBareHex(s: string, i: number): ReadResult {
  const run = readHexRun(s, i, false);
  if (run.count === 0) return undefined;
  if (run.count > MAX_HEX_DIGITS) return { error: TOO_WIDE, end: run.end };
  const problem = trailingProblem(s, run.end, true);
  if (problem) return { error: problem, end: run.end };
  return { end: run.end, value: BigInt('0x' + run.digits), style: styleOf(run, '', '') };
}

/** Reads an unsigned decimal integer (with an optional C suffix) at i; values above 2^64 − 1 are rejected. */
export function readDecimal(s: string, i: number): ReadResult {
  let j = i;
  while (j < s.length && j - i <= 20 && isDecimalDigit(s.charCodeAt(j))) j++;
  if (j === i) return undefined;
  if (j - i > 20) return { error: 'more than 20 decimal digits is wider than 64 bits', end: j };
  const value = BigInt(s.slice(i, j));
  if (value > U64_MAX) return { error: `${s.slice(i, j)} is wider than 64 bits (largest: ${U64_MAX})`, end: j };
  const suffix = readSuffix(s, j);
  const end = j + suffix.length;
  const problem = trailingProblem(s, end, true);
  if (problem) return { error: problem, end };
  return { end, value, style: { radix: 10, prefix: '', upperDigits: false, width: 0, separator: '', groupSize: 0, suffix } };
}

/** A label word that decides the kind of the number after it (`gfn 8000fee00`, `gpa=…`, `address: …`). */
export interface Label {
  readonly text: string;
  readonly kind: AddressKind;
}

const GPA_LABELS = ['gpa', 'address', 'addr', 'phys', 'paddr', 'phys_addr', 'physaddr'];

/** True when `s` at `start` spells the lower-case `word` in any case (no allocation). */
function equalsLower(s: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = s.charCodeAt(start + k);
    const w = word.charCodeAt(k);
    if (c !== w && (c | 0x20) !== w) return false;
  }
  return true;
}

function lowerAt(s: string, i: number): number {
  return s.charCodeAt(i) | 0x20;
}

/** True when `s[i..i+3)` is `gfn` or `gpa` in any case; which one is told by the last letter. */
function frameWordAt(s: string, i: number): 'gfn' | 'gpa' | undefined {
  if (lowerAt(s, i) !== 0x67) return undefined;
  const b = lowerAt(s, i + 1);
  const c = lowerAt(s, i + 2);
  if (b === 0x66 && c === 0x6e) return 'gfn';
  if (b === 0x70 && c === 0x61) return 'gpa';
  return undefined;
}

/**
 * The kind a label identifier `s[start, end)` decides, without allocating for non-labels: `gfn`, `gpa`,
 * `address`…, or names like `base_gfn`, `fault_gpa`, `gfn_start`; undefined when it is no label.
 */
export function labelKindAt(s: string, start: number, end: number): AddressKind | undefined {
  const n = end - start;
  if (n < 3 || n > 40) return undefined;
  let word: 'gfn' | 'gpa' | undefined;
  if (n === 3 || s.charCodeAt(end - 4) === 95) word = frameWordAt(s, end - 3);
  if (!word && n >= 4 && s.charCodeAt(start + 3) === 95) word = frameWordAt(s, start);
  if (word) return word;
  const first = lowerAt(s, start);
  if ((first === 0x61 || first === 0x70) && n <= 9) {
    for (const label of GPA_LABELS) if (label.length === n && equalsLower(s, start, label)) return 'gpa';
  }
  return undefined;
}

/** Recognises a label identifier `s[start, end)` (see `labelKindAt`), with its text. */
export function labelAt(s: string, start: number, end: number): Label | undefined {
  const kind = labelKindAt(s, start, end);
  return kind ? { text: s.slice(start, end), kind } : undefined;
}

/** Recognises a whole word as a label (see `labelAt`). */
export function labelOf(word: string): Label | undefined {
  return labelAt(word, 0, word.length);
}

/** Position after a label's separator (`gfn 1`, `gfn: 1`, `gpa=1`), or -1 when nothing separates label and value. */
export function skipLabelSeparator(s: string, i: number): number {
  let j = i;
  while (j < s.length && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9)) j++;
  if (j < s.length && (s[j] === ':' || s[j] === '=')) {
    j++;
    while (j < s.length && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9)) j++;
  }
  return j > i ? j : -1;
}
