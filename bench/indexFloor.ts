// `npm run bench:floor`: what an index of guest frames costs at the least, against the same `indexOf('0x')` baseline
// as `indexRatio` (a ratio of 0.2 allows 5 times the baseline's time). Each line is timed best of 7, interleaved:
//   scan         the scanner's first pass (`LineScanner.scan`): every index must at least find the tokens;
//   classify     the classifier (`LineClassifier.classify`), which decides which tokens are GPAs and GFNs;
//   index        the page index as the extension builds it (`PageIndex.work`);
//   prefilter    a two-tier design's first tier: the scanner plus a 256-Kbit Bloom filter per 1,024-line block of
//                every token's candidate frames (as a GPA and as a GFN, shared bit stripped), which a query would
//                use to pick the blocks to classify. It misses what the classifier reads without a token (bare
//                fields of known messages) and every range, so it cannot answer exactly;
//   prefilter+ranges  the same, plus what exact range answers need at the least: the lines whose values may form
//                a range (a value after `-` or `,`, or a `start … size …` message) classified in full.
// None of the tiers counts the cost of storing anything beyond the Bloom filter, so each is a lower bound.
import { performance } from 'perf_hooks';
import { LineClassifier } from '../src/detect/classify';
import { messageRangeForm } from '../src/detect/messages';
import { FrameReader } from '../src/pages/model/frameValues';
import { isHexDigit } from '../src/detect/lexer';
import { PageIndex } from '../src/pages/model/pageIndex';
import { LineScanner } from '../src/detect/scanner';
import { hexDigitValue } from '../src/tdx/tdx';
import { makeCorpus } from './corpus';

const MB = 1024 * 1024;
const trace = makeCorpus(Number(process.env.BENCH_FLOOR_MB ?? 20) * MB, 2);
const OPTIONS = { labelledBareHex: true };
const BLOCK = 1024;
const WORDS = 8192; // 256 Kbit per block
const SHARED_GFN = 2 ** 35; // GPAW 48
let sink = 0;
const scanner = new LineScanner();
const classifier = new LineClassifier();
const reader = new FrameReader();

function setBit(bloom: Int32Array, base: number, frame: number): void {
  const f = Math.floor(frame / SHARED_GFN) % 2 === 1 ? frame - SHARED_GFN : frame;
  const h = Math.imul((f | 0) ^ Math.imul((f / 4294967296) | 0, 0x9e3779b1), 0x85ebca6b) >>> 14;
  bloom[base + (h >> 5)] |= 1 << (h & 31);
}

function prefilter(withRanges: boolean): void {
  const bloom = new Int32Array(Math.ceil(trace.length / BLOCK) * WORDS);
  let ranges = 0;
  for (let ln = 0; ln < trace.length; ln++) {
    const line = trace[ln];
    const n = scanner.scan(line, OPTIONS);
    const base = Math.floor(ln / BLOCK) * WORDS;
    let mayRange = false;
    for (let k = 0; k < n; k++) {
      let i = scanner.start[k];
      const end = scanner.end[k];
      let before = i;
      while (before > 0 && line.charCodeAt(before - 1) === 32) before--;
      const c = line.charCodeAt(before - 1);
      if (c === 45 || c === 44) mayRange = true;
      if (line.charCodeAt(i) === 48 && (line.charCodeAt(i + 1) | 32) === 120) i += 2;
      // The value as a GFN (all digits) and as a GPA's frame (all but the last three), exact below 2^53.
      let gfn = 0;
      let frame = 0;
      let low = 0;
      for (let digits = 0; i < end; i++) {
        const c = line.charCodeAt(i);
        if (!isHexDigit(c)) {
          if (c === 95 || c === 39 || c === 96) continue;
          break;
        }
        const h = hexDigitValue(c);
        gfn = gfn * 16 + h;
        if (++digits > 3) frame = frame * 16 + (low >> 8);
        low = ((low << 4) | h) & 0xfff;
      }
      setBit(bloom, base, gfn);
      setBit(bloom, base, frame);
    }
    if (withRanges && n >= 2 && (mayRange || messageRangeForm(line) === 'startSize')) {
      const m = reader.read(line, OPTIONS);
      for (let j = 0; j < m; j++) if (reader.rangeStart[j] >= 0) ranges++;
    }
  }
  sink += bloom[WORDS >> 1] + ranges;
}

const tiers: Record<string, () => void> = {
  baseline() {
    for (const l of trace) {
      let i = l.indexOf('0x');
      while (i >= 0) {
        sink++;
        i = l.indexOf('0x', i + 2);
      }
    }
  },
  scan() {
    for (const l of trace) sink += scanner.scan(l, OPTIONS);
  },
  classify() {
    for (const l of trace) sink += classifier.classify(l, OPTIONS);
  },
  index() {
    const index = new PageIndex(trace.length, { gpaw: 48, labelledBareHex: true });
    index.work((l) => trace[l], Infinity);
    sink += index.frameCount;
  },
  prefilter: () => prefilter(false),
  'prefilter+ranges': () => prefilter(true),
};

const best: Record<string, number> = {};
for (let round = 0; round < 7; round++)
  for (const [name, run] of Object.entries(tiers)) {
    const t0 = performance.now();
    run();
    best[name] = Math.min(best[name] ?? Infinity, performance.now() - t0);
  }
const mb = trace.reduce((n, l) => n + l.length + 1, 0) / MB;
console.log(`\n  ${mb.toFixed(1)} MB, ${trace.length} lines; best of 7 interleaved rounds\n`);
console.log('  tier               ms     × baseline   ratio (target 0.2)');
for (const [name, ms] of Object.entries(best))
  console.log(
    `  ${name.padEnd(17)} ${ms.toFixed(0).padStart(5)}   ${(ms / best.baseline).toFixed(2).padStart(6)}       ${(best.baseline / ms).toFixed(3)}`,
  );
console.log(sink < 0 ? '' : '');
