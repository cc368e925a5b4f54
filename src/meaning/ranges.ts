import { formatHexDigits, Grouping } from '../tdx/format';
import { Gpaw, gpaStatus } from '../tdx/tdx';
import { PAGE_SIZE } from './bits';
import { groupedDecimal, humanSize, pagesOf4K } from './numbers';
import { ValueMeaning } from './valueMeaning';

// Ranges of guest physical addresses: `[mem a-b]`, `[a, b)`, `start … size …`.
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
