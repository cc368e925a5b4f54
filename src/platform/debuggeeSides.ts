import vscode = require('vscode');
import { DebuggeeSide, DebuggeeSideBook, debuggeeSideNote, UNKNOWN_DEBUGGEE } from '../detect/debuggeeSide';
import type { DebugReading } from '../detect/debugValue';
import { SideSetting } from '../detect/side';
import { DebugSessionTracker } from './debugTracker';

/** The workspace-state key under which the sides set by hand are kept, by launch configuration name. */
const SIDES_KEY = 'tdx.debuggeeSides';

/** Output categories that carry what the debuggee or the debugger printed (not telemetry or the adapter's notices). */
function isPrinted(category: string | undefined): boolean {
  return category === undefined || category === 'console' || category === 'stdout' || category === 'stderr';
}

/**
 * The one holder of every debug session's debuggee side (host or guest): read from the marker lines the session
 * prints (`tdx: Guest detected`, `virt/tdx: …`), or set by hand per launch configuration (kept in the workspace state,
 * so the next session of that configuration has it too). Inline values, the Debug Console annotations and the TDX
 * Addresses view read it; `onDidChange` fires when a session's side may read differently.
 */
export class DebuggeeSides implements vscode.Disposable {
  private readonly book: DebuggeeSideBook;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[];
  /** A session's side changed: a marker said another side, or a side was set by hand. */
  readonly onDidChange = this.changed.event;

  constructor(tracker: DebugSessionTracker, state: vscode.Memento) {
    this.book = new DebuggeeSideBook({ get: () => state.get(SIDES_KEY), update: (sides) => state.update(SIDES_KEY, sides) });
    this.disposables = [
      this.changed,
      tracker.onDidOutput((o) => {
        if (isPrinted(o.category) && this.book.output(o.session.id, o.session.configuration.name, o.output)) this.changed.fire();
      }),
      vscode.debug.onDidTerminateDebugSession((s) => this.book.end(s.id)),
    ];
  }

  /** The side of `session` and what decided it; unknown without a session. */
  of(session: vscode.DebugSession | undefined): DebuggeeSide {
    return session ? this.book.side(session.id, session.configuration.name) : UNKNOWN_DEBUGGEE;
  }

  /** The side of `session` as the debug features read values with it: the side and what decided it. */
  reading(session: vscode.DebugSession | undefined): Pick<DebugReading, 'side' | 'sideNote'> {
    const s = this.of(session);
    return { side: s.side, sideNote: debuggeeSideNote(s) };
  }

  /** What `session`'s output markers say, whatever was set by hand (what `auto` reads). */
  detected(session: vscode.DebugSession): DebuggeeSide {
    return this.book.detected(session.id);
  }

  /** The side set by hand for launch configuration `name`, or `auto`. */
  setting(name: string): SideSetting {
    return this.book.setting(name);
  }

  /** Sets the side of launch configuration `name` (kept for its next sessions; `auto` reads the markers again). */
  async set(name: string, setting: SideSetting): Promise<void> {
    await this.book.set(name, setting);
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Creates the one debuggee-side holder, fed by the debug tracker; disposed with the extension. */
export function registerDebuggeeSides(context: vscode.ExtensionContext, deps: { readonly sessions: DebugSessionTracker }): DebuggeeSides {
  const sides = new DebuggeeSides(deps.sessions, context.workspaceState);
  context.subscriptions.push(sides);
  return sides;
}
