import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { registerHover } from './hover';
import { registerInlayHints } from './inlayHints';
import { disposeLog } from './log';
import { registerStatusBar } from './statusBar';

export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  registerHover(context);
  registerInlayHints(context);
  registerCommands(context);
  registerStatusBar(context);
  (globalThis as { __tdxActivationMs?: number }).__tdxActivationMs = performance.now() - started;
}

export function deactivate(): void {
  disposeLog();
}
