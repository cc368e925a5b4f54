import vscode = require('vscode');
import { settingsFor } from '../platform/config';
import { textAroundCursor } from '../platform/cursorText';
import { log } from '../platform/log';
import { DocumentContexts } from '../platform/documentContext';
import { FrameValue, frameValuesOfLine } from './model/frameValues';
import { historyOf, PageHistory } from './model/history';
import { IndexClock, IndexProgress, IndexService, IndexSource, LineSpan, lineBreaks } from './model/indexService';
import { FrameOccurrence, frameOf, occurrencesInLine, PageIndex, PageIndexOptions } from './model/pageIndex';

/** The `gpa`/`gfn` value under a cursor, in document columns. */
export interface FrameTarget {
  readonly line: number;
  readonly value: FrameValue;
}

/** A document as the index service reads it. */
interface DocumentSource extends IndexSource {
  readonly document: vscode.TextDocument;
}

function sourceOf(document: vscode.TextDocument): DocumentSource {
  return {
    document,
    get lineCount() {
      return document.lineCount;
    },
    lineAt: (line) => document.lineAt(line).text,
  };
}

/** The host's clock and timers: `setTimeout(0)` between slices also yields in a web worker. */
const HOST_CLOCK: IndexClock = {
  now: () => Date.now(),
  schedule: (run, ms) => setTimeout(run, ms),
  cancel: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * One page index per open document (shared by the hover and navigation), kept by an `IndexService` (slices and
 * waiters): updated per changed block on edits, built again when the document's GPAW, detection setting or
 * language changes, dropped when the document closes. Documents in visible editors are indexed at once; any
 * other on its first use.
 */
export class DocumentIndexService implements vscode.Disposable {
  private readonly completed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a document's URI each time its index becomes complete. */
  readonly onDidComplete = this.completed.event;
  private readonly service = new IndexService<DocumentSource>(
    HOST_CLOCK,
    { warn: (m) => log().warn(m), error: (m) => log().error(m) },
    (_key, source) => this.completed.fire(source.document.uri),
  );
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly contexts: DocumentContexts) {
    this.disposables = [
      this.completed,
      // A document's side, its markers or the taught rules changed: indexes built under other ones are built again.
      contexts.onDidChange((uri) => {
        const key = uri?.toString();
        for (const { document } of this.service.sources()) if (!key || document.uri.toString() === key) this.indexOf(document);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!e.contentChanges.length) return;
        const edits = e.contentChanges.map((c) => ({
          line: c.range.start.line,
          removedBreaks: c.range.end.line - c.range.start.line,
          insertedBreaks: lineBreaks(c.text),
        }));
        this.service.edit(e.document.uri.toString(), edits, e.document.lineCount);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.service.drop(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('tdx.gpaw') && !e.affectsConfiguration('tdx.detect')) return;
        for (const { document } of this.service.sources()) this.indexOf(document);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.show(e))),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) =>
        this.service.prefer(e.textEditor.document.uri.toString(), spansOf(e.visibleRanges)),
      ),
    ];
    for (const e of vscode.window.visibleTextEditors) this.show(e);
  }

  /** Indexes an editor's document, its visible lines first. */
  private show(editor: vscode.TextEditor): void {
    this.indexOf(editor.document);
    this.service.prefer(editor.document.uri.toString(), spansOf(editor.visibleRanges));
  }

  /** The index of `document` under its current settings, created (and queued to be built) when missing or stale. */
  indexOf(document: vscode.TextDocument): PageIndex {
    return this.service.indexOf(document.uri.toString(), sourceOf(document), this.optionsFor(document));
  }

  /** How far the index of `uri` is, if the document has one. */
  progress(uri: string): IndexProgress | undefined {
    return this.service.progress(uri);
  }

  /**
   * Resolves `true` once the index of `document` is complete, `false` after `timeoutMs`, on cancellation or when
   * the document closes. Starts the index when there is none.
   */
  whenComplete(document: vscode.TextDocument, timeoutMs: number, token?: vscode.CancellationToken): Promise<boolean> {
    return this.service.whenComplete(document.uri.toString(), sourceOf(document), this.optionsFor(document), timeoutMs, token);
  }

  /**
   * Resolves `true` once the visible lines of `document` (in every editor showing it) and `line` are indexed — they
   * are read first — or its index is complete; `false` after `timeoutMs`, on cancellation or when it closes.
   */
  whenVisibleRead(document: vscode.TextDocument, line: number, timeoutMs: number, token?: vscode.CancellationToken): Promise<boolean> {
    const key = document.uri.toString();
    const spans = [
      { from: line, to: line },
      ...vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === key).flatMap((e) => spansOf(e.visibleRanges)),
    ];
    return this.service.whenRead(key, sourceOf(document), this.optionsFor(document), spans, timeoutMs, token);
  }

  /** The `gpa`/`gfn` value at `position` (read from the line itself, whatever the index holds), or undefined. */
  targetAt(document: vscode.TextDocument, position: vscode.Position): FrameTarget | undefined {
    const { text, from } = textAroundCursor(document, position);
    const at = position.character - from;
    const options = this.optionsFor(document);
    const found = frameValuesOfLine(text, options, document.languageId, undefined, {
      side: options.sideAt?.(position.line),
      userRules: options.userRules,
    }).find((v) => v.start <= at && at <= v.end);
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
    const own = occurrencesInLine(
      ref,
      line,
      frameValuesOfLine(text, index, index.languageId, undefined, index.contextAt(line)),
      index.gpaw,
    );
    return [...found.filter((o) => o.line < line), ...own, ...found.filter((o) => o.line > line)];
  }

  /**
   * The story of the frame `kind`/`value` refers to in `document` (under its own GPAW), from the blocks indexed so
   * far — plus `line` when its block is not indexed yet.
   */
  history(document: vscode.TextDocument, kind: 'gpa' | 'gfn', value: bigint, line?: number): PageHistory {
    const index = this.indexOf(document);
    const ref = frameOf(kind, value, index.gpaw);
    const lineAt = (l: number) => document.lineAt(l).text;
    if (line === undefined || index.isIndexed(line) || line >= document.lineCount) return historyOf(index, ref, lineAt);
    const own = occurrencesInLine(ref, line, frameValuesOfLine(lineAt(line), index, index.languageId), index.gpaw);
    return historyOf(index, ref, lineAt, own);
  }

  dispose(): void {
    this.service.dispose();
    for (const d of this.disposables) d.dispose();
  }

  /**
   * The index options of `document`: its folder's GPAW, detection setting and taught rules, its language, and its
   * side at each line (marker lines or the user's setting).
   */
  private optionsFor(document: vscode.TextDocument): PageIndexOptions {
    const s = settingsFor(document);
    const contexts = this.contexts;
    const sides = contexts.sides(document);
    const setting = contexts.sideSetting(document.uri);
    const userRules = contexts.fieldRules(document);
    const contextKey = `${setting}|${sides.changes.map((c) => `${c.line}:${c.rule.side}`).join(',')}|${userRules.key}`;
    return {
      gpaw: s.gpaw,
      labelledBareHex: s.labelledBareHex,
      languageId: document.languageId,
      sideAt: (line) => sides.sideAt(line, setting).side,
      userRules: userRules.byLabel.size || userRules.byEventLabel.size ? userRules : undefined,
      contextKey,
    };
  }
}

function spansOf(ranges: readonly vscode.Range[]): LineSpan[] {
  return ranges.map((r) => ({ from: r.start.line, to: r.end.line }));
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
export function registerDocumentIndex(context: vscode.ExtensionContext, contexts: DocumentContexts): DocumentIndexService {
  const service = new DocumentIndexService(contexts);
  context.subscriptions.push(service);
  return service;
}
