import { formatHex, Grouping } from '../tdx/format';
import { PAGE_SIZE, isBitSet } from './bits';
import { ValueMeaning } from './valueMeaning';

// Sizes, counts and raw values: decimal grouping, KiB/MiB sizes, 4 KiB page counts.
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

export function pagesOf4K(pages: bigint): string {
  return `${groupedDecimal(pages)} ${pages === 1n ? 'page' : 'pages'} of 4 KiB`;
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

/** Hex and decimal of a raw register or data value, with the signed reading when bit 63 is set: `0x10n` → "0x10 = 16". */
export function rawValue(value: bigint, grouping: Grouping = 'underscore'): ValueMeaning {
  const signed = isBitSet(value, 63) ? ` (${(value - (1n << 64n)).toString(10)} as signed 64-bit)` : '';
  return { meaning: `${formatHex(value, grouping)} = ${value.toString(10)}${signed}`, details: [] };
}
