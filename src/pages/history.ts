import vscode = require('vscode');
import { baseName, clip, documentForArgument } from '../platform/documents';
import { Command } from '../platform/commandIds';
import { settingsFor } from '../platform/config';
import { describeArg, registerCommand } from '../platform/commands';
import { UserError } from '../platform/errors';
import { log } from '../platform/log';
import { fail } from '../platform/notify';
import { formatHex } from '../tdx/format';
import { parseAddress } from '../tdx/parse';
import { DocumentIndexService } from './documentIndex';
import { HistoryArgs, HistoryResult, HistoryRow, PageHistory, rowText } from './model/history';
import { frameOf, frameCountsPendingText } from './model/pageIndex';

/** The view's id (package.json `contributes.views.explorer`). */
export const HISTORY_VIEW = 'tdx.pageHistoryView';
/** A programmatic caller waits at most this long for a document's index. */
const API_WAIT_MS = 5 * 60_000;
/** How long the view waits for the visible lines' index before showing what is read. */
const VISIBLE_WAIT_MS = 1000;
/** Edits are followed once typing pauses this long. */
const EDIT_DELAY_MS = 300;
const ACCEPTED =
  'pass { uri: "file:///home/me/trace.log", address: "0x8000_1234_5000", kind?: "gpa" | "gfn" } (a document URI string and a GPA, or a GFN with kind "gfn"), or nothing for the frame under the cursor';

/** The frame the view shows: a document and an address in it (and the line it was taken from, read even before its block is indexed). */
interface HistoryTarget {
  readonly document: vscode.TextDocument;
  readonly kind: 'gpa' | 'gfn';
  readonly value: bigint;
  readonly line?: number;
}

/**
 * The "TDX Page History" view: the rows of one frame's history, a mismatch marked with a warning, a conversion with
 * its direction; selecting a row reveals its line. It follows edits of the document, settings changes (GPAW, side,
 * rules: the index is rebuilt) and the index's completion.
 */
class PageHistoryView implements vscode.TreeDataProvider<HistoryRow>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<HistoryRow>;
  private readonly disposables: vscode.Disposable[];
  private target: HistoryTarget | undefined;
  private history: PageHistory | undefined;
  private editTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly pages: DocumentIndexService) {
    this.view = vscode.window.createTreeView(HISTORY_VIEW, { treeDataProvider: this });
    this.disposables = [
      this.view,
      this.changed,
      pages.onDidComplete((uri) => {
        if (this.target && uri.toString() === this.target.document.uri.toString()) this.refresh();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!this.target || e.document !== this.target.document || !e.contentChanges.length) return;
        // The target line no longer says where the value is; the index has it once re-read.
        this.target = { ...this.target, line: undefined };
        clearTimeout(this.editTimer);
        this.editTimer = setTimeout(() => this.refresh(), EDIT_DELAY_MS);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (this.target && e.affectsConfiguration('tdx', this.target.document)) this.refresh();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d !== this.target?.document) return;
        this.target = this.history = undefined;
        this.view.message = undefined;
        this.changed.fire();
      }),
    ];
  }

  /** Shows `target`'s history and brings the view forward. */
  async show(target: HistoryTarget): Promise<void> {
    this.target = target;
    this.refresh();
    await vscode.commands.executeCommand(`${HISTORY_VIEW}.focus`);
    // The visible lines and the target's own are read first: show them as soon as they are, the rest on completion.
    if (target.line !== undefined && !this.pages.indexOf(target.document).complete) {
      await this.pages.whenVisibleRead(target.document, target.line, VISIBLE_WAIT_MS);
      if (this.target === target) this.refresh();
    }
  }

  private refresh(): void {
    const t = this.target;
    if (!t) return;
    try {
      this.history = this.pages.history(t.document, t.kind, t.value, t.line);
      const index = this.pages.indexOf(t.document);
      const frame = formatHex(frameOf(t.kind, t.value, index.gpaw).frame, settingsFor(t.document).grouping);
      const h = this.history;
      const story = `${h.rows.length} line${h.rows.length === 1 ? '' : 's'}, ${h.conversions} conversion${h.conversions === 1 ? '' : 's'}, ${h.mismatches} mismatch${h.mismatches === 1 ? '' : 'es'}`;
      const reading = index.complete
        ? ''
        : ` — ${frameCountsPendingText(index.indexedLines, index.lineCount).replace('In this file: ', '')}`;
      this.view.message = `GFN ${frame} in ${baseName(t.document.uri)} (GPAW ${index.gpaw}): ${story}${reading}`;
      this.view.description = `GFN ${frame}`;
    } catch (e) {
      log().error('page history failed:', e instanceof Error ? (e.stack ?? e.message) : String(e));
      this.history = undefined;
    }
    this.changed.fire();
  }

  getChildren(element?: HistoryRow): HistoryRow[] {
    return element ? [] : [...(this.history?.rows ?? [])];
  }

  getTreeItem(row: HistoryRow): vscode.TreeItem {
    const document = this.target?.document;
    const item = new vscode.TreeItem(`${row.line + 1}  ${row.event ?? '(no message)'}`);
    item.description = rowText(row);
    item.iconPath = row.mismatch
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
      : row.conversion
        ? new vscode.ThemeIcon('arrow-swap')
        : new vscode.ThemeIcon(row.relation === 'range' ? 'symbol-array' : 'circle-small');
    item.contextValue = row.mismatch ? 'tdx.history.mismatch' : row.conversion ? 'tdx.history.conversion' : 'tdx.history.access';
    if (document && row.line < document.lineCount) {
      item.tooltip = document.lineAt(row.line).text;
      item.command = {
        command: 'vscode.open',
        title: 'Reveal Line',
        arguments: [document.uri, { selection: new vscode.Range(row.line, 0, row.line, 0), preserveFocus: false }],
      };
    }
    return item;
  }

  dispose(): void {
    clearTimeout(this.editTimer);
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * `tdx.pageHistory`. With no argument: the history of the frame under the active editor's cursor in the view. With
 * `{ uri, address, kind? }`: waits for that document's index (opening it if needed) and returns
 * `{ gfn, rows, conversions, mismatches }`; with `show: true` (the hover's link) it shows it in the view instead. Bad input throws an error naming
 * what was wrong and what is accepted.
 */
export function registerPageHistory(context: vscode.ExtensionContext, pages: DocumentIndexService): void {
  const view = new PageHistoryView(pages);
  context.subscriptions.push(
    view,
    registerCommand(
      Command.PageHistory,
      ([arg]) => [acceptArgs(arg)],
      async (arg): Promise<HistoryResult | undefined> => {
        if (!arg) {
          const editor = vscode.window.activeTextEditor;
          const target = editor && pages.targetAt(editor.document, editor.selection.active);
          if (!editor || !target) {
            void fail('TDX: Show Page History shows the lines of the guest frame under the cursor; put the cursor on a GPA or GFN first.');
            return undefined;
          }
          const kind = target.value.kind === 'gfn' ? 'gfn' : 'gpa';
          await view.show({ document: editor.document, kind, value: target.value.value, line: target.line });
          return undefined;
        }
        const kind = arg.kind ?? 'gpa';
        const parsed = parseAddress(arg.address);
        if (!parsed.ok)
          throw new UserError(`tdx.pageHistory: ${JSON.stringify(clip(arg.address))} is not an address (${parsed.error}); ${ACCEPTED}`);
        const document = await documentForArgument('tdx.pageHistory', arg.uri, ACCEPTED);
        if (arg.show) {
          await view.show({ document, kind, value: parsed.value });
          return undefined;
        }
        if (!(await pages.whenComplete(document, API_WAIT_MS)))
          throw new UserError(`tdx.pageHistory: ${document.uri.toString(true)} was closed (or took too long) before its index was built`);
        const index = pages.indexOf(document);
        const h = pages.history(document, kind, parsed.value);
        return { gfn: formatHex(frameOf(kind, parsed.value, index.gpaw).frame, 'none'), ...h };
      },
    ),
  );
}

function acceptArgs(arg: unknown): HistoryArgs | undefined {
  if (arg === undefined || arg instanceof vscode.Uri) return undefined; // menus pass the editor's URI
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg))
    throw new UserError(`tdx.pageHistory got ${describeArg(arg)}; ${ACCEPTED}`);
  const { uri, address, kind, show } = arg as Record<string, unknown>;
  if (typeof uri !== 'string') throw new UserError(`tdx.pageHistory: uri is ${describeArg(uri)}, not a string; ${ACCEPTED}`);
  if (typeof address !== 'string') throw new UserError(`tdx.pageHistory: address is ${describeArg(address)}, not a string; ${ACCEPTED}`);
  if (kind !== undefined && kind !== 'gpa' && kind !== 'gfn')
    throw new UserError(`tdx.pageHistory: kind ${JSON.stringify(kind)} is neither "gpa" nor "gfn"; ${ACCEPTED}`);
  return { uri, address, ...(kind ? { kind } : {}), ...(show === true ? { show } : {}) };
}
