import * as vscode from 'vscode';
import { scopeOf, settingsFor } from './config';
import { scanLine } from './core/scanner';
import { analyzeAddress, describeBits } from './core/tdx';
import { log } from './log';

/** At most this many hints per request, so a pathological document cannot flood the editor. */
const MAX_HINTS = 2000;

/** `shared` / `private` / `invalid` after each detected address, for the requested range only (off by default). */
export function registerInlayHints(context: vscode.ExtensionContext): void {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(
    changed,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('tdx')) changed.fire();
    }),
    vscode.languages.registerInlayHintsProvider('*', {
      onDidChangeInlayHints: changed.event,
      provideInlayHints(document, range, token) {
        try {
          const settings = settingsFor(scopeOf(document));
          if (!settings.inlayHintsEnabled) return [];
          const hints: vscode.InlayHint[] = [];
          for (let line = range.start.line; line <= range.end.line && line < document.lineCount; line++) {
            if (token.isCancellationRequested || hints.length >= MAX_HINTS) break;
            const text = document.lineAt(line).text;
            const from = line === range.start.line ? range.start.character : 0;
            const to = line === range.end.line ? range.end.character : text.length;
            for (const t of scanLine(text, { labelledBareHex: settings.labelledBareHex, from, to })) {
              const a = analyzeAddress(t.value, t.kind, settings.gpaw);
              const hint = new vscode.InlayHint(new vscode.Position(line, t.end), a.status, vscode.InlayHintKind.Type);
              hint.paddingLeft = true;
              hint.tooltip =
                a.status === 'invalid'
                  ? `Invalid under GPAW ${settings.gpaw}: reserved ${describeBits(a.reservedBits)} set`
                  : `${a.status === 'shared' ? 'Shared' : 'Private'} ${t.kind.toUpperCase()} under GPAW ${settings.gpaw} (bit ${a.sharedBit})`;
              hints.push(hint);
              if (hints.length >= MAX_HINTS) break;
            }
          }
          return hints;
        } catch (e) {
          log().error('inlay hints failed:', e instanceof Error ? (e.stack ?? e.message) : String(e));
          return [];
        }
      },
    }),
  );
}
