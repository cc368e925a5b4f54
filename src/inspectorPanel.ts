import * as vscode from 'vscode';
import { Command } from './commandIds';
import { settingsFor } from './config';
import {
  buildInspectorView,
  EMPTY_STATE,
  FromWebviewMessage,
  inspectorHtml,
  newNonce,
  InspectorState,
  pushHistory,
  RenderedReport,
  restoreState,
  toggleSharedInput,
  ToWebviewMessage,
  validateFromWebview,
} from './core/inspector';
import { parseAddress } from './core/parse';
import { AddressKind } from './core/tdx';
import { writeGpaw } from './commands';
import { log, registerCommand, reportError } from './log';

/** The settings scope the panel reads and writes: the first workspace folder, or none. */
function panelScope(): vscode.Uri | null {
  return vscode.workspace.workspaceFolders?.[0]?.uri ?? null;
}

/** The single "TDX Address Inspector" webview panel: one address broken down bit by bit, with history. */
export class AddressInspectorPanel {
  static readonly viewType = 'tdx.inspector';
  static currentPanel: AddressInspectorPanel | undefined;
  private static readonly renderedEmitter = new vscode.EventEmitter<RenderedReport>();
  /** Fires with what the webview shows after each render (read back from its DOM). */
  static readonly onDidRender = AddressInspectorPanel.renderedEmitter.event;
  static lastRendered: RenderedReport | undefined;

  private state: InspectorState;
  private readonly _disposables: vscode.Disposable[] = [];

  static createOrShow(extensionUri: vscode.Uri, preserveFocus = false): AddressInspectorPanel {
    if (AddressInspectorPanel.currentPanel) {
      AddressInspectorPanel.currentPanel.panel.reveal(undefined, preserveFocus);
      return AddressInspectorPanel.currentPanel;
    }
    const panel = vscode.window.createWebviewPanel(
      AddressInspectorPanel.viewType,
      'TDX Address Inspector',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus },
      AddressInspectorPanel.webviewOptions(extensionUri),
    );
    AddressInspectorPanel.currentPanel = new AddressInspectorPanel(panel, extensionUri, EMPTY_STATE);
    return AddressInspectorPanel.currentPanel;
  }

  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, state: unknown): void {
    panel.webview.options = AddressInspectorPanel.webviewOptions(extensionUri);
    AddressInspectorPanel.currentPanel = new AddressInspectorPanel(panel, extensionUri, restoreState(state));
  }

  private static webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')] };
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    state: InspectorState,
  ) {
    this.state = state;
    panel.webview.html = this.html();
    this._disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m) => this.onMessage(m)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tdx')) this.render();
      }),
    );
  }

  /** Shows an address (adding it to the history) and reveals the panel. */
  show(input: string, kind: AddressKind, preserveFocus = true): void {
    this.state = { input, kind, history: pushHistory(this.state.history, { input, kind }) };
    this.panel.reveal(undefined, preserveFocus);
    this.render();
  }

  /** The persistent state (for tests and the serializer). */
  get currentState(): InspectorState {
    return this.state;
  }

  private html(): string {
    const webview = this.panel.webview;
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', name)).toString();
    return inspectorHtml({
      cspSource: webview.cspSource,
      scriptUri: asset('inspector.js'),
      styleUri: asset('inspector.css'),
      nonce: newNonce(),
    });
  }

  private post(message: ToWebviewMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private render(): void {
    const settings = settingsFor(panelScope());
    this.post({ type: 'view', view: buildInspectorView(this.state, settings.gpaw, settings.grouping) });
  }

  /** Handles a message exactly as if the webview had sent it (validation included). */
  receive(raw: unknown): void {
    this.onMessage(raw);
  }

  private onMessage(raw: unknown): void {
    const v = validateFromWebview(raw);
    if (!v.ok) {
      log().warn(`Ignored a malformed message from the inspector webview (${v.reason})`);
      return;
    }
    void this.handle(v.value).catch((e) => reportError('the inspector could not complete that action', e));
  }

  private async handle(m: FromWebviewMessage): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.render();
        return;
      case 'input':
        this.state = { ...this.state, input: m.text, kind: m.kind };
        this.render();
        return;
      case 'commit':
        if (parseAddress(this.state.input, { kind: this.state.kind, allowDecimal: true }).ok) {
          this.state = { ...this.state, history: pushHistory(this.state.history, { input: this.state.input, kind: this.state.kind }) };
          this.render();
        }
        return;
      case 'setGpaw':
        await writeGpaw(m.gpaw);
        this.render();
        return;
      case 'toggleSharedBit': {
        const next = toggleSharedInput(this.state, settingsFor(panelScope()).gpaw);
        if (next !== undefined) {
          this.state = { ...this.state, input: next };
          this.render();
        }
        return;
      }
      case 'copy':
        await vscode.env.clipboard.writeText(m.text);
        vscode.window.setStatusBarMessage(`Copied ${m.text}`, 3000);
        return;
      case 'pickHistory': {
        const entry = this.state.history[m.index];
        if (entry) this.show(entry.input, entry.kind, false);
        return;
      }
      case 'clearHistory':
        this.state = { ...this.state, history: [] };
        this.render();
        return;
      case 'rendered':
        AddressInspectorPanel.lastRendered = m.report;
        AddressInspectorPanel.renderedEmitter.fire(m.report);
        return;
    }
  }

  dispose(): void {
    if (AddressInspectorPanel.currentPanel === this) AddressInspectorPanel.currentPanel = undefined;
    this.panel.dispose();
    while (this._disposables.length) this._disposables.pop()?.dispose();
  }
}

/** `tdx.openInspector` and the serializer that restores the panel (with its history) after a reload. */
export function registerInspectorPanel(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    registerCommand(Command.OpenInspector, () => {
      const p = AddressInspectorPanel.createOrShow(context.extensionUri);
      p.panel.webview.postMessage({ type: 'focusInput' } satisfies ToWebviewMessage);
    }),
    vscode.window.registerWebviewPanelSerializer(AddressInspectorPanel.viewType, {
      async deserializeWebviewPanel(panel, state) {
        AddressInspectorPanel.revive(panel, context.extensionUri, state);
      },
    }),
    { dispose: () => AddressInspectorPanel.currentPanel?.dispose() },
  );
}
