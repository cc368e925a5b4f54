import { formatHex } from '../tdx/format';
import { Gpaw, sharedGpaMask } from '../tdx/tdx';

/** A GPA a message rule or label names for certain, with its 0-based line. */
export interface CertainGpa {
  readonly gpa: bigint;
  readonly line: number;
}

/** What the document's certain GPAs say about the folder's GPAW: the GPAW they imply and the evidence. */
export interface ImpliedGpaw {
  readonly gpaw: Gpaw;
  /** A sentence naming the values, e.g. "line 12: 0x8_0000_0000_1000 has bit 51 set, invalid under GPAW 48 …". */
  readonly evidence: string;
  /** The 0-based line of the (first) value that says so. */
  readonly line: number;
}

const BIT47 = sharedGpaMask(48);
const ABOVE_48 = ~((1n << 48n) - 1n);
const LIMIT_52 = 1n << 52n;

/**
 * Reads the folder's GPAW against the document's certain GPAs: under GPAW 48, a GPA with bits 51:48 set but valid
 * under 52 says the TD's GPAW is 52; under GPAW 52, two GPAs of one frame that differ only in bit 47 are the shared
 * and private aliases of a GPAW-48 TD. Returns undefined when nothing contradicts `gpaw`. Example:
 * `impliedGpaw([{ gpa: 0x8000000001000n, line: 0 }], 48)` → `{ gpaw: 52, … }`.
 */
export function impliedGpaw(values: Iterable<CertainGpa>, gpaw: Gpaw): ImpliedGpaw | undefined {
  const seen = new Map<bigint, CertainGpa>();
  for (const v of values) {
    if (gpaw === 48) {
      if ((v.gpa & ABOVE_48) !== 0n && v.gpa < LIMIT_52) {
        return {
          gpaw: 52,
          line: v.line,
          evidence: `line ${v.line + 1}: ${formatHex(v.gpa)} sets bits above 47, invalid under GPAW 48 and valid under GPAW 52`,
        };
      }
      continue;
    }
    if (v.gpa >= LIMIT_52) continue;
    const frame = (v.gpa & ~BIT47) >> 12n;
    const other = seen.get(frame);
    if (other && (other.gpa & BIT47) !== (v.gpa & BIT47)) {
      return {
        gpaw: 48,
        line: other.line,
        evidence: `line ${other.line + 1}: ${formatHex(other.gpa)} and line ${v.line + 1}: ${formatHex(v.gpa)} differ only in bit 47 — the shared and private aliases of one frame under GPAW 48`,
      };
    }
    if (!other) seen.set(frame, v);
  }
  return undefined;
}
