import vscode = require('vscode');
import { settingsFor } from '../platform/config';
import { statusHints } from './model';
import { log } from '../platform/log';
import { DocumentContexts } from '../platform/documentContext';

/** At most this many hints per request, so a pathological document cannot flood the editor. */
const MAX_HINTS = 2000;

/** `shared` / `private` / `invalid` after each detected address, for the requested range only (off by default). */
export function registerInlayHints(context: vscode.ExtensionContext, deps: { readonly contexts: DocumentContexts }): void {
  const { contexts } = deps;
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(
    changed,
    // A document's side or the taught rules changed: hints are asked for again.
    contexts.onDidChange(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('tdx')) changed.fire();
    }),
    vscode.languages.registerInlayHintsProvider('*', {
      onDidChangeInlayHints: changed.event,
      provideInlayHints(document, range) {
        try {
          const settings = settingsFor(document);
          if (!settings.inlayHintsEnabled) return [];
          const last = Math.min(range.end.line, document.lineCount - 1);
          return statusHints(
            (l) => document.lineAt(l).text,
            range.start.line,
            last,
            range.start.character,
            range.end.character,
            settings,
            MAX_HINTS,
            document.languageId,
            (line) => ({ side: contexts.sideAt(document, line).side, userRules: contexts.fieldRules(document) }),
          ).map((h) => {
            const hint = new vscode.InlayHint(new vscode.Position(h.line, h.character), h.label, vscode.InlayHintKind.Type);
            hint.paddingLeft = true;
            hint.tooltip = h.tooltip;
            return hint;
          });
        } catch (e) {
          log().error('inlay hints failed:', e instanceof Error ? (e.stack ?? e.message) : String(e));
          return [];
        }
      },
    }),
  );
}
