import * as assert from 'node:assert/strict';
import { resolve } from 'path';
import { classifyLine } from '../../../src/detect/classify';
import { generateCorpus, uncovered } from '../../corpus/generate';
import { CORPUS_FILE, measureFieldAccuracy } from '../../corpus/measure';
import { LabelledSet, loadManifest, loadSet, parseCorpusLines, parseManifest, REPO_ROOT } from '../../corpus/sets';

const manifest = loadManifest();
const named = (name: string): LabelledSet => {
  const set = manifest.find((s) => s.name === name);
  if (!set) throw new Error(`test/corpus/sets/manifest.json has no set named ${name}`);
  return set;
};

describe('corpus of real formats', () => {
  const generated = manifest.filter((s) => s.kind === 'generated');
  const corpus = loadSet(generated[0]);

  it('is the one generated set of the manifest, the file generate.ts writes', () => {
    assert.deepEqual(
      generated.map((s) => resolve(REPO_ROOT, s.file)),
      [CORPUS_FILE],
    );
  });

  it('has at least 300 lines, each with a source path, under both GPAWs', () => {
    assert.ok(corpus.length >= 300, `${corpus.length} lines`);
    for (const e of corpus) assert.match(e.source, /\S/, e.line);
    assert.ok(corpus.some((e) => e.gpaw === 48));
    assert.ok(corpus.some((e) => e.gpaw === 52));
    assert.ok(corpus.every((e) => e.gpaw === 48 || e.gpaw === 52));
  });

  it('spans every value exactly', () => {
    for (const e of corpus) {
      for (const v of e.values) assert.equal(e.line.slice(v.start, v.end), v.text, `${e.event}: ${e.line}`);
    }
  });

  it('labels every number the scanner reads', () => {
    assert.deepEqual(corpus.flatMap(uncovered), []);
  });

  it('is what the generator writes (regenerate with node out/test/corpus/generate.js)', () => {
    assert.deepEqual(generateCorpus(), corpus);
  });

  it('covers the sources the classifier has rules for', () => {
    const sources = new Set(corpus.map((e) => e.source));
    for (const s of [
      'arch/x86/kvm/mmu/mmutrace.h',
      'arch/x86/kvm/trace.h',
      'include/trace/events/kvm.h',
      'arch/x86/kvm/vmx/tdx.c',
      'arch/x86/virt/vmx/tdx/tdx.c',
      'arch/x86/kernel/e820.c',
      'drivers/pci/probe.c',
      'accel/kvm/trace-events',
      'target/i386/kvm/trace-events',
      'gdb/stack.c',
    ]) {
      assert.ok(sources.has(s), s);
    }
  });

  it('has more than 200 GPA and GFN values', () => {
    const m = measureFieldAccuracy(corpus);
    assert.ok(m.addressValues > 200, `${m.addressValues} address values`);
  });

  it('counts a wrong kind as a mistake', () => {
    const line = 'kvm_mmu_set_spte: gfn 8000fee00 spte 600000012345677 (rwx-) level 1 at 1a2b3c000';
    const at = line.indexOf('1a2b3c000');
    const wrongTruth = [
      {
        source: 'x',
        event: 'kvm_mmu_set_spte',
        gpaw: 48 as const,
        line,
        values: [{ start: at, end: at + 9, text: '1a2b3c000', kind: 'gpa' as const }],
      },
    ];
    const m = measureFieldAccuracy(wrongTruth);
    assert.equal(m.fieldRecall, 0);
    assert.equal(m.mistakes[0].key, 'kvm_mmu_set_spte at: gpa→hpa');
  });

  it('gets every value of the held-out lines right, not only GPAs and GFNs, but one it abstains on: nothing says it is a GPA', () => {
    // `$1 = 0x800000001234` with the command that printed it out of the line.
    assert.deepEqual(
      measureFieldAccuracy(loadSet(named('heldout'))).mistakes.map((m) => m.key),
      ['GDB print (gdb/printcmd.c) ?: gpa→number'],
    );
  });

  it('reads a field whose meaning depends on another (kvm_hypercall a0 when nr is KVM_HC_MAP_GPA_RANGE) in regression set 1', () => {
    const mistakes = measureFieldAccuracy(loadSet(named('regression1')))
      .mistakes.filter((m) => /gpa|gfn/.test(m.key))
      .map((m) => m.key);
    assert.ok(!mistakes.some((k) => k.includes('kvm_hypercall')), mistakes.join('\n'));
    const line = 'qemu-kvm-4188  [009]    31.220418: kvm_hypercall:        nr 0xc a0 0x7f4e0000 a1 0x200 a2 0x10 a3 0x0';
    assert.deepEqual(
      classifyLine(line, { labelledBareHex: true }).map((v) => [v.text, v.kind]),
      [
        ['0xc', 'count'],
        ['0x7f4e0000', 'gpa'],
        ['0x200', 'count'],
        ['0x10', 'flags'],
        ['0x0', 'register'],
      ],
    );
    const other = classifyLine(line.replace('nr 0xc', 'nr 0x5'), { labelledBareHex: true });
    assert.equal(other.find((v) => v.text === '0x7f4e0000')?.kind, 'register');
  });
});

// Every labelled set of the manifest: regression and generated sets are held at their floors; a blind set is loaded
// and validated here but reported by the bench, not gated (a gate would invite rules written for its lines). Adding a
// set is adding its JSONL file and a manifest row.
describe('labelled sets (test/corpus/sets/manifest.json)', () => {
  it('hold every regression set at precision 0.95 and recall 0.9 or more (the floors may rise, never fall below)', () => {
    for (const set of manifest.filter((s) => s.kind === 'regression')) {
      assert.ok(set.floors.precision >= 0.95 && set.floors.recall >= 0.9, `${set.name}: floors ${JSON.stringify(set.floors)}`);
    }
  });

  for (const set of manifest) {
    const first = set.firstReading ? `first read ${set.firstReading.precision} / ${set.firstReading.recall}` : 'first reading not recorded';
    if (set.kind === 'blind') {
      it(`loads blind set ${set.name}, with gpa/gfn truths to measure (${first}; reported by npm run bench, not gated)`, () => {
        const entries = loadSet(set);
        assert.ok(entries.length >= 150, `${set.file} has ${entries.length} lines`);
        assert.ok(measureFieldAccuracy(entries).addressValues > 0, `${set.file} has no gpa/gfn value to measure`);
      });
      continue;
    }
    it(`holds ${set.kind} set ${set.name} at precision ${set.floors.precision} and recall ${set.floors.recall} or more (${first})`, () => {
      const r = measureFieldAccuracy(loadSet(set));
      assert.ok(r.addressValues > 0, `${set.file} has no gpa/gfn value to measure`);
      assert.ok(
        r.fieldPrecision >= set.floors.precision && r.fieldRecall >= set.floors.recall,
        JSON.stringify({ p: r.fieldPrecision, r: r.fieldRecall, mistakes: r.mistakes.slice(0, 5) }),
      );
    });
  }
});

describe('labelled set loader (test/corpus/sets.ts)', () => {
  const row = (extra: object = {}) =>
    JSON.stringify({
      source: 'include/trace/events/kvm.h kvm_mmio via dmesg',
      gpaw: 48,
      line: 'kvm_mmio: mmio write len 4 gpa 0xfee00000 val 0x1',
      values: [
        { start: 25, end: 26, text: '4', kind: 'size' },
        { start: 31, end: 41, text: '0xfee00000', kind: 'gpa' },
      ],
      ...extra,
    });
  const fails = (text: string, message: RegExp) => assert.throws(() => parseCorpusLines(text, 'x.jsonl'), message);

  it('reads a row, the event defaulting to the source', () => {
    const [e] = parseCorpusLines(row() + '\n', 'x.jsonl');
    assert.equal(e.event, 'include/trace/events/kvm.h kvm_mmio via dmesg');
    assert.equal(e.values[1].kind, 'gpa');
    assert.equal(measureFieldAccuracy([e]).fieldRecall, 1);
  });

  it('names the file and line of a value whose span is not its text', () => {
    const bad = row({ values: [{ start: 30, end: 40, text: '0xfee00000', kind: 'gpa' }] });
    fails(`${row()}\n${bad}\n`, /^Error: x\.jsonl:2: value 1 \("0xfee00000"\): the line has " 0xfee0000" at \[30, 40\)$/);
  });

  it('rejects an unknown kind, GPAW, language, field, overlapping values and text that is not JSON', () => {
    fails(row({ values: [{ start: 31, end: 41, text: '0xfee00000', kind: 'GPA' }] }), /x\.jsonl:1: .*kind "GPA" is not/);
    fails(row({ gpaw: 57 }), /x\.jsonl:1: gpaw must be 48 or 52, not 57/);
    fails(row({ languageId: 'go' }), /x\.jsonl:1: languageId "go" is not one of c, cpp, rust/);
    fails(row({ kind: 'gpa' }), /x\.jsonl:1: unknown field kind/);
    fails(row({ doc: 'splat' }), /x\.jsonl:1: doc and order go together/);
    fails(
      row({
        values: [
          { start: 31, end: 41, text: '0xfee00000', kind: 'gpa' },
          { start: 33, end: 41, text: 'fee00000', kind: 'gpa' },
        ],
      }),
      /x\.jsonl:1: value 2 .*before the previous value ends/,
    );
    fails('{"source": ', /x\.jsonl:1: not JSON/);
  });

  it('rejects a manifest row without floors or with a name the bench cannot report', () => {
    const set = { name: 'next', file: 'a.jsonl', title: 't', kind: 'blind', floors: { precision: 0.9, recall: 0.9 } };
    const first = { precision: 0.5, recall: 0.6, commit: 'abc1234' };
    const parse = (s: object) => parseManifest(JSON.stringify({ sets: [{ firstReading: first, ...set, ...s }] }), 'm.json');
    assert.equal(parse({})[0].name, 'next');
    assert.throws(() => parse({ floors: { precision: 0.9 } }), /m\.json: set 1 \(next\): floors must be/);
    assert.throws(() => parse({ name: 'blind-6' }), /m\.json: set 1 \(blind-6\): name must be camelCase/);
    assert.throws(() => parse({ kind: 'held-out' }), /kind must be one of blind, regression, generated/);
    assert.throws(() => parse({ firstReading: null }), /a blind set records its first reading/);
  });
});
