/** How hex digits are grouped in canonical output: `0x8000_0000_1234` or `0x800000001234`. */
export type Grouping = 'underscore' | 'none';

/**
 * How a source token was written, so an in-place edit can write the new value the same way.
 * `width` is the digit count when the token was zero-padded (0 otherwise); `separator` with
 * `groupSize` describes digit grouping (e.g. `'` every 4 for C++14 `0x8000'0000`).
 */
export interface TokenStyle {
  readonly radix: 16 | 10;
  /** `0x`, `0X`, `` ` `` for the WinDbg `00008000`00001234` form, or `` for bare hex/decimal. */
  readonly prefix: '0x' | '0X' | '`' | '';
  readonly upperDigits: boolean;
  readonly width: number;
  readonly separator: '' | '_' | "'";
  readonly groupSize: number;
  /** C or Rust suffix as written, including a Rust `_` before it: `ULL`, `_u64`. */
  readonly suffix: string;
}

/** The style of canonical output: lower-case `0x`, no padding, no suffix. */
export const CANONICAL_STYLE: TokenStyle = {
  radix: 16,
  prefix: '0x',
  upperDigits: false,
  width: 0,
  separator: '_',
  groupSize: 4,
  suffix: '',
};

function group(digits: string, separator: string, size: number): string {
  if (!separator || size <= 0 || digits.length <= size) return digits;
  const n = digits.length;
  let first = n % size || size;
  let out = digits.slice(0, first);
  for (; first < n; first += size) out += separator + digits.slice(first, first + size);
  return out;
}

/**
 * Canonical display of hex digits as `value.toString(16)` writes them (lower case, no leading zeros):
 * `'800000001234'` → `0x8000_0000_1234` (grouping `underscore`) or `0x800000001234` (`none`).
 */
export function formatHexDigits(digits: string, grouping: Grouping = 'underscore'): string {
  return grouping === 'underscore' && digits.length > 4 ? '0x' + group(digits, '_', 4) : '0x' + digits;
}

/** Canonical hex for display: `0x8000_0000_1234` (grouping `underscore`) or `0x800000001234` (`none`). */
export function formatHex(value: bigint, grouping: Grouping = 'underscore'): string {
  return formatHexDigits(value.toString(16), grouping);
}

/** Writes a value in a source token's style, e.g. `0x00008000'0000'1234ULL`-shaped input stays that shape. */
export function formatLike(value: bigint, style: TokenStyle): string {
  if (style.radix === 10) return value.toString(10) + style.suffix;
  return formatHexDigitsLike(value.toString(16), style);
}

/** `formatLike` for a hex style (`style.radix` 16), from the value's digits as `value.toString(16)` writes them. */
export function formatHexDigitsLike(hexDigits: string, style: TokenStyle): string {
  let digits = hexDigits;
  if (style.width > digits.length) digits = digits.padStart(style.width, '0');
  if (style.upperDigits) digits = digits.toUpperCase();
  if (style.prefix === '`') {
    digits = digits.padStart(16, '0');
    return digits.slice(0, digits.length - 8) + '`' + digits.slice(-8);
  }
  return style.prefix + group(digits, style.separator, style.groupSize) + style.suffix;
}
