import { classified, classifiedNumber, classifyInto, rangeOfPair } from '../../detect/classify';
import { isHexDigit } from '../../detect/lexer';
import { Form } from '../../detect/scanner';
import { DetectionSettings } from '../../tdx/settings';
import { AddressKind, hexDigitValue } from '../../tdx/tdx';
import { isGuestPhysical } from '../../detect/valueKind';
import { doubled } from '../../detect/typedArrays';

/**
 * A TD guest-physical value of one line, as the page index keeps it. Example: in
 * `BIOS-e820: [mem 0x0000000012300000-0x00000000123fffff] usable` both ends are `gpa` values with
 * `range = { first: 0x12300000n, last: 0x123fffffn, start: 26, end: 63 }` (the span of `0x…-0x…`).
 */
export interface FrameValue {
  /** UTF-16 offsets of the number (with its `0x`, without its label). */
  readonly start: number;
  readonly end: number;
  readonly kind: AddressKind;
  readonly value: bigint;
  /**
   * For an end of a `[mem a-b]` pair or the start of a `start … size …` pair: the inclusive range in the value's
   * own space (GPA or GFN), and the UTF-16 span of the whole pair (`0x…-0x…`, `0x… size 0x…`).
   */
  readonly range?: { readonly first: bigint; readonly last: bigint; readonly start: number; readonly end: number };
}

/** Which part of a line to read: values starting in `[from, to)`; the whole line when absent. */
export interface LineWindow {
  readonly from: number;
  readonly to: number;
}

const NONE: readonly FrameValue[] = Object.freeze([]);

/**
 * What `guestFramesInto` found in the last line it read, as parallel arrays reused by every call (not re-entrant;
 * valid until the next classification): guest value `j < count` is value `value[j]` of `classified`; when it is an
 * end of a range, `rangeStart[j]`/`rangeEnd[j]` is the UTF-16 span of the whole pair and `first[j]`/`last[j]` the
 * inclusive range in the value's own space (GPA or GFN); `rangeStart[j]` is -1 for a single value.
 */
export const guestFrames = {
  count: 0,
  value: new Int32Array(16),
  rangeStart: new Int32Array(16),
  rangeEnd: new Int32Array(16),
  first: [] as bigint[],
  last: [] as bigint[],
};

function growGuestFrames(): void {
  const g = guestFrames;
  g.value = doubled(g.value);
  g.rangeStart = doubled(g.rangeStart);
  g.rangeEnd = doubled(g.rangeEnd);
}

/**
 * The `gpa`/`gfn` values of one line with their ranges, into `guestFrames` (allocating nothing for single values)
 * — the one place the page index (and highlights, references, `tdx.listPages`) learns what a line holds.
 * Classification is `classifyLine`'s; this keeps the guest-physical values and joins each range's two values into
 * one span. Returns the number of guest values.
 */
export function guestFramesInto(
  line: string,
  settings: Pick<DetectionSettings, 'labelledBareHex'>,
  languageId?: string,
  window?: LineWindow,
): number {
  const n = classifyInto(
    line,
    window
      ? { labelledBareHex: settings.labelledBareHex, languageId, from: window.from, to: window.to }
      : languageId === undefined
        ? settings.labelledBareHex
          ? WHOLE_BARE
          : WHOLE_PREFIXED
        : { labelledBareHex: settings.labelledBareHex, languageId },
  );
  const g = guestFrames;
  g.count = 0;
  let numbers: (bigint | undefined)[] | undefined;
  for (let k = 0; k < n; k++) {
    if (!isGuestPhysical(classified.kind[k])) continue;
    const j = g.count++;
    if (j === g.value.length) growGuestFrames();
    g.value[j] = k;
    g.rangeStart[j] = -1;
    if (classified.linkFirst[k] < 0) continue;
    const range = rangeAt(line, k, (numbers ??= []));
    if (!range) continue;
    pairSpan(line, k, n, range, numbers);
    g.rangeStart[j] = spanStart;
    g.rangeEnd[j] = spanEnd;
    g.first[j] = range.first;
    g.last[j] = range.last;
  }
  return g.count;
}

const WHOLE_BARE = { labelledBareHex: true };
const WHOLE_PREFIXED = { labelledBareHex: false };

/** The number of value `k` of `classified` (read from `line`), kept in `numbers` for the other checks of the line. */
function numberAt(line: string, k: number, numbers: (bigint | undefined)[]): bigint {
  const c = classified;
  return (numbers[k] ??= classifiedNumber(line, c.start[k], c.end[k], c.form[k], c.decimal[k] === 1));
}

/** The number of guest value `j` of `guestFrames` (as `ClassifiedValue.value`). */
export function guestFrameValue(line: string, j: number): bigint {
  const k = guestFrames.value[j];
  const c = classified;
  return classifiedNumber(line, c.start[k], c.end[k], c.form[k], c.decimal[k] === 1);
}

/**
 * The frame number (GFN) of guest value `j` of `guestFrames` as an exact double, or NaN when it is not one below
 * 2^53 that a plain conversion reads (separators, suffixes, backticks, GFNs above 2^53): then `guestFrameValue`.
 */
export function guestFrameNumber(line: string, j: number): number {
  const c = classified;
  const k = guestFrames.value[j];
  const end = c.end[k];
  const form = c.form[k];
  let i = c.start[k];
  // Read in place (no substring): exact while below 2^53, and anything larger is NaN anyway.
  let x = 0;
  if (c.decimal[k] === 1) for (; i < end; i++) x = x * 10 + (line.charCodeAt(i) - 48);
  else {
    if (form === Form.Backtick) return NaN;
    if (form === Form.Prefixed) i += 2;
    const first = i;
    for (let d: number; i < end && isHexDigit((d = line.charCodeAt(i))); i++) x = x * 16 + hexDigitValue(d);
    if (i === first) return NaN;
    // `0x…ULL`, `0x…u64` read as the digits before the suffix; `0x8000_0000` (a separator, then a digit) is not
    // read, nor is bare hex with anything after its digits.
    const d = line.charCodeAt(i);
    if (i < end && (form !== Form.Prefixed || ((d === 95 || d === 39) && i + 1 < end && isHexDigit(line.charCodeAt(i + 1))))) return NaN;
  }
  if (!(x <= Number.MAX_SAFE_INTEGER)) return NaN;
  return c.kind[k] === 'gfn' ? x : Math.floor(x / 4096);
}

/** The range value `k` of `classified` belongs to (as `ClassifiedValue.range`). */
function rangeAt(line: string, k: number, numbers: (bigint | undefined)[]): { readonly first: bigint; readonly last: bigint } | undefined {
  const a = classified.linkFirst[k];
  if (a < 0) return undefined;
  return rangeOfPair(numberAt(line, a, numbers), numberAt(line, classified.linkLast[k], numbers), classified.rangeForm);
}

/** The span found by `pairSpan`. */
let spanStart = 0;
let spanEnd = 0;

/** The span of the pair value `k` belongs to: both ends of `a-b`, or `start` through its `size`. */
function pairSpan(
  line: string,
  k: number,
  n: number,
  range: { readonly first: bigint; readonly last: bigint },
  numbers: (bigint | undefined)[],
): void {
  const c = classified;
  const value = numberAt(line, k, numbers);
  const next = k + 1;
  if (value === range.first && next < n) {
    const nextValue = numberAt(line, next, numbers);
    // The other end is `last` (`[a-b]`) or `last + 1` (`[a, b)`).
    const otherEnd = sameRange(rangeAt(line, next, numbers), range) && (nextValue === range.last || nextValue === range.last + 1n);
    const size = c.kind[next] === 'size' && value + nextValue - 1n === range.last;
    if (otherEnd || size) {
      spanStart = c.start[k];
      spanEnd = c.end[next];
      return;
    }
  }
  const previous = k - 1;
  if (previous >= 0 && numberAt(line, previous, numbers) === range.first && sameRange(rangeAt(line, previous, numbers), range)) {
    spanStart = c.start[previous];
    spanEnd = c.end[k];
    return;
  }
  spanStart = c.start[k];
  spanEnd = c.end[k];
}

function sameRange(a: { readonly first: bigint; readonly last: bigint } | undefined, b: { readonly first: bigint; readonly last: bigint }) {
  return a !== undefined && a.first === b.first && a.last === b.last;
}

/**
 * The `gpa`/`gfn` values of one line with their ranges, as objects (see `guestFramesInto`).
 * Example: `frameValuesOfLine('kvm_mmu_spte_requested: gfn 12345 pfn 1a2b3c level 1', { labelledBareHex: true })`
 * → `[{ start: 28, end: 33, kind: 'gfn', value: 0x12345n }]` (the host `pfn` is not a guest frame).
 */
export function frameValuesOfLine(
  line: string,
  settings: Pick<DetectionSettings, 'labelledBareHex'>,
  languageId?: string,
  window?: LineWindow,
): readonly FrameValue[] {
  const n = guestFramesInto(line, settings, languageId, window);
  if (!n) return NONE;
  const g = guestFrames;
  const c = classified;
  const out = new Array<FrameValue>(n);
  for (let j = 0; j < n; j++) {
    const k = g.value[j];
    const start = c.start[k];
    const end = c.end[k];
    const kind = c.kind[k] as AddressKind;
    const value = guestFrameValue(line, j);
    out[j] =
      g.rangeStart[j] < 0
        ? { start, end, kind, value }
        : { start, end, kind, value, range: { first: g.first[j], last: g.last[j], start: g.rangeStart[j], end: g.rangeEnd[j] } };
  }
  return out;
}
