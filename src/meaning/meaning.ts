import { U64_MAX } from '../tdx/tdx';
import { VALUE_KIND_TITLES, ValueKind } from '../detect/valueKind';
import { errorCode, exitQualification } from './errorCode';
import { flags } from './flags';
import { count, rawValue, size } from './numbers';
import { guestVirtual, hostFrame, hostPhysical, pointer } from './pointers';
import { spte } from './spte';
import { tdvmcallStatus, tdxStatus } from './status';
import { MeaningContext, ValueMeaning } from './valueMeaning';

/**
 * What a non-address number means, by the classifier's kind and where it was printed, e.g.
 * `describeValue('tdxStatus', 0x8000020000000092n)` → "TDX_OPERAND_BUSY (error, recoverable), operand SEPT (0x92)".
 * Never throws; `gpa`/`gfn` get only their title (the address analysis describes them).
 */
export function describeValue(kind: ValueKind, value: bigint, context: MeaningContext = {}): ValueMeaning {
  const grouping = context.grouping ?? 'underscore';
  if (value < 0n || value > U64_MAX) {
    return { meaning: `${value.toString(10)} is outside 0..2^64−1; only 64-bit unsigned values are decoded`, details: [] };
  }
  switch (kind) {
    case 'tdxStatus':
      return tdxStatus(value, grouping);
    case 'tdvmcallStatus':
      return tdvmcallStatus(value, grouping);
    case 'errorCode':
      return errorCode(value);
    case 'exitQualification':
      return exitQualification(value, context);
    case 'spte':
      return spte(value, grouping);
    case 'flags':
      return flags(value, context);
    case 'size':
      return size(value, grouping);
    case 'count':
      return count(value, grouping);
    case 'hpa':
      return hostPhysical(value, grouping);
    case 'hpfn':
      return hostFrame(value, grouping);
    case 'gva':
      return guestVirtual(value, grouping);
    case 'pointer':
      return pointer(value, grouping);
    case 'register':
    case 'data':
      return rawValue(value, grouping);
    case 'gpa':
    case 'gfn':
      return { meaning: VALUE_KIND_TITLES[kind], details: [] };
    case 'number':
      return { meaning: `${VALUE_KIND_TITLES.number}: no message, label or type says what it is`, details: [] };
  }
}

export { ValueMeaning, MeaningContext } from './valueMeaning';
export { setBitIndices } from './bits';
export { count, groupedDecimal, humanSize, rawValue, size } from './numbers';
export { findTdxStatus, statusKindOf, tdvmcallStatus, tdxStatus, tdxStatusClass } from './status';
export { errorCode, exitQualification, pferrFromExitQualification } from './errorCode';
export { FROZEN_SPTE, mmioSpteGeneration, SHADOW_NONPRESENT_VALUE, spte, SPTE_BASE_ADDR_MASK } from './spte';
export { flags } from './flags';
export { describeRange, rangeMeaning } from './ranges';
export { guestVirtual, hostFrame, hostPhysical, isCanonical, kernelRegion, pointer } from './pointers';
