import * as vscode from 'vscode';
import { Command } from './commandIds';
import { parseUserInput, promptForAddress } from './commands';
import { activeSettings, scopeOf, settingsFor } from './config';
import { AddressInspectorPanel } from './inspectorPanel';
import { registerCommand } from './log';
import { UserError } from './core/errors';
import { inspectText } from './core/hoverContent';
import { tokenAt } from './core/scanner';
import { AnalysisSummary, toSummary } from './core/summary';
import { AddressKind, analyzeAddress, Gpaw } from './core/tdx';

/**
 * Analyses one address given as text (every detector form, or decimal) and reveals it in the inspector.
 * Throws with a message naming what was wrong and what is accepted.
 */
export function inspectAddress(
  extensionUri: vscode.Uri,
  input: string,
  kind?: AddressKind,
  gpaw: Gpaw = activeSettings().gpaw,
): AnalysisSummary {
  const parsed = parseUserInput(input, kind);
  if (!parsed.ok) throw new UserError(parsed.error);
  const summary = toSummary(input, analyzeAddress(parsed.value, parsed.kind, gpaw));
  AddressInspectorPanel.createOrShow(extensionUri, true).show(input.trim(), parsed.kind);
  return summary;
}

/** `tdx.inspect`: a string argument, else the selection or the address under the cursor, else a prompt. */
export function registerInspect(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    registerCommand(Command.Inspect, async (arg?: unknown): Promise<AnalysisSummary | undefined> => {
      if (typeof arg === 'string') return inspectAddress(context.extensionUri, arg);
      if (arg !== undefined && !(arg instanceof vscode.Uri)) {
        throw new UserError(`tdx.inspect takes an address string (e.g. "0x8000_0000_1234" or "gfn 8000fee00"), got ${typeof arg}`);
      }
      const editor = vscode.window.activeTextEditor;
      if (editor) {
        const settings = settingsFor(scopeOf(editor.document));
        const sel = editor.selection;
        if (!sel.isEmpty) {
          const text = editor.document.getText(sel);
          if (parseUserInput(text).ok) return inspectAddress(context.extensionUri, text, undefined, settings.gpaw);
        }
        const t = tokenAt(editor.document.lineAt(sel.active.line).text, sel.active.character, settings.labelledBareHex);
        if (t) return inspectAddress(context.extensionUri, inspectText(t.kind, t.value), t.kind, settings.gpaw);
      }
      const input = await promptForAddress('TDX: Inspect Address');
      return input === undefined ? undefined : inspectAddress(context.extensionUri, input);
    }),
  );
}
