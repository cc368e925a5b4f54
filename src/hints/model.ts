import { LineClassifier } from '../detect/classify';
import { DetectionSettings } from '../tdx/settings';
import { statusReason } from '../meaning/statusText';
import { AddressStatus, analyzeAddress } from '../tdx/tdx';
import { isGuestPhysical } from '../detect/valueKind';
import { DocumentSide } from '../detect/side';
import { UserFieldRules } from '../detect/userRules';

/** One inlay hint: after `character` on `line`, the status word, with a tooltip. */
export interface StatusHint {
  readonly line: number;
  readonly character: number;
  readonly label: AddressStatus;
  readonly tooltip: string;
}

/**
 * Status hints after the TD guest-physical values (`gpa`/`gfn` only) of lines `[first, last]` (columns `from` on the first and `to` on the last), at most
 * `max` of them. `lineAt` supplies line text, so only the requested range is ever read.
 */
export function statusHints(
  lineAt: (line: number) => string,
  first: number,
  last: number,
  from: number,
  to: number,
  s: DetectionSettings,
  max: number,
  languageId?: string,
  /** The side of a line's document (host or guest) and the folder's taught rules. */
  contextAt?: (line: number) => { readonly side?: DocumentSide; readonly userRules?: UserFieldRules },
): StatusHint[] {
  const hints: StatusHint[] = [];
  const classifier = new LineClassifier();
  for (let line = first; line <= last && hints.length < max; line++) {
    const text = lineAt(line);
    const scanFrom = line === first ? from : 0;
    const scanTo = line === last ? to : text.length;
    const context = contextAt?.(line);
    for (const t of classifier.values(text, {
      labelledBareHex: s.labelledBareHex,
      languageId,
      from: scanFrom,
      to: scanTo,
      side: context?.side,
      userRules: context?.userRules,
    })) {
      if (!isGuestPhysical(t.kind)) continue;
      const a = analyzeAddress(t.value, t.kind, s.gpaw);
      const tooltip = `${a.status[0].toUpperCase()}${a.status.slice(1)} ${t.kind.toUpperCase()} under GPAW ${s.gpaw}: ${statusReason(a)}`;
      hints.push({ line, character: t.end, label: a.status, tooltip });
      if (hints.length >= max) break;
    }
  }
  return hints;
}
