// `npx tsc -p . && node out/test/corpus/generate.js` writes test/corpus/corpus.jsonl from the formats in
// formats.ts: deterministic (seeded), both GPAWs, every number the scanner can read labelled with its truth kind.
import { writeFileSync } from 'fs';
import { rng } from './rng';
import { scanLine } from '../../src/detect/scanner';
import { Gpaw } from '../../src/tdx/tdx';
import { FORMATS, FormatEntry } from './formats';
import { CORPUS_FILE, CorpusEntry } from './measure';
import { Gen, normalizeFormat, render, Span } from './render';

const TASKS = ['qemu-kvm-4187', 'CPU 0/KVM-4190', 'CPU 3/KVM-4193', 'qemu-system-x86-2211'];

function timestamp(g: Gen): string {
  return `${g.int(1, 9999)}.${String(g.int(0, 999999)).padStart(6, '0')}`;
}

/** The text before the message: ftrace or trace-cmd header, dmesg timestamp or journal prefix, QEMU `pid@time:`. */
function dress(e: FormatEntry, g: Gen): string {
  switch (e.style) {
    case 'ftrace': {
      const variant = g.r3();
      const cpu = String(g.int(0, 7)).padStart(3, '0');
      if (variant === 0)
        return `${g.pick(TASKS).padStart(16)} [${cpu}] ${g.pick(['d..1.', '.....', 'd..2.'])} ${timestamp(g)}: ${e.event}: `;
      if (variant === 1) return `${g.pick(TASKS)} [${cpu}] ${timestamp(g)}: ${(e.event + ':').padEnd(24)} `;
      return `${e.event}: `;
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
        ? `${g.int(1000, 9999)}@${g.int(1700000000, 1799999999)}.${String(g.int(0, 999999)).padStart(6, '0')}:${e.event} `
        : `${e.event} `;
    default:
      return '';
  }
}

const C_SUFFIX = /^(?:[uU](?:ll|LL|l|L)?|(?:ll|LL|l|L)[uU]?)(?![A-Za-z0-9_])/;

function line(e: FormatEntry, g: Gen): CorpusEntry {
  const message = render(e.renderAs ?? normalizeFormat(e.format), e.convs, g);
  const head = dress(e, g);
  const tail = e.tail ? e.tail(g) : '';
  const text = head + message.text + tail;
  const values = message.spans.map((s): Span => {
    let end = s.end + head.length;
    const suffix = C_SUFFIX.exec(text.slice(end));
    if (suffix && /^0x/i.test(s.text)) end += suffix[0].length;
    const start = s.start + head.length;
    return { start, end, text: text.slice(start, end), kind: s.kind };
  });
  return { source: e.source, event: e.event, gpaw: g.gpaw, line: text, values, ...(e.languageId ? { languageId: e.languageId } : {}) };
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
