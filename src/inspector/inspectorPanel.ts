import vscode = require('vscode');
import { Command } from '../platform/commandIds';
import { activeFolder, settingsFor, writeGpaw } from '../platform/config';
import { log, reportError } from '../platform/log';
import { describeArg, executeCommand, noArgs, registerCommand } from '../platform/commands';
import { UserError } from '../platform/errors';
import { inspectorHtml, newNonce } from './html';
import { FromWebviewMessage, RenderedReport, ToWebviewMessage, validateFromWebview } from '../shared/protocol';
import { buildInspectorView, EMPTY_STATE, InspectorState, pushHistory, restoreState, toggleSharedInput } from './model';
import { ShownWalk } from '../tdx/eptWalk';
import { formatHex } from '../tdx/format';
import { parseUserInput } from '../tdx/parse';
import { AddressKind, gfnToGpa } from '../tdx/tdx';

/** The single "TDX Address Inspector" webview panel: one address broken down bit by bit, with history. */
export class AddressInspectorPanel {
  static readonly viewType = 'tdx.inspector';
  static currentPanel: AddressInspectorPanel | undefined;
  /** Set while the extension runs its tests: the webview then reports each render back (`rendered`). */
  static testMode = false;
  private static readonly renderedEmitter = new vscode.EventEmitter<RenderedReport>();
  /** Test mode only: fires with what the webview shows after each render (read back from its DOM). */
  static readonly onDidRender = AddressInspectorPanel.renderedEmitter.event;
  static lastRendered: RenderedReport | undefined;

  private state: InspectorState;
  /** Replaces some fields of the state (it is immutable: the webview and the persisted copy hold the old one). */
  private patch(fields: Partial<InspectorState>): void {
    this.state = { ...this.state, ...fields };
  }
  /** The `seq` of the last `input` message applied, echoed in each view so the webview can drop stale ones. */
  private inputSeq = 0;
  private readonly _disposables: vscode.Disposable[] = [];

  /** Reveals the panel, or creates it showing `folder`'s settings; an open panel keeps the folder it shows. */
  static createOrShow(extensionUri: vscode.Uri, folder: vscode.WorkspaceFolder | undefined, preserveFocus = false): AddressInspectorPanel {
    const current = AddressInspectorPanel.currentPanel;
    if (current) {
      current.panel.reveal(undefined, preserveFocus);
      return current;
    }
    const panel = vscode.window.createWebviewPanel(
      AddressInspectorPanel.viewType,
      'TDX Address Inspector',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus },
      AddressInspectorPanel.webviewOptions(extensionUri),
    );
    const state = folder ? { ...EMPTY_STATE, scope: folder.uri.toString() } : EMPTY_STATE;
    AddressInspectorPanel.currentPanel = new AddressInspectorPanel(panel, extensionUri, state);
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
        if (!e.affectsConfiguration('tdx', this.folder()?.uri)) return;
        if (e.affectsConfiguration('tdx.gpaw', this.folder()?.uri) && this.state.walk && !this.state.walk.request.gpaw) this.walkAgain();
        this.render();
      }),
      // A live walk follows the program: walked again at each stop and frame change; "Walk EPT" only while stopped.
      vscode.debug.onDidChangeActiveStackItem(() => {
        if (this.state.walk && vscode.debug.activeStackItem) this.walkAgain();
        else this.render();
      }),
    );
  }

  /** Shows a walk that `tdx.walkEpt` computed, for its address, and reveals the panel. */
  showWalk(walk: ShownWalk): void {
    const parsed = parseUserInput(walk.request.address);
    const kind = parsed.ok ? parsed.kind : 'gpa';
    this.patch({ input: walk.request.address, kind, walk, walkError: undefined });
    this.panel.reveal(undefined, true);
    this.render();
  }

  private walking: Promise<void> | undefined;
  private walkQueued = false;

  /** Walks the shown walk's address again (new stop, frame or GPAW), one walk at a time; a failure shows in the walk section. */
  private walkAgain(): void {
    if (this.walking) {
      this.walkQueued = true;
      return;
    }
    const request = this.state.walk?.request;
    if (!request) return;
    this.walking = Promise.resolve(executeCommand(Command.WalkEpt, request))
      .then(
        () => undefined,
        (e: unknown) => {
          this.patch({ walkError: `Cannot walk in this frame: ${e instanceof Error ? e.message : String(e)}` });
          this.render();
        },
      )
      .finally(() => {
        this.walking = undefined;
        if (this.walkQueued) {
          this.walkQueued = false;
          this.walkAgain();
        }
      });
  }

  /** The workspace folder whose settings the panel shows and writes (undefined: the workspace). */
  private folder(): vscode.WorkspaceFolder | undefined {
    return this.state.scope ? vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(this.state.scope)) : undefined;
  }

  private setFolder(folder: vscode.WorkspaceFolder | undefined): void {
    this.patch({ scope: folder?.uri.toString() });
  }

  /** Shows an address under `folder`'s settings (adding it to the history) and reveals the panel. */
  show(input: string, kind: AddressKind, folder: vscode.WorkspaceFolder | undefined, preserveFocus = true): void {
    this.setFolder(folder);
    this.patch({
      input,
      kind,
      history: pushHistory(this.state.history, { input, kind }),
      walk: undefined,
      walkError: undefined,
    });
    this.panel.reveal(undefined, preserveFocus);
    this.render();
  }

  /** The persistent state (for the serializer and the tests). */
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
    const folder = this.folder();
    const settings = settingsFor(folder);
    const scopeName = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? (folder?.name ?? 'workspace') : undefined;
    const view = buildInspectorView(this.state, settings.gpaw, settings.grouping, scopeName, vscode.debug.activeStackItem !== undefined);
    this.post({ type: 'view', view, inputSeq: this.inputSeq, report: AddressInspectorPanel.testMode });
  }

  /** Handles a message exactly as if the webview had sent it (validation included); used by the tests. */
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
        this.inputSeq = m.seq;
        this.patch({ input: m.text, kind: m.kind, walk: undefined, walkError: undefined });
        this.render();
        return;
      case 'commit':
        if (parseUserInput(this.state.input, this.state.kind).ok) {
          this.patch({ history: pushHistory(this.state.history, { input: this.state.input, kind: this.state.kind }) });
          this.render();
        }
        return;
      case 'setGpaw':
        await writeGpaw(m.gpaw, this.folder());
        this.render();
        return;
      case 'toggleSharedBit': {
        const next = toggleSharedInput(this.state, settingsFor(this.folder()).gpaw);
        if (next !== undefined) {
          this.patch({ input: next });
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
        if (entry) this.show(entry.input, entry.kind, this.folder(), false);
        return;
      }
      case 'clearHistory':
        this.patch({ history: [] });
        this.render();
        return;
      case 'walkEpt': {
        const p = parseUserInput(this.state.input, this.state.kind);
        if (!p.ok) return;
        const gpa = p.kind === 'gfn' ? gfnToGpa(p.value) : p.value;
        try {
          await executeCommand(Command.WalkEpt, { address: formatHex(gpa, 'none') });
        } catch (e) {
          this.patch({ walkError: e instanceof Error ? e.message : String(e) });
          this.render();
        }
        return;
      }
      case 'rendered':
        if (!AddressInspectorPanel.testMode) return;
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

/** `tdx.inspector.showWalk`'s argument: a walk `tdx.walkEpt` computed (a `ShownWalk`). */
function acceptShownWalk([arg]: readonly unknown[]): [ShownWalk] {
  const w = arg as { request?: { address?: unknown }; summary?: unknown; folder?: unknown; ms?: unknown } | null;
  if (
    typeof w !== 'object' ||
    w === null ||
    typeof w.request?.address !== 'string' ||
    typeof w.summary !== 'object' ||
    w.summary === null ||
    typeof w.ms !== 'number' ||
    (w.folder !== undefined && typeof w.folder !== 'string')
  )
    throw new UserError(
      `tdx.inspector.showWalk takes the walk tdx.walkEpt computed ({ request, summary, folder?, ms }), got ${describeArg(arg)}`,
    );
  return [arg as ShownWalk];
}

/** `tdx.openInspector` and the serializer that restores the panel (with its history) after a reload. */
export function registerInspectorPanel(context: vscode.ExtensionContext): void {
  AddressInspectorPanel.testMode = context.extensionMode === vscode.ExtensionMode.Test;
  context.subscriptions.push(
    registerCommand(Command.OpenInspector, noArgs, () => {
      const p = AddressInspectorPanel.createOrShow(context.extensionUri, activeFolder());
      p.panel.webview.postMessage({ type: 'focusInput' } satisfies ToWebviewMessage);
    }),
    registerCommand(Command.ShowWalk, acceptShownWalk, (walk) => {
      const folder = walk.folder ? vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(walk.folder)) : activeFolder();
      AddressInspectorPanel.createOrShow(context.extensionUri, folder, true).showWalk(walk);
    }),
    vscode.window.registerWebviewPanelSerializer(AddressInspectorPanel.viewType, {
      async deserializeWebviewPanel(panel, state) {
        AddressInspectorPanel.revive(panel, context.extensionUri, state);
      },
    }),
    { dispose: () => AddressInspectorPanel.currentPanel?.dispose() },
  );
}
