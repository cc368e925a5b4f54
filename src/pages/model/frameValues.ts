import { ClassifyOptions, LineClassifier } from '../../detect/classify';
import { DocumentSide } from '../../detect/side';
import { UserFieldRules } from '../../detect/userRules';
import { isHexDigit } from '../../detect/lexer';
import { Form } from '../../detect/scanner';
import { rangeOfPair } from '../../detect/values';
import { Char } from '../../detect/chars';
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
/** The empty columns of a reader that has read nothing yet (`doubled` replaces them). */
const NO_I32 = new Int32Array(0);
const WHOLE_BARE = { labelledBareHex: true };
const WHOLE_PREFIXED = { labelledBareHex: false };

/** What a line's document says beyond the line: its side (host or guest) and the folder's taught field rules. */
export interface LineContext {
  readonly side?: DocumentSide;
  readonly userRules?: UserFieldRules;
}

type Bounds = { readonly first: bigint; readonly last: bigint };

/**
 * Reads the `gpa`/`gfn` values of lines with their ranges — the one place the page index (and highlights,
 * references, `tdx.listPages`) learns what a line holds — keeping the last line's in its own columns (one reader
 * per page index or request): after `read(line, …)` returns `count`, guest value `j < count` spans
 * `[start(j), end(j))` and is a `kind(j)`; when it is an end of a range, `rangeStart[j]`/`rangeEnd[j]` is the UTF-16
 * span of the whole pair and `first[j]`/`last[j]` the inclusive range in the value's own space (GPA or GFN);
 * `rangeStart[j]` is -1 for a single value. Classification is its `LineClassifier`'s; this keeps the guest-physical
 * values and joins each range's two values into one span.
 */
export class FrameReader {
  count = 0;
  /** Index of each guest value among the classifier's values. */
  value: Int32Array = NO_I32;
  rangeStart: Int32Array = NO_I32;
  rangeEnd: Int32Array = NO_I32;
  readonly first: bigint[] = [];
  readonly last: bigint[] = [];
  private readonly classifier = new LineClassifier();
  /** The numbers of the line's values read so far by the range checks (reset per line). */
  private numbers: (bigint | undefined)[] = [];
  private spanStart = 0;
  private spanEnd = 0;

  /** Reads the guest values of `line` (those starting in `window` when given) into the columns; returns how many. */
  read(
    line: string,
    settings: Pick<DetectionSettings, 'labelledBareHex'>,
    languageId?: string,
    window?: LineWindow,
    context?: LineContext,
  ): number {
    const c = this.classifier;
    const options: ClassifyOptions =
      window || context?.side !== undefined || context?.userRules !== undefined
        ? { labelledBareHex: settings.labelledBareHex, languageId, from: window?.from, to: window?.to, ...context }
        : languageId === undefined
          ? settings.labelledBareHex
            ? WHOLE_BARE
            : WHOLE_PREFIXED
          : { labelledBareHex: settings.labelledBareHex, languageId };
    const n = c.classify(line, options);
    this.count = 0;
    let fresh = true;
    for (let k = 0; k < n; k++) {
      if (!isGuestPhysical(c.kind[k])) continue;
      const j = this.count++;
      if (j === this.value.length) this.grow();
      this.value[j] = k;
      this.rangeStart[j] = -1;
      if (c.linkFirst[k] < 0) continue;
      if (fresh) {
        this.numbers.length = 0;
        fresh = false;
      }
      const range = this.rangeAt(line, k);
      if (!range) continue;
      this.pairSpan(line, k, n, range);
      this.rangeStart[j] = this.spanStart;
      this.rangeEnd[j] = this.spanEnd;
      this.first[j] = range.first;
      this.last[j] = range.last;
    }
    return this.count;
  }

  start(j: number): number {
    return this.classifier.start[this.value[j]];
  }

  end(j: number): number {
    return this.classifier.end[this.value[j]];
  }

  kind(j: number): AddressKind {
    return this.classifier.kind[this.value[j]] as AddressKind;
  }

  /** The number of guest value `j` of the last `read` of `line` (as `ClassifiedValue.value`). */
  number(line: string, j: number): bigint {
    return this.classifier.number(line, this.value[j]);
  }

  /**
   * The frame number (GFN) of guest value `j` of the last `read` of `line` as an exact double, or NaN when it is not
   * one below 2^53 that a plain conversion reads (separators, suffixes, backticks, GFNs above 2^53): then `number`.
   */
  frameNumber(line: string, j: number): number {
    const c = this.classifier;
    const k = this.value[j];
    const end = c.end[k];
    const form = c.form[k];
    let i = c.start[k];
    // Read in place (no substring): exact while below 2^53, and anything larger is NaN anyway.
    let x = 0;
    if (c.decimal[k] === 1) for (; i < end; i++) x = x * 10 + (line.charCodeAt(i) - Char.Zero);
    else {
      if (form === Form.Backtick) return NaN;
      if (form === Form.Prefixed) i += 2;
      const first = i;
      for (let d: number; i < end && isHexDigit((d = line.charCodeAt(i))); i++) x = x * 16 + hexDigitValue(d);
      if (i === first) return NaN;
      // `0x…ULL`, `0x…u64` read as the digits before the suffix; `0x8000_0000` (a separator, then a digit) is not
      // read, nor is bare hex with anything after its digits.
      const d = line.charCodeAt(i);
      if (
        i < end &&
        (form !== Form.Prefixed || ((d === Char.Underscore || d === Char.Quote) && i + 1 < end && isHexDigit(line.charCodeAt(i + 1))))
      )
        return NaN;
    }
    if (!(x <= Number.MAX_SAFE_INTEGER)) return NaN;
    return c.kind[k] === 'gfn' ? x : Math.floor(x / 4096);
  }

  /** The guest values of the last `read` of `line`, as objects. */
  values(line: string): readonly FrameValue[] {
    const n = this.count;
    if (!n) return NONE;
    const out = new Array<FrameValue>(n);
    for (let j = 0; j < n; j++) {
      const start = this.start(j);
      const end = this.end(j);
      const kind = this.kind(j);
      const value = this.number(line, j);
      out[j] =
        this.rangeStart[j] < 0
          ? { start, end, kind, value }
          : {
              start,
              end,
              kind,
              value,
              range: { first: this.first[j], last: this.last[j], start: this.rangeStart[j], end: this.rangeEnd[j] },
            };
    }
    return out;
  }

  private grow(): void {
    this.value = doubled(this.value);
    this.rangeStart = doubled(this.rangeStart);
    this.rangeEnd = doubled(this.rangeEnd);
  }

  /** The number of value `k` of the classifier, kept for the other checks of the line. */
  private numberAt(line: string, k: number): bigint {
    return (this.numbers[k] ??= this.classifier.number(line, k));
  }

  /** The range value `k` of the classifier belongs to (as `ClassifiedValue.range`). */
  private rangeAt(line: string, k: number): Bounds | undefined {
    const c = this.classifier;
    const a = c.linkFirst[k];
    if (a < 0) return undefined;
    return rangeOfPair(this.numberAt(line, a), this.numberAt(line, c.linkLast[k]), c.rangeForm);
  }

  /** Sets `spanStart`/`spanEnd` to the span of the pair value `k` belongs to: both ends of `a-b`, or `start` through its `size`. */
  private pairSpan(line: string, k: number, n: number, range: Bounds): void {
    const c = this.classifier;
    const value = this.numberAt(line, k);
    const next = k + 1;
    if (value === range.first && next < n) {
      const nextValue = this.numberAt(line, next);
      // The other end is `last` (`[a-b]`) or `last + 1` (`[a, b)`).
      const otherEnd = sameRange(this.rangeAt(line, next), range) && (nextValue === range.last || nextValue === range.last + 1n);
      const size = c.kind[next] === 'size' && value + nextValue - 1n === range.last;
      if (otherEnd || size) {
        this.spanStart = c.start[k];
        this.spanEnd = c.end[next];
        return;
      }
    }
    const previous = k - 1;
    if (previous >= 0 && this.numberAt(line, previous) === range.first && sameRange(this.rangeAt(line, previous), range)) {
      this.spanStart = c.start[previous];
      this.spanEnd = c.end[k];
      return;
    }
    this.spanStart = c.start[k];
    this.spanEnd = c.end[k];
  }
}

function sameRange(a: Bounds | undefined, b: Bounds) {
  return a !== undefined && a.first === b.first && a.last === b.last;
}

/**
 * The `gpa`/`gfn` values of one line with their ranges, as objects (see `FrameReader`; for many lines keep one).
 * Example: `frameValuesOfLine('kvm_mmu_spte_requested: gfn 12345 pfn 1a2b3c level 1', { labelledBareHex: true })`
 * → `[{ start: 28, end: 33, kind: 'gfn', value: 0x12345n }]` (the host `pfn` is not a guest frame).
 */
export function frameValuesOfLine(
  line: string,
  settings: Pick<DetectionSettings, 'labelledBareHex'>,
  languageId?: string,
  window?: LineWindow,
  context?: LineContext,
): readonly FrameValue[] {
  const reader = new FrameReader();
  reader.read(line, settings, languageId, window, context);
  return reader.values(line);
}
