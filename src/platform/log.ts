import vscode = require('vscode');
import { fail } from './notify';
import { UserError } from './errors';

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

/**
 * Registers a command whose unexpected failures are logged with their stack and surface to the user
 * (and to programmatic callers) as one short line; `UserError`s keep their own message.
 */
export function registerCommand(id: string, handler: (...args: never[]) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await (handler as (...a: unknown[]) => unknown)(...args);
    } catch (e) {
      if (e instanceof UserError) throw e;
      log().error(`${id} failed:`, e instanceof Error ? (e.stack ?? e.message) : String(e));
      throw new Error(
        `${id} failed unexpectedly (${e instanceof Error ? e.message : String(e)}). Details are in the "TDX Address Inspector" output log.`,
      );
    }
  });
}
