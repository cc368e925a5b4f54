import { formatHex } from './format';
import { AddressAnalysis, AddressKind, AddressStatus, Gpaw } from './tdx';

/**
 * The JSON-serialisable analysis that commands return (`tdx.inspect`, `tdx.inspectVariable`).
 * Hex fields are lower-case `0x…` with no separators, e.g. `gfn: "0x800000001"`.
 */
export interface AnalysisSummary {
  input: string;
  kind: AddressKind;
  gpaw: Gpaw;
  sharedBit: 47 | 51;
  gpa: string;
  gfn: string;
  offset: string;
  status: AddressStatus;
  reservedBits: string;
  toSharedGpa: string;
  toPrivateGpa: string;
  toSharedGfn: string;
  toPrivateGfn: string;
  ept: { levels: 4 | 5; indices: number[] };
}

/** Converts an analysis to its summary; `input` is the text the user gave, as given. */
export function toSummary(input: string, a: AddressAnalysis): AnalysisSummary {
  return {
    input,
    kind: a.kind,
    gpaw: a.gpaw,
    sharedBit: a.sharedBit,
    gpa: formatHex(a.gpa, 'none'),
    gfn: formatHex(a.gfn, 'none'),
    offset: formatHex(a.offset, 'none'),
    status: a.status,
    reservedBits: formatHex(a.reservedBits, 'none'),
    toSharedGpa: formatHex(a.toSharedGpa, 'none'),
    toPrivateGpa: formatHex(a.toPrivateGpa, 'none'),
    toSharedGfn: formatHex(a.toSharedGfn, 'none'),
    toPrivateGfn: formatHex(a.toPrivateGfn, 'none'),
    ept: { levels: a.ept.length as 4 | 5, indices: [...a.ept] },
  };
}
