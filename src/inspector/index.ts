import vscode = require('vscode');
import { Command } from '../platform/commandIds';
import { activeFolder, folderOf, settingsFor } from '../platform/config';
import { InspectArgs, registerCommand } from '../platform/commands';
import { promptForAddress } from '../platform/prompt';
import { UserError } from '../platform/errors';
import { inspectText } from '../meaning/hoverContent';
import { parseUserInput } from '../tdx/parse';
import { tokenAt } from '../detect/scanner';
import { AnalysisSummary, toSummary } from '../tdx/summary';
import { AddressKind, analyzeAddress } from '../tdx/tdx';
import { AddressInspectorPanel } from './inspectorPanel';

function isInspectArgs(arg: unknown): arg is InspectArgs {
  const r = arg as { [K in keyof InspectArgs]?: unknown } | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.address === 'string' &&
    (r.kind === undefined || r.kind === 'gpa' || r.kind === 'gfn') &&
    (r.folder === undefined || typeof r.folder === 'string')
  );
}

/** `tdx.inspect`'s argument: an address string or `InspectArgs`, or nothing (or the editor's URI) for the editor or a prompt. */
function acceptInspect([arg]: readonly unknown[]): [request?: string | InspectArgs] {
  if (typeof arg === 'string' || isInspectArgs(arg)) return [arg];
  if (arg === undefined || arg instanceof vscode.Uri) return [];
  throw new UserError(
    `tdx.inspect takes an address string (e.g. "0x8000_0000_1234" or "gfn 8000fee00") or { address, kind?: "gpa" | "gfn" }, got ${typeof arg}`,
  );
}

/**
 * Analyses one address given as text (every detector form, or decimal) under `folder`'s GPAW and shows it
 * in the inspector with the same folder, so the returned summary and the panel agree. Throws a
 * `UserError` naming what was wrong and what is accepted.
 */
function inspectAddress(
  extensionUri: vscode.Uri,
  input: string,
  kind: AddressKind | undefined,
  folder: vscode.WorkspaceFolder | undefined,
) {
  const parsed = parseUserInput(input, kind);
  if (!parsed.ok) throw new UserError(parsed.error);
  const summary = toSummary(input, analyzeAddress(parsed.value, parsed.kind, settingsFor(folder).gpaw));
  AddressInspectorPanel.createOrShow(extensionUri, folder, true).show(input.trim(), parsed.kind, folder);
  return summary;
}

/** `tdx.inspect`: a string or `InspectArgs` argument, else the selection or the address under the cursor, else a prompt. */
export function registerInspect(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    registerCommand(Command.Inspect, acceptInspect, async (arg): Promise<AnalysisSummary | undefined> => {
      if (typeof arg === 'string') return inspectAddress(context.extensionUri, arg, undefined, activeFolder());
      if (arg) {
        const folder = arg.folder !== undefined ? folderOf(vscode.Uri.parse(arg.folder)) : activeFolder();
        return inspectAddress(context.extensionUri, arg.address, arg.kind, folder);
      }
      const editor = vscode.window.activeTextEditor;
      if (editor) {
        const folder = folderOf(editor.document);
        const sel = editor.selection;
        if (!sel.isEmpty) {
          const text = editor.document.getText(sel);
          if (parseUserInput(text).ok) return inspectAddress(context.extensionUri, text, undefined, folder);
        }
        const bare = settingsFor(folder).labelledBareHex;
        const t = tokenAt(editor.document.lineAt(sel.active.line).text, sel.active.character, bare);
        if (t) return inspectAddress(context.extensionUri, inspectText(t.kind, t.value), t.kind, folder);
      }
      const input = await promptForAddress('TDX: Inspect Address');
      return input === undefined ? undefined : inspectAddress(context.extensionUri, input, undefined, activeFolder());
    }),
  );
}
