import * as vscode from 'vscode';
import { createApi, TdxApi } from './api';
import { registerCommands } from './commands';
import { registerHover } from './hover';
import { registerInlayHints } from './inlayHints';
import { registerInspect } from './inspect';
import { registerInspectorPanel } from './inspectorPanel';
import { disposeLog } from './log';
import { registerStatusBar } from './statusBar';

export function activate(context: vscode.ExtensionContext): TdxApi {
  const started = performance.now();
  registerHover(context);
  registerInlayHints(context);
  registerCommands(context);
  registerInspect(context);
  registerInspectorPanel(context);
  const statusBar = registerStatusBar(context);
  (globalThis as { __tdxActivationMs?: number }).__tdxActivationMs = performance.now() - started;
  return createApi(statusBar);
}

export function deactivate(): void {
  disposeLog();
}
