import vscode = require('vscode');
import { settingsFor } from './config';
import { DocumentIndexService } from './documentIndex';
import { HOVER_COMMANDS, hoverAtPosition } from './core/hoverContent';
import { frameCountsPendingText, frameCountsText, frameOf } from './core/pageIndex';
import { log } from './log';

/** Only this much of a line on each side of the cursor is read (a 1 MB minified line costs the same as a short one). */
const WINDOW = 512;
/** Lines up to this long are read whole (every trace and dmesg line is). */
const WHOLE_LINE = 4096;

/**
 * Hover on addresses in every document (files, untitled, output channels; any language), with how often the
 * value's frame occurs in the document (from the page index; "counting…" while it is built). Never throws.
 */
export function registerHover(context: vscode.ExtensionContext, pages: DocumentIndexService): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider('*', {
      provideHover(document, position) {
        try {
          const settings = settingsFor(document);
          if (!settings.hoverEnabled) return undefined;
          const lineLength = document.lineAt(position.line).range.end.character;
          // A trace line is read whole, so the message name at its start decides what each field is;
          // a very long line only in a window around the cursor.
          const whole = lineLength <= WHOLE_LINE;
          const from = whole ? 0 : Math.max(0, position.character - WINDOW);
          const to = whole ? lineLength : Math.min(lineLength, position.character + WINDOW);
          const text = document.getText(new vscode.Range(position.line, from, position.line, to));
          const where = {
            uri: document.uri.toString(),
            line: position.line,
            offset: from,
            debugStopped: vscode.debug.activeStackItem !== undefined,
          };
          const hover = hoverAtPosition(text, position.character - from, settings, where, document.languageId);
          if (!hover) return undefined;
          let markdown = hover.markdown;
          if (hover.address) {
            const index = pages.indexOf(document);
            const ref = frameOf(hover.address.kind, hover.address.value, index.gpaw);
            markdown += `\n\n${index.complete ? frameCountsText(index.counts(ref), ref) : frameCountsPendingText(index.indexedLines, index.lineCount)}`;
          }
          const md = new vscode.MarkdownString(markdown);
          md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
          return new vscode.Hover(md, new vscode.Range(position.line, hover.start + from, position.line, hover.end + from));
        } catch (e) {
          log().error('hover failed:', e instanceof Error ? (e.stack ?? e.message) : String(e));
          return undefined;
        }
      },
    }),
  );
}
