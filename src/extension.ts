import vscode = require('vscode');
import { createApi, TdxExports } from './api/index';
import { registerAddressesView } from './addresses/index';
import { registerCommands } from './convert/index';
import { registerDebugCommands } from './debug/index';
import { registerDebugConsole } from './debugConsole/index';
import { registerWalkEpt } from './ept/index';
import { registerStatusBar } from './gpaw/index';
import { registerImpliedGpaw } from './gpaw/implied';
import { registerInlayHints } from './hints/index';
import { registerHover } from './hover/index';
import { registerInlineValues } from './inlineValues/index';
import { registerInspect } from './inspector/index';
import { registerInspectorPanel } from './inspector/inspectorPanel';
import { registerPages } from './pages/index';
import { registerDebuggeeSides } from './platform/debuggeeSides';
import { registerDebugSessionTracker } from './platform/debugTracker';
import { registerDocumentContexts } from './platform/documentContext';
import { registerTeach } from './teach/index';
import { disposeLog } from './platform/log';
import { registerSampleTrace } from './samples/index';

export function activate(context: vscode.ExtensionContext): TdxExports {
  const sessions = registerDebugSessionTracker(context);
  const debuggeeSides = registerDebuggeeSides(context, { sessions });
  const contexts = registerDocumentContexts(context);
  const pages = registerPages(context, { contexts });
  registerHover(context, { pages, contexts });
  registerImpliedGpaw(context, { pages });
  registerInlayHints(context, { contexts });
  registerCommands(context);
  registerInspect(context);
  registerInspectorPanel(context);
  registerDebugCommands(context, { debuggeeSides });
  const debugConsole = registerDebugConsole(context, { sessions, contexts, debuggeeSides });
  registerWalkEpt(context, { sessions });
  registerAddressesView(context, { sessions, debuggeeSides });
  registerInlineValues(context, { sessions, debuggeeSides });
  registerTeach(context, { contexts });
  registerSampleTrace(context);
  const statusBar = registerStatusBar(context);
  return createApi(context, { statusBar, pages, debugConsole, contexts, debuggeeSides });
}

export function deactivate(): void {
  disposeLog();
}
