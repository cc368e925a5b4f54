import { join } from 'path';
import { LineClassifier } from '../../src/detect/classify';
import { DocumentSide, DocumentSides } from '../../src/detect/side';
import { Gpaw } from '../../src/tdx/tdx';
import { isGuestPhysical, ValueKind } from '../../src/detect/valueKind';

/** One number of a corpus line with its truth kind; `[start, end)` is the span the scanner gives (with `0x` and a C suffix). */
export interface CorpusValue {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: ValueKind;
}

/**
 * One labelled line (a row of `test/corpus/corpus.jsonl` or of a set in `test/corpus/sets/`): where its format comes
 * from, the GPAW its values were made for, the line, and every number in it with its truth kind. Example: `{"source":"arch/x86/kvm/mmu/mmutrace.h",
 * "event":"kvm_mmu_set_spte","gpaw":48,"line":"kvm_mmu_set_spte: gfn 8000fee00 …","values":[…]}`.
 */
export interface CorpusEntry {
  readonly source: string;
  readonly event: string;
  readonly gpaw: Gpaw;
  /**
   * The machine the writer captured the line on, where its source says (`"… via dmesg (TDX host)"`): the measurement
   * applies it as a user's hand-set side (**TDX: Set Document Side…**), which wins over marker lines as it does in the
   * extension. Values whose meaning depends on the machine (`[mem a-b]`, `/proc/iomem`, MCE `ADDR`) need it.
   */
  readonly side?: DocumentSide;
  readonly line: string;
  readonly values: readonly CorpusValue[];
  /** Set for source-code lines (`c`, `cpp`, `rust`), as an editor would pass it. */
  readonly languageId?: string;
  /** Set on rows that come from one document (a log, a session), with their position in it from 0. */
  readonly doc?: string;
  readonly order?: number;
}

/** The generated corpus file that `generate.ts` writes (compiled code runs from `out/test/corpus`). */
export const CORPUS_FILE = join(__dirname, '..', '..', '..', 'test', 'corpus', 'corpus.jsonl');

/** A group of identical classification mistakes: `key` is `event field: truth→got`, `example` one line showing it. */
export interface Mistake {
  readonly key: string;
  readonly count: number;
  readonly example: string;
}

/** Field-level accuracy of `classifyLine` on GPA/GFN values (see `measureFieldAccuracy`). */
export interface FieldAccuracy {
  readonly fieldPrecision: number;
  readonly fieldRecall: number;
  /** Values the classifier called `gpa` or `gfn`. */
  readonly valuesCalledAddress: number;
  /** Truth `gpa`/`gfn` values in the corpus. */
  readonly addressValues: number;
  readonly mistakes: readonly Mistake[];
}

/**
 * Classifies every corpus line and compares with the truth. Precision: of the values called `gpa`/`gfn`, the
 * share whose truth is the same kind at the same span; recall: of the truth `gpa`/`gfn` values, the share found
 * with the right kind at the same span. Mistakes (any kind) are grouped by event, field and truth→got, most common
 * first. Example: `measureFieldAccuracy(loadSet(heldout)).fieldRecall` → 1.
 */
export function measureFieldAccuracy(entries: readonly CorpusEntry[]): FieldAccuracy {
  const sides = documentSides(entries);
  const classifier = new LineClassifier();
  let called = 0;
  let calledRight = 0;
  let truths = 0;
  let found = 0;
  const groups = new Map<string, { count: number; example: string }>();
  const note = (key: string, line: string) => {
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { count: 1, example: line });
  };
  for (const e of entries) {
    const got = classifier.values(e.line, { labelledBareHex: true, languageId: e.languageId, side: sides.get(e) });
    const truthAt = new Map(e.values.map((v) => [`${v.start}:${v.end}`, v]));
    const gotAt = new Map(got.map((v) => [`${v.start}:${v.end}`, v]));
    for (const v of got) {
      const truth = truthAt.get(`${v.start}:${v.end}`);
      if (isGuestPhysical(v.kind)) {
        called++;
        if (truth?.kind === v.kind) calledRight++;
      }
      if (!truth) note(`${e.event} ${v.field ?? '?'}: (none)→${v.kind}`, e.line);
      else if (truth.kind !== v.kind) note(`${e.event} ${v.field ?? '?'}: ${truth.kind}→${v.kind}`, e.line);
    }
    for (const v of e.values) {
      if (!isGuestPhysical(v.kind)) continue;
      truths++;
      const g = gotAt.get(`${v.start}:${v.end}`);
      if (g?.kind === v.kind) found++;
      else if (!g) note(`${e.event} ${labelBefore(e.line, v.start)}: ${v.kind}→(none)`, e.line);
    }
  }
  const mistakes = [...groups]
    .map(([key, g]) => ({ key, count: g.count, example: g.example }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  return {
    fieldPrecision: called ? calledRight / called : 1,
    fieldRecall: truths ? found / truths : 1,
    valuesCalledAddress: called,
    addressValues: truths,
    mistakes,
  };
}

/** The word before a position, for naming the field of a value the classifier missed. */
function labelBefore(line: string, start: number): string {
  const m = /([A-Za-z_][\w-]*)\W*$/.exec(line.slice(Math.max(0, start - 40), start));
  return m ? m[1] : '?';
}

/**
 * The side (host or guest) of each row, as the extension reads it: a row's hand-set `side` wins; the rows of one
 * document in order are its text, and its marker lines decide (see `DocumentSides`); a row of no document is read
 * as a one-line document (its own text may hold a marker, e.g. a `qemu-system-x86` task name).
 */
export function documentSides(entries: readonly CorpusEntry[]): Map<CorpusEntry, DocumentSide | undefined> {
  const docs = new Map<string, CorpusEntry[]>();
  for (const e of entries) if (e.doc !== undefined) (docs.get(e.doc) ?? docs.set(e.doc, []).get(e.doc)!).push(e);
  const out = new Map<CorpusEntry, DocumentSide | undefined>();
  for (const rows of docs.values()) {
    rows.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    const sides = DocumentSides.ofText(rows.map((r) => r.line).join('\n'));
    rows.forEach((r, line) => out.set(r, sides.sideAt(line, r.side ?? 'auto').side));
  }
  for (const e of entries) if (e.doc === undefined) out.set(e, DocumentSides.ofText(e.line).sideAt(0, e.side ?? 'auto').side);
  return out;
}
