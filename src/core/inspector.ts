import { formatHex, formatLike, Grouping, hexString } from './format';
import { parseAddress } from './parse';
import { AnalysisSummary, toSummary } from './summary';
import {
  AddressKind,
  AddressStatus,
  analyzeAddress,
  describeBits,
  EPT_LEVEL_NAMES,
  Gpaw,
  isGpaw,
  looksLikeKernelVirtual,
  sharedGfnMask,
  sharedGpaMask,
} from './tdx';

/** Most entries the inspector's history keeps (most recent first, de-duplicated by kind and value). */
export const HISTORY_LIMIT = 50;
/** Longest input the panel accepts from the webview. */
export const MAX_INPUT_LENGTH = 200;

/** One remembered address: what the user gave and how it was read. */
export interface HistoryEntry {
  readonly input: string;
  readonly kind: AddressKind;
}

/** The panel's persistent state (webview state and serializer payload): current input and history. */
export interface InspectorState {
  readonly input: string;
  readonly kind: AddressKind;
  readonly history: readonly HistoryEntry[];
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
  readonly error?: string;
  readonly analysis?: {
    readonly summary: AnalysisSummary;
    readonly statusText: string;
    /** 64 entries, bit 63 first. */
    readonly bits: readonly { readonly bit: number; readonly set: boolean; readonly role: BitRole }[];
    readonly conversions: readonly ViewValue[];
    readonly ept: readonly { readonly level: string; readonly index: number }[];
    readonly largePageOffsets: readonly ViewValue[];
  };
  readonly history: readonly (HistoryEntry & { readonly display: string; readonly status: AddressStatus | 'error' })[];
}

function roleOf(bit: number, gpaw: Gpaw): BitRole {
  if (bit >= gpaw) return 'reserved';
  if (bit === gpaw - 1) return 'shared';
  return bit >= 12 ? 'gfn' : 'offset';
}

function statusText(status: AddressStatus, sharedBit: number, reserved: bigint, gpa: bigint): string {
  if (status === 'shared') return `shared — bit ${sharedBit} set`;
  if (status === 'private') return `private — bit ${sharedBit} clear`;
  const kva = looksLikeKernelVirtual(gpa) ? '; looks like a kernel virtual address' : '';
  return `invalid — reserved ${describeBits(reserved)} set${kva}`;
}

/** Builds the panel view for a state under a GPAW, e.g. input `0x8000_0000_1234` under 48 → a shared GPA. */
export function buildInspectorView(state: InspectorState, gpaw: Gpaw, grouping: Grouping): InspectorView {
  const history = state.history.map((h) => {
    const p = parseAddress(h.input, { kind: h.kind, allowDecimal: true });
    return p.ok
      ? {
          ...h,
          display: (p.kind === 'gfn' ? 'GFN ' : '') + formatHex(p.value, grouping),
          status: analyzeAddress(p.value, p.kind, gpaw).status,
        }
      : { ...h, display: h.input, status: 'error' as const };
  });
  const base = { input: state.input, kind: state.kind, gpaw, sharedBit: gpaw - 1, history };
  if (state.input.trim() === '') return base;
  const parsed = parseAddress(state.input, { kind: state.kind, allowDecimal: true });
  if (!parsed.ok) return { ...base, error: parsed.error };
  const a = analyzeAddress(parsed.value, parsed.kind, gpaw);
  const v = (label: string, value: bigint): ViewValue => ({ label, display: formatHex(value, grouping), copy: hexString(value) });
  const bits = [];
  for (let bit = 63; bit >= 0; bit--) bits.push({ bit, set: ((a.gpa >> BigInt(bit)) & 1n) === 1n, role: roleOf(bit, gpaw) });
  return {
    ...base,
    kind: parsed.kind,
    analysis: {
      summary: toSummary(state.input, a),
      statusText: statusText(a.status, a.sharedBit, a.reservedBits, a.gpa),
      bits,
      conversions: [
        v('GPA', a.gpa),
        v('GFN', a.gfn),
        v('Page offset', a.offset),
        v('To shared (GPA)', a.toSharedGpa),
        v('To private (GPA)', a.toPrivateGpa),
        v('To shared (GFN)', a.toSharedGfn),
        v('To private (GFN)', a.toPrivateGfn),
      ],
      ept: a.ept.map((index, k) => ({ level: EPT_LEVEL_NAMES[a.ept.length - 1 - k], index })),
      largePageOffsets: [v('2 MiB page offset', a.gpa & 0x1f_ffffn), v('1 GiB page offset', a.gpa & 0x3fff_ffffn)],
    },
  };
}

/** Adds an entry at the front of the history, removing an earlier entry for the same address and capping the length. */
export function pushHistory(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const key = (h: HistoryEntry) => {
    const p = parseAddress(h.input, { kind: h.kind, allowDecimal: true });
    return p.ok ? `${p.kind}:${p.value}` : `raw:${h.kind}:${h.input.trim()}`;
  };
  const k = key(entry);
  return [entry, ...history.filter((h) => key(h) !== k)].slice(0, HISTORY_LIMIT);
}

/**
 * Flips the shared bit of the state's address (in its own space), keeping the written style, or returns
 * undefined when the input does not parse.
 */
export function toggleSharedInput(state: InspectorState, gpaw: Gpaw): string | undefined {
  const p = parseAddress(state.input, { kind: state.kind, allowDecimal: true });
  if (!p.ok) return undefined;
  const mask = p.kind === 'gfn' ? sharedGfnMask(gpaw) : sharedGpaMask(gpaw);
  const text = formatLike(p.value ^ mask, p.style);
  return p.label ? `${p.label} ${text}` : text;
}

// ---- the message protocol between the panel host and its webview ----

/** What the webview reports after each render: the state a user sees, read back from the DOM. */
export interface RenderedReport {
  readonly input: string;
  readonly kind: AddressKind;
  readonly gpaw: number;
  readonly status: string;
  readonly sharedBitSet: boolean | null;
  readonly error: string;
  readonly historyLength: number;
}

/** Messages from the host to the webview. */
export type ToWebviewMessage = { readonly type: 'view'; readonly view: InspectorView } | { readonly type: 'focusInput' };

/** Messages from the webview to the host. */
export type FromWebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'input'; readonly text: string; readonly kind: AddressKind }
  | { readonly type: 'commit' }
  | { readonly type: 'setGpaw'; readonly gpaw: Gpaw }
  | { readonly type: 'toggleSharedBit' }
  | { readonly type: 'copy'; readonly text: string }
  | { readonly type: 'pickHistory'; readonly index: number }
  | { readonly type: 'clearHistory' }
  | { readonly type: 'rendered'; readonly report: RenderedReport };

/** A validated message, or why it was refused. */
export type Validated<T> = { ok: true; value: T } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKind = (v: unknown): v is AddressKind => v === 'gpa' || v === 'gfn';
const isShortString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function validReport(r: unknown): r is RenderedReport {
  return (
    isObject(r) &&
    isShortString(r.input, MAX_INPUT_LENGTH) &&
    isKind(r.kind) &&
    typeof r.gpaw === 'number' &&
    isShortString(r.status, 200) &&
    (typeof r.sharedBitSet === 'boolean' || r.sharedBitSet === null) &&
    isShortString(r.error, 1000) &&
    Number.isInteger(r.historyLength)
  );
}

/** Checks a message from the webview against the `FromWebviewMessage` union; anything else is refused with a reason. */
export function validateFromWebview(raw: unknown): Validated<FromWebviewMessage> {
  if (!isObject(raw) || typeof raw.type !== 'string') return { ok: false, reason: 'not an object with a string "type"' };
  const m = raw;
  const ok = (value: FromWebviewMessage): Validated<FromWebviewMessage> => ({ ok: true, value });
  const bad = (why: string): Validated<FromWebviewMessage> => ({ ok: false, reason: `${String(m.type).slice(0, 40)}: ${why}` });
  switch (m.type) {
    case 'ready':
    case 'commit':
    case 'toggleSharedBit':
    case 'clearHistory':
      return ok({ type: m.type });
    case 'input':
      if (!isShortString(m.text, MAX_INPUT_LENGTH)) return bad(`text must be a string of at most ${MAX_INPUT_LENGTH} characters`);
      if (!isKind(m.kind)) return bad('kind must be "gpa" or "gfn"');
      return ok({ type: 'input', text: m.text, kind: m.kind });
    case 'setGpaw':
      return isGpaw(m.gpaw) ? ok({ type: 'setGpaw', gpaw: m.gpaw }) : bad('gpaw must be 48 or 52');
    case 'copy':
      return isShortString(m.text, 64) && m.text.length > 0
        ? ok({ type: 'copy', text: m.text })
        : bad('text must be a non-empty string of at most 64 characters');
    case 'pickHistory':
      return Number.isInteger(m.index) && (m.index as number) >= 0 && (m.index as number) < HISTORY_LIMIT
        ? ok({ type: 'pickHistory', index: (m.index as number) | 0 })
        : bad(`index must be an integer in [0, ${HISTORY_LIMIT})`);
    case 'rendered':
      return validReport(m.report) ? ok({ type: 'rendered', report: m.report }) : bad('report is malformed');
    default:
      return { ok: false, reason: `unknown message type ${JSON.stringify(String(m.type).slice(0, 40))}` };
  }
}

/** Restores a persisted state (webview state or serializer payload), dropping anything malformed. */
export function restoreState(raw: unknown): InspectorState {
  if (!isObject(raw)) return EMPTY_STATE;
  const input = isShortString(raw.input, MAX_INPUT_LENGTH) ? raw.input : '';
  const kind = isKind(raw.kind) ? raw.kind : 'gpa';
  const history = Array.isArray(raw.history)
    ? raw.history
        .filter(
          (h): h is HistoryEntry => isObject(h) && isShortString(h.input, MAX_INPUT_LENGTH) && h.input.trim() !== '' && isKind(h.kind),
        )
        .slice(0, HISTORY_LIMIT)
        .map((h) => ({ input: h.input, kind: h.kind }))
    : [];
  return { input, kind, history };
}

/** A fresh 144-bit CSP nonce (base64) from the platform's CSPRNG, for each HTML the panel sets. */
export function newNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** The panel's HTML: strict CSP with a per-render nonce, the bundled script and stylesheet, no inline code. */
export function inspectorHtml(opts: { cspSource: string; scriptUri: string; styleUri: string; nonce: string }): string {
  const csp = [
    "default-src 'none'",
    `style-src ${opts.cspSource}`,
    `font-src ${opts.cspSource}`,
    `img-src ${opts.cspSource}`,
    `script-src 'nonce-${opts.nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${opts.styleUri}">
<title>TDX Address Inspector</title>
</head>
<body>
<main>
  <div class="row">
    <label for="address" class="note">Address</label>
    <input id="address" type="text" spellcheck="false" autocomplete="off" placeholder="0x8000_0000_1234, gfn 8000fee00, 00008000\`00001234 or decimal" aria-describedby="error">
    <div class="segmented" role="group" aria-label="Address kind">
      <button type="button" data-kind="gpa" aria-pressed="true" title="Read the value as a guest physical address">GPA</button>
      <button type="button" data-kind="gfn" aria-pressed="false" title="Read the value as a guest frame number (GPA >> 12)">GFN</button>
    </div>
  </div>
  <div id="error" role="alert" aria-live="polite"></div>
  <div class="row">
    <div class="segmented" role="group" aria-label="Guest physical address width (writes tdx.gpaw)">
      <button type="button" data-gpaw="48" aria-pressed="false">GPAW 48</button>
      <button type="button" data-gpaw="52" aria-pressed="false">GPAW 52</button>
    </div>
    <span id="gpaw-note" class="note"></span>
    <span id="status" class="badge empty" role="status">enter an address</span>
  </div>
  <section id="details" hidden>
    <h2>Bits</h2>
    <div id="ruler" aria-label="64-bit ruler, bit 63 first"></div>
    <div id="legend"></div>
    <h2>Conversions</h2>
    <table><tbody id="conversions"></tbody></table>
    <h2 id="ept-title">EPT walk</h2>
    <ul id="ept"></ul>
  </section>
  <h2>History</h2>
  <ul id="history" aria-label="Inspected addresses, most recent first"></ul>
  <button type="button" id="clear-history">Clear history</button>
</main>
<script nonce="${opts.nonce}" src="${opts.scriptUri}"></script>
</body>
</html>`;
}
