import { convertAddress } from '../tdx/convert';
import { formatHex, Grouping } from '../tdx/format';
import { parseUserInput } from '../tdx/parse';
import { ShownWalk } from '../tdx/eptWalk';
import { describeStatus, statusNote } from '../meaning/statusText';
import { toSummary } from '../tdx/summary';
import {
  EMPTY_STATE,
  HISTORY_LIMIT,
  HistoryEntry,
  InspectorState,
  InspectorView,
  isAddressKind,
  isShortString,
  MAX_INPUT_LENGTH,
  ViewValue,
  WalkView,
  BitRole,
} from '../shared/inspectorView';
export { EMPTY_STATE, HISTORY_LIMIT, isAddressKind, isShortString, MAX_INPUT_LENGTH } from '../shared/inspectorView';
export type { BitRole, HistoryEntry, InspectorState, InspectorView, ViewValue, WalkView } from '../shared/inspectorView';
import { analyzeAddress, EPT_LEVEL_NAMES, eptLevelCount, Gpaw } from '../tdx/tdx';

/** Page sizes by their hex form, for the walk's last line. */
const PAGE_SIZE_NAMES: Record<string, string> = { '0x1000': '4 KiB', '0x200000': '2 MiB', '0x40000000': '1 GiB' };

/** The rows and last line of a walk, e.g. "HPA 0x5abc (4 KiB page, leaf at PT)" or "stops at PD: not present". */
export function buildWalkView(walk: ShownWalk | undefined, error: string | undefined, grouping: Grouping): WalkView | undefined {
  if (!walk && !error) return undefined;
  if (!walk) return { title: 'EPT walk', rows: [], result: error ?? '', ok: false };
  const s = walk.summary;
  const hex = (h: string) => formatHex(BigInt(h), grouping);
  const rows = s.levels.map((l) => ({
    level: l.name,
    tableHpa: hex(l.tableHpa),
    index: l.index,
    entry: hex(l.entry),
    flags: l.flags.join(' '),
  }));
  const title = `EPT walk of ${hex(s.gpa)} on the ${s.root} root (${hex(s.rootHpa)}), ${walk.ms} ms`;
  if (s.hpa !== undefined) {
    const leaf = s.levels.find((l) => l.level === s.leafLevel);
    const size = PAGE_SIZE_NAMES[s.pageSize ?? ''] ?? s.pageSize;
    return { title, rows, result: `HPA ${hex(s.hpa)} (${size} page, leaf at ${leaf?.name ?? `level ${s.leafLevel}`})`, ok: !error };
  }
  const at = s.fault ? (s.levels.find((l) => l.level === s.fault!.level)?.name ?? `level ${s.fault.level}`) : '';
  return { title, rows, result: `${error ? `${error} — last walk: ` : ''}stops at ${at}: ${s.fault?.reason ?? 'no leaf'}`, ok: false };
}

function roleOf(bit: number, gpaw: Gpaw): BitRole {
  if (bit >= gpaw) return 'reserved';
  if (bit === gpaw - 1) return 'shared';
  return bit >= 12 ? 'gfn' : 'offset';
}

/** Builds the panel view for a state under a GPAW, e.g. input `0x8000_0000_1234` under 48 → a shared GPA. */
export function buildInspectorView(
  state: InspectorState,
  gpaw: Gpaw,
  grouping: Grouping,
  scopeName?: string,
  canWalk = false,
): InspectorView {
  const history = state.history.map((h) => {
    const p = parseUserInput(h.input, h.kind);
    return p.ok
      ? {
          ...h,
          display: (p.kind === 'gfn' ? 'GFN ' : '') + formatHex(p.value, grouping),
          status: analyzeAddress(p.value, p.kind, gpaw).status,
        }
      : { ...h, display: h.input, status: 'error' as const };
  });
  const walk = buildWalkView(state.walk, state.walkError, grouping);
  const base = {
    input: state.input,
    kind: state.kind,
    gpaw,
    sharedBit: gpaw - 1,
    eptLevels: eptLevelCount(gpaw),
    scope: state.scope,
    scopeName,
    history,
    canWalk,
    walk,
  };
  if (state.input.trim() === '') return base;
  const parsed = parseUserInput(state.input, state.kind);
  if (!parsed.ok) return { ...base, error: parsed.error };
  const a = analyzeAddress(parsed.value, parsed.kind, gpaw);
  const v = (label: string, value: bigint): ViewValue => ({ label, display: formatHex(value, grouping), copy: formatHex(value, 'none') });
  const bits = [];
  for (let bit = 63; bit >= 0; bit--) bits.push({ bit, set: ((a.gpa >> BigInt(bit)) & 1n) === 1n, role: roleOf(bit, gpaw) });
  return {
    ...base,
    kind: parsed.kind,
    analysis: {
      summary: toSummary(state.input, a),
      statusText: describeStatus(a),
      statusNote: statusNote(a),
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
    const p = parseUserInput(h.input, h.kind);
    return p.ok ? `${p.kind}:${p.value}` : `raw:${h.kind}:${h.input.trim()}`;
  };
  const k = key(entry);
  return [entry, ...history.filter((h) => key(h) !== k)].slice(0, HISTORY_LIMIT);
}

/**
 * Flips the shared bit of the state's address in its own space (`convertAddress` 'toggleShared'), keeping
 * the written style and label, e.g. `gfn 8000fee00` → `gfn fee00` under GPAW 48; undefined when it does not parse.
 */
export function toggleSharedInput(state: InspectorState, gpaw: Gpaw): string | undefined {
  const p = parseUserInput(state.input, state.kind);
  if (!p.ok) return undefined;
  const r = convertAddress(p, 'toggleShared', gpaw);
  if (!r.ok) return undefined;
  return p.label ? `${p.label} ${r.text}` : r.text;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** True for `'gpa'` and `'gfn'`. */

/** Restores a persisted state (webview state or serializer payload), dropping anything malformed. */
export function restoreState(raw: unknown): InspectorState {
  if (!isObject(raw)) return EMPTY_STATE;
  const input = isShortString(raw.input, MAX_INPUT_LENGTH) ? raw.input : '';
  const kind = isAddressKind(raw.kind) ? raw.kind : 'gpa';
  const history = Array.isArray(raw.history)
    ? raw.history
        .filter(
          (h): h is HistoryEntry =>
            isObject(h) && isShortString(h.input, MAX_INPUT_LENGTH) && h.input.trim() !== '' && isAddressKind(h.kind),
        )
        .slice(0, HISTORY_LIMIT)
        .map((h) => ({ input: h.input, kind: h.kind }))
    : [];
  const scope = isShortString(raw.scope, 2000) && raw.scope !== '' ? { scope: raw.scope } : {};
  return { input, kind, history, ...scope };
}
