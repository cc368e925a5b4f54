// `npx tsc -p . && node out/test/corpus/generate.js` writes test/corpus/corpus.jsonl from the lines of formats.ts and
// the rule rows they name (src/detect/rules/*.ts): deterministic (seeded), both GPAWs, every number the scanner can
// read labelled with its truth kind, which for a row's field is the kind the classifier's own rules give it.
import { writeFileSync } from 'fs';
import { rng } from './rng';
import { scanLine } from '../../src/detect/scanner';
import { Gpaw } from '../../src/tdx/tdx';
import { EVENT_RULES, EventRules, FieldRule } from '../../src/detect/fieldRules';
import { RULE_ROWS } from '../../src/detect/rules';
import { rowNames } from '../../src/detect/rules/row';
import { ValueKind } from '../../src/detect/valueKind';
import { FORMATS, FormatEntry } from './formats';
import { CORPUS_FILE, CorpusEntry } from './measure';
import { Conversion, Gen, normalizeFormat, ownKind, render, Span } from './render';

const TASKS = ['qemu-kvm-4187', 'CPU 0/KVM-4190', 'CPU 3/KVM-4193', 'qemu-system-x86-2211'];

function timestamp(g: Gen): string {
  return `${g.int(1, 9999)}.${String(g.int(0, 999999)).padStart(6, '0')}`;
}

/** The text before the message: ftrace or trace-cmd header, dmesg timestamp or journal prefix, QEMU `pid@time:`. */
function dress(e: FormatEntry, event: string, g: Gen): string {
  switch (e.style) {
    case 'ftrace': {
      const variant = g.r3();
      const cpu = String(g.int(0, 7)).padStart(3, '0');
      if (variant === 0) return `${g.pick(TASKS).padStart(16)} [${cpu}] ${g.pick(['d..1.', '.....', 'd..2.'])} ${timestamp(g)}: ${event}: `;
      if (variant === 1) return `${g.pick(TASKS)} [${cpu}] ${timestamp(g)}: ${(event + ':').padEnd(24)} `;
      return `${event}: `;
    }
    case 'dmesg': {
      const prefix = e.prefix?.(g) ?? '';
      const variant = g.r3();
      if (variant === 0) return `[${timestamp(g).padStart(12)}] ${prefix}`;
      if (variant === 1)
        return `Nov 26 11:${String(g.int(0, 59)).padStart(2, '0')}:${String(g.int(0, 59)).padStart(2, '0')} tdx-host kernel: ${prefix}`;
      return prefix;
    }
    case 'qemu':
      return g.chance(0.5)
        ? `${g.int(1000, 9999)}@${g.int(1700000000, 1799999999)}.${String(g.int(0, 999999)).padStart(6, '0')}:${event} `
        : `${event} `;
    default:
      return '';
  }
}

const C_SUFFIX = /^(?:[uU](?:ll|LL|l|L)?|(?:ll|LL|l|L)[uU]?)(?![A-Za-z0-9_])/;

/** What a line is: its source, event name and format, from its rule row or written in the entry. */
export function lineShape(e: FormatEntry): { readonly source: string; readonly event: string; readonly format: string } {
  if (e.rule === undefined) return { source: e.source!, event: e.event!, format: e.format! };
  const printed = RULE_ROWS.filter((r) => rowNames(r).includes(e.rule!)).flatMap((r) => (r.formats ?? []).map((f) => [r.source, f]));
  const [source, format] = e.format === undefined ? printed[e.formatIndex ?? 0] : [eventRules(e.rule).source, e.format];
  if (format === undefined) throw new Error(`${e.rule} has no format ${e.formatIndex ?? 0}`);
  return { source, event: e.rule, format };
}

/** The compiled rules of the event named `name`, as the classifier looks them up. */
export function eventRules(name: string): EventRules {
  const rules = EVENT_RULES.find((r) => r.names.includes(name));
  if (!rules) throw new Error(`no rule row is named ${name}`);
  return rules;
}

/** The rule a conversion's `field` names in `rules`: a field key, `'*other'` or `'*leading<n>'`. */
export function fieldOf(rules: EventRules, field: string): FieldRule {
  const rule =
    field === '*other' ? rules.other : field.startsWith('*leading') ? rules.leading?.[Number(field.slice(8))] : rules.fields?.[field];
  if (!rule) throw new Error(`${rules.names[0]} has no field ${field}`);
  return rule;
}

/**
 * The truth kinds of a line's conversions: a `field`'s kind from the line's rule row (a `sameAsPrevious` field takes
 * the kind of the number before it, as the classifier does; a case whose text the line holds before the field
 * replaces its rule, as `nr 0xc ` does `kvm_hypercall`'s `a0`), else the conversion's own `kind`.
 */
function kindsOf(e: FormatEntry): (c: Conversion, before: string) => ValueKind | undefined {
  if (e.rule === undefined) return ownKind;
  const rules = eventRules(e.rule);
  let previous: ValueKind | undefined;
  return (c, before) => {
    if (c.field === undefined) return c.kind;
    const rule = rules.cases?.find((k) => before.includes(k.text))?.fields[c.field] ?? fieldOf(rules, c.field);
    previous = rule.sameAsPrevious && previous ? previous : rule.kind;
    return previous;
  };
}

function line(e: FormatEntry, g: Gen): CorpusEntry {
  const shape = lineShape(e);
  const message = render(e.renderAs ?? normalizeFormat(shape.format), e.convs, g, kindsOf(e));
  const head = dress(e, shape.event, g);
  const tail = e.tail ? e.tail(g) : '';
  const text = head + message.text + tail;
  const values = message.spans.map((s): Span => {
    let end = s.end + head.length;
    const suffix = C_SUFFIX.exec(text.slice(end));
    if (suffix && /^0x/i.test(s.text)) end += suffix[0].length;
    const start = s.start + head.length;
    return { start, end, text: text.slice(start, end), kind: s.kind };
  });
  return {
    source: shape.source,
    event: shape.event,
    gpaw: g.gpaw,
    line: text,
    values,
    ...(e.languageId ? { languageId: e.languageId } : {}),
  };
}

/** Checks that every number the scanner reads in a line has a truth value at the same span; returns the problems. */
export function uncovered(entry: CorpusEntry): string[] {
  const spans = new Set(entry.values.map((v) => `${v.start}:${v.end}`));
  return scanLine(entry.line, { labelledBareHex: true })
    .filter((t) => !spans.has(`${t.start}:${t.end}`))
    .map((t) => `${entry.event}: scanner reads ${t.text} at ${t.start}, corpus has no value there: ${entry.line}`);
}

/** All corpus lines, deterministic for a seed: every format `weight` times (default 2) under each GPAW. Example: `generateCorpus().length` → 480. */
export function generateCorpus(seed = 48_52): CorpusEntry[] {
  const r = rng(seed);
  const out: CorpusEntry[] = [];
  for (const gpaw of [48, 52] as Gpaw[]) {
    for (const e of FORMATS) {
      for (let k = 0; k < (e.weight ?? 2); k++) out.push(line(e, new Gen(r, gpaw)));
    }
  }
  return out;
}

if (require.main === module) {
  const corpus = generateCorpus();
  const problems = corpus.flatMap(uncovered);
  if (problems.length) {
    console.error(problems.slice(0, 20).join('\n'));
    process.exit(1);
  }
  writeFileSync(CORPUS_FILE, corpus.map((e) => JSON.stringify(e)).join('\n') + '\n');
  console.log(`wrote ${corpus.length} lines to ${CORPUS_FILE}`);
}
