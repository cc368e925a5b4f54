// One bench run: throughput and latency of the scanner, hover and inlay-hint paths on plain Node, the page index
// on a 50 MB trace, plus bundle sizes and the activation time (median of fresh activations, bench/activation.ts).
// Writes its figures as JSON to $BENCH_OUT (bench/results.json when unset); `npm run bench` runs it through
// bench/judge.ts, which judges the median of three runs against the targets.
import { existsSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { hoverAtPosition } from '../src/meaning/hoverContent';
import { statusHints } from '../src/hints/model';
import { parseAddress } from '../src/tdx/parse';
import { LineClassifier } from '../src/detect/classify';
import { frameValuesOfLine } from '../src/pages/model/frameValues';
import { frameCountsText, frameOf, PageIndex } from '../src/pages/model/pageIndex';
import { historyLink, historyOf, pagesWithStories } from '../src/pages/model/history';
import { IndexService, IndexSource } from '../src/pages/model/indexService';
import { scanLine } from '../src/detect/scanner';
import { measureFieldAccuracy, Mistake } from '../test/corpus/measure';
import { loadManifest, loadSet } from '../test/corpus/sets';
import { analyzeAddress } from '../src/tdx/tdx';
import { measureActivation } from './activation';
import { makeCorpus, rng } from './corpus';

const root = join(__dirname, '..', '..');
const MB = 1024 * 1024;
const settings = { gpaw: 48 as const, grouping: 'underscore' as const, labelledBareHex: true };

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) min = Math.min(min, time(fn));
  return min;
}

/**
 * The best time of each function over `rounds` rounds that run them in turn, so a slow spell of a shared machine
 * slows every measurement of a round alike instead of one function's whole series (the ratios stay fair).
 */
function bestInterleaved<K extends string>(rounds: number, fns: Record<K, () => void>): Record<K, number> {
  const min = {} as Record<K, number>;
  for (const k in fns) min[k] = Infinity;
  for (let i = 0; i < rounds; i++) for (const k in fns) min[k] = Math.min(min[k], time(fns[k]));
  return min;
}

function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

let sink = 0;
const corpus = makeCorpus(Number(process.env.BENCH_CORPUS_MB ?? 64) * MB);
const bytes = corpus.reduce((n, l) => n + l.length + 1, 0);

// scanRatio: the scanner (`scanLine`, the first pass) against a bare indexOf('0x') pass over the same text.
// classifyRatio: the classifying scanner (a `LineClassifier`'s `values`, one classifier for every line as inlay hints
// keep one for their lines), which hovers, inlay hints and the API run.
const scanAll = (lines: string[]) => {
  for (const l of lines) sink += scanLine(l, { labelledBareHex: true }).length;
};
const classifier = new LineClassifier();
const classifyAll = (lines: string[]) => {
  for (const l of lines) sink += classifier.values(l, { labelledBareHex: true }).length;
};
const baseline = (lines: string[]) => {
  for (const l of lines) {
    let i = l.indexOf('0x');
    while (i >= 0) {
      sink++;
      i = l.indexOf('0x', i + 2);
    }
  }
};
scanAll(corpus.slice(0, 20000)); // warm-up
const {
  scan: scanMs,
  classify: classifyMs,
  baseline: baselineMs,
  scan2x: scan2xMs,
} = bestInterleaved(5, {
  baseline: () => baseline(corpus),
  scan: () => scanAll(corpus),
  classify: () => classifyAll(corpus),
  scan2x: () => {
    scanAll(corpus);
    scanAll(corpus);
  },
});

// Hover at random positions in 2,000-character lines, and in one 1 MB line.
const r = rng(7);
const longLines: string[] = [];
for (let i = 0; longLines.length < 500; i++) {
  let s = '';
  while (s.length < 2000) s += corpus[(i * 131 + s.length) % corpus.length] + ' ';
  longLines.push(s.slice(0, 2000));
}
/** Microseconds of each of `n` hovers at random positions; with `tries` > 1, the fastest of that many per position. */
/** The hover path's classifier, as the hover provider keeps one. */
const hoverClassifier = new LineClassifier();
function hoverSamples(lines: string[], n: number, tries = 1): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const line = lines[Math.floor(r() * lines.length)];
    const pos = Math.floor(r() * line.length);
    const window = Math.max(0, pos - 512);
    const text = line.slice(window, pos + 512);
    let fastest = Infinity;
    for (let k = 0; k < tries; k++) {
      const t0 = performance.now();
      const h = hoverAtPosition(text, pos - window, settings, { uri: 'file:///x', line: 0, offset: window }, undefined, hoverClassifier);
      // Reading a character flattens the markdown into one string, as sending it to VS Code does.
      if (h) sink += h.markdown.charCodeAt(h.markdown.length >> 1);
      fastest = Math.min(fastest, (performance.now() - t0) * 1000);
    }
    out.push(fastest);
  }
  return out;
}
/** Collects garbage between phases (node --expose-gc), so one phase's heap does not pause the next one's timings. */
const gc = () => (globalThis as { gc?: () => void }).gc?.();
/** A percentile as the best of `runs` runs (garbage collected before each), to damp scheduling noise. */
function bestPercentile(p: number, runs: number, sample: () => number[]): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    gc();
    min = Math.min(min, percentile(sample(), p));
  }
  return min;
}
gc();
hoverSamples(longLines, 5000);
const hover = hoverSamples(longLines, 20000);
const hoverP99 = bestPercentile(99, 5, () => hoverSamples(longLines, 20000));
// The same positions' own cost, without the machine's interruptions: each hover timed 3 times, the fastest kept.
const hoverInputP99 = bestPercentile(99, 1, () => hoverSamples(longLines, 20000, 3));
let mega = '';
while (mega.length < MB) mega += corpus[Math.floor(r() * corpus.length)] + ' ';
gc();
hoverSamples([mega], 2000);
const hoverLongP99 = bestPercentile(99, 5, () => hoverSamples([mega], 10000));
const hits = (() => {
  let n = 0;
  for (let i = 0; i < 2000; i++) {
    const line = longLines[i % longLines.length];
    const p = Math.floor(r() * line.length);
    if (hoverAtPosition(line, p, settings)) n++;
  }
  return n / 2000;
})();

// Inlay hints for a 60-line viewport.
gc();
const inlay: number[] = [];
for (let i = 0; i < 3000; i++) {
  const first = Math.floor(r() * (corpus.length - 60));
  const t0 = performance.now();
  sink += statusHints((l) => corpus[l], first, first + 59, 0, corpus[first + 59].length, settings, 2000).length;
  inlay.push((performance.now() - t0) * 1000);
}

// Analysis of one parsed address.
const parsed = ['0x8000_0000_1234', '0x8_0000_0000_1000', '0xffff888000001000', '0x1000'].map((s) => {
  const p = parseAddress(s);
  if (!p.ok) throw new Error(p.error);
  return p;
});
const N = 1_000_000;
const analyzeMs = best(3, () => {
  for (let i = 0; i < N; i++) sink += analyzeAddress(parsed[i & 3].value, 'gpa', i & 1 ? 48 : 52).ept[0];
});

// Page index (src/pages/model/pageIndex.ts): a generated 50 MB trace indexed in 25 ms slices, as the extension builds it.
// indexRatio: its throughput against the same run's indexOf('0x') pass over the same text (which also flattens the
// generated strings, so the heap before the build holds only the text). indexHeapMB: what the index holds after a full
// garbage collection: V8 heap plus ArrayBuffer memory (its typed arrays live outside the V8 heap).
// highlightP99ms: with the cursor on a random gpa/gfn value, reading that line and collecting the frame's occurrences.
// historyMs: the page history (rows, conversions, mismatches) of one frame that 10,000 lines of the trace refer to:
// every 1/10,000th line is replaced by one of HISTORY_LINES (accesses through both aliases, conversions both ways).
// hoverIndexedP99us: hovers at random positions of the indexed trace, with the "In this file" count line and the
// History link. firstAnswerMs: from creating an index (IndexService, 25 ms slices on the host's timers) to the first
// highlight answer for a value in the trace's last screenful.
const trace = makeCorpus(Number(process.env.BENCH_INDEX_MB ?? 50) * MB, 2);
const HISTORY_LINES = [
  ' qemu-kvm-4187 [003] d..1. 100.000001: kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x0000000076543010 error_code 0x181',
  '4187@1700000000.200000:kvm_convert_memory start 0x76500000 size 0x100000 private_to_shared',
  ' qemu-kvm-4187 [003] d..1. 100.000003: kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x0000800076543020 error_code 0x181',
  ' qemu-kvm-4187 [003] d..1. 100.000004: kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x0000000076543030 error_code 0x181',
  '4187@1700000000.500000:kvm_memory_fault start 0x76543000 size 0x1000 flags 0x8',
  '4187@1700000000.600000:kvm_convert_memory start 0x76543000 size 0x1000 shared_to_private',
];
const HISTORY_OCCURRENCES = 10_000;
for (let i = 0; i < HISTORY_OCCURRENCES; i++)
  trace[Math.floor(((i + 0.5) * trace.length) / HISTORY_OCCURRENCES)] = HISTORY_LINES[i % HISTORY_LINES.length];
const traceBytes = trace.reduce((n, l) => n + l.length + 1, 0);
const traceBaselineMs = best(3, () => baseline(trace));
const heldBytes = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const heapBeforeIndex = heldBytes();
const index = new PageIndex(trace.length, { gpaw: 48, labelledBareHex: true });
let indexSlices = 0;
let indexMaxSliceMs = 0;
const indexStart = performance.now();
for (let done = false; !done; indexSlices++) {
  const t0 = performance.now();
  done = index.work((l) => trace[l], 25);
  indexMaxSliceMs = Math.max(indexMaxSliceMs, performance.now() - t0);
}
const indexMs = performance.now() - indexStart;
const indexHeapMB = (heldBytes() - heapBeforeIndex) / MB;
const highlightP99 = bestPercentile(99, 3, () => {
  const out: number[] = [];
  while (out.length < 1000) {
    const line = trace[Math.floor(r() * trace.length)];
    const t0 = performance.now();
    const values = frameValuesOfLine(line, settings);
    if (!values.length) continue;
    const v = values[Math.floor(r() * values.length)];
    sink += index.occurrences(frameOf(v.kind, v.value, settings.gpaw)).length;
    out.push(performance.now() - t0);
  }
  return out;
});
// What tdx.listPages computes: every frame with its conversions and mismatches, mismatched ones first.
const pagesMs = time(() => (sink += pagesWithStories(index, (l) => trace[l]).length));
gc();
let historyRows = 0;
const historyMs = best(3, () => {
  const h = historyOf(index, frameOf('gpa', 0x76543000n, settings.gpaw), (l) => trace[l]);
  historyRows = h.rows.length;
  sink += h.mismatches;
});
// The random e820 ranges of the trace contain the frame too: it has more rows than the lines written for it.
if (historyRows < HISTORY_OCCURRENCES) throw new Error(`the history frame has ${historyRows} rows, fewer than ${HISTORY_OCCURRENCES}`);
/** Hovers on the indexed trace as the hover provider answers them: the hover, the count line and the History link. */
function indexedHoverSamples(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const l = Math.floor(r() * trace.length);
    const line = trace[l];
    const pos = Math.floor(r() * line.length);
    const t0 = performance.now();
    const h = hoverAtPosition(line, pos, settings, { uri: 'file:///trace.log', line: l, offset: 0 }, undefined, hoverClassifier);
    if (h) {
      let md = h.markdown;
      if (h.address) {
        const ref = frameOf(h.address.kind, h.address.value, index.gpaw);
        md += `\n\n${frameCountsText(index.counts(ref), ref)}`;
        md += historyLink('file:///trace.log', `0x${h.address.value.toString(16)}`, h.address.kind === 'gfn' ? 'gfn' : 'gpa');
      }
      sink += md.charCodeAt(md.length >> 1);
    }
    out.push((performance.now() - t0) * 1000);
  }
  return out;
}
indexedHoverSamples(5000);
const hoverIndexedP99 = bestPercentile(99, 5, () => indexedHoverSamples(20000));
const edits: number[] = [];
for (let i = 0; i < 200; i++) {
  const l = Math.floor(r() * trace.length);
  const t0 = performance.now();
  index.lineEdit(l, 0, 0);
  index.work((n) => trace[n], Infinity);
  edits.push(performance.now() - t0);
}

/** Milliseconds from creating an index of `trace` to the first highlight answer for a value in its last screenful. */
async function firstAnswer(): Promise<number> {
  const service = new IndexService<IndexSource>(
    { now: () => performance.now(), schedule: (run, ms) => setTimeout(run, ms), cancel: (h) => clearTimeout(h as NodeJS.Timeout) },
    { warn: () => undefined, error: (m) => console.error(m) },
  );
  const source: IndexSource = { lineCount: trace.length, lineAt: (l) => trace[l] };
  const screen = { from: trace.length - 60, to: trace.length - 1 };
  let line = screen.to;
  while (!frameValuesOfLine(trace[line], settings).length) line--;
  try {
    const t0 = performance.now();
    await service.whenRead('trace', source, { gpaw: 48, labelledBareHex: true }, [{ from: line, to: line }, screen], 60_000);
    const v = frameValuesOfLine(trace[line], settings)[0];
    const found = service.existing('trace')!.occurrences(frameOf(v.kind, v.value, settings.gpaw));
    const ms = performance.now() - t0;
    if (!found.some((o) => o.line === line)) throw new Error('the first answer misses its own line');
    return ms;
  } finally {
    service.dispose();
  }
}

const size = (p: string) => (existsSync(join(root, p)) ? statSync(join(root, p)).size : null);
gc();
const activation = measureActivation(join(root, 'dist', 'extension.js'));

// Field-aware detection on every labelled set of test/corpus/sets/manifest.json (the generated corpus, the held-out
// lines, the regression sets): of the values called gpa/gfn, the share that are (<name>Precision); of the gpa/gfn
// values, the share found with the right kind (<name>Recall); with the lines and both counts.
const labelled: Record<string, number> = {};
let corpusMistakes: readonly Mistake[] = [];
for (const set of loadManifest()) {
  const entries = loadSet(set);
  const m = measureFieldAccuracy(entries);
  labelled[`${set.name}Precision`] = +m.fieldPrecision.toFixed(4);
  labelled[`${set.name}Recall`] = +m.fieldRecall.toFixed(4);
  labelled[`${set.name}Lines`] = entries.length;
  labelled[`${set.name}CalledAddress`] = m.valuesCalledAddress;
  labelled[`${set.name}AddressValues`] = m.addressValues;
  if (set.kind === 'generated') corpusMistakes = m.mistakes.slice(0, 10);
}

void (async () => {
  gc();
  const firstAnswerMs = Math.min(await firstAnswer(), await firstAnswer(), await firstAnswer());
  const results = {
    ...labelled,
    corpusMB: +(bytes / MB).toFixed(1),
    lines: corpus.length,
    scanMBps: +(bytes / MB / (scanMs / 1000)).toFixed(1),
    baselineMBps: +(bytes / MB / (baselineMs / 1000)).toFixed(1),
    scanRatio: +(baselineMs / scanMs).toFixed(3),
    classifyMBps: +(bytes / MB / (classifyMs / 1000)).toFixed(1),
    classifyRatio: +(baselineMs / classifyMs).toFixed(3),
    scan2xRatio: +(scan2xMs / scanMs).toFixed(3),
    hoverP50us: +percentile(hover, 50).toFixed(2),
    hoverP99us: +hoverP99.toFixed(2),
    hoverInputP99us: +hoverInputP99.toFixed(2),
    hoverHitRate: +hits.toFixed(2),
    hoverLongLineP99us: +hoverLongP99.toFixed(2),
    inlayViewportP99us: +percentile(inlay, 99).toFixed(2),
    indexCorpusMB: +(traceBytes / MB).toFixed(1),
    indexLines: trace.length,
    indexBuildMs: Math.round(indexMs),
    indexMBps: +(traceBytes / MB / (indexMs / 1000)).toFixed(1),
    indexBaselineMBps: +(traceBytes / MB / (traceBaselineMs / 1000)).toFixed(1),
    indexRatio: +(traceBaselineMs / indexMs).toFixed(3),
    indexSlices,
    indexMaxSliceMs: +indexMaxSliceMs.toFixed(1),
    indexHeapMB: +indexHeapMB.toFixed(1),
    indexFrames: index.frameCount,
    highlightP99ms: +highlightP99.toFixed(2),
    firstAnswerMs: +firstAnswerMs.toFixed(1),
    historyMs: +historyMs.toFixed(1),
    historyRows,
    hoverIndexedP99us: +hoverIndexedP99.toFixed(2),
    listPagesMs: +pagesMs.toFixed(1),
    indexEditP50ms: +percentile(edits, 50).toFixed(2),
    indexEditP99ms: +percentile(edits, 99).toFixed(2),
    analyzeNsPerOp: +((analyzeMs * 1e6) / N).toFixed(1),
    bundleBytes: size('dist/extension.js'),
    webviewBytes: size('dist/webview/inspector.js'),
    activationMedianMs: +activation.medianMs.toFixed(2),
    activationMinMaxMs: `${activation.minMs.toFixed(2)}–${activation.maxMs.toFixed(2)} (${activation.runs} runs)`,
    heapUsedMB: +(process.memoryUsage().heapUsed / MB).toFixed(0),
    node: process.version,
    date: new Date().toISOString(),
  };

  // One run's figures; `npm run bench` (bench/judge.ts) runs this three times and judges the medians.
  const out = process.env.BENCH_OUT ?? join(root, 'bench', 'results.json');
  writeFileSync(out, JSON.stringify({ ...results, mistakes: corpusMistakes }, null, 2) + '\n');
  console.log(`  run done: ${out}${sink < 0 ? '' : ''}`);
})();
