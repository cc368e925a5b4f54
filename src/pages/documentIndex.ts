import vscode = require('vscode');
import { settingsFor } from '../platform/config';
import { textAroundCursor } from '../platform/cursorText';
import { log } from '../platform/log';
import { FrameValue, frameValuesOfLine } from './model/frameValues';
import { FrameOccurrence, frameOf, occurrencesInLine, PageIndex } from './model/pageIndex';

/** Longest a slice of index building keeps the extension host busy before it yields (`setTimeout(0)`). */
const SLICE_MS = 25;
/** The `gpa`/`gfn` value under a cursor, in document columns. */
export interface FrameTarget {
  readonly line: number;
  readonly value: FrameValue;
}

/** How far an index is: lines read of all lines. */
export interface IndexProgress {
  readonly indexedLines: number;
  readonly lineCount: number;
  readonly complete: boolean;
}

interface Entry {
  readonly document: vscode.TextDocument;
  index: PageIndex;
  /** Resolved (with `true`) when the index completes; with `false` when the document closes. */
  waiters: ((complete: boolean) => void)[];
  failures: number;
}

/**
 * One page index per document (shared by the hover and navigation): built in the background in slices of at most
 * `SLICE_MS` (`setTimeout(0)` between them, so it also runs in a web worker), updated per changed block on edits,
 * built again when the document's GPAW, detection setting or language changes, dropped when the document closes.
 * Documents in visible editors are indexed at once; any other on its first use.
 */
export class DocumentIndexService implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  /** Entries with work left, served round-robin one slice at a time. */
  private readonly queue: Entry[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly completed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a document's URI each time its index becomes complete. */
  readonly onDidComplete = this.completed.event;
  private readonly disposables: vscode.Disposable[];

  constructor() {
    this.disposables = [
      this.completed,
      vscode.workspace.onDidChangeTextDocument((e) => this.changed(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.drop(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tdx.gpaw') || e.affectsConfiguration('tdx.detect'))
          for (const entry of this.entries.values()) this.indexOf(entry.document);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.indexOf(e.document))),
    ];
    for (const e of vscode.window.visibleTextEditors) this.indexOf(e.document);
  }

  /** The index of `document` under its current settings, created (and queued to be built) when missing or stale. */
  indexOf(document: vscode.TextDocument): PageIndex {
    const key = document.uri.toString();
    const s = settingsFor(document);
    let entry = this.entries.get(key);
    const current = entry?.index;
    if (
      entry &&
      current &&
      current.gpaw === s.gpaw &&
      current.labelledBareHex === s.labelledBareHex &&
      current.languageId === document.languageId
    )
      return current;
    const index = new PageIndex(document.lineCount, { gpaw: s.gpaw, labelledBareHex: s.labelledBareHex, languageId: document.languageId });
    if (entry) entry.index = index;
    else this.entries.set(key, (entry = { document, index, waiters: [], failures: 0 }));
    this.schedule(entry);
    return index;
  }

  /** How far the index of `uri` is, if the document has one. */
  progress(uri: string): IndexProgress | undefined {
    const index = this.entries.get(uri)?.index;
    return index && { indexedLines: index.indexedLines, lineCount: index.lineCount, complete: index.complete };
  }

  /**
   * Resolves `true` once the index of `document` is complete, `false` after `timeoutMs`, on cancellation or when
   * the document closes. Starts the index when there is none.
   */
  whenComplete(document: vscode.TextDocument, timeoutMs: number, token?: vscode.CancellationToken): Promise<boolean> {
    if (this.indexOf(document).complete) return Promise.resolve(true);
    const entry = this.entries.get(document.uri.toString())!;
    return new Promise((resolve) => {
      let settled = false;
      const settle = (complete: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        cancel?.dispose();
        resolve(complete);
      };
      const timer = setTimeout(() => settle(false), timeoutMs);
      const cancel = token?.onCancellationRequested(() => settle(false));
      entry.waiters.push(settle);
    });
  }

  /** The `gpa`/`gfn` value at `position` (read from the line itself, whatever the index holds), or undefined. */
  targetAt(document: vscode.TextDocument, position: vscode.Position): FrameTarget | undefined {
    const { text, from } = textAroundCursor(document, position);
    const at = position.character - from;
    const found = frameValuesOfLine(text, settingsFor(document), document.languageId).find((v) => v.start <= at && at <= v.end);
    if (!found) return undefined;
    return { line: position.line, value: from === 0 ? found : shift(found, from) };
  }

  /**
   * Every occurrence in `document` of the frame `kind`/`value` refers to (under the document's own GPAW), from the
   * blocks indexed so far — plus those on `line` when its block is not indexed yet (the line the cursor is on).
   */
  occurrences(document: vscode.TextDocument, kind: 'gpa' | 'gfn', value: bigint, line?: number): FrameOccurrence[] {
    const index = this.indexOf(document);
    const ref = frameOf(kind, value, index.gpaw);
    const found = index.occurrences(ref);
    if (line === undefined || index.isIndexed(line) || line >= document.lineCount) return found;
    const text = document.lineAt(line).text;
    const own = occurrencesInLine(ref, line, frameValuesOfLine(text, index, index.languageId), index.gpaw);
    return [...found.filter((o) => o.line < line), ...own, ...found.filter((o) => o.line > line)];
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const key of [...this.entries.keys()]) this.drop(key);
    for (const d of this.disposables) d.dispose();
  }

  private changed(e: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(e.document.uri.toString());
    if (!entry || !e.contentChanges.length) return;
    // VS Code applies the changes of one event one after another, each in the coordinates the previous left.
    for (const c of e.contentChanges) entry.index.lineEdit(c.range.start.line, c.range.end.line - c.range.start.line, lineBreaks(c.text));
    if (entry.index.lineCount !== e.document.lineCount) {
      log().warn(
        `page index of ${e.document.uri.toString(true)} lost track of an edit (${entry.index.lineCount} ≠ ${e.document.lineCount} lines); rebuilding it`,
      );
      entry.index = rebuilt(entry.index, e.document.lineCount);
    }
    this.schedule(entry);
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    const at = this.queue.indexOf(entry);
    if (at >= 0) this.queue.splice(at, 1);
    for (const w of entry.waiters.splice(0)) w(false);
  }

  private schedule(entry: Entry): void {
    if (!this.queue.includes(entry)) this.queue.push(entry);
    this.timer ??= setTimeout(() => this.slice(), 0);
  }

  /** Builds one slice of the first queued index, then yields to the event loop before the next. */
  private slice(): void {
    this.timer = undefined;
    const entry = this.queue.shift();
    if (!entry) return;
    let complete = false;
    try {
      const { document } = entry;
      complete = entry.index.work((l) => document.lineAt(l).text, SLICE_MS);
    } catch (e) {
      // A line the document no longer has (an edit not seen yet): build it again, but not forever.
      log().error('page index failed:', e instanceof Error ? (e.stack ?? e.message) : String(e));
      if (++entry.failures < 3) entry.index = rebuilt(entry.index, entry.document.lineCount);
      else complete = true; // given up: answers come from what was read
    }
    if (complete) {
      for (const w of entry.waiters.splice(0)) w(true);
      this.completed.fire(entry.document.uri);
    } else this.queue.push(entry);
    if (this.queue.length) this.timer = setTimeout(() => this.slice(), 0);
  }
}

function rebuilt(index: PageIndex, lineCount: number): PageIndex {
  return new PageIndex(lineCount, { gpaw: index.gpaw, labelledBareHex: index.labelledBareHex, languageId: index.languageId });
}

/** Line breaks in inserted text (`\r\n`, `\n` or `\r`). */
function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

function shift(v: FrameValue, by: number): FrameValue {
  return {
    ...v,
    start: v.start + by,
    end: v.end + by,
    ...(v.range ? { range: { ...v.range, start: v.range.start + by, end: v.range.end + by } } : {}),
  };
}

/** Creates the service and disposes it with the extension. */
export function registerDocumentIndex(context: vscode.ExtensionContext): DocumentIndexService {
  const service = new DocumentIndexService();
  context.subscriptions.push(service);
  return service;
}
