import { PageIndex, PageIndexOptions } from './pageIndex';

/** Longest a slice of index building keeps the extension host busy before it yields, in milliseconds. */
export const SLICE_MS = 25;
/** Slices of one index that may fail (a line the document no longer has) before the index is given up as it is. */
const MAX_FAILURES = 3;

/** A document as the service reads it: its current line count and lines. */
export interface IndexSource {
  readonly lineCount: number;
  lineAt(line: number): string;
}

/** The clock and timers the service runs on (the host's, or a test's fake). */
export interface IndexClock {
  /** Milliseconds, for slice budgets. */
  now(): number;
  /** Runs `run` after `ms` (0: after the current task); returns what `cancel` takes. */
  schedule(run: () => void, ms: number): unknown;
  cancel(handle: unknown): void;
}

/** Where the service reports what went wrong (the extension's log). */
export interface IndexLog {
  warn(message: string): void;
  error(message: string): void;
}

/** A cancellation signal, e.g. a `vscode.CancellationToken`. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): unknown };
}

/** How far an index is: lines read of all lines. */
export interface IndexProgress {
  readonly indexedLines: number;
  readonly lineCount: number;
  readonly complete: boolean;
}

/** One content change: the old lines `[line, line + removedBreaks]` became `[line, line + insertedBreaks]`. */
export interface LineEdit {
  readonly line: number;
  readonly removedBreaks: number;
  readonly insertedBreaks: number;
}

/** Lines `[from, to]`, 0-based and inclusive. */
export interface LineSpan {
  readonly from: number;
  readonly to: number;
}

/** A request waiting for part of an index: settled with `true` once `ready`, with `false` when the document is dropped. */
interface Waiter {
  ready(index: PageIndex): boolean;
  settle(ready: boolean): void;
}

interface Entry<S> {
  readonly key: string;
  source: S;
  index: PageIndex;
  waiters: Waiter[];
  failures: number;
}

/**
 * Page indexes by document key (a URI string), built in the background: one slice of at most `SLICE_MS` at a
 * time, round-robin over the documents with work left, yielding to the host (`clock.schedule(…, 0)`) between
 * slices. Requests can wait for an index to complete (`whenComplete`), with a timeout and a cancellation.
 * `onComplete` is called with a document's key and source each time its index becomes complete.
 */
export class IndexService<S extends IndexSource = IndexSource> {
  private readonly entries = new Map<string, Entry<S>>();
  /** Entries with work left, served round-robin one slice at a time. */
  private readonly queue: Entry<S>[] = [];
  private timer: unknown;

  constructor(
    private readonly clock: IndexClock,
    private readonly log: IndexLog,
    private readonly onComplete: (key: string, source: S) => void = () => undefined,
  ) {}

  /** The index of `key` under `options`, created (and queued to be built) when missing or built under other options. */
  indexOf(key: string, source: S, options: PageIndexOptions): PageIndex {
    let entry = this.entries.get(key);
    const current = entry?.index;
    if (
      entry &&
      current &&
      current.gpaw === options.gpaw &&
      current.labelledBareHex === options.labelledBareHex &&
      current.languageId === options.languageId &&
      current.contextKey === (options.contextKey ?? '')
    ) {
      entry.source = source;
      return current;
    }
    const index = new PageIndex(source.lineCount, options);
    if (entry) {
      entry.index = index;
      entry.source = source;
    } else this.entries.set(key, (entry = { key, source, index, waiters: [], failures: 0 }));
    this.schedule(entry);
    return index;
  }

  /** The index of `key` as it is, if there is one. */
  existing(key: string): PageIndex | undefined {
    return this.entries.get(key)?.index;
  }

  /** The source of every document with an index. */
  sources(): S[] {
    return [...this.entries.values()].map((e) => e.source);
  }

  /** How far the index of `key` is, if the document has one. */
  progress(key: string): IndexProgress | undefined {
    const index = this.entries.get(key)?.index;
    return index && { indexedLines: index.indexedLines, lineCount: index.lineCount, complete: index.complete };
  }

  /**
   * Resolves `true` once the index of `key` is complete, `false` after `timeoutMs`, on cancellation or when the
   * document is dropped. Creates the index (see `indexOf`) when there is none.
   */
  whenComplete(key: string, source: S, options: PageIndexOptions, timeoutMs: number, token?: Cancellation): Promise<boolean> {
    return this.when(key, source, options, (index) => index.complete, timeoutMs, token);
  }

  /**
   * Resolves `true` once the lines `spans` of `key` are read (queued before the rest, see `PageIndex.prefer`), or the
   * whole index is complete; `false` after `timeoutMs`, on cancellation or when the document is dropped. What a
   * request about part of a document waits for: it then answers from what has been read.
   */
  whenRead(
    key: string,
    source: S,
    options: PageIndexOptions,
    spans: readonly LineSpan[],
    timeoutMs: number,
    token?: Cancellation,
  ): Promise<boolean> {
    const index = this.indexOf(key, source, options);
    this.preferIn(index, spans);
    const entry = this.entries.get(key)!;
    // Served next: the request is about what a user is looking at.
    const at = this.queue.indexOf(entry);
    if (at > 0) this.queue.unshift(...this.queue.splice(at, 1));
    return this.when(key, source, options, (i) => i.complete || spans.every((r) => i.isRead(r.from, r.to)), timeoutMs, token);
  }

  /** Queues `spans` of `key`'s index to be read before the rest of it (the visible ranges), if it has an index. */
  prefer(key: string, spans: readonly LineSpan[]): void {
    const entry = this.entries.get(key);
    if (entry) this.preferIn(entry.index, spans);
  }

  private preferIn(index: PageIndex, spans: readonly LineSpan[]): void {
    for (const r of spans) if (r.from < index.lineCount) index.prefer(r.from, Math.min(r.to, index.lineCount - 1));
  }

  private when(
    key: string,
    source: S,
    options: PageIndexOptions,
    ready: (index: PageIndex) => boolean,
    timeoutMs: number,
    token?: Cancellation,
  ): Promise<boolean> {
    if (ready(this.indexOf(key, source, options))) return Promise.resolve(true);
    if (token?.isCancellationRequested) return Promise.resolve(false);
    const entry = this.entries.get(key)!;
    return new Promise((resolve) => {
      let settled = false;
      const settle = (complete: boolean) => {
        if (settled) return;
        settled = true;
        this.clock.cancel(timer);
        cancel?.dispose();
        const at = entry.waiters.indexOf(waiter);
        if (at >= 0) entry.waiters.splice(at, 1);
        resolve(complete);
      };
      const waiter: Waiter = { ready, settle };
      const timer = this.clock.schedule(() => settle(false), timeoutMs);
      const cancel = token?.onCancellationRequested(() => settle(false));
      entry.waiters.push(waiter);
    });
  }

  /**
   * Applies a document's content changes (in order, each in the coordinates the previous left) to its index; when
   * the index's line count then differs from `lineCount` (an edit was missed) it is built again. Unknown keys are ignored.
   */
  edit(key: string, edits: readonly LineEdit[], lineCount: number): void {
    const entry = this.entries.get(key);
    if (!entry || edits.length === 0) return;
    for (const e of edits) entry.index.lineEdit(e.line, e.removedBreaks, e.insertedBreaks);
    if (entry.index.lineCount !== lineCount) {
      this.log.warn(`page index of ${key} lost track of an edit (${entry.index.lineCount} ≠ ${lineCount} lines); rebuilding it`);
      entry.index = rebuilt(entry.index, lineCount);
    }
    this.schedule(entry);
  }

  /** Forgets the index of `key` (its document closed); its waiters resolve `false`. */
  drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    const at = this.queue.indexOf(entry);
    if (at >= 0) this.queue.splice(at, 1);
    for (const w of [...entry.waiters]) w.settle(false);
  }

  dispose(): void {
    this.clock.cancel(this.timer);
    this.timer = undefined;
    for (const key of [...this.entries.keys()]) this.drop(key);
  }

  private schedule(entry: Entry<S>): void {
    if (!this.queue.includes(entry)) this.queue.push(entry);
    this.timer ??= this.clock.schedule(() => this.slice(), 0);
  }

  /** Builds one slice of the first queued index, then yields before the next. */
  private slice(): void {
    this.timer = undefined;
    const entry = this.queue.shift();
    if (!entry) return;
    let complete = false;
    try {
      const { source } = entry;
      complete = entry.index.work(
        (l) => source.lineAt(l),
        SLICE_MS,
        () => this.clock.now(),
      );
    } catch (e) {
      // A line the document no longer has (an edit not seen yet): build it again, but not forever.
      this.log.error(`page index failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      if (++entry.failures < MAX_FAILURES) entry.index = rebuilt(entry.index, entry.source.lineCount);
      else complete = true; // given up: answers come from what was read
    }
    for (const w of [...entry.waiters]) if (complete || w.ready(entry.index)) w.settle(true);
    if (complete) this.onComplete(entry.key, entry.source);
    else this.queue.push(entry);
    if (this.queue.length) this.timer = this.clock.schedule(() => this.slice(), 0);
  }
}

function rebuilt(index: PageIndex, lineCount: number): PageIndex {
  return new PageIndex(lineCount, index.options);
}

/** Line breaks in inserted text (`\r\n`, `\n` or `\r`), e.g. 2 for `"a\r\nb\nc"`. */
export function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}
