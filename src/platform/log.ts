import vscode = require('vscode');
import { fail } from './notify';

let channel: vscode.LogOutputChannel | undefined;

/** The "TDX Address Inspector" log, created on first use so activation stays cheap. */
export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('TDX Address Inspector', { log: true });
  return channel;
}

/** Logs an internal error with its stack and shows the user one short line (never a stack trace). */
export function reportError(what: string, error: unknown): void {
  log().error(`${what}:`, error instanceof Error ? (error.stack ?? error.message) : String(error));
  void fail(`TDX Address Inspector: ${what}. Details are in the "TDX Address Inspector" output log.`);
}

export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}
