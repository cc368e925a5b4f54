import vscode = require('vscode');
import { activeFolder, settingsFor } from '../platform/config';
import { Command } from '../platform/commandIds';
import { eptLevelCount, sharedBitIndex } from '../tdx/tdx';

/**
 * `GPAW 48` in the status bar for the active editor's folder; click to switch. While no `tdx.gpaw` is set at any
 * level it says `GPAW 52 (default)`: the width is assumed, and a wrong one swaps shared and private.
 */
export function registerStatusBar(context: vscode.ExtensionContext): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('tdx.gpaw', vscode.StatusBarAlignment.Right, 100);
  item.name = 'TDX GPAW';
  item.command = Command.SelectGpaw;
  const update = () => {
    const folder = activeFolder();
    const { gpaw, gpawAssumed } = settingsFor(folder);
    const bit = sharedBitIndex(gpaw);
    item.text = gpawAssumed ? `GPAW ${gpaw} (default)` : `GPAW ${gpaw}`;
    const where = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? ` (${folder ? `folder ${folder.name}` : 'workspace'})` : '';
    const meaning = `bit ${bit} is the shared bit (set = shared, clear = private), ${eptLevelCount(gpaw)}-level EPT; bits 63:${gpaw} must be 0.`;
    item.tooltip = new vscode.MarkdownString(
      gpawAssumed
        ? `**TDX GPAW ${gpaw} (default)**${where}: assumed — no valid \`tdx.gpaw\` is set, so ${meaning}\n\n` +
            `A wrong GPAW swaps shared and private. Set your TD's GPAW: click to choose 48 or 52, ` +
            `or set \`tdx.gpaw\` in the settings. The guest reads it with \`TDG.VP.INFO\`, the host holds it in \`kvm->arch.gfn_direct_bits\`.`
        : `**TDX GPAW ${gpaw}**${where}: ${meaning}\n\nClick to switch between 48 and 52 (\`tdx.gpaw\`).`,
    );
    item.accessibilityInformation = {
      label: gpawAssumed
        ? `TDX guest physical address width ${gpaw}, the default, assumed: not set. Shared bit ${bit}. Click to set it.`
        : `TDX guest physical address width ${gpaw}, shared bit ${bit}. Click to change.`,
    };
  };
  update();
  item.show();
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('tdx.gpaw')) update();
    }),
  );
  return item;
}
