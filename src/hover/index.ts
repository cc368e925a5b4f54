import vscode = require('vscode');
import { settingsFor } from '../platform/config';
import { textAroundCursor } from '../platform/cursorText';
import { DocumentIndexService } from '../pages/documentIndex';
import { HOVER_COMMANDS, hoverAtPosition } from '../meaning/hoverContent';
import { frameCountsPendingText, frameCountsText, frameOf } from '../pages/model/pageIndex';
import { historyLink } from '../pages/model/history';
import { Command } from '../platform/commandIds';
import { formatHex } from '../tdx/format';
import { log } from '../platform/log';
import { LineClassifier } from '../detect/classify';
import { describeSide } from '../detect/side';
import { DocumentContexts } from '../platform/documentContext';

/**
 * Hover on addresses in every document (files, untitled, output channels; any language), with how often the
 * value's frame occurs in the document (from the page index; "counting…" while it is built) and a link to its history. Never throws.
 */
export function registerHover(
  context: vscode.ExtensionContext,
  deps: { readonly pages: DocumentIndexService; readonly contexts: DocumentContexts },
): void {
  const { pages, contexts } = deps;
  // One classifier for every hover: its columns are reused from hover to hover.
  const classifier = new LineClassifier();
  context.subscriptions.push(
    vscode.languages.registerHoverProvider('*', {
      provideHover(document, position) {
        try {
          const settings = settingsFor(document);
          if (!settings.hoverEnabled) return undefined;
          const { text, from } = textAroundCursor(document, position);
          const where = {
            uri: document.uri.toString(),
            line: position.line,
            offset: from,
            debugStopped: vscode.debug.activeStackItem !== undefined,
          };
          const side = contexts.sideAt(document, position.line);
          const rules = contexts.fieldRules(document);
          const hover = hoverAtPosition(text, position.character - from, settings, where, document.languageId, classifier, {
            side: side.side,
            sideNote: describeSide(side),
            userRules: rules.byLabel.size || rules.byEventLabel.size ? rules : undefined,
          });
          if (!hover) return undefined;
          let markdown = hover.markdown;
          if (hover.address) {
            const index = pages.indexOf(document);
            const ref = frameOf(hover.address.kind, hover.address.value, index.gpaw);
            markdown += `\n\n${index.complete ? frameCountsText(index.counts(ref), ref) : frameCountsPendingText(index.indexedLines, index.lineCount)}`;
            const kind = hover.address.kind === 'gfn' ? 'gfn' : 'gpa';
            markdown += historyLink(where.uri, formatHex(hover.address.value, 'none'), kind);
          }
          const md = new vscode.MarkdownString(markdown);
          md.isTrusted = { enabledCommands: [...HOVER_COMMANDS, Command.PageHistory] };
          return new vscode.Hover(md, new vscode.Range(position.line, hover.start + from, position.line, hover.end + from));
        } catch (e) {
          log().error('hover failed:', e instanceof Error ? (e.stack ?? e.message) : String(e));
          return undefined;
        }
      },
    }),
  );
}
