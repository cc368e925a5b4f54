import { formatHex } from '../../tdx/format';
import { FrameReader, FrameValue, LineContext } from './frameValues';
import { DocumentSide } from '../../detect/side';
import { UserFieldRules } from '../../detect/userRules';
import { DetectionSettings } from '../../tdx/settings';
import { doubled } from '../../detect/typedArrays';
import { AddressKind, Gpaw, sharedGfnMask } from '../../tdx/tdx';

/**
 * The guest frame a `gpa`/`gfn` value refers to. `frame` is the private GFN (shared bit cleared, then `>> 12` for
 * a GPA), the same for both aliases and every offset in the page: GPA `0x8000_1234_5abc` under GPAW 48 →
 * `{ frame: 0x12345n, shared: true, invalid: false }`. Reserved bits stay in `frame`, so an invalid value is
 * grouped with the values of its own (invalid) frame.
 */
export interface FrameRef {
  readonly frame: bigint;
  /** The shared bit (GPA bit GPAW − 1, GFN bit GPAW − 13) is set: this is the frame's shared alias. */
  readonly shared: boolean;
  /** A bit at or above GPAW (GFN bit GPAW − 12) is set. */
  readonly invalid: boolean;
}

/** The frame of a GPA or GFN under a GPAW, e.g. `frameOf('gfn', 0x8_0001_2345n, 48)` → `{ frame: 0x12345n, shared: true, invalid: false }`. */
export function frameOf(kind: AddressKind, value: bigint, gpaw: Gpaw): FrameRef {
  const gfn = kind === 'gfn' ? value : value >> 12n;
  const mask = sharedGfnMask(gpaw);
  return { frame: gfn & ~mask, shared: (gfn & mask) !== 0n, invalid: gfn >> BigInt(gpaw - 12) !== 0n };
}

/**
 * How an occurrence relates to the frame asked about: `exact` — the same frame in the same alias form (any
 * offset, GPA or GFN); `alias` — the other alias (shared ⇄ private); `range` — a `[mem a-b]` or `start … size …`
 * range that contains the frame in either form.
 */
export type FrameRelation = 'exact' | 'alias' | 'range';

/** One place a frame occurs: 0-based line, UTF-16 columns `[start, end)` (a range covers both its values). */
export interface FrameOccurrence {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly relation: FrameRelation;
}

/** How many occurrences of each relation a document has for one frame, e.g. `{ exact: 4, alias: 2, ranges: 1 }`. */
export interface FrameCounts {
  readonly exact: number;
  readonly alias: number;
  readonly ranges: number;
}

/** One distinct frame of a document, for `tdx.listPages`: counts by status and where it first occurs (0-based line). */
export interface PageSummary {
  readonly frame: bigint;
  readonly occurrences: number;
  readonly shared: number;
  readonly private: number;
  readonly invalid: number;
  readonly firstLine: number;
  readonly firstStart: number;
  readonly firstEnd: number;
}

/** What `tdx.listPages` returns per frame: `gfn` the private frame as lower-case `0x…`, `firstLine` 0-based. */
export interface PageEntry {
  readonly gfn: string;
  readonly occurrences: number;
  readonly shared: number;
  readonly private: number;
  readonly invalid: number;
  readonly firstLine: number;
  /** Conversions of memory containing the frame, and accesses through the alias the last one says it is not in. */
  readonly conversions: number;
  readonly mismatches: number;
}

/**
 * The JSON-shaped entry of a summary and its story, e.g.
 * `{ gfn: '0x12345', occurrences: 3, shared: 1, private: 2, invalid: 0, firstLine: 0, conversions: 1, mismatches: 1 }`.
 */
export function pageEntry(p: PageSummary, story: { readonly conversions: number; readonly mismatches: number } = NO_STORY): PageEntry {
  return {
    gfn: formatHex(p.frame, 'none'),
    occurrences: p.occurrences,
    shared: p.shared,
    private: p.private,
    invalid: p.invalid,
    firstLine: p.firstLine,
    conversions: story.conversions,
    mismatches: story.mismatches,
  };
}

const NO_STORY = { conversions: 0, mismatches: 0 };

/** The hover's line, e.g. "In this file: 4 × this frame, 2 × its shared alias, 1 range containing it". */
export function frameCountsText(counts: FrameCounts, ref: FrameRef): string {
  const alias = ref.shared ? 'private' : 'shared';
  const ranges = `${counts.ranges} range${counts.ranges === 1 ? '' : 's'} containing it`;
  return `In this file: ${counts.exact} × this frame, ${counts.alias} × its ${alias} alias, ${ranges}`;
}

/** The hover's line while the index is still being built, e.g. "In this file: counting… (37% of 200,000 lines read)". */
export function frameCountsPendingText(indexedLines: number, lineCount: number): string {
  const percent = Math.floor((100 * indexedLines) / Math.max(1, lineCount));
  return `In this file: counting… (${percent}% of ${lineCount.toLocaleString('en-US')} lines read)`;
}

/**
 * The occurrences of `ref`'s frame among one line's values (what the index would store for that line), for a
 * line the index has not read yet. `gpaw` must be the one `ref` was computed under.
 */
export function occurrencesInLine(ref: FrameRef, line: number, values: readonly FrameValue[], gpaw: Gpaw): FrameOccurrence[] {
  const out: FrameOccurrence[] = [];
  const p = ref.frame;
  const shared = p | sharedGfnMask(gpaw);
  let lastRangeStart = -1;
  for (const v of values) {
    if (v.range) {
      if (v.range.start === lastRangeStart) continue;
      lastRangeStart = v.range.start;
      const [first, last] = v.kind === 'gfn' ? [v.range.first, v.range.last] : [v.range.first >> 12n, v.range.last >> 12n];
      if ((first <= p && p <= last) || (first <= shared && shared <= last))
        out.push({ line, start: v.range.start, end: v.range.end, relation: 'range' });
      continue;
    }
    const r = frameOf(v.kind, v.value, gpaw);
    if (r.frame === p) out.push({ line, start: v.start, end: v.end, relation: r.shared === ref.shared ? 'exact' : 'alias' });
  }
  return out;
}

/** What an index is built for: GPAW, detection setting, language (`c`, `log`…), lines per block. */
export interface PageIndexOptions extends Pick<DetectionSettings, 'gpaw' | 'labelledBareHex'> {
  readonly languageId?: string;
  /** The side of the document at a line (host or guest; undefined: unknown), which decides physical addresses. */
  readonly sideAt?: (line: number) => DocumentSide | undefined;
  /** The folder's taught field rules (`tdx.detect.fields`). */
  readonly userRules?: UserFieldRules;
  /** Names the side markers, side setting and rules the index is built under: another key means another index. */
  readonly contextKey?: string;
  /** Lines per block (an edit re-reads the blocks it touches); 1024 by default. */
  readonly blockLines?: number;
}

/** Flag bits of an occurrence. */
const GFN = 1;
const SHARED = 2;
const INVALID = 4;

/** Lines longer than this are read in windows of this many characters, checking the time between windows. */
const LONG_LINE = 1 << 18;
/** How far past a window's end the second value of a pair (`-0x…]`, `size 0x…`) is looked for. */
const PAIR_REACH = 64;
/** Characters read between two looks at the clock. */
const CHECK_EVERY = 16_384;
/** GFNs of 64-bit GPAs are below 2^52, so range bounds are exact as doubles; larger ones are clamped. */
const EXACT_LIMIT = 2 ** 53 - 1;
const EXACT_LIMIT_BIG = BigInt(EXACT_LIMIT);

const NO_U8 = new Uint8Array(0);
const NO_U16 = new Uint16Array(0);
const NO_U32 = new Uint32Array(0);
const NO_F64 = new Float64Array(0);

/**
 * The occurrences of a run of lines, in typed arrays: point values (line relative to the block, columns,
 * frame id, flags) and ranges (line, columns, first and last GFN). 15 bytes per value, 26 per range.
 */
class Block {
  indexed = false;
  removed = false;
  line: Uint16Array = NO_U16;
  start: Uint32Array = NO_U32;
  end: Uint32Array = NO_U32;
  frame: Uint32Array = NO_U32;
  flags: Uint8Array = NO_U8;
  rLine: Uint16Array = NO_U16;
  rStart: Uint32Array = NO_U32;
  rEnd: Uint32Array = NO_U32;
  rFirst: Float64Array = NO_F64;
  rLast: Float64Array = NO_F64;
  constructor(
    /** 0-based document line of the block's first line. */
    public first: number,
    public lines: number,
  ) {}
}

type Column = Uint8Array | Uint16Array | Uint32Array | Float64Array;

/** Parallel typed columns that rows are appended to (doubling when full), reused from block to block. */
class Rows {
  count = 0;
  constructor(private columns: Column[]) {}
  add(a: number, b: number, c: number, d: number, e: number): void {
    const n = this.count++;
    let col = this.columns;
    if (n === col[0].length) col = this.columns = col.map(doubled);
    col[0][n] = a;
    col[1][n] = b;
    col[2][n] = c;
    col[3][n] = d;
    col[4][n] = e;
  }
  /** The rows so far, copied out column by column (undefined when there are none); empties the columns. */
  take(): Column[] | undefined {
    const n = this.count;
    this.count = 0;
    return n ? this.columns.map((c) => c.slice(0, n)) : undefined;
  }
}

/** A block's occurrences while it is being read: points (line, start, end, frame id, flags) and ranges (line, start, end, first, last). */
class Pending {
  readonly points = new Rows([new Uint16Array(256), new Uint32Array(256), new Uint32Array(256), new Uint32Array(256), new Uint8Array(256)]);
  readonly ranges = new Rows([new Uint16Array(16), new Uint32Array(16), new Uint32Array(16), new Float64Array(16), new Float64Array(16)]);
  moveInto(b: Block): void {
    const p = this.points.take();
    if (p) [b.line, b.start, b.end, b.frame, b.flags] = p as [Uint16Array, Uint32Array, Uint32Array, Uint32Array, Uint8Array];
    const r = this.ranges.take();
    if (r) [b.rLine, b.rStart, b.rEnd, b.rFirst, b.rLast] = r as [Uint16Array, Uint32Array, Uint32Array, Float64Array, Float64Array];
  }
  clear(): void {
    this.points.count = this.ranges.count = 0;
  }
}

/**
 * A hash table from frame numbers (integers below 2^53, as doubles) to ids, in two typed arrays with linear
 * probing: 12 bytes a slot, and no boxing of the numbers above 2^31 that a Map would hash one by one.
 */
class FrameTable {
  private keys = new Float64Array(1024);
  private ids = new Int32Array(1024).fill(-1);
  private count = 0;

  /** The id of `frame`, or -1. */
  get(frame: number): number {
    const mask = this.ids.length - 1;
    for (let i = slot(frame, mask); ; i = (i + 1) & mask) {
      const id = this.ids[i];
      if (id < 0 || this.keys[i] === frame) return id;
    }
  }

  /** The id of `frame`, adding it with `id` when absent. */
  getOrAdd(frame: number, id: number): number {
    if ((this.count + 1) * 2 > this.ids.length) this.grow();
    const mask = this.ids.length - 1;
    for (let i = slot(frame, mask); ; i = (i + 1) & mask) {
      const found = this.ids[i];
      if (found < 0) {
        this.keys[i] = frame;
        this.ids[i] = id;
        this.count++;
        return id;
      }
      if (this.keys[i] === frame) return found;
    }
  }

  private grow(): void {
    const { keys, ids } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.ids = new Int32Array(ids.length * 2).fill(-1);
    this.count = 0;
    for (let i = 0; i < ids.length; i++) if (ids[i] >= 0) this.getOrAdd(keys[i], ids[i]);
  }
}

/** A well-mixed slot for an integer below 2^53 (its low and high 32 bits). */
function slot(frame: number, mask: number): number {
  let h = Math.imul((frame >>> 0) ^ Math.imul((frame / 4294967296) >>> 0, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  return h & mask;
}

/** Where the reader stopped: a block, a line in it, and (in a very long line) a column. */
interface Reading {
  readonly block: Block;
  line: number;
  column: number;
  /** In a long line: where the last range read ends, so its second value is not read again in the next window. */
  consumed: number;
}

/**
 * The guest frames of one document: every `gpa`/`gfn` value and range (from a `FrameReader`) in blocks of
 * lines, built in time-bounded slices (`work`), kept current by `lineEdit` (only touched blocks are read again;
 * later blocks just move), and asked which values refer to one frame (`occurrences`, `counts`, `pages`).
 * Pure: the caller supplies lines, the clock and the scheduling, so it runs the same in a web worker.
 */
export class PageIndex {
  readonly gpaw: Gpaw;
  readonly labelledBareHex: boolean;
  readonly languageId: string | undefined;
  private readonly sideAt: ((line: number) => DocumentSide | undefined) | undefined;
  /** See `PageIndexOptions.contextKey`. */
  readonly contextKey: string;
  private readonly userRules: UserFieldRules | undefined;
  private readonly blockLines: number;
  private readonly gfnMaskNumber: number;
  /** 2^(GPAW − 12): GFNs at or above it have reserved bits set. */
  private readonly gfnLimit: number;
  private blocks: Block[] = [];
  private totalLines: number;
  /**
   * Frames by private GFN, and back. GFNs below 2^53 (every GFN of a 64-bit GPA) are keyed as numbers, which a
   * Map hashes far faster than bigints; larger ones (GFN-labelled values with reserved bits) as bigints.
   * Ids of frames no block refers to any more are reclaimed by `compactIfSparse`.
   */
  private smallIds = new FrameTable();
  private bigIds = new Map<bigint, number>();
  private frames: (number | bigint)[] = [];
  private reading: Reading | undefined;
  /** No block before this one is unread. */
  private firstUnread = 0;
  /** Frames in use at the last compaction: the table is scanned again only once it has doubled since. */
  private liveFrames = 0;
  private readonly pending = new Pending();
  /** Reads each line's guest values for `add`. */
  private readonly reader = new FrameReader();
  /** Occurrences of each frame id in read blocks, through its shared and its private alias (kept for `counts`). */
  private sharedCounts = new Uint32Array(1024);
  private privateCounts = new Uint32Array(1024);
  /** Blocks to read before the others (`prefer`): the visible lines, a request's own line. */
  private preferred: Block[] = [];
  /** The ranges of the read blocks sorted for counting (built on the first `counts` after a change). */
  private stabs: RangeStabs | undefined;

  constructor(
    lineCount: number,
    /** What the index was built under (an index built again after a failure reuses them). */
    readonly options: PageIndexOptions,
  ) {
    this.gpaw = options.gpaw;
    this.labelledBareHex = options.labelledBareHex;
    this.languageId = options.languageId;
    this.sideAt = options.sideAt;
    this.contextKey = options.contextKey ?? '';
    this.userRules = options.userRules;
    this.blockLines = Math.max(1, Math.min(options.blockLines ?? 1024, 16_384));
    this.gfnMaskNumber = Number(sharedGfnMask(this.gpaw));
    this.gfnLimit = 2 ** (this.gpaw - 12);
    this.totalLines = Math.max(1, lineCount);
    for (let first = 0; first < this.totalLines; first += this.blockLines)
      this.blocks.push(new Block(first, Math.min(this.blockLines, this.totalLines - first)));
  }

  /** The document's side at `line` and the taught rules the index reads it with, or undefined when neither is known (the common, fast case). */
  contextAt(line: number): LineContext | undefined {
    if (!this.sideAt && !this.userRules) return undefined;
    return { side: this.sideAt?.(line), userRules: this.userRules };
  }

  /** Lines of the document as the index knows it. */
  get lineCount(): number {
    return this.totalLines;
  }

  /** Every block has been read. */
  get complete(): boolean {
    return this.nextUnread() === undefined;
  }

  /** Lines in blocks already read (for progress reports). */
  get indexedLines(): number {
    let n = 0;
    for (const b of this.blocks) if (b.indexed) n += b.lines;
    return n;
  }

  /** Whether `line`'s block has been read (its occurrences are in the answers). */
  isIndexed(line: number): boolean {
    const b = this.blocks[this.blockAt(line)];
    return b !== undefined && b.indexed;
  }

  /**
   * An edit: old lines `[line, line + removedBreaks]` became `[line, line + insertedBreaks]` (a VS Code content
   * change: its range's start line, the line breaks it removed and inserted). The blocks it touches are merged
   * and queued to be read again; later blocks move by the difference.
   */
  lineEdit(line: number, removedBreaks: number, insertedBreaks: number): void {
    const start = Math.max(0, Math.min(line, this.totalLines - 1));
    const removed = Math.max(0, Math.min(removedBreaks, this.totalLines - 1 - start));
    const delta = Math.max(0, insertedBreaks) - removed;
    const i0 = this.blockAt(start);
    const i1 = this.blockAt(start + removed);
    let lines = delta;
    for (let i = i0; i <= i1; i++) {
      lines += this.blocks[i].lines;
      this.blocks[i].removed = true;
      if (this.blocks[i].indexed) this.count(this.blocks[i], -1);
      if (this.blocks[i].rLine.length) this.stabs = undefined;
    }
    const first = this.blocks[i0].first;
    // A block may grow to twice its size before it is split, so typing at a block's end does not leave 1-line blocks.
    const parts = lines <= 2 * this.blockLines ? 1 : Math.ceil(lines / this.blockLines);
    const fresh: Block[] = [];
    for (let k = 0, at = 0; k < parts; k++) {
      const n = Math.round(((k + 1) * lines) / parts) - at;
      fresh.push(new Block(first + at, n));
      at += n;
    }
    this.blocks.splice(i0, i1 - i0 + 1, ...fresh);
    for (let i = i0 + fresh.length; i < this.blocks.length; i++) this.blocks[i].first += delta;
    this.totalLines += delta;
    if (this.reading?.block.removed) {
      this.reading = undefined;
      this.pending.clear();
    }
    this.firstUnread = Math.min(this.firstUnread, i0);
  }

  /**
   * Reads unread blocks until done or until `budgetMs` has passed (the clock is looked at every 16K characters
   * and between the windows of a very long line), then returns whether the index is complete. Resumes where
   * it stopped on the next call, inside a block or a line.
   */
  work(lineAt: (line: number) => string, budgetMs: number, now: () => number = Date.now): boolean {
    const deadline = now() + budgetMs;
    let read = 0;
    for (;;) {
      let r = this.reading;
      if (!r) {
        const block = this.nextUnread();
        if (!block) {
          this.compactIfSparse();
          return true;
        }
        r = this.reading = { block, line: 0, column: 0, consumed: 0 };
      }
      const block = r.block;
      while (r.line < block.lines) {
        const text = lineAt(block.first + r.line);
        if (r.column === 0 && text.length <= LONG_LINE) {
          this.reader.read(text, this, this.languageId, undefined, this.contextAt(block.first + r.line));
          this.add(r.line, text, 0, Infinity);
          r.line++;
          read += text.length + 32;
        } else {
          const to = Math.min(text.length, r.column + LONG_LINE);
          this.reader.read(
            text,
            this,
            this.languageId,
            { from: r.column, to: Math.min(text.length, to + PAIR_REACH) },
            this.contextAt(block.first + r.line),
          );
          r.consumed = this.add(r.line, text, r.consumed, to);
          if (to >= text.length) {
            r.line++;
            r.column = 0;
            r.consumed = 0;
          } else r.column = to;
          read = CHECK_EVERY;
        }
        if (read >= CHECK_EVERY) {
          read = 0;
          if (now() >= deadline) return false;
        }
      }
      this.pending.moveInto(block);
      block.indexed = true;
      this.count(block, 1);
      if (block.rLine.length) this.stabs = undefined;
      this.reading = undefined;
    }
  }

  /** Adds (`by` 1) or removes (`by` -1) a read block's points to the per-frame counts. */
  private count(b: Block, by: 1 | -1): void {
    for (let k = 0; k < b.frame.length; k++) {
      const counts = b.flags[k] & SHARED ? this.sharedCounts : this.privateCounts;
      counts[b.frame[k]] += by;
    }
  }

  /**
   * Queues the blocks of lines `[from, to]` (0-based, inclusive) to be read before any other (after the block
   * being read): the visible ranges, the line a request is about. Later calls go after earlier ones.
   */
  prefer(from: number, to: number): void {
    const last = this.blockAt(Math.max(from, to));
    for (let i = this.blockAt(Math.max(0, from)); i <= last; i++) {
      const b = this.blocks[i];
      if (!b.indexed && !this.preferred.includes(b)) this.preferred.push(b);
    }
  }

  /** Whether every block of lines `[from, to]` has been read. */
  isRead(from: number, to: number): boolean {
    const last = this.blockAt(Math.max(from, to));
    for (let i = this.blockAt(Math.max(0, from)); i <= last; i++) if (!this.blocks[i].indexed) return false;
    return true;
  }

  /**
   * Adds the values `reader` just read from `text` (those starting in `[skipBefore, limit)`) to the block
   * being read; returns where the last range taken ends (at least `skipBefore`).
   */
  private add(line: number, text: string, skipBefore: number, limit: number): number {
    const p = this.pending;
    const g = this.reader;
    let consumed = skipBefore;
    let lastRangeStart = -1;
    for (let j = 0; j < g.count; j++) {
      const start = g.start(j);
      if (start < skipBefore || start >= limit) continue;
      const isGfn = g.kind(j) === 'gfn';
      const rangeStart = g.rangeStart[j];
      if (rangeStart >= 0) {
        // Both ends of `[mem a-b]` carry the same range: it is one occurrence.
        if (rangeStart === lastRangeStart || rangeStart < skipBefore) continue;
        lastRangeStart = rangeStart;
        p.ranges.add(
          line,
          rangeStart,
          g.rangeEnd[j],
          Math.min(Number(isGfn ? g.first[j] : g.first[j] >> 12n), EXACT_LIMIT),
          Math.min(Number(isGfn ? g.last[j] : g.last[j] >> 12n), EXACT_LIMIT),
        );
        consumed = Math.max(consumed, g.rangeEnd[j]);
        continue;
      }
      let flags = isGfn ? GFN : 0;
      let frame: number | bigint;
      const g0 = g.frameNumber(text, j);
      if (g0 === g0) {
        // Exact integer arithmetic on doubles: the shared bit is bit GPAW − 13 of the GFN.
        const shared = Math.floor(g0 / this.gfnMaskNumber) % 2 === 1;
        frame = shared ? g0 - this.gfnMaskNumber : g0;
        if (shared) flags |= SHARED;
        if (g0 >= this.gfnLimit) flags |= INVALID;
      } else {
        const value = g.number(text, j);
        const r = frameOf('gfn', isGfn ? value : value >> 12n, this.gpaw);
        flags |= (r.shared ? SHARED : 0) | (r.invalid ? INVALID : 0);
        frame = r.frame <= EXACT_LIMIT_BIG ? Number(r.frame) : r.frame;
      }
      const id = this.frameId(frame);
      p.points.add(line, start, g.end(j), id, flags);
    }
    return consumed;
  }

  /** The id of a frame (a number below 2^53, else a bigint), adding it when new. */
  private frameId(frame: number | bigint): number {
    if (typeof frame === 'number') {
      const id = this.smallIds.getOrAdd(frame, this.frames.length);
      if (id === this.frames.length) this.newFrame(frame);
      return id;
    }
    let id = this.bigIds.get(frame);
    if (id === undefined) {
      id = this.frames.length;
      this.newFrame(frame);
      this.bigIds.set(frame, id);
    }
    return id;
  }

  private newFrame(frame: number | bigint): void {
    this.frames.push(frame);
    if (this.frames.length > this.sharedCounts.length) {
      this.sharedCounts = doubled(this.sharedCounts);
      this.privateCounts = doubled(this.privateCounts);
    }
  }

  /**
   * Every occurrence of `ref`'s frame in the blocks read so far, in document order: values of the frame (`exact`
   * in `ref`'s alias form, `alias` in the other) and ranges containing it. `ref` must come from this index's GPAW.
   */
  occurrences(ref: FrameRef): FrameOccurrence[] {
    const out: FrameOccurrence[] = [];
    this.visit(ref, (line, start, end, relation) => out.push({ line, start, end, relation }));
    return out;
  }

  /**
   * How many occurrences of each relation `occurrences(ref)` would return: values from the per-frame counts kept
   * as blocks are read and edited, ranges from their bounds sorted once per change (`RangeStabs`): a few binary
   * searches, whatever the document's size.
   */
  counts(ref: FrameRef): FrameCounts {
    const id = this.idOf(ref.frame);
    const shared = id === undefined ? 0 : this.sharedCounts[id];
    const priv = id === undefined ? 0 : this.privateCounts[id];
    // Range bounds are doubles: a frame past 2^53 (an invalid GFN) is in no range of a 64-bit GPA.
    const ranges =
      ref.frame <= EXACT_LIMIT_BIG ? (this.stabs ??= new RangeStabs(this.blocks, this.gfnMaskNumber)).count(Number(ref.frame)) : 0;
    return ref.shared ? { exact: shared, alias: priv, ranges } : { exact: priv, alias: shared, ranges };
  }

  /**
   * The occurrences of several frames in one pass over the read blocks, in document order per frame: `found(k, …)`
   * for `frames[k]` (private GFNs, sorted ascending, each below 2^53), with `relation` relative to the private
   * form (`exact` private, `alias` shared).
   */
  visitMany(
    frames: readonly number[],
    found: (k: number, line: number, start: number, end: number, relation: FrameRelation) => void,
  ): void {
    const which = new Int32Array(this.frames.length).fill(-1);
    frames.forEach((f, k) => {
      const id = this.smallIds.get(f);
      if (id >= 0) which[id] = k;
    });
    const mask = this.gfnMaskNumber;
    const hits: number[] = [];
    for (const b of this.blocks) {
      if (!b.indexed) continue;
      let j = 0;
      const rn = b.rLine.length;
      for (let k = 0; k <= b.frame.length; k++) {
        const atEnd = k === b.frame.length;
        // Ranges that start before this point, in line order: every listed frame they contain.
        for (; j < rn && (atEnd || b.rLine[j] < b.line[k] || (b.rLine[j] === b.line[k] && b.rStart[j] < b.start[k])); j++) {
          hits.length = 0;
          within(frames, b.rFirst[j], b.rLast[j], hits);
          // The shared alias in the range, for frames not already found through their private form.
          within(frames, b.rFirst[j] - mask, Math.min(b.rLast[j] - mask, b.rFirst[j] - 1), hits);
          for (const h of hits) found(h, b.first + b.rLine[j], b.rStart[j], b.rEnd[j], 'range');
        }
        if (atEnd) break;
        const w = which[b.frame[k]];
        if (w >= 0) found(w, b.first + b.line[k], b.start[k], b.end[k], b.flags[k] & SHARED ? 'alias' : 'exact');
      }
    }
  }

  /** The 0-based line of each value read as a GFN (not a GPA) in the read blocks, in document order (repeats included). */
  *gfnLines(): Generator<number> {
    for (const b of this.blocks) {
      if (!b.indexed) continue;
      for (let k = 0; k < b.flags.length; k++) if (b.flags[k] & GFN) yield b.first + b.line[k];
    }
  }

  /** Each range of the read blocks: 0-based line, columns and inclusive GFN bounds (as doubles), in document order. */
  *ranges(): Generator<{ line: number; start: number; end: number; first: number; last: number }> {
    for (const b of this.blocks) {
      if (!b.indexed) continue;
      for (let j = 0; j < b.rLine.length; j++)
        yield { line: b.first + b.rLine[j], start: b.rStart[j], end: b.rEnd[j], first: b.rFirst[j], last: b.rLast[j] };
    }
  }

  private visit(ref: FrameRef, found: (line: number, start: number, end: number, relation: FrameRelation) => void): void {
    const id = this.idOf(ref.frame);
    const wantShared = ref.shared ? SHARED : 0;
    // Range bounds are doubles: a frame past 2^53 (an invalid GFN) is in no range of a 64-bit GPA.
    const p = ref.frame <= EXACT_LIMIT_BIG ? Number(ref.frame) : -1;
    const ps = p + this.gfnMaskNumber;
    for (const b of this.blocks) {
      if (!b.indexed) continue;
      let k = 0;
      let j = 0;
      const n = id === undefined ? 0 : b.frame.length;
      const rn = p < 0 ? 0 : b.rLine.length;
      // Points and ranges are each in line order; merge them so the answer is in document order.
      for (;;) {
        while (k < n && b.frame[k] !== id) k++;
        while (j < rn && !((b.rFirst[j] <= p && p <= b.rLast[j]) || (b.rFirst[j] <= ps && ps <= b.rLast[j]))) j++;
        if (k >= n && j >= rn) break;
        const pointFirst = j >= rn || (k < n && (b.line[k] < b.rLine[j] || (b.line[k] === b.rLine[j] && b.start[k] < b.rStart[j])));
        if (pointFirst) {
          found(b.first + b.line[k], b.start[k], b.end[k], (b.flags[k] & SHARED) === wantShared ? 'exact' : 'alias');
          k++;
        } else {
          found(b.first + b.rLine[j], b.rStart[j], b.rEnd[j], 'range');
          j++;
        }
      }
    }
  }

  /**
   * The distinct frames of the blocks read so far, most frequent first (then by first occurrence), with counts
   * by status; ranges are not counted. At most `limit` of them.
   */
  pages(limit = Infinity): PageSummary[] {
    const n = this.frames.length;
    const total = new Uint32Array(n);
    const shared = new Uint32Array(n);
    const invalid = new Uint32Array(n);
    const firstLine = new Int32Array(n).fill(-1);
    const firstStart = new Uint32Array(n);
    const firstEnd = new Uint32Array(n);
    const order = new Uint32Array(n);
    let seen = 0;
    let most = 0;
    for (const b of this.blocks) {
      if (!b.indexed) continue;
      for (let k = 0; k < b.frame.length; k++) {
        const id = b.frame[k];
        if (firstLine[id] < 0) {
          firstLine[id] = b.first + b.line[k];
          firstStart[id] = b.start[k];
          firstEnd[id] = b.end[k];
          order[seen++] = id;
        }
        if (++total[id] > most) most = total[id];
        const f = b.flags[k];
        if (f & INVALID) invalid[id]++;
        else if (f & SHARED) shared[id]++;
      }
    }
    // A stable counting sort by count, descending, of the ids in order of first occurrence.
    const startOf = new Uint32Array(most + 2);
    for (let i = 0; i < seen; i++) startOf[most - total[order[i]] + 1]++;
    for (let c = 1; c <= most + 1; c++) startOf[c] += startOf[c - 1];
    const sorted = new Uint32Array(seen);
    for (let i = 0; i < seen; i++) sorted[startOf[most - total[order[i]]]++] = order[i];
    const out: PageSummary[] = [];
    for (let i = 0; i < seen && out.length < limit; i++) {
      const id = sorted[i];
      out.push({
        frame: BigInt(this.frames[id]),
        occurrences: total[id],
        shared: shared[id],
        private: total[id] - shared[id] - invalid[id],
        invalid: invalid[id],
        firstLine: firstLine[id],
        firstStart: firstStart[id],
        firstEnd: firstEnd[id],
      });
    }
    return out;
  }

  /** The number of distinct frames in the blocks read so far. */
  get frameCount(): number {
    const used = new Uint8Array(this.frames.length);
    let n = 0;
    for (const b of this.blocks)
      for (let k = 0; b.indexed && k < b.frame.length; k++) {
        if (used[b.frame[k]]) continue;
        used[b.frame[k]] = 1;
        n++;
      }
    return n;
  }

  private idOf(frame: bigint): number | undefined {
    if (frame > EXACT_LIMIT_BIG) return this.bigIds.get(frame);
    const id = this.smallIds.get(Number(frame));
    return id < 0 ? undefined : id;
  }

  private blockAt(line: number): number {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.blocks[mid].first <= line) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private nextUnread(): Block | undefined {
    if (this.reading) return this.reading.block;
    while (this.preferred.length) {
      const b = this.preferred[0];
      if (!b.indexed && !b.removed) return b;
      this.preferred.shift();
    }
    while (this.firstUnread < this.blocks.length && this.blocks[this.firstUnread].indexed) this.firstUnread++;
    return this.blocks[this.firstUnread];
  }

  /** After edits, drops frames no block refers to once they outnumber the live ones, renumbering the rest. */
  private compactIfSparse(): void {
    const n = this.frames.length;
    if (n < 2 * this.liveFrames + 4096) return;
    const remap = new Int32Array(n).fill(-1);
    let live = 0;
    for (const b of this.blocks) for (let k = 0; k < b.frame.length; k++) if (remap[b.frame[k]] < 0) remap[b.frame[k]] = live++;
    this.liveFrames = live;
    if (live * 2 > n) return;
    const frames: (number | bigint)[] = new Array(live);
    const small = new FrameTable();
    const big = new Map<bigint, number>();
    for (let id = 0; id < n; id++) {
      const to = remap[id];
      if (to < 0) continue;
      const frame = this.frames[id];
      frames[to] = frame;
      if (typeof frame === 'number') small.getOrAdd(frame, to);
      else big.set(frame, to);
    }
    for (const b of this.blocks) for (let k = 0; k < b.frame.length; k++) b.frame[k] = remap[b.frame[k]];
    const sharedCounts = new Uint32Array(Math.max(1024, live));
    const privateCounts = new Uint32Array(sharedCounts.length);
    for (let id = 0; id < n; id++)
      if (remap[id] >= 0) {
        sharedCounts[remap[id]] = this.sharedCounts[id];
        privateCounts[remap[id]] = this.privateCounts[id];
      }
    this.sharedCounts = sharedCounts;
    this.privateCounts = privateCounts;
    this.frames = frames;
    this.smallIds = small;
    this.bigIds = big;
  }
}

/** Pushes the indexes of the sorted `frames` in `[first, last]` onto `out`. */
function within(frames: readonly number[], first: number, last: number, out: number[]): void {
  let lo = 0;
  let hi = frames.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (frames[mid] < first) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < frames.length && frames[k] <= last; k++) out.push(k);
}

/**
 * Counts the ranges containing a frame `p` or its shared alias `p + mask` with binary searches: the ranges
 * containing a point are those starting at or before it less those ending before it; a range contains both
 * aliases exactly when its bounds shrunk by `mask` (`[first, last − mask]`) contain `p`.
 */
class RangeStabs {
  private readonly firsts: Float64Array;
  private readonly lasts: Float64Array;
  private readonly bothFirsts: Float64Array;
  private readonly bothLasts: Float64Array;

  constructor(
    blocks: readonly Block[],
    private readonly mask: number,
  ) {
    let n = 0;
    let both = 0;
    for (const b of blocks)
      for (let j = 0; b.indexed && j < b.rLine.length; j++)
        if (b.rFirst[j] <= b.rLast[j]) {
          n++;
          if (b.rLast[j] - mask >= b.rFirst[j]) both++;
        }
    this.firsts = new Float64Array(n);
    this.lasts = new Float64Array(n);
    this.bothFirsts = new Float64Array(both);
    this.bothLasts = new Float64Array(both);
    n = both = 0;
    for (const b of blocks)
      for (let j = 0; b.indexed && j < b.rLine.length; j++) {
        const first = b.rFirst[j];
        const last = b.rLast[j];
        if (first > last) continue;
        this.firsts[n] = first;
        this.lasts[n++] = last;
        if (last - mask < first) continue;
        this.bothFirsts[both] = first;
        this.bothLasts[both++] = last - mask;
      }
    for (const a of [this.firsts, this.lasts, this.bothFirsts, this.bothLasts]) a.sort();
  }

  /** The ranges containing `p` or `p + mask`. */
  count(p: number): number {
    return (
      stabbing(this.firsts, this.lasts, p) + stabbing(this.firsts, this.lasts, p + this.mask) - stabbing(this.bothFirsts, this.bothLasts, p)
    );
  }
}

/** Ranges (sorted starts, sorted ends) containing `p`: those starting at or before it less those ending before it. */
function stabbing(firsts: Float64Array, lasts: Float64Array, p: number): number {
  return countBelow(firsts, p, true) - countBelow(lasts, p, false);
}

/** How many of the sorted `a` are below `p` (at or below it with `orEqual`). */
function countBelow(a: Float64Array, p: number, orEqual: boolean): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < p || (orEqual && a[mid] === p)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
