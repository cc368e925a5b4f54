import vscode = require('vscode');

/** A message shown to the user. */
export interface Notice {
  readonly severity: 'info' | 'warning' | 'error';
  readonly text: string;
}

const shown = new vscode.EventEmitter<Notice>();
/** Fires for every message the extension shows (the API passes it on, so tests can read what users read). */
export const onDidNotify = shown.event;

/** Shows a warning (with optional actions) and reports it on `onDidNotify`. */
export function warn(text: string, ...actions: string[]): Thenable<string | undefined> {
  shown.fire({ severity: 'warning', text });
  return vscode.window.showWarningMessage(text, ...actions);
}

/** Shows an information message (with optional actions) and reports it on `onDidNotify`. */
export function inform(text: string, ...actions: string[]): Thenable<string | undefined> {
  shown.fire({ severity: 'info', text });
  return vscode.window.showInformationMessage(text, ...actions);
}

/** Shows an error message and reports it on `onDidNotify`. */
export function fail(text: string): Thenable<string | undefined> {
  shown.fire({ severity: 'error', text });
  return vscode.window.showErrorMessage(text);
}
