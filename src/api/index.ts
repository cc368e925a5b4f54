import vscode = require('vscode');
import { activeFolder, settingsFor } from '../platform/config';
import { DebugConsoleAnnotations } from '../debugConsole/index';
import { DocumentIndexService } from '../pages/documentIndex';
import { AddressInspectorPanel } from '../inspector/inspectorPanel';
import { onDidNotify } from '../platform/notify';
import { analyzeText, ApiAnalyzeOptions, ApiScanOptions, ApiValue, scanText } from './model';
import { AnalysisSummary } from '../tdx/summary';
import { DebuggeeSides } from '../platform/debuggeeSides';
import { DocumentContexts } from '../platform/documentContext';
import { UserError } from '../platform/errors';

/**
 * What `activate()` returns to other extensions (`vscode.extensions.getExtension('tdx-tools.tdx-address-inspector').exports`).
 * Documented in README ("API for other extensions"); `apiVersion` changes when a field changes meaning.
 */
export interface TdxApi {
  readonly apiVersion: 1;
  /**
   * The values in one line of text with their kinds; with `uri`, that document's folder settings, rules and side apply;
   * without, the workspace's (its first folder's).
   */
  scan(text: string, options?: ApiScanOptions): ApiValue[];
  /** The analysis summary `tdx.inspect` returns, without opening the panel; throws with a message for bad input. */
  analyze(input: string, options?: ApiAnalyzeOptions): AnalysisSummary;
}

/** Hooks into the running extension for its own integration tests; present only in `ExtensionMode.Test`. */
export interface TdxTestHooks {
  readonly inspector: {
    readonly onDidRender: typeof AddressInspectorPanel.onDidRender;
    readonly lastRendered: typeof AddressInspectorPanel.lastRendered;
    state(): AddressInspectorPanel['currentState'] | undefined;
    receive(message: unknown): boolean;
  };
  readonly statusBar: { readonly text: string; readonly tooltip: string };
  readonly onDidAnnotateDebugConsole: DebugConsoleAnnotations['onDidAnnotate'];
  /** The debuggee sides: fires when a session's side changed (a marker in its output, or set by hand). */
  readonly debuggeeSides: { readonly onDidChange: DebuggeeSides['onDidChange']; of: DebuggeeSides['of'] };
  readonly onDidNotify: typeof onDidNotify;
  /** The page indexes: fires with a document's URI when its index completes; how far one is (by URI string). */
  readonly pageIndex: {
    readonly onDidComplete: DocumentIndexService['onDidComplete'];
    progress: DocumentIndexService['progress'];
  };
}

/** The exported API; with `testing` only when the extension runs its tests. */
export type TdxExports = TdxApi & { readonly testing?: TdxTestHooks };

/** What the API reads from the other features. */
export interface ApiDeps {
  readonly statusBar: vscode.StatusBarItem;
  readonly pages: DocumentIndexService;
  readonly debugConsole: DebugConsoleAnnotations;
  readonly contexts: DocumentContexts;
  readonly debuggeeSides: DebuggeeSides;
}

export function createApi(context: vscode.ExtensionContext, deps: ApiDeps): TdxExports {
  const { statusBar, pages, debugConsole, contexts, debuggeeSides } = deps;
  const api: TdxApi = {
    apiVersion: 1,
    scan: (text, options) => {
      // With a document URI: its folder's settings and rules, and its side (read from its marker lines when it is
      // open, else as set by hand); without: the workspace's (its first folder's), whatever editor is active.
      let uri: vscode.Uri | undefined;
      if (options?.uri !== undefined) {
        if (typeof options.uri !== 'string') throw new UserError(`scan's uri must be a document URI string, got ${typeof options.uri}`);
        uri = vscode.Uri.parse(options.uri);
      }
      const subject = uri ?? vscode.workspace.workspaceFolders?.[0];
      const s = settingsFor(subject);
      const rules = contexts.fieldRules(subject);
      const open = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const setting = uri ? contexts.sideSetting(uri) : 'auto';
      const side = open ? contexts.sideAt(open, 0).side : setting === 'auto' ? undefined : setting;
      return scanText(text, { gpaw: s.gpaw, labelledBareHex: s.labelledBareHex, ...options }, { side, userRules: rules });
    },
    analyze: (input, options) => analyzeText(input, { gpaw: settingsFor(activeFolder()).gpaw, ...options }),
  };
  if (context.extensionMode !== vscode.ExtensionMode.Test) return api;
  const testing: TdxTestHooks = {
    inspector: {
      onDidRender: AddressInspectorPanel.onDidRender,
      get lastRendered() {
        return AddressInspectorPanel.lastRendered;
      },
      state: () => AddressInspectorPanel.currentPanel?.currentState,
      receive: (message) => {
        const panel = AddressInspectorPanel.currentPanel;
        panel?.receive(message);
        return !!panel;
      },
    },
    onDidAnnotateDebugConsole: debugConsole.onDidAnnotate,
    debuggeeSides: { onDidChange: debuggeeSides.onDidChange, of: (session) => debuggeeSides.of(session) },
    onDidNotify,
    pageIndex: { onDidComplete: pages.onDidComplete, progress: (uri) => pages.progress(uri) },
    statusBar: {
      get text() {
        return statusBar.text;
      },
      get tooltip() {
        const t = statusBar.tooltip;
        return typeof t === 'string' ? t : (t?.value ?? '');
      },
    },
  };
  return { ...api, testing };
}
