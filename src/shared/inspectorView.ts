import type { ShownWalk } from '../tdx/eptWalk';
import type { AnalysisSummary } from '../tdx/summary';
import type { AddressKind, AddressStatus, Gpaw } from '../tdx/tdx';

// What the extension sends the inspector webview and keeps as its state: the view types and the limits both sides
// check. Imported by src/inspector (which builds the views) and webview/inspector.ts (which renders them).

/** Most entries the inspector's history keeps (most recent first, de-duplicated by kind and value). */
export const HISTORY_LIMIT = 50;
/** Longest input the panel accepts from the webview. */
export const MAX_INPUT_LENGTH = 200;

/** One remembered address: what the user gave and how it was read. */
export interface HistoryEntry {
  readonly input: string;
  readonly kind: AddressKind;
}

/**
 * The panel's persistent state (webview state and serializer payload): current input, history, and the
 * workspace folder whose `tdx.gpaw` it shows (a URI string; absent = the workspace), e.g. `file:///src/kvm`.
 */
export interface InspectorState {
  readonly input: string;
  readonly kind: AddressKind;
  readonly history: readonly HistoryEntry[];
  readonly scope?: string;
  /** The live EPT walk shown, walked again at each stop and GPAW change, or why it could not be walked. */
  readonly walk?: ShownWalk;
  readonly walkError?: string;
}

export const EMPTY_STATE: InspectorState = { input: '', kind: 'gpa', history: [] };

/** Role of one bit in the ruler under the current GPAW. */
export type BitRole = 'reserved' | 'shared' | 'gfn' | 'offset';

/** A labelled value with its display form and the plain form the copy button writes. */
export interface ViewValue {
  readonly label: string;
  readonly display: string;
  readonly copy: string;
}

/** Everything the webview renders; all addresses are strings (no bigint on the wire). */
export interface InspectorView {
  readonly input: string;
  readonly kind: AddressKind;
  readonly gpaw: Gpaw;
  readonly sharedBit: number;
  readonly eptLevels: 4 | 5;
  /** The workspace folder whose settings the panel shows (`InspectorState.scope`) and its name when the workspace has several. */
  readonly scope?: string;
  readonly scopeName?: string;
  readonly error?: string;
  readonly analysis?: {
    readonly summary: AnalysisSummary;
    /** `describeStatus`, e.g. "shared — bit 47 is set". */
    readonly statusText: string;
    readonly statusNote?: string;
    /** 64 entries, bit 63 first. */
    readonly bits: readonly { readonly bit: number; readonly set: boolean; readonly role: BitRole }[];
    readonly conversions: readonly ViewValue[];
    readonly ept: readonly { readonly level: string; readonly index: number }[];
    readonly largePageOffsets: readonly ViewValue[];
  };
  readonly history: readonly (HistoryEntry & { readonly display: string; readonly status: AddressStatus | 'error' })[];
  /** True while a debug session is stopped, so the panel offers "Walk EPT". */
  readonly canWalk: boolean;
  readonly walk?: WalkView;
}

/** The live EPT walk as the panel shows it: one row per level, then where it ended. */
export interface WalkView {
  readonly title: string;
  readonly rows: readonly {
    readonly level: string;
    readonly tableHpa: string;
    readonly index: number;
    readonly entry: string;
    readonly flags: string;
  }[];
  readonly result: string;
  readonly ok: boolean;
}

/** Type guard for a GPA/GFN kind sent by the webview. */
export const isAddressKind = (v: unknown): v is AddressKind => v === 'gpa' || v === 'gfn';
/** True for a string of at most `max` UTF-16 units. */
/** A string of at most `max` UTF-16 units, as the webview may send. */
export const isShortString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
