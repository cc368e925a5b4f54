import * as vscode from 'vscode';
import { scopeOf, settingsFor } from './config';
import { HOVER_COMMANDS, hoverMarkdown } from './core/hoverContent';
import { tokenAt } from './core/scanner';
import { log } from './log';

/** Lines longer than this are read only around the cursor (the scan is windowed anyway). */
const WINDOW = 512;

/** Hover on addresses in every document (files, untitled, output channels; any language). Never throws. */
export function registerHover(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider('*', {
      provideHover(document, position) {
        try {
          const settings = settingsFor(scopeOf(document));
          if (!settings.hoverEnabled) return undefined;
          const lineLength = document.lineAt(position.line).range.end.character;
          const from = Math.max(0, position.character - WINDOW);
          const to = Math.min(lineLength, position.character + WINDOW);
          const text = document.getText(new vscode.Range(position.line, from, position.line, to));
          const token = tokenAt(text, position.character - from, settings.labelledBareHex);
          if (!token) return undefined;
          const located = { ...token, start: token.start + from, end: token.end + from };
          const md = new vscode.MarkdownString(hoverMarkdown(located, settings.gpaw, settings.grouping, { uri: document.uri.toString(), line: position.line }));
          md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
          md.supportThemeIcons = false;
          return new vscode.Hover(md, new vscode.Range(position.line, located.start, position.line, located.end));
        } catch (e) {
          log().error('hover failed:', e instanceof Error ? (e.stack ?? e.message) : String(e));
          return undefined;
        }
      },
    }),
  );
}
