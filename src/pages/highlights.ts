import vscode = require('vscode');
import { DocumentIndexService } from './documentIndex';
import { log } from '../platform/log';
import { FrameRelation } from './model/pageIndex';

/** How long a highlight request waits for the visible lines' index before answering from what is indexed, plus the cursor's line. */
const WAIT_MS = 1000;

/**
 * The frame in the value's own alias form is a write highlight (the strongest colour, `editor.wordHighlightStrongBackground`),
 * the other alias a read highlight (`editor.wordHighlightBackground`), a range containing the frame a text highlight
 * (`editor.wordHighlightTextBackground`).
 */
export const HIGHLIGHT_KINDS: { readonly [R in FrameRelation]: vscode.DocumentHighlightKind } = {
  exact: vscode.DocumentHighlightKind.Write,
  alias: vscode.DocumentHighlightKind.Read,
  range: vscode.DocumentHighlightKind.Text,
};

/**
 * Every document, with the precedence of an exact match: VS Code asks highlight providers one at a time, best
 * score first, and its own word highlighter is registered for `'*'` too — with `'*'` whichever registered last
 * would answer (the word highlighter, once an editor opens after activation). `{ pattern: '**' }` matches every
 * path and scores as an exact match; off an address this provider answers nothing, so the next one answers.
 */
const EVERY_DOCUMENT: vscode.DocumentSelector = { pattern: '**' };

/**
 * With the cursor on a `gpa`/`gfn` value, highlights every value of the document that refers to the same guest frame
 * (either alias, GPA or GFN form, any offset) and the ranges containing it. Elsewhere it answers nothing, so the
 * editor's own word highlights apply. Never throws.
 */
export function registerHighlights(context: vscode.ExtensionContext, pages: DocumentIndexService): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentHighlightProvider(EVERY_DOCUMENT, {
      async provideDocumentHighlights(document, position, token) {
        try {
          const target = pages.targetAt(document, position);
          if (!target) return undefined;
          // The visible lines are read first: answer for what has been read once they are.
          await pages.whenVisibleRead(document, target.line, WAIT_MS, token);
          if (token.isCancellationRequested) return undefined;
          return pages
            .occurrences(document, target.value.kind, target.value.value, target.line)
            .map((o) => new vscode.DocumentHighlight(new vscode.Range(o.line, o.start, o.line, o.end), HIGHLIGHT_KINDS[o.relation]));
        } catch (e) {
          log().error('highlights failed:', e instanceof Error ? (e.stack ?? e.message) : String(e));
          return undefined;
        }
      },
    }),
  );
}
