import vscode = require('vscode');
import { Command } from '../platform/commandIds';
import { settingsFor } from '../platform/config';
import { errorText, frameFor, sendRequest } from '../platform/debugSession';
import { DebuggeeSides } from '../platform/debuggeeSides';
import { DebugSessionTracker } from '../platform/debugTracker';
import { executeCommand, noArgs, registerCommand } from '../platform/commands';
import { UserError } from '../platform/errors';
import { AddressesModel, entryDetails, EntryDetail, entryLabel, PinEvaluator, WatchEntry } from './model';

/** Where the pins live: per workspace, across sessions and window reloads. */
const PINS_KEY = 'tdx.addresses.pins';
/** One evaluation may take this long before its entry says the debugger did not answer. */
const EVALUATE_TIMEOUT_MS = 5_000;

type Node = { readonly entry: WatchEntry } | { readonly parent: WatchEntry; readonly detail: EntryDetail };

/** The argument VS Code passes to `debug/variables/context` and `debug/watch/context` commands. */
interface VariableContext {
  variable?: { name?: unknown; evaluateName?: unknown };
  expression?: unknown;
}

const STATUS_ICONS: Record<string, [string, string]> = {
  shared: ['link', 'charts.blue'],
  private: ['lock', 'charts.green'],
  invalid: ['error', 'errorForeground'],
};

/**
 * The "TDX Addresses" view (`tdx.addresses`): pinned expressions evaluated in the selected stack frame at
 * every stop and frame change, each shown as a GPA or GFN with its status, and highlighted with its old
 * status when it changed since the previous stop (the bookkeeping is `AddressesModel`'s).
 */
class AddressesView implements vscode.TreeDataProvider<Node> {
  private readonly changedEmitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changedEmitter.event;
  readonly model: AddressesModel;

  constructor(
    memento: vscode.Memento,
    private readonly debuggeeSides: DebuggeeSides,
  ) {
    this.model = new AddressesModel({ get: () => memento.get(PINS_KEY), update: (pins) => memento.update(PINS_KEY, pins) }, () =>
      this.changedEmitter.fire(undefined),
    );
  }

  dispose(): void {
    this.changedEmitter.dispose();
  }

  /** The stopped session's evaluator for the selected frame, or undefined when no session is stopped. */
  stoppedSession(): PinEvaluator | undefined {
    const session = vscode.debug.activeDebugSession;
    if (!session || !vscode.debug.activeStackItem) return undefined;
    const frame = frameFor(session);
    return {
      gpaw: settingsFor(session).gpaw,
      ...this.debuggeeSides.reading(session),
      evaluate: async (expression) => {
        try {
          const frameId = await frame;
          const r = await sendRequest(
            session,
            'evaluate',
            { expression, context: 'watch', ...(frameId !== undefined ? { frameId } : {}) },
            EVALUATE_TIMEOUT_MS,
          );
          return typeof r?.result === 'string'
            ? { result: r.result, type: typeof r.type === 'string' ? r.type : undefined }
            : { error: 'no value' };
        } catch (e) {
          return { error: errorText(e) };
        }
      },
    };
  }

  refresh(): Promise<WatchEntry[]> {
    return this.model.refresh(this.stoppedSession());
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.model.list().map((entry) => ({ entry }));
    if (!('entry' in node)) return [];
    const s = settingsFor(vscode.debug.activeDebugSession);
    return entryDetails(node.entry, s.gpaw, s.grouping).map((detail) => ({ parent: node.entry, detail }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const grouping = settingsFor(vscode.debug.activeDebugSession).grouping;
    if ('entry' in node) {
      const e = node.entry;
      const { description, tooltip } = entryLabel(e, grouping);
      const label: vscode.TreeItemLabel = { label: e.expression, highlights: e.changed ? [[0, e.expression.length]] : [] };
      const item = new vscode.TreeItem(
        label,
        e.value === undefined ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed,
      );
      item.id = `pin:${e.expression}`;
      item.description = description;
      item.tooltip = new vscode.MarkdownString(tooltip);
      item.contextValue = e.value === undefined ? 'tdx.pin' : 'tdx.pin.address';
      const [icon, color] = e.status
        ? STATUS_ICONS[e.status]
        : e.error
          ? ['warning', 'list.warningForeground']
          : ['circle-outline', 'foreground'];
      item.iconPath = new vscode.ThemeIcon(e.changed ? 'diff-modified' : icon, new vscode.ThemeColor(e.changed ? 'charts.orange' : color));
      item.accessibilityInformation = { label: `${e.expression}: ${description}` };
      return item;
    }
    const { detail } = node;
    const item = new vscode.TreeItem(detail.label, vscode.TreeItemCollapsibleState.None);
    item.id = `pin:${node.parent.expression}:${detail.label}`;
    item.description = detail.value;
    item.tooltip = `${detail.label}: ${detail.value}`;
    item.contextValue = detail.inspect ? 'tdx.detail.address' : 'tdx.detail';
    return item;
  }
}

/** The expression a command was given: a string, a Variables/Watch item, or a view node. */
function expressionOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (typeof arg !== 'object' || arg === null) return undefined;
  if ('entry' in arg) return (arg as { entry: WatchEntry }).entry.expression;
  const ctx = arg as VariableContext;
  const v = ctx.variable;
  if (v && typeof v.evaluateName === 'string') return v.evaluateName;
  if (v && typeof v.name === 'string') return v.name;
  return typeof ctx.expression === 'string' ? ctx.expression : undefined;
}

/** A TDX Addresses item as VS Code passes it to the item commands (an entry or one of its detail rows). */
function itemOf(arg: unknown): { detail?: EntryDetail; entry?: WatchEntry } {
  return typeof arg === 'object' && arg !== null ? (arg as { detail?: EntryDetail; entry?: WatchEntry }) : {};
}

/** The text `tdx.watch.copy` copies: a string, or an item's value. */
function copyTextOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const { detail, entry } = itemOf(arg);
  const text = detail?.copy ?? entry?.value;
  return typeof text === 'string' ? text : undefined;
}

/** The inspector input of `tdx.watch.inspect`: a string, or an item's address (`gfn 0x…` for a GFN). */
function inspectInputOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const { detail, entry } = itemOf(arg);
  if (typeof detail?.inspect === 'string') return detail.inspect;
  if (typeof entry?.value !== 'string') return undefined;
  return entry.kind === 'gfn' ? `gfn ${entry.value}` : entry.value;
}

/** The "TDX Addresses" view, its commands, and its refresh at every stop, frame change, GPAW change and debuggee side change. */
export function registerAddressesView(
  context: vscode.ExtensionContext,
  deps: { readonly sessions: DebugSessionTracker; readonly debuggeeSides: DebuggeeSides },
): void {
  const view = new AddressesView(context.workspaceState, deps.debuggeeSides);
  const refresh = () => void view.refresh();
  context.subscriptions.push(
    view,
    vscode.window.createTreeView('tdx.addresses', { treeDataProvider: view, showCollapseAll: true }),
    // Stops are told apart from frame changes by the adapter's own `stopped` event.
    deps.sessions.onDidStop(() => view.model.markStop()),
    vscode.debug.onDidChangeActiveStackItem(refresh),
    vscode.debug.onDidTerminateDebugSession(refresh),
    deps.debuggeeSides.onDidChange(refresh),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('tdx.gpaw') || e.affectsConfiguration('tdx.format.grouping')) refresh();
    }),
    registerCommand(
      Command.WatchAdd,
      ([arg]) => [expressionOf(arg)],
      async (expression) => {
        if (expression === undefined) {
          expression = await vscode.window.showInputBox({
            title: 'TDX: Pin Expression as TDX Address',
            prompt: 'An expression evaluated in the selected stack frame at every stop, e.g. fault_gpa or kvm->arch.gfn_direct_bits',
            ignoreFocusOut: true,
            validateInput: (t) => (t.length > 500 ? 'Expressions are limited to 500 characters' : undefined),
          });
          if (!expression?.trim()) return undefined;
        }
        return view.model.add(expression, view.stoppedSession());
      },
    ),
    registerCommand(
      Command.WatchRemove,
      ([arg]) => {
        const expression = expressionOf(arg);
        if (expression === undefined)
          throw new UserError('tdx.watch.remove takes the pinned expression (a string) or a TDX Addresses item');
        return [expression];
      },
      (expression) => view.model.remove(expression),
    ),
    registerCommand(Command.WatchRemoveAll, noArgs, () => view.model.removeAll()),
    registerCommand(Command.WatchRefresh, noArgs, () => view.refresh()),
    registerCommand(
      Command.WatchCopy,
      ([arg]) => [copyTextOf(arg)],
      async (text) => {
        if (text !== undefined) await vscode.env.clipboard.writeText(text);
      },
    ),
    registerCommand(
      Command.WatchInspect,
      ([arg]) => [inspectInputOf(arg)],
      (address) => {
        if (address === undefined) return undefined;
        const folder = vscode.debug.activeDebugSession?.workspaceFolder?.uri.toString();
        return executeCommand(Command.Inspect, { address, ...(folder ? { folder } : {}) });
      },
    ),
  );
  refresh();
}
