import { UserError } from '../platform/errors';
import { parseUserInput } from '../tdx/parse';
import { classifyLine } from '../detect/classify';
import { formatHex } from '../tdx/format';
import { describeValue } from '../meaning/meaning';
import { AnalysisSummary, toSummary } from '../tdx/summary';
import { AddressKind, AddressStatus, analyzeAddress, Gpaw, isGpaw } from '../tdx/tdx';
import { Confidence, isGuestPhysical, ValueKind } from '../detect/valueKind';
import { DocumentSide } from '../detect/side';
import { UserFieldRules } from '../detect/userRules';

/** Options of the API's `scan`: the GPAW for `status`, the document language, and bare-hex detection. */
export interface ApiScanOptions {
  readonly gpaw?: Gpaw;
  readonly languageId?: string;
  readonly labelledBareHex?: boolean;
  /**
   * A document URI string: its folder's rules (`tdx.detect.fields`) and GPAW, and its side (host or guest), apply;
   * without it, the workspace's (its first folder's).
   */
  readonly uri?: string;
}

/** What `scan` reads besides its options: the side the line was written on and the taught field rules. */
export interface ScanContext {
  readonly side?: DocumentSide;
  readonly userRules?: UserFieldRules;
}

/** One value the API's `scan` found, e.g. `{ start: 8, end: 14, text: '0x1000', kind: 'gpa', status: 'private' }`. */
export interface ApiValue {
  /** UTF-16 offsets of the number in the line (its label excluded). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `'gpa'` or `'gfn'` for TD guest-physical values; another `ValueKind` for the rest (`'number'`: nothing says what it is). */
  readonly kind: ValueKind;
  /** The value as lower-case `0x…` hex without separators. */
  readonly value: string;
  /** The label that decided the kind, e.g. `gfn`. */
  readonly label?: string;
  /** Shared/private/invalid under the GPAW, for `gpa` and `gfn` only. */
  readonly status?: AddressStatus;
  /** One line saying what a non-address value is, e.g. "TDX_OPERAND_BUSY (error, recoverable), operand SEPT (0x92)". */
  readonly meaning?: string;
  /** How sure the kind is (`certain`: the printing message names the field; `likely`: a label; `guess`: nothing says). */
  readonly confidence: Confidence;
  /** Why the value got its kind, e.g. "`address` of kvm_page_fault (arch/x86/kvm/trace.h): raw GPA, shared bit included". */
  readonly why: string;
  /** The inclusive range the value belongs to (`[mem a-b]`, `start … size …`), as lower-case hex. */
  readonly range?: { readonly first: string; readonly last: string };
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

/**
 * Scans one line for values and their kinds, as hovers see them, e.g. `scanText('kvm_mmu_set_spte: gfn 8000fee00
 * spte 600000012345677 (rwxu) level 1 at 12345000', { gpaw: 48 })` → a shared `gfn`, an `spte`, a `count`, an `hpa`.
 */
export function scanText(text: string, options: ApiScanOptions & { readonly gpaw: Gpaw }, context: ScanContext = {}): ApiValue[] {
  if (typeof text !== 'string') throw new UserError(`scan takes a string (one line of text), got ${typeof text}`);
  const gpaw = checkGpaw(options.gpaw);
  const hex = (v: bigint) => formatHex(v, 'none');
  return classifyLine(text, {
    labelledBareHex: options.labelledBareHex ?? true,
    languageId: options.languageId,
    side: context.side,
    userRules: context.userRules,
  }).map((v) => ({
    start: v.start,
    end: v.end,
    text: v.text,
    kind: v.kind,
    value: hex(v.value),
    ...(v.label ? { label: v.label } : {}),
    ...(isGuestPhysical(v.kind)
      ? { status: analyzeAddress(v.value, v.kind, gpaw).status }
      : { meaning: describeValue(v.kind, v.value, { event: v.event, field: v.field, grouping: 'none' }).meaning }),
    confidence: v.confidence,
    why: v.why,
    ...(v.range ? { range: { first: hex(v.range.first), last: hex(v.range.last) } } : {}),
  }));
}

/** The `tdx.inspect` summary of one address given as text, e.g. `analyzeText('0x1000', { gpaw: 48 }).status === 'private'`. */
export function analyzeText(input: string, options: ApiAnalyzeOptions & { readonly gpaw: Gpaw }): AnalysisSummary {
  if (typeof input !== 'string') throw new UserError(`analyze takes an address string, got ${typeof input}`);
  const parsed = parseUserInput(input, options.kind);
  if (!parsed.ok) throw new UserError(parsed.error);
  return toSummary(input, analyzeAddress(parsed.value, parsed.kind, checkGpaw(options.gpaw)));
}
