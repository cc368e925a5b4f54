import vscode = require('vscode');
import { settingsFor } from './config';
import { HOVER_COMMANDS, hoverAtPosition } from './core/hoverContent';
import { log } from './log';

/** Only this much of a line on each side of the cursor is read (a 1 MB minified line costs the same as a short one). */
const WINDOW = 512;

/** Hover on addresses in every document (files, untitled, output channels; any language). Never throws. */
export function registerHover(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider('*', {
      provideHover(document, position) {
        try {
          const settings = settingsFor(document);
          if (!settings.hoverEnabled) return undefined;
          const lineLength = document.lineAt(position.line).range.end.character;
          const from = Math.max(0, position.character - WINDOW);
          const to = Math.min(lineLength, position.character + WINDOW);
          const text = document.getText(new vscode.Range(position.line, from, position.line, to));
          const where = { uri: document.uri.toString(), line: position.line, offset: from };
          const hover = hoverAtPosition(text, position.character - from, settings, where);
          if (!hover) return undefined;
          const md = new vscode.MarkdownString(hover.markdown);
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
