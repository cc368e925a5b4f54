import * as vscode from 'vscode';
import { warn } from './notify';
import { normaliseSettings, TdxSettings } from './core/settings';

const warned = new Set<string>();

/**
 * The normalised `tdx.*` settings for a document or folder (resource scope), read fresh on each call so
 * a change takes effect on the next hover. Each invalid value is warned about once per session.
 */
export function settingsFor(scope: vscode.ConfigurationScope | null): TdxSettings {
  const config = vscode.workspace.getConfiguration('tdx', scope);
  const { settings, warnings } = normaliseSettings((key) => config.get(key));
  for (const w of warnings) {
    if (warned.has(w)) continue;
    warned.add(w);
    void warn(w);
  }
  return settings;
}

/** The scope for a document: its URI for files in a folder; untitled and output documents use the workspace. */
export function scopeOf(document: vscode.TextDocument | undefined): vscode.ConfigurationScope | null {
  if (!document) return null;
  return vscode.workspace.getWorkspaceFolder(document.uri) ? document.uri : null;
}

/** Settings for the active editor's document (or the workspace when there is none). */
export function activeSettings(): TdxSettings {
  return settingsFor(scopeOf(vscode.window.activeTextEditor?.document));
}
