import { MessageFinder } from '../../detect/messages';
import { FrameOccurrence, FrameRef, FrameRelation, PageIndex, PageSummary } from './pageIndex';

/** Which alias an access used: the shared GPA (shared bit set) or the private one. */
export type Access = 'shared' | 'private';

/** A conversion of memory that contains the frame: to shared or to private. */
export type Conversion = 'toShared' | 'toPrivate';

/** One line that refers to the frame, as the page index and the line's message say. */
export interface HistoryEvent {
  /** 0-based line. */
  readonly line: number;
  /** The line's time stamp as printed (`1758.172734` of ftrace, `12.345678` of dmesg), when it has one. */
  readonly time?: string;
  /** The message that printed the value (`kvm_page_fault`, `kvm_convert_memory`…), or null. */
  readonly event: string | null;
  /** How the line's value relates to the requested address: the same form, the other alias, or a range. */
  readonly relation: FrameRelation;
  /** The alias the access used, or null when the line does not say (a range, a GFN KVM printed un-aliased). */
  readonly access: Access | null;
  /** Set when the line converts memory containing the frame. */
  readonly conversion?: Conversion;
}

/** A row of the history: the event, and `mismatch` when its access is not the state the last conversion set. */
export interface HistoryRow extends HistoryEvent {
  readonly mismatch?: true;
}

/** A page's story: its rows in document order, conversions (a request and its completion count once), mismatches. */
export interface PageHistory {
  readonly rows: readonly HistoryRow[];
  readonly conversions: number;
  readonly mismatches: number;
}

const TARGET: { readonly [C in Conversion]: Access } = { toShared: 'shared', toPrivate: 'private' };

/**
 * Tells a page's story from its events in document order: a conversion sets the page's state (shared after
 * `toShared`); an access through the other alias is a mismatch (a private GPA after `private_to_shared`); before
 * any conversion there is no state and nothing is a mismatch. A conversion to the state the previous conversion
 * already set, with no access between them, is the same request's completion (QEMU's `kvm_convert_memory`, then
 * KVM's `kvm_vm_set_mem_attributes`) and counts once. Example: private access, `toShared`, private access →
 * the last row has `mismatch: true`, 1 conversion, 1 mismatch.
 */
export function pageHistory(events: Iterable<HistoryEvent>): PageHistory {
  const rows: HistoryRow[] = [];
  let state: Access | undefined;
  let accessSinceConversion = true;
  let conversions = 0;
  let mismatches = 0;
  for (const e of events) {
    if (e.conversion) {
      const target = TARGET[e.conversion];
      if (target !== state || accessSinceConversion) conversions++;
      state = target;
      accessSinceConversion = false;
      rows.push(e);
      continue;
    }
    if (e.access) accessSinceConversion = true;
    if (e.access && state && e.access !== state) {
      mismatches++;
      rows.push({ ...e, mismatch: true });
    } else rows.push(e);
  }
  return { rows, conversions, mismatches };
}

/**
 * The time stamp a log line starts with, as printed: ftrace's `… [001] d..1. 1758.172734: event:`, dmesg's
 * `[   12.345678]`, QEMU's log backend `4187@1700000000.123456:`, an ISO date-time (`2026-12-06T05:20:51.123Z`) or a syslog time (`Dec  6 05:20:51`).
 * Example: `timeOf('[   12.345678] tdx: Guest detected')` → `'12.345678'`.
 */
export function timeOf(line: string): string | undefined {
  const head = line.length > 160 ? line.slice(0, 160) : line;
  const m =
    /^\s*\[\s*(\d+\.\d+)\]/.exec(head) ??
    /^\s*\d+@(\d+\.\d+):/.exec(head) ??
    /\[\d{3}\]\s+(?:[.\w]{4,5}\s+)?(\d+\.\d+):\s/.exec(head) ??
    /^\s*(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)/.exec(head) ??
    /^([A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d)/.exec(head);
  return m?.[1];
}

/** What one line says about the memory it names: its message, time stamp, a conversion or an access its flags tell. */
export interface LineFacts {
  readonly event: string | null;
  readonly time?: string;
  readonly conversion?: Conversion;
  /** The access a message reports in flags rather than in the address's shared bit (`kvm_memory_fault`). */
  readonly access?: Access;
  /**
   * The GFNs `[first, end)` a conversion printed as two GFNs converts (`kvm_vm_set_mem_attributes`): the page index
   * holds those as two values, so only a frame inside counts as converted (not the exclusive end).
   */
  readonly gfns?: { readonly first: bigint; readonly end: bigint };
}

/** A hex field's value after `label` in the message text (`flags 0x8` → 8), or undefined. */
function hexField(text: string, from: number, label: RegExp): bigint | undefined {
  const m = label.exec(text.slice(from));
  return m ? BigInt(`0x${m[1]}`) : undefined;
}

/** `toPrivate` when `bit` of `value` is set, `toShared` when clear, undefined when the field is missing. */
function byBit(value: bigint | undefined, bit: bigint): Conversion | undefined {
  return value === undefined ? undefined : (value >> bit) & 1n ? 'toPrivate' : 'toShared';
}

/**
 * Messages that convert memory, by name, and how their text says the direction (`from` is where the text after the
 * name begins):
 * - QEMU `kvm_convert_memory start 0x%PRIx64 size 0x%PRIx64 %s` (accel/kvm/trace-events): `shared_to_private` /
 *   `private_to_shared`;
 * - KVM `kvm_vm_set_mem_attributes: %#016llx -- %#016llx [0x%lx]` (include/trace/events/kvm.h):
 *   `KVM_MEMORY_ATTRIBUTE_PRIVATE` (bit 3) set or cleared;
 * - QEMU `kvm_hc_map_gpa_range gpa 0x… size 0x… attributes 0x… flags 0x…` (target/i386/kvm/trace-events), the
 *   guest's MapGPA as KVM hands it over (`KVM_HC_MAP_GPA_RANGE`): `KVM_MAP_GPA_RANGE_ENCRYPTED` (bit 4) set or clear.
 */
const CONVERSIONS: { readonly [event: string]: (text: string, from: number) => Conversion | undefined } = {
  kvm_convert_memory: (text, from) => {
    const m = /\b(shared_to_private|private_to_shared)\b/.exec(text.slice(from));
    return m ? (m[1] === 'shared_to_private' ? 'toPrivate' : 'toShared') : undefined;
  },
  kvm_vm_set_mem_attributes: (text, from) => byBit(hexField(text, from, /\[0x([0-9a-fA-F]+)\]/), 3n),
  kvm_hc_map_gpa_range: (text, from) => byBit(hexField(text, from, /\battributes 0x([0-9a-fA-F]+)/), 4n),
};

/** Messages that report an address without its shared bit and say the access in flags: `KVM_MEMORY_EXIT_FLAG_PRIVATE` (bit 3). */
const FLAGGED_ACCESS: { readonly [event: string]: (text: string, from: number) => Access | undefined } = {
  kvm_memory_fault: (text, from) => {
    const flags = hexField(text, from, /\bflags 0x([0-9a-fA-F]+)/);
    return flags === undefined ? undefined : (flags >> 3n) & 1n ? 'private' : 'shared';
  },
};

/**
 * The facts of one line: e.g. `4187@1722860153.976401:kvm_convert_memory start 0x12345000 size 0x1000 shared_to_private`
 * → `{ event: 'kvm_convert_memory', time: '1722860153.976401', conversion: 'toPrivate' }`.
 */
export function lineFacts(text: string, finder: MessageFinder = new MessageFinder()): LineFacts {
  const time = timeOf(text);
  const message = finder.find(text);
  if (!message) return time === undefined ? { event: null } : { event: null, time };
  const event = message.name;
  const conversion = CONVERSIONS[event]?.(text, finder.end);
  const access = conversion ? undefined : FLAGGED_ACCESS[event]?.(text, finder.end);
  const pair = event === 'kvm_vm_set_mem_attributes' ? /(0x[0-9a-fA-F]+) -- (0x[0-9a-fA-F]+)/.exec(text.slice(finder.end)) : null;
  return {
    event,
    ...(time === undefined ? {} : { time }),
    ...(conversion ? { conversion } : {}),
    ...(access ? { access } : {}),
    ...(pair ? { gfns: { first: BigInt(pair[1]), end: BigInt(pair[2]) } } : {}),
  };
}

/**
 * The events of one frame from its occurrences (document order, several per line possible): one per line, its
 * relation the line's first occurrence's (a conversion's range when it has one), its access the alias it used
 * (`exact` is `refShared`'s form), the line's flags for a message that says it there, none for a range.
 */
export function historyEvents(
  occurrences: readonly FrameOccurrence[],
  ref: Pick<FrameRef, 'frame' | 'shared'>,
  factsOf: (line: number) => LineFacts,
): HistoryEvent[] {
  const refShared = ref.shared;
  const out: HistoryEvent[] = [];
  for (let i = 0; i < occurrences.length;) {
    const line = occurrences[i].line;
    let j = i;
    while (j < occurrences.length && occurrences[j].line === line) j++;
    let facts = factsOf(line);
    // The exclusive end of `kvm_vm_set_mem_attributes`: the next frame, neither converted nor accessed.
    const outside = facts.gfns !== undefined && !(facts.gfns.first <= ref.frame && ref.frame < facts.gfns.end);
    if (outside) facts = { event: facts.event, time: facts.time };
    let relation = occurrences[i].relation;
    if (facts.conversion && occurrences.slice(i, j).some((o) => o.relation === 'range')) relation = 'range';
    const access: Access | null =
      facts.conversion || outside
        ? null
        : (facts.access ?? (relation === 'range' ? null : (relation === 'exact') === refShared ? 'shared' : 'private'));
    out.push({
      line,
      ...(facts.time === undefined ? {} : { time: facts.time }),
      event: facts.event,
      relation,
      access,
      ...(facts.conversion ? { conversion: facts.conversion } : {}),
    });
    i = j;
  }
  return out;
}

/** Reads line facts once per line for the length of one request. */
function factsReader(lineAt: (line: number) => string): (line: number) => LineFacts {
  const finder = new MessageFinder();
  const cache = new Map<number, LineFacts>();
  return (line) => {
    let f = cache.get(line);
    if (!f) cache.set(line, (f = lineFacts(lineAt(line), finder)));
    return f;
  };
}

/**
 * The story of `ref`'s frame in the blocks `index` has read (plus `extra`, occurrences of lines it has not read):
 * `lineAt` reads a line's text. Example: see `pageHistory`.
 */
export function historyOf(
  index: PageIndex,
  ref: FrameRef,
  lineAt: (line: number) => string,
  extra: readonly FrameOccurrence[] = [],
): PageHistory {
  let occurrences = index.occurrences(ref);
  if (extra.length) {
    const lines = new Set(extra.map((o) => o.line));
    occurrences = [...occurrences.filter((o) => !lines.has(o.line)), ...extra].sort((a, b) => a.line - b.line || a.start - b.start);
  }
  return pageHistory(historyEvents(occurrences, ref, factsReader(lineAt)));
}

/** A line that may convert memory: it names one of `CONVERSIONS` (checked before the line's facts are read). */
const CONVERTING = new RegExp(Object.keys(CONVERSIONS).join('|'));
/** A line that may convert memory or report an access in its flags. */
const TELLING = new RegExp([...Object.keys(CONVERSIONS), ...Object.keys(FLAGGED_ACCESS)].join('|'));

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Sorted, non-overlapping intervals covering `intervals` (inclusive bounds). */
function mergedIntervals(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Whether `x` is in one of the sorted, non-overlapping `intervals`. */
function inIntervals(intervals: readonly [number, number][], x: number): boolean {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (intervals[mid][1] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < intervals.length && intervals[lo][0] <= x;
}

/** A page's conversions and mismatches, as `historyOf` counts them. */
export interface PageStory {
  readonly conversions: number;
  readonly mismatches: number;
}

/**
 * The conversions and mismatches of every frame of `index` (private GFN → story) that a conversion touches; frames
 * no conversion contains have neither. One pass over the blocks for all of them (`PageIndex.visitMany`).
 */
export function pageStories(
  index: PageIndex,
  lineAt: (line: number) => string,
  pages: readonly PageSummary[] = index.pages(),
): Map<bigint, PageStory> {
  const facts = factsReader(lineAt);
  const mask = 2 ** (index.gpaw - 13);
  // The private frames conversions contain, as intervals (a shared range's frames are its bounds less the mask).
  const converted: [number, number][] = [];
  for (const r of index.ranges()) {
    const text = lineAt(r.line);
    if (!CONVERTING.test(text) || !facts(r.line).conversion) continue;
    converted.push([r.first, r.last]);
    if (r.last >= mask) converted.push([Math.max(0, r.first - mask), r.last - mask]);
  }
  // KVM's `kvm_vm_set_mem_attributes` prints its range as two GFNs, which the index keeps as two values: the first
  // is the converted frame its history sees.
  let previous = -1;
  for (const line of index.gfnLines()) {
    if (line === previous) continue;
    previous = line;
    const f = CONVERTING.test(lineAt(line)) ? facts(line) : undefined;
    if (f?.conversion && f.gfns && f.gfns.first <= MAX_SAFE) converted.push([Number(f.gfns.first), Number(f.gfns.first)]);
  }
  const stories = new Map<bigint, PageStory>();
  if (!converted.length) return stories;
  const merged = mergedIntervals(converted);
  const frames = pages
    .map((p) => p.frame)
    .filter((f) => f <= MAX_SAFE && inIntervals(merged, Number(f)))
    .map(Number)
    .sort((a, b) => a - b);
  const found: FrameOccurrence[][] = frames.map(() => []);
  // A range that neither converts nor reports an access (a `[mem a-b]` map) changes no story: skip it.
  const telling = new Map<number, boolean>();
  const tells = (line: number) => {
    let t = telling.get(line);
    if (t === undefined) telling.set(line, (t = TELLING.test(lineAt(line))));
    return t;
  };
  index.visitMany(frames, (k, line, start, end, relation) => {
    if (relation !== 'range' || tells(line)) found[k].push({ line, start, end, relation });
  });
  frames.forEach((f, k) => {
    const h = pageHistory(historyEvents(found[k], { frame: BigInt(f), shared: false }, facts));
    stories.set(BigInt(f), { conversions: h.conversions, mismatches: h.mismatches });
  });
  return stories;
}

/**
 * The frames of `index` with their stories, in `tdx.listPages` order: frames with mismatches first, then the most
 * frequent, then by first line; at most `limit`.
 */
export function pagesWithStories(
  index: PageIndex,
  lineAt: (line: number) => string,
  limit = Infinity,
): { readonly page: PageSummary; readonly story: PageStory }[] {
  const pages = index.pages();
  const stories = pageStories(index, lineAt, pages);
  const all = pages.map((page) => ({ page, story: stories.get(page.frame) ?? NO_STORY }));
  // `pages()` is by count, then first line; a stable sort keeps that order inside each group.
  all.sort((a, b) => Number(b.story.mismatches > 0) - Number(a.story.mismatches > 0));
  return all.length > limit ? all.slice(0, limit) : all;
}

const NO_STORY: PageStory = { conversions: 0, mismatches: 0 };

/** `tdx.pageHistory`'s argument: a document URI string, a GPA or GFN in it, how to read it (`gpa` by default); `show` also shows the view. */
export interface HistoryArgs {
  readonly uri: string;
  readonly address: string;
  readonly kind?: 'gpa' | 'gfn';
  readonly show?: boolean;
}

/** What `tdx.pageHistory` returns: the private frame as lower-case `0x…` and the rows (0-based lines). */
export interface HistoryResult {
  readonly gfn: string;
  readonly rows: readonly HistoryRow[];
  readonly conversions: number;
  readonly mismatches: number;
}

/**
 * A row as the view describes it after its line and message: time stamp, then the conversion, the access or the
 * range, then the mismatch, e.g. `1758.172734 · private access · mismatch: the page is shared`.
 */
export function rowText(row: HistoryRow): string {
  const parts: string[] = [];
  if (row.time) parts.push(row.time);
  if (row.conversion) parts.push(row.conversion === 'toShared' ? 'converts to shared' : 'converts to private');
  else if (row.access) parts.push(`${row.access} access${row.relation === 'range' ? ' (range)' : ''}`);
  else parts.push(row.relation === 'range' ? 'range containing it' : 'alias not known');
  if (row.mismatch) parts.push(`mismatch: the page is ${row.access === 'shared' ? 'private' : 'shared'}`);
  return parts.join(' · ');
}

/** The hover's ` · [History](command:tdx.pageHistory?…)` link: shows the history of `address` of document `uri` in the view. */
export function historyLink(uri: string, address: string, kind: 'gpa' | 'gfn'): string {
  const args: HistoryArgs = { uri, address, kind, show: true };
  return ` · [History](command:tdx.pageHistory?${encodeURIComponent(JSON.stringify([args]))} "Every line of this page in order: conversions and mismatched accesses")`;
}
