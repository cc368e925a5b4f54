import * as vscode from 'vscode';
import { createApi, TdxApi } from './api';
import { registerCommands } from './commands';
import { registerDebugCommands } from './debugCommands';
import { registerDebugTracker } from './debugTracker';
import { registerHover } from './hover';
import { registerInlayHints } from './inlayHints';
import { registerInspect } from './inspect';
import { registerInspectorPanel } from './inspectorPanel';
import { disposeLog } from './log';
import { registerStatusBar } from './statusBar';

/** Set by the bundle's first line (esbuild banner); absent when this file runs unbundled. */
declare const __tdxLoadStart: number | undefined;

export function activate(context: vscode.ExtensionContext): TdxApi {
  const started = typeof __tdxLoadStart === 'number' ? __tdxLoadStart : performance.now();
  registerHover(context);
  registerInlayHints(context);
  registerCommands(context);
  registerInspect(context);
  registerInspectorPanel(context);
  registerDebugCommands(context);
  registerDebugTracker(context);
  const statusBar = registerStatusBar(context);
  (globalThis as { __tdxActivationMs?: number }).__tdxActivationMs = performance.now() - started;
  return createApi(statusBar);
}

export function deactivate(): void {
  disposeLog();
}
