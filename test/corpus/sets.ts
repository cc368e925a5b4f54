// The labelled sets as data: test/corpus/sets/manifest.json lists every set (its JSONL file, what kind of set it is,
// the floors the unit test holds it at, and what it read when first measured); this module reads and checks them.
// The unit test (test/unit/detect/corpus.test.ts) and the bench (bench/bench.ts) iterate the manifest, so adding a
// set is adding a JSONL file and a manifest row.
import { readFileSync } from 'fs';
import { join } from 'path';
import { VALUE_KIND_TITLES, ValueKind } from '../../src/detect/valueKind';
import type { DocumentSide } from '../../src/detect/side';
import type { CorpusEntry, CorpusValue } from './measure';

/** The repository root (compiled code runs from `out/test/corpus`); manifest paths are relative to it. */
export const REPO_ROOT = join(__dirname, '..', '..', '..');

/** The manifest, relative to the repository root. */
export const MANIFEST_FILE = 'test/corpus/sets/manifest.json';

/**
 * What a set is: `blind` — no rule was ever changed after reading it; `regression` — it shaped rules after its first
 * reading and now holds them; `generated` — written by `test/corpus/generate.ts` from the rules' own format table.
 */
export type SetKind = 'blind' | 'regression' | 'generated';

/** Field precision and recall on `gpa`/`gfn` values, each in [0, 1] (see `measureFieldAccuracy`). */
export interface Reading {
  readonly precision: number;
  readonly recall: number;
}

/**
 * One row of the manifest. Example: `{"name": "regression2", "file": "test/corpus/sets/regression2.jsonl", "title":
 * "…", "kind": "regression", "floors": {"precision": 0.66, "recall": 0.88}, "firstReading": {"precision": 0.286,
 * "recall": 0.733, "commit": "1bfd27c"}}`.
 */
export interface LabelledSet {
  /** camelCase; the bench reports `<name>Precision` and `<name>Recall`. */
  readonly name: string;
  /** The JSONL file, relative to the repository root. */
  readonly file: string;
  readonly title: string;
  readonly kind: SetKind;
  /** What the unit test requires. */
  readonly floors: Reading;
  /** What the set read when first measured, before it shaped any rule; null when that was not recorded. */
  readonly firstReading: (Reading & { readonly commit: string }) | null;
  /** Where the set came from (who wrote it, how, from which sources), relative to the repository root. */
  readonly provenance?: string;
  /** The file the set was kept in before it became data (for reading old commits and changelogs). */
  readonly formerly?: string;
}

const SET_KINDS: readonly SetKind[] = ['blind', 'regression', 'generated'];
const VALUE_KINDS = Object.keys(VALUE_KIND_TITLES) as ValueKind[];
const LANGUAGE_IDS = ['c', 'cpp', 'rust'];
const ROW_KEYS = ['source', 'event', 'gpaw', 'side', 'line', 'values', 'languageId', 'doc', 'order'];

/** Reads and checks the manifest; throws naming the manifest and the set when a row is malformed. */
export function loadManifest(root = REPO_ROOT): LabelledSet[] {
  const text = readFileSync(join(root, MANIFEST_FILE), 'utf8');
  return parseManifest(text, MANIFEST_FILE);
}

/** Checks a manifest's text (see `LabelledSet`); `file` names it in errors. */
export function parseManifest(text: string, file: string): LabelledSet[] {
  const doc = JSON.parse(text) as { sets?: unknown };
  if (!Array.isArray(doc.sets)) throw new Error(`${file}: expected {"sets": [...]}`);
  const names = new Set<string>();
  return doc.sets.map((s: Partial<LabelledSet>, i) => {
    const where = `${file}: set ${i + 1}${typeof s.name === 'string' ? ` (${s.name})` : ''}`;
    const fail = (what: string): never => {
      throw new Error(`${where}: ${what}`);
    };
    if (typeof s.name !== 'string' || !/^[a-z][A-Za-z0-9]*$/.test(s.name))
      fail('name must be camelCase letters and digits (the bench reports <name>Precision)');
    if (names.has(s.name!)) fail('name is used twice');
    names.add(s.name!);
    if (typeof s.file !== 'string' || !s.file.endsWith('.jsonl')) fail('file must be a .jsonl path');
    if (typeof s.title !== 'string' || !s.title) fail('title is missing');
    if (!SET_KINDS.includes(s.kind!)) fail(`kind must be one of ${SET_KINDS.join(', ')}`);
    if (!isReading(s.floors)) fail('floors must be {"precision": p, "recall": r} with p and r in [0, 1]');
    if (s.firstReading !== null && !(isReading(s.firstReading) && typeof s.firstReading.commit === 'string'))
      fail('firstReading must be null or {"precision": p, "recall": r, "commit": "<hash>"}');
    if (s.kind === 'blind' && !s.firstReading) fail('a blind set records its first reading, taken before any rule used it');
    return s as LabelledSet;
  });
}

function isReading(r: unknown): r is Reading {
  const ok = (n: unknown) => typeof n === 'number' && n >= 0 && n <= 1;
  return typeof r === 'object' && r !== null && ok((r as Reading).precision) && ok((r as Reading).recall);
}

/** Reads a set's JSONL file (checked, see `parseCorpusLines`). Example: `loadSet(loadManifest()[1]).length` → 25. */
export function loadSet(set: Pick<LabelledSet, 'file'>, root = REPO_ROOT): CorpusEntry[] {
  return parseCorpusLines(readFileSync(join(root, set.file), 'utf8'), set.file);
}

/**
 * Parses JSONL rows `{"source", "event"?, "gpaw": 48|52, "line", "values": [{"start", "end", "text", "kind"}],
 * "side"?, "languageId"?, "doc"?, "order"?}` into corpus entries (`event` defaults to `source`). Throws `file:line:
 * what is wrong` when a row is not JSON, has an unknown field, a `side` other than `host`/`guest`, a value whose `[start, end)` slice of the line is not its
 * `text`, values out of order or overlapping, an unknown kind or language, or `doc` without `order`.
 */
export function parseCorpusLines(content: string, file: string): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  const docOrders = new Set<string>();
  content.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    const fail = (what: string): never => {
      throw new Error(`${file}:${i + 1}: ${what}`);
    };
    let row: Record<string, unknown> = {};
    try {
      row = JSON.parse(raw) as Record<string, unknown>;
    } catch (e) {
      fail(`not JSON (${(e as Error).message})`);
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row)) fail('expected one JSON object per line');
    const unknown = Object.keys(row).filter((k) => !ROW_KEYS.includes(k));
    if (unknown.length) fail(`unknown field ${unknown.join(', ')} (fields: ${ROW_KEYS.join(', ')})`);
    const { source, event, gpaw, side, line, values, languageId, doc, order } = row;
    if (typeof source !== 'string' || !source.trim()) fail('source must name where the line comes from');
    if (event !== undefined && typeof event !== 'string') fail('event must be a string');
    if (gpaw !== 48 && gpaw !== 52) fail(`gpaw must be 48 or 52, not ${JSON.stringify(gpaw)}`);
    if (side !== undefined && side !== 'host' && side !== 'guest') fail(`side must be "host" or "guest", not ${JSON.stringify(side)}`);
    if (typeof line !== 'string') fail('line must be a string');
    if (!Array.isArray(values)) fail('values must be an array');
    if (languageId !== undefined && !LANGUAGE_IDS.includes(languageId as string))
      fail(`languageId ${JSON.stringify(languageId)} is not one of ${LANGUAGE_IDS.join(', ')}`);
    if ((doc === undefined) !== (order === undefined)) fail('doc and order go together');
    if (doc !== undefined) {
      if (typeof doc !== 'string' || !doc) fail('doc must be a non-empty string');
      if (!Number.isInteger(order) || (order as number) < 0) fail('order must be a whole number from 0');
      if (docOrders.has(`${doc}\n${order}`)) fail(`doc ${doc} has order ${order} twice`);
      docOrders.add(`${doc}\n${order}`);
    }
    const text = line as string;
    let end = 0;
    const checked = (values as Partial<CorpusValue>[]).map((v, n) => {
      const which = `value ${n + 1} (${JSON.stringify(v.text)})`;
      if (!Number.isInteger(v.start) || !Number.isInteger(v.end) || v.start! < 0 || v.end! > text.length)
        fail(`${which}: start and end must be positions in the line (0–${text.length})`);
      if (v.start! < end) fail(`${which}: starts at ${v.start}, before the previous value ends (${end})`);
      if (text.slice(v.start, v.end) !== v.text || !v.text)
        fail(`${which}: the line has ${JSON.stringify(text.slice(v.start, v.end))} at [${v.start}, ${v.end})`);
      if (!VALUE_KINDS.includes(v.kind!)) fail(`${which}: kind ${JSON.stringify(v.kind)} is not a ValueKind`);
      end = v.end!;
      return { start: v.start!, end: v.end!, text: v.text!, kind: v.kind! };
    });
    entries.push({
      source: source as string,
      event: (event as string | undefined) ?? (source as string),
      gpaw: gpaw as 48 | 52,
      ...(side !== undefined && { side: side as DocumentSide }),
      line: text,
      values: checked,
      ...(languageId !== undefined && { languageId: languageId as string }),
      ...(doc !== undefined && { doc: doc as string, order: order as number }),
    });
  });
  return entries;
}
