import vscode = require('vscode');
import { Command } from '../platform/commandIds';
import { settingsFor } from '../platform/config';
import { errorText, frameFor, onDidStop, request } from '../platform/debugSession';
import { registerCommand } from '../platform/log';
import { UserError } from '../platform/errors';
import {
  addPin,
  entryDetails,
  EntryDetail,
  entryLabel,
  evaluateEntry,
  Evaluation,
  notEvaluatedEntry,
  removePin,
  restorePins,
  WatchEntry,
} from './model';

/** Where the pins live: per workspace, across sessions and window reloads. */
const PINS_KEY = 'tdx.addresses.pins';
/** Evaluations in flight at once for one refresh, so 200 pins do not flood the adapter. */
const CONCURRENCY = 8;
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
 * status when it changed since the previous stop.
 */
class AddressesView implements vscode.TreeDataProvider<Node> {
  private pins: string[];
  private readonly entries = new Map<string, WatchEntry>();
  /** The entries of the previous stop: what `changed` compares against (frame changes in one stop share it). */
  private baseline = new Map<string, WatchEntry>();
  /**
   * The last value each pin was seen with: the baseline of the next stop. An evaluation that fails (one sent while
   * the program runs, say) does not replace it, so it cannot hide a change.
   */
  private readonly lastSeen = new Map<string, WatchEntry>();
  /** Stops so far: an evaluation answered after a newer stop is dropped (that stop's refresh brings the new value). */
  private stops = 0;
  /** The stop `baseline` was taken at: the first refresh of a newer stop takes it again. */
  private baselineStop = 0;
  /** The evaluation under way for each pin: a later refresh of a pin waits for it, so at most one is in flight. */
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly changedEmitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changedEmitter.event;

  constructor(private readonly memento: vscode.Memento) {
    this.pins = restorePins(memento.get(PINS_KEY));
  }

  dispose(): void {
    this.changedEmitter.dispose();
  }

  /** The entries in pin order, as `tdx.watch.add` and `tdx.watch.refresh` return them. */
  list(): WatchEntry[] {
    return this.pins.map((p) => this.entries.get(p) ?? notEvaluatedEntry(p));
  }

  /** A stop (not a frame change): the next refresh compares against the values last seen before it. */
  markStop(): void {
    this.stops++;
  }

  async add(expression: string): Promise<WatchEntry[]> {
    this.pins = addPin(this.pins, expression);
    await this.memento.update(PINS_KEY, this.pins);
    return this.refresh([expression.trim()]);
  }

  async remove(expression: string): Promise<WatchEntry[]> {
    this.pins = removePin(this.pins, expression);
    this.entries.delete(expression);
    this.lastSeen.delete(expression);
    await this.memento.update(PINS_KEY, this.pins);
    this.changedEmitter.fire(undefined);
    return this.list();
  }

  async removeAll(): Promise<WatchEntry[]> {
    this.pins = [];
    this.entries.clear();
    this.lastSeen.clear();
    await this.memento.update(PINS_KEY, this.pins);
    this.changedEmitter.fire(undefined);
    return [];
  }

  /**
   * Evaluates the pins (all, or `only` these) in the selected frame, at most CONCURRENCY at once, one in
   * flight per pin, each time-limited; without a stopped session the entries say so and keep their pins.
   * Returns every entry. Never rejects.
   */
  async refresh(only?: readonly string[]): Promise<WatchEntry[]> {
    const session = vscode.debug.activeDebugSession;
    const pins = only ?? this.pins;
    if (!session || !vscode.debug.activeStackItem) {
      for (const p of pins) this.entries.set(p, notEvaluatedEntry(p));
      this.changedEmitter.fire(undefined);
      return this.list();
    }
    if (this.baselineStop !== this.stops) {
      this.baseline = new Map(this.lastSeen);
      this.baselineStop = this.stops;
    }
    const stop = this.stops;
    const gpaw = settingsFor(session).gpaw;
    const frameId = await frameFor(session);
    const evaluateOne = async (p: string) => {
      if (stop !== this.stops) return;
      let evaluation: Evaluation;
      try {
        const r = await request(
          session,
          'evaluate',
          { expression: p, context: 'watch', ...(frameId !== undefined ? { frameId } : {}) },
          EVALUATE_TIMEOUT_MS,
        );
        evaluation =
          typeof r.result === 'string'
            ? { result: r.result, type: typeof r.type === 'string' ? r.type : undefined }
            : { error: 'no value' };
      } catch (e) {
        evaluation = { error: errorText(e) };
      }
      // Evaluations of one pin run one after another, so the last write is the newest.
      if (stop !== this.stops || !this.pins.includes(p)) return;
      const entry = evaluateEntry(p, evaluation, this.baseline.get(p), gpaw);
      this.entries.set(p, entry);
      if (entry.error === undefined) this.lastSeen.set(p, entry);
    };
    const queue = [...pins];
    const worker = async () => {
      for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
        // One evaluation per pin at a time: this one starts when the previous one (a hanging pin included, time-limited) ended.
        const run = (this.inFlight.get(p) ?? Promise.resolve()).then(() => evaluateOne(p));
        this.inFlight.set(p, run);
        await run;
        if (this.inFlight.get(p) === run) this.inFlight.delete(p);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
    this.changedEmitter.fire(undefined);
    return this.list();
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.list().map((entry) => ({ entry }));
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

/** The "TDX Addresses" view, its commands, and its refresh at every stop, frame change and GPAW change. */
export function registerAddressesView(context: vscode.ExtensionContext): void {
  const view = new AddressesView(context.workspaceState);
  const refresh = () => void view.refresh();
  context.subscriptions.push(
    view,
    vscode.window.createTreeView('tdx.addresses', { treeDataProvider: view, showCollapseAll: true }),
    // Stops are told apart from frame changes by the adapter's own `stopped` event.
    onDidStop(() => view.markStop()),
    vscode.debug.onDidChangeActiveStackItem(refresh),
    vscode.debug.onDidTerminateDebugSession(refresh),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('tdx.gpaw') || e.affectsConfiguration('tdx.format.grouping')) refresh();
    }),
    registerCommand(Command.WatchAdd, async (arg?: unknown) => {
      let expression = expressionOf(arg);
      if (expression === undefined) {
        expression = await vscode.window.showInputBox({
          title: 'TDX: Pin Expression as TDX Address',
          prompt: 'An expression evaluated in the selected stack frame at every stop, e.g. fault_gpa or kvm->arch.gfn_direct_bits',
          ignoreFocusOut: true,
          validateInput: (t) => (t.length > 500 ? 'Expressions are limited to 500 characters' : undefined),
        });
        if (!expression?.trim()) return undefined;
      }
      return view.add(expression);
    }),
    registerCommand(Command.WatchRemove, async (arg?: unknown) => {
      const expression = expressionOf(arg);
      if (expression === undefined) throw new UserError('tdx.watch.remove takes the pinned expression (a string) or a TDX Addresses item');
      return view.remove(expression);
    }),
    registerCommand(Command.WatchRemoveAll, () => view.removeAll()),
    registerCommand(Command.WatchRefresh, () => view.refresh()),
    registerCommand(Command.WatchCopy, async (node?: { detail?: EntryDetail; entry?: WatchEntry }) => {
      const text = node?.detail?.copy ?? node?.entry?.value;
      if (typeof text === 'string') await vscode.env.clipboard.writeText(text);
    }),
    registerCommand(Command.WatchInspect, (node?: { detail?: EntryDetail; entry?: WatchEntry }) => {
      const e = node?.entry;
      const address = node?.detail?.inspect ?? (e?.value !== undefined ? (e.kind === 'gfn' ? `gfn ${e.value}` : e.value) : undefined);
      if (address === undefined) return undefined;
      const folder = vscode.debug.activeDebugSession?.workspaceFolder?.uri.toString();
      return vscode.commands.executeCommand(Command.Inspect, { address, ...(folder ? { folder } : {}) });
    }),
  );
  refresh();
}
