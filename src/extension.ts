import vscode = require('vscode');
import { createApi, TdxExports } from './api/index';
import { registerCommands } from './convert/index';
import { registerAddressesView } from './addresses/index';
import { registerInlineValues } from './inlineValues/index';
import { registerDebugCommands } from './debug/index';
import { registerDebugTracker } from './debugConsole/index';
import { registerDebugSessionEvents } from './platform/debugSession';
import { registerDocumentIndex } from './pages/documentIndex';
import { registerHover } from './hover/index';
import { registerInlayHints } from './hints/index';
import { registerInspect } from './inspector/index';
import { registerInspectorPanel } from './inspector/inspectorPanel';
import { disposeLog } from './platform/log';
import { registerHighlights } from './pages/highlights';
import { registerListPages } from './pages/listPages';
import { registerReferences } from './pages/references';
import { registerStatusBar } from './gpaw/index';
import { registerWalkEpt } from './ept/index';
import { registerSampleTrace } from './samples/index';

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
  registerSampleTrace(context);
  const statusBar = registerStatusBar(context);
  return createApi(context, statusBar, pages);
}

export function deactivate(): void {
  disposeLog();
}
