import { kindFromNameAndType, readDebugInteger, typeKind } from '../detect/debugValue';
import { isGuestPhysical } from '../detect/valueKind';
import { DocumentSide } from '../detect/side';
import { UserError } from '../platform/errors';
import { formatHex, Grouping } from '../tdx/format';
import { inspectText } from '../meaning/hoverContent';
import { describeStatus, statusNote } from '../meaning/statusText';
import { AddressKind, AddressStatus, analyzeAddress, describeEptIndices, Gpaw } from '../tdx/tdx';

/**
 * One pinned expression's state after an evaluation, exactly the shape `tdx.watch.add` / `tdx.watch.refresh`
 * return, e.g. `{ expression: 'gpa', value: '0x800000001234', kind: 'gpa', status: 'shared', changed: true,
 * previousStatus: 'private', error: undefined }`. Every key is present; `value`, `kind` and `status` are
 * undefined exactly when `error` is set.
 */
export interface WatchEntry {
  expression: string;
  value: string | undefined;
  kind: 'gpa' | 'gfn' | undefined;
  status: 'shared' | 'private' | 'invalid' | undefined;
  changed: boolean;
  previousStatus: 'shared' | 'private' | 'invalid' | undefined;
  error: string | undefined;
}

/** What an evaluation gave: the debugger's result and type (`{ result: '140737488359988', type: 'uint64_t' }`) or an error message. */
export type Evaluation = { result: string; type?: string } | { error: string };

/** Most pinned expressions the view holds. */
export const MAX_PINS = 200;

/** Longest pinned expression, in UTF-16 units (the same limit as `tdx.inspectExpression`'s prompt). */
export const MAX_PIN_LENGTH = 500;

/** First line of a debugger message, at most 200 characters. */
function firstLine(message: string): string {
  const line = message.trim().split('\n')[0].trim();
  return line.length > 200 ? line.slice(0, 199) + '…' : line;
}

/** The error of an entry that has not been evaluated: no debug session is stopped. */
export const NOT_EVALUATED = 'not evaluated: no debug session is stopped; the pin is evaluated at the next stop';

/**
 * The entry of a pin while no debug session is stopped, e.g. `notEvaluatedEntry('gpa').error` is
 * `NOT_EVALUATED`; as a `previous` it counts as none, so the first stop of a session changes nothing.
 */
export function notEvaluatedEntry(expression: string): WatchEntry {
  return {
    expression,
    value: undefined,
    kind: undefined,
    status: undefined,
    changed: false,
    previousStatus: undefined,
    error: NOT_EVALUATED,
  };
}

/**
 * Evaluates one pin's debugger result against its previous state: `gpa` = `"140737488359988"` (`uint64_t`)
 * under GPAW 48 → value `0x800000001234`, kind `gpa`, status `shared`; with a previous `private` entry,
 * `changed: true, previousStatus: 'private'`. The debugger's type decides first (`side` and `sideNote`: the
 * debuggee's side and what decided it, for `phys_addr_t`: a host's is host physical, an error entry saying so);
 * then kind comes from `kindFromNameAndType(expression, type)` as in `tdx.inspectVariable`; a debugger error
 * becomes "not available in this frame: …" and keeps the pin.
 */
export function evaluateEntry(
  expression: string,
  evaluation: Evaluation,
  previous: WatchEntry | undefined,
  gpaw: Gpaw,
  side?: DocumentSide,
  sideNote?: string,
): WatchEntry {
  let value: string | undefined;
  let kind: AddressKind | undefined;
  let status: AddressStatus | undefined;
  let error: string | undefined;
  if ('error' in evaluation) {
    error = `not available in this frame: ${firstLine(evaluation.error) || 'the debugger gave no reason'}`;
  } else {
    const read = readDebugInteger(evaluation.result, evaluation.type);
    const typed = typeKind(evaluation.type, side, sideNote);
    if (read.ok && typed && !isGuestPhysical(typed.kind)) {
      // The debugger's type decides before the name: a `struct kvm *` is never shared or private.
      value = formatHex(read.value, 'none');
      error = `${typed.why}, not a guest physical address`;
    } else if (read.ok) {
      kind = kindFromNameAndType(expression, evaluation.type).kind;
      value = formatHex(read.value, 'none');
      status = analyzeAddress(read.value, kind, gpaw).status;
    } else {
      error = read.error;
    }
  }
  const before = previous?.error === NOT_EVALUATED ? undefined : previous;
  const changed = before !== undefined && (before.value !== value || before.status !== status);
  const previousStatus = before !== undefined && before.status !== status ? before.status : undefined;
  return { expression, value, kind, status, changed, previousStatus, error };
}

/** A markdown code span that survives backticks in user text. */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * The tree item's texts for an entry: description `0x8000_0000_1234 · shared GPA · private → shared` (the
 * change part only when `changed`: the old status, or `changed` when only the value moved; the error text
 * for an error) and a markdown tooltip of a few paragraphs.
 */
export function entryLabel(e: WatchEntry, grouping: Grouping): { description: string; tooltip: string } {
  const lines = [`**TDX address** ${code(e.expression)}`];
  if (e.value === undefined || e.kind === undefined || e.status === undefined) {
    const error = e.error ?? NOT_EVALUATED;
    lines.push(error);
    if (e.changed)
      lines.push(
        e.previousStatus ? `Changed: was **${e.previousStatus}** at the previous evaluation.` : 'Changed since the previous evaluation.',
      );
    lines.push('The pin is kept and evaluated again at every stop and frame change.');
    return { description: error, tooltip: lines.join('\n\n') };
  }
  const value = BigInt(e.value);
  const what = `${e.status} ${e.kind.toUpperCase()}`;
  let description = `${formatHex(value, grouping)} · ${what}`;
  lines.push(`${code(formatHex(value, grouping))} (decimal ${value.toString(10)}): **${what}**`);
  if (e.changed) {
    description += e.previousStatus ? ` · ${e.previousStatus} → ${e.status}` : ' · changed';
    lines.push(
      e.previousStatus
        ? `Changed: **${e.previousStatus} → ${e.status}** since the previous evaluation.`
        : 'Changed: the value differs from the previous evaluation.',
    );
  }
  lines.push('Expand for the aliases, page offset and EPT indices.');
  return { description, tooltip: lines.join('\n\n') };
}

/** One expanded row of an entry: what it is, the text shown, the text copied and, for addresses, the `tdx.inspect` input. */
export interface EntryDetail {
  label: string;
  value: string;
  copy: string;
  /** Input for "Open in Inspector" (`gfn 0x…` for GFNs, `0x…` for GPAs); undefined for rows that are not addresses. */
  inspect: string | undefined;
}

/**
 * The expanded children of an entry (none for an error): status, GFN (or GPA for a GFN), the shared and
 * private aliases in its own space then in the other, page offset (GPAs only) and EPT indices, e.g. for
 * GPA `0x800000001234` under GPAW 48: `{ label: 'GFN', value: '0x8_0000_0001', copy: '0x800000001', inspect: 'gfn 0x800000001' }`.
 */
export function entryDetails(e: WatchEntry, gpaw: Gpaw, grouping: Grouping): EntryDetail[] {
  if (e.value === undefined || e.kind === undefined) return [];
  const a = analyzeAddress(BigInt(e.value), e.kind, gpaw);
  const note = statusNote(a);
  const row = (label: string, kind: AddressKind, v: bigint): EntryDetail => ({
    label,
    value: formatHex(v, grouping),
    copy: formatHex(v, 'none'),
    inspect: inspectText(kind, v),
  });
  const gpaRows = [row('To shared (GPA)', 'gpa', a.toSharedGpa), row('To private (GPA)', 'gpa', a.toPrivateGpa)];
  const gfnRows = [row('To shared (GFN)', 'gfn', a.toSharedGfn), row('To private (GFN)', 'gfn', a.toPrivateGfn)];
  const status = `${describeStatus(a)}${note ? `. ${note}` : ''}`;
  const ept = describeEptIndices(a.ept);
  return [
    { label: 'Status', value: status, copy: status, inspect: undefined },
    ...(e.kind === 'gfn' ? [row('GPA', 'gpa', a.gpa), ...gfnRows, ...gpaRows] : [row('GFN', 'gfn', a.gfn), ...gpaRows, ...gfnRows]),
    ...(e.kind === 'gpa'
      ? [{ label: 'Page offset', value: formatHex(a.offset, grouping), copy: formatHex(a.offset, 'none'), inspect: undefined }]
      : []),
    { label: 'EPT indices', value: ept, copy: ept, inspect: undefined },
  ];
}

/** Checks one expression for pinning: trimmed, non-empty, one line, at most 500 characters; the trimmed text or a reason. */
function checkPin(expression: string): { ok: true; pin: string } | { ok: false; error: string } {
  const pin = expression.trim();
  if (pin === '')
    return {
      ok: false,
      error: 'An empty expression cannot be pinned. Accepted: a debugger expression such as f->gpa or kvm->arch.gfn_direct_bits.',
    };
  if (/[\r\n]/.test(pin))
    return { ok: false, error: 'A pinned expression is one line; remove the line breaks (debuggers evaluate one line).' };
  if (pin.length > MAX_PIN_LENGTH)
    return { ok: false, error: `A pinned expression is at most ${MAX_PIN_LENGTH} characters; this one has ${pin.length}.` };
  return { ok: true, pin };
}

/**
 * The pin list after pinning an expression (trimmed; a duplicate leaves the list as it is), e.g.
 * `addPin(['gpa'], ' f->gfn ')` → `['gpa', 'f->gfn']`; throws a `UserError` for an empty or too long
 * or multi-line expression and when 200 expressions are already pinned.
 */
export function addPin(pins: readonly string[], expression: string): string[] {
  const checked = checkPin(expression);
  if (!checked.ok) throw new UserError(checked.error);
  if (pins.includes(checked.pin)) return [...pins];
  if (pins.length >= MAX_PINS)
    throw new UserError(
      `The TDX Addresses view holds at most ${MAX_PINS} pinned expressions; remove one from the view before pinning ${checked.pin}.`,
    );
  return [...pins, checked.pin];
}

/** The pin list without an expression (compared trimmed), e.g. `removePin(['gpa', 'gfn'], 'gpa')` → `['gfn']`. */
export function removePin(pins: readonly string[], expression: string): string[] {
  const pin = expression.trim();
  return pins.filter((p) => p !== pin);
}

/**
 * The pin list from persisted workspace state, keeping only what `addPin` would accept: strings,
 * trimmed, non-empty, one line, at most 500 characters, no duplicates, at most the first 200; anything else → `[]`.
 * Example: `restorePins(['gpa', 7, 'gpa', ' gfn'])` → `['gpa', 'gfn']`.
 */
export function restorePins(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const pins: string[] = [];
  for (const item of raw) {
    if (pins.length >= MAX_PINS) break;
    if (typeof item !== 'string') continue;
    const checked = checkPin(item);
    if (checked.ok && !pins.includes(checked.pin)) pins.push(checked.pin);
  }
  return pins;
}

/** Evaluations in flight at once for one refresh, so 200 pins do not flood the adapter. */
export const CONCURRENCY = 8;

/** Where the pins are kept between sessions (the workspace state in VS Code). */
export interface PinStore {
  get(): unknown;
  update(pins: readonly string[]): Thenable<void> | Promise<void>;
}

/**
 * A stopped debug session as the view needs it: the GPAW its values are read under, the debuggee's side (undefined:
 * unknown) with what decided it, and an evaluator for the selected frame.
 */
export interface PinEvaluator {
  readonly gpaw: Gpaw;
  readonly side?: DocumentSide;
  readonly sideNote?: string;
  /** Evaluates one pinned expression; a rejection counts as `{ error: its message }`. */
  evaluate(expression: string): Promise<Evaluation>;
}

/**
 * The TDX Addresses view's state: the pins (persisted in `store`), each pin's entry, and the stop bookkeeping
 * that decides `changed`. Each refresh compares against the values of the previous stop: frame changes within
 * one stop share that baseline, and a failed evaluation does not replace a pin's last value, so it cannot hide a
 * change. An evaluation answered after a newer stop is dropped (that stop's refresh brings the new value), and one
 * pin has at most one evaluation in flight. `onDidChange` is called after every change of the entries.
 */
export class AddressesModel {
  private pins: string[];
  private readonly entries = new Map<string, WatchEntry>();
  /** The entries of the previous stop: what `changed` compares against. */
  private baseline = new Map<string, WatchEntry>();
  /** The last value each pin was seen with (errors excluded): the baseline of the next stop. */
  private readonly lastSeen = new Map<string, WatchEntry>();
  /** The GPAW each `lastSeen` / `baseline` entry's status was read under. */
  private readonly lastSeenGpaw = new Map<string, Gpaw>();
  private baselineGpaw = new Map<string, Gpaw>();
  private stops = 0;
  /** The stop `baseline` was taken at: the first refresh of a newer stop takes it again. */
  private baselineStop = 0;
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly store: PinStore,
    private readonly onDidChange: () => void = () => undefined,
  ) {
    this.pins = restorePins(store.get());
  }

  /** The entries in pin order, as `tdx.watch.add` and `tdx.watch.refresh` return them. */
  list(): WatchEntry[] {
    return this.pins.map((p) => this.entries.get(p) ?? notEvaluatedEntry(p));
  }

  /** A stop (not a frame change): the next refresh compares against the values last seen before it. */
  markStop(): void {
    this.stops++;
  }

  /** Pins `expression` (see `addPin`) and evaluates it with `session` (undefined: no stopped session). */
  async add(expression: string, session: PinEvaluator | undefined): Promise<WatchEntry[]> {
    this.pins = addPin(this.pins, expression);
    await this.store.update(this.pins);
    return this.refresh(session, [expression.trim()]);
  }

  /**
   * Pin `p`'s baseline read under `gpaw`: a GPAW switched between two stops changes every status, not the values,
   * so the previous value is read again under the width of this evaluation before it is compared.
   */
  private previousUnder(p: string, gpaw: Gpaw): WatchEntry | undefined {
    const before = this.baseline.get(p);
    const width = this.baselineGpaw.get(p);
    if (!before || width === undefined || width === gpaw || before.value === undefined || before.kind === undefined) return before;
    return { ...before, status: analyzeAddress(BigInt(before.value), before.kind, gpaw).status };
  }

  async remove(expression: string): Promise<WatchEntry[]> {
    this.pins = removePin(this.pins, expression);
    this.entries.delete(expression);
    this.lastSeen.delete(expression);
    this.lastSeenGpaw.delete(expression);
    await this.store.update(this.pins);
    this.onDidChange();
    return this.list();
  }

  async removeAll(): Promise<WatchEntry[]> {
    this.pins = [];
    this.entries.clear();
    this.lastSeen.clear();
    this.lastSeenGpaw.clear();
    await this.store.update(this.pins);
    this.onDidChange();
    return [];
  }

  /**
   * Evaluates the pins (all, or `only` these) with `session`, at most `CONCURRENCY` at once and one in flight per
   * pin; without a session the entries say so and keep their pins. Returns every entry. Never rejects.
   */
  async refresh(session: PinEvaluator | undefined, only?: readonly string[]): Promise<WatchEntry[]> {
    const pins = only ?? this.pins;
    if (!session) {
      for (const p of pins) this.entries.set(p, notEvaluatedEntry(p));
      this.onDidChange();
      return this.list();
    }
    if (this.baselineStop !== this.stops) {
      this.baseline = new Map(this.lastSeen);
      this.baselineGpaw = new Map(this.lastSeenGpaw);
      this.baselineStop = this.stops;
    }
    const stop = this.stops;
    const evaluateOne = async (p: string) => {
      if (stop !== this.stops) return;
      let evaluation: Evaluation;
      try {
        evaluation = await session.evaluate(p);
      } catch (e) {
        evaluation = { error: e instanceof Error ? e.message : String(e) };
      }
      // Evaluations of one pin run one after another, so the last write is the newest.
      if (stop !== this.stops || !this.pins.includes(p)) return;
      const entry = evaluateEntry(p, evaluation, this.previousUnder(p, session.gpaw), session.gpaw, session.side, session.sideNote);
      this.entries.set(p, entry);
      if (entry.error === undefined) {
        this.lastSeen.set(p, entry);
        this.lastSeenGpaw.set(p, session.gpaw);
      }
    };
    const queue = [...pins];
    const worker = async () => {
      for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
        // This pin's evaluation starts when its previous one (a hanging one included, time-limited) ended.
        const run = (this.inFlight.get(p) ?? Promise.resolve()).then(() => evaluateOne(p));
        this.inFlight.set(p, run);
        await run;
        if (this.inFlight.get(p) === run) this.inFlight.delete(p);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
    this.onDidChange();
    return this.list();
  }
}
