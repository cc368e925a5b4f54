import { UserError } from './errors';
import { parseUserInput } from './parse';
import { scanLine } from './scanner';
import { AnalysisSummary, toSummary } from './summary';
import { AddressKind, AddressStatus, analyzeAddress, Gpaw, isGpaw } from './tdx';
import { ValueKind } from './valueKind';

/** Options of the API's `scan`: the GPAW for `status`, the document language, and bare-hex detection. */
export interface ApiScanOptions {
  readonly gpaw?: Gpaw;
  readonly languageId?: string;
  readonly labelledBareHex?: boolean;
}

/** One value the API's `scan` found, e.g. `{ start: 8, end: 14, text: '0x1000', kind: 'gpa', status: 'private' }`. */
export interface ApiValue {
  /** UTF-16 offsets of the number in the line (its label excluded). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `'gpa'` or `'gfn'` for TD guest-physical values; another `ValueKind` for the rest. */
  readonly kind: ValueKind;
  /** The value as lower-case `0x…` hex without separators. */
  readonly value: string;
  /** The label that decided the kind, e.g. `gfn`. */
  readonly label?: string;
  /** Shared/private/invalid under the GPAW, for `gpa` and `gfn` only. */
  readonly status?: AddressStatus;
  /** One line saying what a non-address value is. */
  readonly meaning?: string;
}

/** Options of the API's `analyze`: how to read the input and under which GPAW. */
export interface ApiAnalyzeOptions {
  readonly kind?: AddressKind;
  readonly gpaw?: Gpaw;
}

function checkGpaw(gpaw: unknown): Gpaw {
  if (!isGpaw(gpaw)) throw new UserError(`gpaw must be 48 or 52, got ${JSON.stringify(gpaw)}`);
  return gpaw;
}

/** Scans one line for values and their kinds, e.g. `scanText('gfn 8000fee00', { gpaw: 48 })` → one shared `gfn`. */
export function scanText(text: string, options: ApiScanOptions & { readonly gpaw: Gpaw }): ApiValue[] {
  if (typeof text !== 'string') throw new UserError(`scan takes a string (one line of text), got ${typeof text}`);
  const gpaw = checkGpaw(options.gpaw);
  return scanLine(text, { labelledBareHex: options.labelledBareHex ?? true }).map((t) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    kind: t.kind,
    value: '0x' + t.value.toString(16),
    ...(t.label ? { label: t.label } : {}),
    status: analyzeAddress(t.value, t.kind, gpaw).status,
  }));
}

/** The `tdx.inspect` summary of one address given as text, e.g. `analyzeText('0x1000', { gpaw: 48 }).status === 'private'`. */
export function analyzeText(input: string, options: ApiAnalyzeOptions & { readonly gpaw: Gpaw }): AnalysisSummary {
  if (typeof input !== 'string') throw new UserError(`analyze takes an address string, got ${typeof input}`);
  const parsed = parseUserInput(input, options.kind);
  if (!parsed.ok) throw new UserError(parsed.error);
  return toSummary(input, analyzeAddress(parsed.value, parsed.kind, checkGpaw(options.gpaw)));
}
