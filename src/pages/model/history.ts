import { FrameRelation } from './pageIndex';

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
 * `[   12.345678]`, an ISO date-time (`2026-12-06T05:20:51.123Z`) or a syslog time (`Dec  6 05:20:51`).
 * Example: `timeOf('[   12.345678] tdx: Guest detected')` → `'12.345678'`.
 */
export function timeOf(line: string): string | undefined {
  const head = line.length > 160 ? line.slice(0, 160) : line;
  const m =
    /^\s*\[\s*(\d+\.\d+)\]/.exec(head) ??
    /\[\d{3}\]\s+(?:[.\w]{4,5}\s+)?(\d+\.\d+):\s/.exec(head) ??
    /^\s*(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)/.exec(head) ??
    /^([A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d)/.exec(head);
  return m?.[1];
}
