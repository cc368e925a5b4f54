import { DocumentSide, DocumentSides, FoundMarker, isSideSetting, SideSetting } from './side';

/**
 * Which machine a debug session debugs, read like a document's side: `phys_addr_t` and `dma_addr_t` hold physical
 * addresses of whichever machine runs the code, so in a TD guest kernel they are GPAs and in a host kernel host
 * physical. `auto` reads the side from marker lines in the session's output (GDB's `lx-dmesg` printing
 * `tdx: Guest detected` or `virt/tdx: …`: the markers of `SIDE_MARKERS`); `host` / `guest` are set by hand per launch
 * configuration. Example: `{ side: 'host', setting: 'host' }`, or `{ side: 'guest', setting: 'auto', marker: { … } }`.
 */
export interface DebuggeeSide {
  /** `undefined`: no marker seen yet and none set by hand (values keep the guest reading). */
  readonly side: DocumentSide | undefined;
  readonly setting: SideSetting;
  /** With `setting` auto: the last marker line the session printed (its `line` counts lines of that output event). */
  readonly marker?: FoundMarker;
}

/** No session, or a session that said nothing: the side is unknown. */
export const UNKNOWN_DEBUGGEE: DebuggeeSide = { side: undefined, setting: 'auto' };

/** Longest unfinished output line kept to join the next output event (markers are far shorter). */
const MAX_PARTIAL_LINE = 512;

/**
 * The side a debug session's output says, event by event: the last marker seen decides (as in a document the nearest
 * marker above does). Keeps only that marker and the unfinished last line, so a marker split across two output
 * events is still found. Example: after `read('[    0.0] tdx: Guest detected\n')`, `marker.rule.side === 'guest'`.
 */
export class OutputSide {
  private partial = '';
  private last: FoundMarker | undefined;

  /** The last marker seen, if any. */
  get marker(): FoundMarker | undefined {
    return this.last;
  }

  /** Reads one output event's text; true when the side it says changed. */
  read(output: string): boolean {
    const text = this.partial + output;
    const end = text.lastIndexOf('\n');
    this.partial = text.slice(end + 1).slice(-MAX_PARTIAL_LINE);
    const changes = DocumentSides.ofText(text).changes;
    if (changes.length === 0) return false;
    const before = this.last?.rule.side;
    this.last = changes[changes.length - 1];
    return this.last.rule.side !== before;
  }
}

/** Where the sides set by hand are kept: a record of launch configuration name → `host` / `guest` (the workspace state in VS Code). */
export interface DebuggeeSideStore {
  get(): unknown;
  update(sides: Readonly<Record<string, DocumentSide>>): Thenable<void> | Promise<void>;
}

/**
 * The debuggee sides of every debug session: each live session's output markers (by session id) and the sides set by
 * hand (by launch configuration name, so they hold for the next session of that configuration). A side set by hand
 * wins; `auto` goes back to the markers.
 */
export class DebuggeeSideBook {
  private readonly outputs = new Map<string, OutputSide>();

  constructor(private readonly store: DebuggeeSideStore) {}

  /** The side set by hand for launch configuration `name`, or `auto`. */
  setting(name: string): SideSetting {
    const set = this.stored()[name];
    return isSideSetting(set) ? set : 'auto';
  }

  /** Sets the side of launch configuration `name` (`auto`: forget it and read the markers). */
  async set(name: string, setting: SideSetting): Promise<void> {
    const sides: Record<string, DocumentSide> = {};
    for (const [k, v] of Object.entries(this.stored())) if (v === 'host' || v === 'guest') sides[k] = v;
    if (setting === 'auto') delete sides[name];
    else sides[name] = setting;
    await this.store.update(sides);
  }

  /** Reads one output event of session `sessionId` (of launch configuration `name`); true when its side changed. */
  output(sessionId: string, name: string, text: string): boolean {
    let o = this.outputs.get(sessionId);
    if (!o) this.outputs.set(sessionId, (o = new OutputSide()));
    return o.read(text) && this.setting(name) === 'auto';
  }

  /** The side of session `sessionId` (of launch configuration `name`) and what decided it. */
  side(sessionId: string, name: string): DebuggeeSide {
    const setting = this.setting(name);
    return setting === 'auto' ? this.detected(sessionId) : { side: setting, setting };
  }

  /** The side session `sessionId`'s output markers say, whatever was set by hand (what `auto` reads). */
  detected(sessionId: string): DebuggeeSide {
    const marker = this.outputs.get(sessionId)?.marker;
    return marker ? { side: marker.rule.side, setting: 'auto', marker } : UNKNOWN_DEBUGGEE;
  }

  /** Session `sessionId` ended: its markers go. */
  end(sessionId: string): void {
    this.outputs.delete(sessionId);
  }

  private stored(): Record<string, unknown> {
    const raw = this.store.get();
    return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  }
}

/**
 * What decided a debuggee's side, as a note after the debugger type's reason: "set by hand", "its output printed
 * `virt/tdx: module initialized`", or for an unknown side "no marker line in its output".
 */
export function debuggeeSideNote(s: DebuggeeSide): string {
  if (s.setting !== 'auto') return 'set by hand';
  return s.marker ? `its output printed \`${s.marker.text.replace(/`/g, "'")}\`` : 'no marker line in its output';
}

const DEBUGGEE_TITLES: { readonly [S in DocumentSide]: string } = { host: 'a TDX host', guest: 'a TD guest' };

/**
 * One line saying which machine the session debugs and what decided it, e.g. "a TDX host (set by hand)", "a TD guest
 * (its output printed `tdx: Guest detected`)", "host or guest: unknown (no marker line in its output)".
 */
export function describeDebuggeeSide(s: DebuggeeSide): string {
  return `${s.side ? DEBUGGEE_TITLES[s.side] : 'host or guest: unknown'} (${debuggeeSideNote(s)})`;
}
