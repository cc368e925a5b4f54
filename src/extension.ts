import vscode = require('vscode');
import { createApi, TdxExports } from './api';
import { registerCommands } from './commands';
import { registerAddressesView } from './debug/addressesView';
import { registerInlineValues } from './debug/inlineValues';
import { registerDebugCommands } from './debugCommands';
import { registerDebugTracker } from './debugTracker';
import { registerDebugSessionEvents } from './debugSession';
import { registerDocumentIndex } from './documentIndex';
import { registerHover } from './hover';
import { registerInlayHints } from './inlayHints';
import { registerInspect } from './inspector/inspectCommand';
import { registerInspectorPanel } from './inspector/inspectorPanel';
import { disposeLog } from './log';
import { registerHighlights } from './navigation/highlights';
import { registerListPages } from './navigation/listPages';
import { registerReferences } from './navigation/references';
import { registerStatusBar } from './statusBar';
import { registerWalkEpt } from './walkEpt';

export function activate(context: vscode.ExtensionContext): TdxExports {
  registerDebugSessionEvents(context);
  const pages = registerDocumentIndex(context);
  registerHover(context, pages);
  registerHighlights(context, pages);
  registerReferences(context, pages);
  registerListPages(context, pages);
  registerInlayHints(context);
  registerCommands(context);
  registerInspect(context);
  registerInspectorPanel(context);
  registerDebugCommands(context);
  registerDebugTracker(context);
  registerWalkEpt(context);
  registerAddressesView(context);
  registerInlineValues(context);
  const statusBar = registerStatusBar(context);
  return createApi(context, statusBar, pages);
}

export function deactivate(): void {
  disposeLog();
}
