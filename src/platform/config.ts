import vscode = require('vscode');
import { warn } from './notify';
import { normaliseSettings, TdxSettings } from '../tdx/settings';
import { Gpaw, isGpaw } from '../tdx/tdx';

// The one settings-scope rule of the extension:
//   a document's (or a debug session's) `tdx.*` settings come from its workspace folder;
//   untitled documents, output channels and files outside every folder use the workspace's settings.
// Reading and writing follow the same rule, so what a hover, a summary, the panel and the status bar
// show for a document is what `tdx.selectGpaw` or the panel's GPAW buttons change.

/** Something whose settings folder can be asked for: a document, a URI, a debug session or a folder. */
export type SettingsSubject = vscode.TextDocument | vscode.Uri | vscode.DebugSession | vscode.WorkspaceFolder | undefined;

/** The workspace folder that governs `subject`, or undefined when the workspace's own settings do. */
export function folderOf(subject: SettingsSubject): vscode.WorkspaceFolder | undefined {
  if (!subject) return undefined;
  if (subject instanceof vscode.Uri) return vscode.workspace.getWorkspaceFolder(subject);
  if ('uri' in subject && 'index' in subject) return subject;
  if ('uri' in subject) return vscode.workspace.getWorkspaceFolder(subject.uri);
  return subject.workspaceFolder;
}

/** The folder of the active text editor's document (undefined: the workspace), for commands without a document of their own. */
export function activeFolder(): vscode.WorkspaceFolder | undefined {
  return folderOf(vscode.window.activeTextEditor?.document);
}

const warned = new Set<string>();

/**
 * The normalised `tdx.*` settings for `subject` under the rule above, read fresh on each call so a change
 * takes effect on the next hover. Each invalid value is warned about once per session.
 */
export function settingsFor(subject: SettingsSubject): EffectiveSettings {
  const config = vscode.workspace.getConfiguration('tdx', folderOf(subject)?.uri ?? null);
  const { settings, warnings } = normaliseSettings((key) => config.get(key));
  for (const w of warnings) {
    if (warned.has(w)) continue;
    warned.add(w);
    void warn(w);
  }
  return { ...settings, gpawAssumed: isGpawAssumed(config) };
}

/** The settings plus whether their GPAW is the default the user never chose. */
export interface EffectiveSettings extends TdxSettings {
  /** No valid `tdx.gpaw` is set at any level (user, workspace, folder): `gpaw` is the default, assumed. */
  readonly gpawAssumed: boolean;
}

/** True when `tdx.gpaw` has no valid value at the user, workspace or folder level, so the default is in use. */
function isGpawAssumed(config: vscode.WorkspaceConfiguration): boolean {
  const set = config.inspect('gpaw');
  const value = set?.workspaceFolderValue ?? set?.workspaceValue ?? set?.globalValue;
  return !isGpaw(value);
}

/** Where a `tdx.gpaw` write for `folder` lands: that folder, else the workspace, else (no workspace) the user settings. */
export function gpawTarget(folder: vscode.WorkspaceFolder | undefined): { target: vscode.ConfigurationTarget; where: string } {
  if (folder) return { target: vscode.ConfigurationTarget.WorkspaceFolder, where: `folder ${folder.name}` };
  if (vscode.workspace.workspaceFolders?.length) return { target: vscode.ConfigurationTarget.Workspace, where: 'workspace' };
  return { target: vscode.ConfigurationTarget.Global, where: 'user' };
}

/** Writes `tdx.gpaw` for `folder` (see `gpawTarget`), so the next read for the same subject sees it. */
export async function writeGpaw(gpaw: Gpaw, folder: vscode.WorkspaceFolder | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('tdx', folder?.uri ?? null).update('gpaw', gpaw, gpawTarget(folder).target);
}
