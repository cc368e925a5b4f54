import { HISTORY_LIMIT, InspectorView, isAddressKind, isShortString, MAX_INPUT_LENGTH } from './inspectorView';
import { AddressKind, Gpaw, isGpaw } from '../tdx/tdx';

// The typed message protocol between the inspector panel (extension host) and its webview.

/** What the webview reports after each render when the extension runs its tests: the state a user sees, read back from the DOM. */
export interface RenderedReport {
  readonly input: string;
  readonly kind: AddressKind;
  readonly gpaw: number;
  readonly status: string;
  readonly sharedBitSet: boolean | null;
  readonly error: string;
  readonly historyLength: number;
  /** The live walk's title and last line ('' without a walk) and its number of level rows. */
  readonly walkTitle: string;
  readonly walkResult: string;
  readonly walkRows: number;
}

/** Messages from the host to the webview. */
export type ToWebviewMessage =
  | {
      readonly type: 'view';
      readonly view: InspectorView;
      /** The last `input` message's `seq` this view reflects; older than the webview's own = stale, not rendered. */
      readonly inputSeq: number;
      /** Report the rendered DOM back (`rendered`); only while the extension runs its tests. */
      readonly report: boolean;
    }
  | { readonly type: 'focusInput' };

/** Messages from the webview to the host. */
export type FromWebviewMessage =
  | { readonly type: 'ready' }
  /** The user typed or toggled GPA/GFN; `seq` increases with every such message from one webview. */
  | { readonly type: 'input'; readonly text: string; readonly kind: AddressKind; readonly seq: number }
  | { readonly type: 'commit' }
  | { readonly type: 'setGpaw'; readonly gpaw: Gpaw }
  | { readonly type: 'toggleSharedBit' }
  | { readonly type: 'copy'; readonly text: string }
  | { readonly type: 'pickHistory'; readonly index: number }
  | { readonly type: 'clearHistory' }
  /** Walk the EPT for the current address in the stopped debug session. */
  | { readonly type: 'walkEpt' }
  | { readonly type: 'rendered'; readonly report: RenderedReport };

/** A validated message, or why it was refused. */
export type Validated<T> = { ok: true; value: T } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKind = isAddressKind;

function validReport(r: unknown): r is RenderedReport {
  return (
    isObject(r) &&
    isShortString(r.input, MAX_INPUT_LENGTH) &&
    isKind(r.kind) &&
    typeof r.gpaw === 'number' &&
    isShortString(r.status, 200) &&
    (typeof r.sharedBitSet === 'boolean' || r.sharedBitSet === null) &&
    isShortString(r.error, 1000) &&
    Number.isInteger(r.historyLength) &&
    isShortString(r.walkTitle, 2000) &&
    isShortString(r.walkResult, 2000) &&
    Number.isInteger(r.walkRows)
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
    case 'walkEpt':
      return ok({ type: m.type });
    case 'input':
      if (!isShortString(m.text, MAX_INPUT_LENGTH)) return bad(`text must be a string of at most ${MAX_INPUT_LENGTH} characters`);
      if (!isKind(m.kind)) return bad('kind must be "gpa" or "gfn"');
      if (!Number.isSafeInteger(m.seq) || (m.seq as number) < 0) return bad('seq must be a non-negative integer');
      return ok({ type: 'input', text: m.text, kind: m.kind, seq: m.seq as number });
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
