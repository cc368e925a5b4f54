import vscode = require('vscode');
import { baseName, clip, documentForArgument } from '../platform/documents';
import { Command } from '../platform/commandIds';
import { settingsFor } from '../platform/config';
import { DocumentIndexService } from './documentIndex';
import { describeArg, registerCommand } from '../platform/commands';
import { fail, inform } from '../platform/notify';
import { UserError } from '../platform/errors';
import { formatHex } from '../tdx/format';
import { frameOf, PageEntry, pageEntry, PageSummary } from './model/pageIndex';
import { PageStory, pagesWithStories } from './model/history';

/** The quick pick shows the most frequent frames, at most this many. */
const PICK_LIMIT = 2000;
/** A programmatic caller waits at most this long for a document's index. */
const API_WAIT_MS = 5 * 60_000;
const ACCEPTED =
  'pass a document URI string such as "file:///home/me/trace.log" or "untitled:Untitled-1", or nothing for the active editor';

interface PageItem extends vscode.QuickPickItem {
  readonly page: PageSummary;
}

/**
 * `tdx.listPages`. With no argument: a quick pick of the distinct guest frames of the active document — those with
 * mismatched accesses first, then the most frequent — each with its shared / private / invalid counts, conversions,
 * mismatches and first line; choosing one reveals its first occurrence and opens the references peek on all of them.
 * With a document URI string: returns every frame of that document (opened if needed) in the same order, as
 * `[{ gfn, occurrences, shared, private, invalid, firstLine, conversions, mismatches }]` — `gfn` the private frame as
 * lower-case `0x…`, `firstLine` 0-based — and shows nothing. Bad input throws an error naming what was wrong and
 * what is accepted.
 */
export function registerListPages(context: vscode.ExtensionContext, pages: DocumentIndexService): void {
  context.subscriptions.push(
    registerCommand(
      Command.ListPages,
      ([arg]) => {
        if (arg === undefined || typeof arg === 'string' || arg instanceof vscode.Uri) return [arg];
        throw new UserError(`tdx.listPages got ${describeArg(arg)}; ${ACCEPTED}`);
      },
      async (arg): Promise<PageEntry[] | undefined> => {
        if (typeof arg === 'string') {
          const document = await documentForArgument('tdx.listPages', arg, ACCEPTED);
          if (!(await pages.whenComplete(document, API_WAIT_MS)))
            throw new UserError(
              `tdx.listPages: ${document.uri.toString(true)} was closed (or took too long) before its pages were counted`,
            );
          return pagesWithStories(pages.indexOf(document), (l) => document.lineAt(l).text).map((p) => pageEntry(p.page, p.story));
        }
        const document =
          arg instanceof vscode.Uri
            ? await documentForArgument('tdx.listPages', arg.toString(), ACCEPTED)
            : vscode.window.activeTextEditor?.document;
        if (!document) {
          void fail('TDX: List Pages in This File lists the guest frames of the active editor; open a trace, log or source file first.');
          return undefined;
        }
        await pickPage(pages, document);
        return undefined;
      },
    ),
  );
}

async function pickPage(pages: DocumentIndexService, document: vscode.TextDocument): Promise<void> {
  const complete = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `TDX: reading the pages of ${baseName(document.uri)}…`, cancellable: true },
    (_progress, token) => pages.whenComplete(document, API_WAIT_MS, token),
  );
  if (!complete) return;
  const index = pages.indexOf(document);
  const all = pagesWithStories(index, (l) => document.lineAt(l).text, PICK_LIMIT);
  if (!all.length) {
    void inform(`TDX: ${baseName(document.uri)} has no guest physical addresses or frame numbers (GPAW ${index.gpaw}).`);
    return;
  }
  const grouping = settingsFor(document).grouping;
  const items: PageItem[] = all.map(({ page, story }) => ({
    page,
    label: `${story.mismatches ? '$(warning) ' : ''}GFN ${formatHex(page.frame, grouping)}`,
    description: `${page.occurrences} occurrence${page.occurrences === 1 ? '' : 's'}: ${page.shared} shared · ${page.private} private · ${page.invalid} invalid${storyText(story)}`,
    detail: `first on line ${page.firstLine + 1}: ${clip(document.lineAt(page.firstLine).text.trim())}`,
  }));
  const total = index.frameCount;
  const chosen = await vscode.window.showQuickPick(items, {
    title: `Pages in ${baseName(document.uri)} (GPAW ${index.gpaw})`,
    placeHolder: total > items.length ? `The ${items.length} most frequent of ${total} frames` : `${total} frames, most frequent first`,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!chosen) return;
  const { page } = chosen;
  const editor = await vscode.window.showTextDocument(document);
  const first = new vscode.Range(page.firstLine, page.firstStart, page.firstLine, page.firstEnd);
  editor.selection = new vscode.Selection(first.start, first.end);
  editor.revealRange(first, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const locations = index
    .occurrences(frameOf('gfn', page.frame, index.gpaw))
    .map((o) => new vscode.Location(document.uri, new vscode.Range(o.line, o.start, o.line, o.end)));
  await vscode.commands.executeCommand('editor.action.showReferences', document.uri, first.start, locations);
}

/** ` · 2 conversions · 1 mismatch`, or nothing for a page no conversion touched. */
function storyText(s: PageStory): string {
  if (!s.conversions && !s.mismatches) return '';
  const n = (k: number, what: string) => `${k} ${what}${k === 1 ? '' : what.endsWith('h') ? 'es' : 's'}`;
  return ` · ${n(s.conversions, 'conversion')} · ${n(s.mismatches, 'mismatch')}`;
}
