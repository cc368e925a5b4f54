import * as vscode from 'vscode';
import { InspectorState, RenderedReport } from './core/inspector';
import { DebugAnnotation, onDidAnnotate } from './debugTracker';
import { AddressInspectorPanel } from './inspectorPanel';
import { Notice, onDidNotify } from './notify';

/** What `activate()` returns to other extensions and to the integration tests. */
export interface TdxApi {
  readonly inspector: {
    /** Fires with what the panel shows after each render, as its webview reports it. */
    readonly onDidRender: vscode.Event<RenderedReport>;
    readonly lastRendered: RenderedReport | undefined;
    /** The open panel's state (input, kind, history), or undefined when no panel is open. */
    state(): InspectorState | undefined;
    /** Delivers a message to the open panel as if its webview had sent it; false when no panel is open. */
    receive(message: unknown): boolean;
  };
  readonly statusBar: { readonly text: string; readonly tooltip: string };
  /** Fires for each line the extension appends to the Debug Console. */
  readonly onDidAnnotateDebugConsole: vscode.Event<DebugAnnotation>;
  /** Fires for each information, warning or error message the extension shows. */
  readonly onDidNotify: vscode.Event<Notice>;
}

export function createApi(statusBar: vscode.StatusBarItem): TdxApi {
  return {
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
    onDidAnnotateDebugConsole: onDidAnnotate,
    onDidNotify,
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
}
