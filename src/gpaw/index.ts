import vscode = require('vscode');
import { activeFolder, settingsFor } from '../platform/config';
import { Command } from '../platform/commandIds';
import { eptLevelCount, sharedBitIndex } from '../tdx/tdx';

/** `GPAW 52` in the status bar for the active editor's folder; click to switch. */
export function registerStatusBar(context: vscode.ExtensionContext): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('tdx.gpaw', vscode.StatusBarAlignment.Right, 100);
  item.name = 'TDX GPAW';
  item.command = Command.SelectGpaw;
  const update = () => {
    const folder = activeFolder();
    const gpaw = settingsFor(folder).gpaw;
    const bit = sharedBitIndex(gpaw);
    item.text = `GPAW ${gpaw}`;
    const where = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? ` (${folder ? `folder ${folder.name}` : 'workspace'})` : '';
    item.tooltip = new vscode.MarkdownString(
      `**TDX GPAW ${gpaw}**${where}: bit ${bit} is the shared bit (set = shared, clear = private), ` +
        `${eptLevelCount(gpaw)}-level EPT; bits 63:${gpaw} must be 0.\n\nClick to switch between 48 and 52 (\`tdx.gpaw\`).`,
    );
    item.accessibilityInformation = { label: `TDX guest physical address width ${gpaw}, shared bit ${bit}. Click to change.` };
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
