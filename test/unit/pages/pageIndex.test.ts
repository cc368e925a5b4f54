import * as assert from 'node:assert/strict';
import { frameValuesOfLine } from '../../../src/pages/model/frameValues';
import {
  FrameOccurrence,
  frameCountsPendingText,
  frameCountsText,
  frameOf,
  occurrencesInLine,
  PageIndex,
  PageIndexOptions,
  pageEntry,
} from '../../../src/pages/model/pageIndex';
import { Gpaw } from '../../../src/tdx/tdx';

const BARE = { labelledBareHex: true };

/** One page (private GFN 0x12345 under GPAW 48) in five forms, and values that must not match it. */
export const FIVE_FORMS = [
  ' qemu-kvm-4187 [003] d..1. 5125.204133: kvm_page_fault: vcpu 0 rip 0xffffffff81c2a1f4 address 0x0000000012345678 error_code 0x182',
  ' qemu-kvm-4187 [001] d..1. 5125.204140: kvm_page_fault: vcpu 1 rip 0xffffffff81c2a1f4 address 0x0000800012345abc error_code 0x181',
  ' qemu-kvm-4187 [003] d..1. 5125.204151: kvm_mmu_spte_requested: gfn 12345 pfn 12345 level 1',
  '[    0.000000] BIOS-e820: [mem 0x0000000012300000-0x00000000123fffff] usable',
  '4187@1700000000.123456:kvm_convert_memory start 0x12340000 size 0x10000 shared_to_private',
  ' qemu-kvm-4187 [003] d..1. 5125.204188: kvm_page_fault: vcpu 0 rip 0xffffffff81001e35 address 0x0000000012346000 error_code 0x184',
  ' qemu-kvm-4187 [003] d..1. 5125.204201: kvm_mmu_set_spte: gfn 12345 spte 8000000fee00677 (rwxu) level 1 at 12345000',
];

function build(lines: string[], options: Partial<PageIndexOptions> = {}): PageIndex {
  const index = new PageIndex(lines.length, { gpaw: 48, labelledBareHex: true, ...options });
  assert.equal(
    index.work((l) => lines[l], Infinity),
    true,
  );
  return index;
}

const at = (o: FrameOccurrence, lines: string[]) => [o.line, lines[o.line].slice(o.start, o.end), o.relation];

/** What the index should answer, computed line by line without it. */
function oracle(lines: string[], gpaw: Gpaw, kind: 'gpa' | 'gfn', value: bigint): FrameOccurrence[] {
  const ref = frameOf(kind, value, gpaw);
  return lines.flatMap((text, line) => occurrencesInLine(ref, line, frameValuesOfLine(text, BARE), gpaw));
}

describe('frameValuesOfLine: the gpa/gfn values of a line, with range spans', () => {
  it('keeps GPAs and stripped GFNs, drops host PFNs, RIPs and error codes', () => {
    assert.deepEqual(
      frameValuesOfLine(FIVE_FORMS[0], BARE).map((v) => [v.kind, v.value]),
      [['gpa', 0x12345678n]],
    );
    const gfn = frameValuesOfLine(FIVE_FORMS[2], BARE);
    assert.deepEqual(
      gfn.map((v) => [v.kind, v.value, FIVE_FORMS[2].slice(v.start, v.end)]),
      [['gfn', 0x12345n, '12345']],
      'the pfn 12345 is a host PFN',
    );
    assert.deepEqual(frameValuesOfLine('kvm_mmu_set_spte: gfn 12345 spte 600000012345677 (rwx-) level 1 at 12345000', BARE).length, 1);
  });
  it('gives both ends of [mem a-b] the span of the pair', () => {
    const line = FIVE_FORMS[3];
    const values = frameValuesOfLine(line, BARE);
    assert.equal(values.length, 2);
    for (const v of values) {
      assert.deepEqual(v.range && [v.range.first, v.range.last], [0x12300000n, 0x123fffffn]);
      assert.equal(line.slice(v.range!.start, v.range!.end), '0x0000000012300000-0x00000000123fffff');
    }
  });
  it('gives start … size … the span from start through the size', () => {
    const line = FIVE_FORMS[4];
    const [v] = frameValuesOfLine(line, BARE);
    assert.deepEqual([v.kind, v.range?.first, v.range?.last], ['gpa', 0x12340000n, 0x1234ffffn]);
    assert.equal(line.slice(v.range!.start, v.range!.end), '0x12340000 size 0x10000');
  });
  it('a one-byte range [mem a-a] is still one span', () => {
    const line = 'e820: update [mem 0x12345000-0x12345000] usable ==> reserved';
    const spans = frameValuesOfLine(line, BARE).map((v) => line.slice(v.range!.start, v.range!.end));
    assert.deepEqual(spans, ['0x12345000-0x12345000', '0x12345000-0x12345000']);
  });
  it('follows the detection setting and the language', () => {
    assert.equal(frameValuesOfLine(FIVE_FORMS[2], { labelledBareHex: false }).length, 0);
    assert.deepEqual(
      frameValuesOfLine('\tgfn_t gfn = 0x12345;', BARE, 'c').map((v) => v.kind),
      ['gfn'],
    );
  });
  it('reads a window of a line: values starting in [from, to)', () => {
    const line = 'gpa 0x1000 gpa 0x2000 gpa 0x3000';
    assert.deepEqual(
      frameValuesOfLine(line, BARE, undefined, { from: 7, to: 22 }).map((v) => v.value),
      [0x2000n],
    );
  });
});

describe('frameOf: the private GFN is the frame identity', () => {
  it('GPAW 48: bit 47 in GPAs, bit 35 in GFNs', () => {
    assert.deepEqual(frameOf('gpa', 0x8000_1234_5abcn, 48), { frame: 0x12345n, shared: true, invalid: false });
    assert.deepEqual(frameOf('gpa', 0x1234_5678n, 48), { frame: 0x12345n, shared: false, invalid: false });
    assert.deepEqual(frameOf('gfn', 0x8_0001_2345n, 48), { frame: 0x12345n, shared: true, invalid: false });
    assert.deepEqual(frameOf('gfn', 0x12345n, 48), { frame: 0x12345n, shared: false, invalid: false });
  });
  it('GPAW 52: bit 51 in GPAs, bit 39 in GFNs; bit 47 is then an ordinary address bit', () => {
    assert.deepEqual(frameOf('gpa', 0x8_0000_1234_5000n, 52), { frame: 0x12345n, shared: true, invalid: false });
    assert.deepEqual(frameOf('gfn', 0x80_0001_2345n, 52), { frame: 0x12345n, shared: true, invalid: false });
    assert.deepEqual(frameOf('gpa', 0x8000_1234_5abcn, 52), { frame: 0x8_0001_2345n, shared: false, invalid: false });
  });
  it('invalid values keep their reserved bits in the frame', () => {
    assert.deepEqual(frameOf('gpa', 0x8_0000_0000_1000n, 48), { frame: 0x80_0000_0001n, shared: false, invalid: true });
    assert.deepEqual(frameOf('gpa', 0x8_8000_0000_1000n, 48), { frame: 0x80_0000_0001n, shared: true, invalid: true });
    assert.deepEqual(frameOf('gfn', 0x1_0000_0000_0000n, 52), { frame: 0x1_0000_0000_0000n, shared: false, invalid: true });
  });
});

describe('PageIndex: which values refer to the same guest frame', () => {
  it('finds the five forms of one page, telling exact matches from the alias and ranges', () => {
    const index = build(FIVE_FORMS);
    const fromPrivate = index.occurrences(frameOf('gpa', 0x12345678n, 48));
    assert.deepEqual(
      fromPrivate.map((o) => at(o, FIVE_FORMS)),
      [
        [0, '0x0000000012345678', 'exact'],
        [1, '0x0000800012345abc', 'alias'],
        [2, '12345', 'exact'],
        [3, '0x0000000012300000-0x00000000123fffff', 'range'],
        [4, '0x12340000 size 0x10000', 'range'],
        [6, '12345', 'exact'],
      ],
    );
    assert.deepEqual(fromPrivate, oracle(FIVE_FORMS, 48, 'gpa', 0x12345678n));
    const fromShared = index.occurrences(frameOf('gpa', 0x800012345000n, 48));
    assert.deepEqual(
      fromShared.map((o) => o.relation),
      ['alias', 'exact', 'alias', 'range', 'range', 'alias'],
    );
    assert.deepEqual(index.counts(frameOf('gfn', 0x12345n, 48)), { exact: 3, alias: 1, ranges: 2 });
  });
  it('a frame next door shares only the ranges', () => {
    const index = build(FIVE_FORMS);
    assert.deepEqual(
      index.occurrences(frameOf('gpa', 0x12346000n, 48)).map((o) => at(o, FIVE_FORMS)),
      [
        [3, '0x0000000012300000-0x00000000123fffff', 'range'],
        [4, '0x12340000 size 0x10000', 'range'],
        [5, '0x0000000012346000', 'exact'],
      ],
    );
    assert.deepEqual(
      index.occurrences(frameOf('gpa', 0x12350000n, 48)).map((o) => [o.line, o.relation]),
      [[3, 'range']],
      'past the end of the QEMU range, before the e820 end',
    );
    assert.equal(index.occurrences(frameOf('gpa', 0x12400000n, 48)).length, 0);
  });
  it('a range matches a frame by its shared alias too', () => {
    const lines = ['BIOS-e820: [mem 0x0000800012300000-0x00008000123fffff] usable', 'gpa 0x12345000'];
    const index = build(lines);
    assert.deepEqual(
      index.occurrences(frameOf('gpa', 0x12345000n, 48)).map((o) => o.relation),
      ['range', 'exact'],
    );
  });
  it('re-reads under another GPAW: bit 47 no longer makes an alias', () => {
    const index = build(FIVE_FORMS, { gpaw: 52 });
    assert.deepEqual(
      index.occurrences(frameOf('gpa', 0x12345678n, 52)).map((o) => [o.line, o.relation]),
      [
        [0, 'exact'],
        [2, 'exact'],
        [3, 'range'],
        [4, 'range'],
        [6, 'exact'],
      ],
    );
  });
  it('counts invalid values as invalid, grouped by their own frame', () => {
    const lines = ['gpa 0x0008000000001000 gpa 0x0008800000001abc', 'gpa 0x1000', 'gpa 0x0008000000001fff'];
    const index = build(lines);
    const ref = frameOf('gpa', 0x8_0000_0000_1000n, 48);
    assert.deepEqual(
      index.occurrences(ref).map((o) => [o.line, o.relation]),
      [
        [0, 'exact'],
        [0, 'alias'],
        [2, 'exact'],
      ],
    );
    const invalid = index.pages().find((p) => p.frame === 0x80_0000_0001n);
    assert.deepEqual(invalid && pageEntry(invalid), {
      gfn: '0x8000000001',
      occurrences: 3,
      shared: 0,
      private: 0,
      invalid: 3,
      firstLine: 0,
      conversions: 0,
      mismatches: 0,
    });
  });
  it('lists pages most frequent first, then by first occurrence, with counts by status', () => {
    const lines = [
      'gpa 0x2000',
      'gpa 0x1000 gpa 0x800000001000',
      'gfn 1 gfn 800000001',
      'gpa 0x3000 gpa 0x2fff',
      'gfn 3',
      'BIOS-e820: [mem 0x0000000000001000-0x0000000000001fff] usable',
    ];
    const index = build(lines);
    assert.deepEqual(
      index.pages().map((p) => pageEntry(p)),
      [
        { gfn: '0x1', occurrences: 4, shared: 2, private: 2, invalid: 0, firstLine: 1, conversions: 0, mismatches: 0 },
        { gfn: '0x2', occurrences: 2, shared: 0, private: 2, invalid: 0, firstLine: 0, conversions: 0, mismatches: 0 },
        { gfn: '0x3', occurrences: 2, shared: 0, private: 2, invalid: 0, firstLine: 3, conversions: 0, mismatches: 0 },
      ],
    );
    assert.deepEqual(index.pages(1).length, 1);
    assert.equal(index.frameCount, 3);
    const first = index.pages()[0];
    assert.equal(lines[first.firstLine].slice(first.firstStart, first.firstEnd), '0x1000');
  });
  it('says how many of each the hover shows', () => {
    assert.equal(
      frameCountsText({ exact: 4, alias: 2, ranges: 1 }, frameOf('gpa', 0x1000n, 48)),
      'In this file: 4 × this frame, 2 × its shared alias, 1 range containing it',
    );
    assert.equal(
      frameCountsText({ exact: 1, alias: 0, ranges: 3 }, frameOf('gpa', 0x800000001000n, 48)),
      'In this file: 1 × this frame, 0 × its private alias, 3 ranges containing it',
    );
  });
  it('says how far counting is while the index is built', () => {
    assert.equal(frameCountsPendingText(73_999, 200_001), 'In this file: counting… (36% of 200,001 lines read)');
  });
  it('reads every way a number is written as the line-by-line oracle does, with the same counts by status', () => {
    // The index reads plain numbers as doubles and falls back to bigints; each line below takes another path.
    const lines = [
      '\tgpa_t gpa = 0x0000800012345000ULL; /* 0x12345abcULL */',
      'let gpa = 0x8000_1234_5000u64; let other = 0x1234_5fffu64; let x = 0X12345000;',
      "constexpr auto gpa = 0x8000'1234'5000;",
      'addr 00008000`12345000 and 00000000`12345fff',
      'gpa = 78187493520', // GDB prints a labelled integer in decimal: 0x1234567890, frame 0x1234567
      'gpa = 305418240', // 0x12345000 in decimal
      ' qemu-kvm-4187 [001] d..1. 9479.143208: kvm_mmu_set_spte: gfn 12345 spte 600000012345677 (rwxu) level 1 at 12345000',
      'gfn 0xfffffffffff12345 gfn 0x10000000012345 gpa 0xffff800012345000',
      '[    0.000000] BIOS-e820: [mem 0x0000000012340000-0x0000000012345fff] usable',
      '4187@1700000000.123456:kvm_convert_memory start 0x800012345000 size 0x1000 private_to_shared',
    ];
    for (const gpaw of [48, 52] as const) {
      const index = build(lines, { gpaw, languageId: 'plaintext' });
      const frames = new Map<bigint, ReturnType<typeof frameOf>>();
      for (const text of lines)
        for (const v of frameValuesOfLine(text, BARE, 'plaintext'))
          if (!v.range) frames.set(frameOf(v.kind, v.value, gpaw).frame, frameOf(v.kind, v.value, gpaw));
      assert.ok(frames.size >= 5, `${frames.size} frames`);
      for (const ref of frames.values()) {
        const expected = lines.flatMap((text, line) => occurrencesInLine(ref, line, frameValuesOfLine(text, BARE, 'plaintext'), gpaw));
        assert.deepEqual(index.occurrences(ref), expected, `GPAW ${gpaw}, frame ${ref.frame.toString(16)}`);
      }
      const byStatus = new Map<bigint, { shared: number; private: number; invalid: number }>();
      for (const text of lines)
        for (const v of frameValuesOfLine(text, BARE, 'plaintext')) {
          if (v.range) continue;
          const r = frameOf(v.kind, v.value, gpaw);
          const c = byStatus.get(r.frame) ?? { shared: 0, private: 0, invalid: 0 };
          c[r.invalid ? 'invalid' : r.shared ? 'shared' : 'private']++;
          byStatus.set(r.frame, c);
        }
      assert.deepEqual(
        new Map(index.pages().map((p) => [p.frame, { shared: p.shared, private: p.private, invalid: p.invalid }])),
        byStatus,
        `GPAW ${gpaw}`,
      );
    }
  });
  it('an empty document, or one without addresses, has no pages', () => {
    assert.deepEqual(build(['']).pages(), []);
    assert.deepEqual(build(['no numbers here', 'deadbeef cafe']).occurrences(frameOf('gpa', 0n, 48)), []);
  });
});

describe('PageIndex: slices and edits', () => {
  const trace = Array.from(
    { length: 5000 },
    (_, i) => `kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x${(0x100000 + (i % 700) * 0x1000 + i).toString(16)} error_code 0x2`,
  );

  it('stops when the budget is spent and resumes where it stopped, inside a block', () => {
    let clock = 0;
    let reads = 0;
    const index = new PageIndex(trace.length, { gpaw: 48, labelledBareHex: true, blockLines: 1024 });
    const lineAt = (l: number) => {
      reads++;
      clock += 0.002; // 2 µs a line
      return trace[l];
    };
    let slices = 0;
    for (;;) {
      const before = clock;
      const done = index.work(lineAt, 0.5, () => clock);
      // The clock is read every 16K characters (~150 of these lines, 0.3 ms here).
      assert.ok(clock - before < 0.5 + 0.35, `slice ${slices} took ${clock - before} ms`);
      if (done) break;
      slices++;
      assert.ok(!index.complete);
    }
    assert.equal(reads, trace.length, 'every line read exactly once');
    assert.ok(slices >= 10, `${slices} slices`);
    assert.ok(index.complete);
    assert.deepEqual(index.pages(), build(trace).pages());
  });

  it('answers from the blocks read so far while building', () => {
    let clock = 0;
    const index = new PageIndex(trace.length, { gpaw: 48, labelledBareHex: true, blockLines: 512 });
    index.work(
      (l) => {
        clock += 1;
        return trace[l];
      },
      1500,
      () => clock,
    );
    assert.ok(!index.complete && index.indexedLines === 1024, `two blocks of 512 done (${index.indexedLines})`);
    assert.ok(index.isIndexed(0) && index.isIndexed(1023) && !index.isIndexed(1024));
    const ref = frameOf('gpa', 0x100000n, 48);
    assert.ok(index.occurrences(ref).every((o) => o.line < 1024));
  });

  it('re-reads only the touched block and moves the later ones', () => {
    const lines = [...trace];
    const index = build(lines);
    let reads = 0;
    // Insert two lines after line 2000 (a change whose range starts at line 2000 and inserts two line breaks).
    lines.splice(2001, 0, 'gpa 0x55555000', 'gfn 55555');
    index.lineEdit(2000, 0, 2);
    assert.ok(!index.complete && index.isIndexed(0) && !index.isIndexed(2000));
    index.work((l) => (reads++, lines[l]), Infinity);
    assert.ok(reads <= 1026, `one block read again (${reads} lines)`);
    assert.deepEqual(index.pages(), build(lines).pages());
    assert.deepEqual(
      index.occurrences(frameOf('gpa', 0x55555000n, 48)).map((o) => o.line),
      [2001, 2002],
    );
    // Delete lines 100..4000 (a change from line 100 that removes 3900 line breaks).
    lines.splice(100, 3900);
    index.lineEdit(100, 3900, 0);
    index.work((l) => lines[l], Infinity);
    assert.equal(index.lineCount, lines.length);
    assert.deepEqual(index.pages(), build(lines).pages());
  });

  it('an edit in the block being read restarts that block; one elsewhere does not disturb it', () => {
    const lines = [...trace];
    let clock = 0;
    const index = new PageIndex(lines.length, { gpaw: 48, labelledBareHex: true, blockLines: 1024 });
    const lineAt = (l: number) => ((clock += 1), lines[l]);
    index.work(lineAt, 1500, () => clock); // block 0 done, block 1 half read
    lines[1100] = 'gpa 0x77777000';
    index.lineEdit(1100, 0, 0);
    lines.splice(10, 1);
    index.lineEdit(9, 1, 0);
    while (!index.work(lineAt, 700, () => clock));
    assert.deepEqual(index.pages(), build(lines).pages());
  });

  it('reads a very long line in windows, with a range across a window edge', () => {
    const WINDOW = 1 << 18;
    const head = 'gpa 0x12345000';
    const mem = '[mem 0x0000000012300000-0x00000000123fffff]';
    // The window edge falls between the two ends of the [mem] pair.
    const line = head + ' '.repeat(WINDOW - 10 - 5 - head.length) + mem + ' '.repeat(300_000) + 'gfn 12345';
    const first = line.indexOf('0x0000000012300000');
    assert.ok(first < WINDOW && first + 19 > WINDOW, 'the pair straddles the window edge');
    const lines = ['gpa 0x12345fff', line];
    let clock = 0;
    const index = new PageIndex(lines.length, { gpaw: 48, labelledBareHex: true });
    let slices = 0;
    const lineAt = (l: number) => ((clock += 0.3), lines[l]);
    while (!index.work(lineAt, 0.5, () => clock)) slices++;
    assert.ok(slices >= 2, 'the clock is looked at between windows');
    const ref = frameOf('gpa', 0x12345000n, 48);
    assert.deepEqual(index.occurrences(ref), oracle(lines, 48, 'gpa', 0x12345000n));
    assert.deepEqual(
      index.occurrences(ref).map((o) => [o.line, o.relation, lines[o.line].slice(o.start, o.end)]),
      [
        [0, 'exact', '0x12345fff'],
        [1, 'exact', '0x12345000'],
        [1, 'range', '0x0000000012300000-0x00000000123fffff'],
        [1, 'exact', '12345'],
      ],
    );
  });

  it('reclaims frames no block refers to after many edits, and answers the same', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `gpa 0x${(0x1000 * (i + 1)).toString(16)}`);
    const index = build(lines, { blockLines: 256 });
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < lines.length; i++) lines[i] = `gpa 0x${(0x1000 * (i + 1 + (round + 1) * 100_000)).toString(16)}`;
      index.lineEdit(0, lines.length - 1, lines.length - 1);
      index.work((l) => lines[l], Infinity);
    }
    assert.equal(index.frameCount, 3000);
    assert.deepEqual(index.pages(), build(lines).pages());
    const v = BigInt(0x1000 * (17 + 4 * 100_000));
    assert.deepEqual(index.occurrences(frameOf('gpa', v, 48)), oracle(lines, 48, 'gpa', v));
  });

  // Random edits between random slices against a fresh index: the 'page index' property in test/fuzz/properties.ts.
});

describe('page index: per-frame counts, reading order, several frames at once', () => {
  const lines = [
    'gpa 0x12345000',
    'gpa 0x800012345000 gpa 0x12345000',
    'BIOS-e820: [mem 0x0000000012300000-0x00000000123fffff] usable',
    'gfn 12345',
    'gpa 0x99999000',
    'gpa 0x800012345abc',
  ];
  const counted = (index: PageIndex, ref = frameOf('gpa', 0x12345000n, 48)) => {
    const byWalk = { exact: 0, alias: 0, ranges: 0 };
    for (const o of index.occurrences(ref)) byWalk[o.relation === 'range' ? 'ranges' : o.relation]++;
    assert.deepEqual(index.counts(ref), byWalk, 'counts agree with the occurrences');
    return index.counts(ref);
  };

  it('keeps the hover’s counts through edits, as the occurrences give them', () => {
    const text = [...lines];
    const index = build(text, { blockLines: 2 });
    assert.deepEqual(counted(index), { exact: 3, alias: 2, ranges: 1 });
    assert.deepEqual(counted(index, frameOf('gpa', 0x800012345000n, 48)), { exact: 2, alias: 3, ranges: 1 });
    text.splice(1, 1, 'nothing here', 'gpa 0x800012345000');
    index.lineEdit(1, 0, 1);
    index.work((l) => text[l], Infinity);
    assert.deepEqual(counted(index), { exact: 2, alias: 2, ranges: 1 });
    text.splice(0, 3);
    index.lineEdit(0, 3, 0);
    index.work((l) => text[l], Infinity);
    assert.deepEqual(counted(index), { exact: 1, alias: 1, ranges: 1 });
    assert.deepEqual(counted(index, frameOf('gfn', 0x77777n, 48)), { exact: 0, alias: 0, ranges: 0 });
  });

  it('counts the ranges containing either alias as the occurrences do, for ranges of every size', () => {
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const hex = (v: bigint) => v.toString(16).padStart(16, '0');
    const text: string[] = [];
    for (let i = 0; i < 300; i++) {
      const first = BigInt(next(4)) * 0x4000_0000_0000n + BigInt(next(64)) * 0x1000n;
      const last = first + BigInt(next(3)) * 0x4000_0000_0000n + BigInt(next(64)) * 0x1000n;
      text.push(i % 3 ? `BIOS-e820: [mem 0x${hex(first)}-0x${hex(last)}] usable` : `gpa 0x${hex(first + 0x123n)}`);
    }
    const index = build(text, { blockLines: 16 });
    for (let f = 0; f < 64; f++) {
      counted(index, frameOf('gfn', BigInt(f), 48));
      counted(index, frameOf('gfn', 0x8_0000_0000n + BigInt(f), 48));
      counted(index, frameOf('gfn', 0x4_0000_0000n + BigInt(f), 48));
    }
  });

  it('reads preferred blocks before the others', () => {
    const many = Array.from({ length: 100 }, (_, i) => `gpa 0x${(i + 1).toString(16)}000`);
    const index = new PageIndex(many.length, { gpaw: 48, labelledBareHex: true, blockLines: 10 });
    const read: number[] = [];
    index.prefer(95, 97);
    index.prefer(40, 40);
    assert.equal(index.isRead(90, 99), false);
    index.work((l) => (read.push(l), many[l]), Infinity);
    assert.deepEqual(read.slice(0, 30), [
      ...Array.from({ length: 10 }, (_, i) => 90 + i),
      ...Array.from({ length: 10 }, (_, i) => 40 + i),
      ...Array.from({ length: 10 }, (_, i) => i),
    ]);
    assert.ok(index.isRead(0, 99));
    assert.equal(new Set(read).size, 100);
    assert.equal(read.length, 100);
  });

  it('finds several frames in one pass, each in document order as occurrences() would', () => {
    const index = build(lines, { blockLines: 2 });
    const frames = [0x12345, 0x99999];
    const found: [number, number, string][] = [];
    index.visitMany(frames, (k, line, _s, _e, relation) => found.push([k, line, relation]));
    for (const [k, f] of frames.entries())
      assert.deepEqual(
        found.filter((x) => x[0] === k).map((x) => [x[1], x[2]]),
        index.occurrences(frameOf('gfn', BigInt(f), 48)).map((o) => [o.line, o.relation]),
      );
  });
});
