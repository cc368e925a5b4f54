import { ClassifiedValue, classifyLine } from './classify';
import { DetectionSettings } from './settings';
import { AddressKind } from './tdx';
import { isGuestPhysical } from './valueKind';

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
 * The `gpa`/`gfn` values of one line with their ranges — the one place the page index (and highlights,
 * references, `tdx.listPages`) learns what a line holds. Classification is `classifyLine`'s; this keeps the
 * guest-physical values and joins each range's two values into one span.
 * Example: `frameValuesOfLine('kvm_mmu_spte_requested: gfn 12345 pfn 1a2b3c level 1', { labelledBareHex: true })`
 * → `[{ start: 28, end: 33, kind: 'gfn', value: 0x12345n }]` (the host `pfn` is not a guest frame).
 */
export function frameValuesOfLine(
  line: string,
  settings: Pick<DetectionSettings, 'labelledBareHex'>,
  languageId?: string,
  window?: LineWindow,
): readonly FrameValue[] {
  const values = classifyLine(line, { labelledBareHex: settings.labelledBareHex, languageId, from: window?.from, to: window?.to });
  let out: FrameValue[] | undefined;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (!isGuestPhysical(v.kind)) continue;
    const range = v.range;
    const value = v.value;
    (out ??= []).push(
      range
        ? { start: v.start, end: v.end, kind: v.kind, value, range: { ...range, ...pairSpan(values, k, value, range) } }
        : { start: v.start, end: v.end, kind: v.kind, value },
    );
  }
  return out ?? NONE;
}

/** The span of the pair value `k` belongs to: both ends of `a-b`, or `start` through its `size`. */
function pairSpan(
  values: readonly ClassifiedValue[],
  k: number,
  value: bigint,
  range: { readonly first: bigint; readonly last: bigint },
): { start: number; end: number } {
  const v = values[k];
  const next = values[k + 1];
  if (value === range.first && next) {
    // The other end is `last` (`[a-b]`) or `last + 1` (`[a, b)`).
    const otherEnd = sameRange(next.range, range) && (next.value === range.last || next.value === range.last + 1n);
    const size = next.kind === 'size' && value + next.value - 1n === range.last;
    if (otherEnd || size) return { start: v.start, end: next.end };
  }
  const previous = values[k - 1];
  if (previous && previous.value === range.first && sameRange(previous.range, range)) return { start: previous.start, end: v.end };
  return { start: v.start, end: v.end };
}

function sameRange(a: { readonly first: bigint; readonly last: bigint } | undefined, b: { readonly first: bigint; readonly last: bigint }) {
  return a !== undefined && a.first === b.first && a.last === b.last;
}
