// Property-based robustness checks shared by `npm test` (seeded, small) and `npm run fuzz` (100,000+ cases each).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { consoleAnnotation, readDebugInteger } from '../../src/detect/debugValue';
import { formatHex, formatLike } from '../../src/tdx/format';
import { frameValuesOfLine } from '../../src/pages/model/frameValues';
import { hoverAtPosition } from '../../src/meaning/hoverContent';
import { validateFromWebview } from '../../src/shared/protocol';
import { buildInspectorView, restoreState } from '../../src/inspector/model';
import { frameOf, occurrencesInLine, PageIndex } from '../../src/pages/model/pageIndex';
import { parseAddress } from '../../src/tdx/parse';
import { scanLine, tokenAt } from '../../src/detect/scanner';
import {
  analyzeAddress,
  eptLevelCount,
  gfnToGpa,
  gpaStatus,
  gpaToGfn,
  isPrivateGpa,
  reservedGpaBits,
  toPrivateGfn,
  toPrivateGpa,
  toSharedGfn,
  toSharedGpa,
  U64_MAX,
} from '../../src/tdx/tdx';

const u64 = fc.bigInt({ min: 0n, max: U64_MAX });
const gpaw = fc.constantFrom(48 as const, 52 as const);
const piece = fc.oneof(
  fc.constantFrom('0x', '0X', 'gfn ', 'gpa=', 'address: ', '`', '_', "'", '.', ':', '-', ' ', 'ULL', 'u64', '#', '[mem ', ']', '$1 = '),
  fc.constantFrom(...'0123456789abcdefABCDEFxXgpLlUu'.split('')),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
  u64.map((v) => '0x' + v.toString(16)),
);
/** Noise lines biased towards address-like fragments. */
export const noisyLine = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));

const styles = ['0x1', '0X0000ABCD', "0x1'0000", '0x1_0000ULL', '00000000`00000001', '0x1u64', 'gfn 1abc'].map((s) => {
  const r = parseAddress(s);
  if (!r.ok) throw new Error(s);
  return r.style;
});

export interface NamedProperty {
  readonly name: string;
  readonly property: fc.IPropertyWithHooks<unknown> | fc.IProperty<unknown>;
}

/** Lines for the page index: a few frames in every form (GPA with offsets, both aliases, GFNs, ranges), and noise. */
const frameLine = fc
  .tuple(
    fc.constantFrom(
      (f: bigint) => `kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x${((f << 12n) | 0x123n).toString(16)} error_code 0x2`,
      (f: bigint) => `address 0x${((f << 12n) | (1n << 47n)).toString(16)}`,
      (f: bigint) => `kvm_mmu_spte_requested: gfn ${f.toString(16)} pfn ${f.toString(16)} level 1`,
      (f: bigint) => `BIOS-e820: [mem 0x${(f << 12n).toString(16)}-0x${((f + 2n) << 12n).toString(16)}] usable`,
      (f: bigint) => `kvm_convert_memory start 0x${(f << 12n).toString(16)} size 0x2000 shared_to_private`,
      (f: bigint) => `gpa 0x${((f << 12n) | (1n << 50n)).toString(16)} gfn ${f.toString(16)}`,
      () => 'no address here',
      () => '',
    ),
    fc.bigInt({ min: 1n, max: 6n }),
  )
  .map(([make, f]) => make(f));

/** A VS Code content change: old lines [line, line + removed] become `text` (inserted.length lines). */
const lineEdit = fc.record({
  at: fc.nat(),
  removed: fc.nat({ max: 6 }),
  text: fc.array(frameLine, { minLength: 1, maxLength: 6 }),
  budget: fc.nat({ max: 12 }),
});

export const PROPERTIES: NamedProperty[] = [
  {
    name: 'parser: any string parses or is refused with a message, never throws',
    property: fc.property(fc.oneof(noisyLine, fc.string({ maxLength: 300 })), fc.boolean(), (s, dec) => {
      const r = parseAddress(s, { allowDecimal: dec });
      if (r.ok) assert.ok(r.value >= 0n && r.value <= U64_MAX);
      else assert.match(r.error, /Accepted: /);
    }),
  },
  {
    name: 'formatter: parse(format(x)) == x in every style',
    property: fc.property(u64, fc.constantFrom(...styles), (x, style) => {
      const text = formatLike(x, style);
      const r = parseAddress(style.prefix === '' && style.radix === 16 ? `gfn ${text}` : text);
      assert.ok(r.ok && r.value === x, text);
      for (const grouping of ['underscore', 'none'] as const) {
        const c = parseAddress(formatHex(x, grouping));
        assert.ok(c.ok && c.value === x);
      }
    }),
  },
  {
    name: 'scanner: ordered, non-overlapping, in-range tokens that parse back; windowed lookups agree',
    property: fc.property(noisyLine, fc.boolean(), (line, bare) => {
      const tokens = scanLine(line, { labelledBareHex: bare });
      let last = 0;
      for (const t of tokens) {
        assert.ok(t.start >= last && t.end > t.start && t.end <= line.length);
        assert.equal(line.slice(t.start, t.end), t.text);
        const back = parseAddress(t.style.prefix === '' && t.style.radix === 16 ? `gfn ${t.text}` : t.text);
        assert.ok(back.ok && back.value === t.value, t.text);
        last = t.end;
      }
      for (let at = 0; at <= line.length; at++) {
        const t = tokenAt(line, at, bare);
        if (t) assert.ok(tokens.some((u) => u.start === t.start && u.end === t.end));
      }
    }),
  },
  {
    name: 'analysis: status, aliases and EPT invariants for random 64-bit values',
    property: fc.property(u64, gpaw, fc.constantFrom('gpa' as const, 'gfn' as const), (x, w, kind) => {
      const a = analyzeAddress(x, kind, w);
      assert.equal(a.status === 'invalid', a.reservedBits !== 0n);
      assert.equal(a.status === 'invalid', a.gpa >= 1n << BigInt(w));
      assert.equal(reservedGpaBits(a.gpa, w) | (a.gpa & ((1n << BigInt(w)) - 1n)), a.gpa);
      if (a.status !== 'invalid') assert.equal(a.status === 'private', isPrivateGpa(a.gpa, w));
      assert.equal(toSharedGpa(toSharedGpa(a.gpa, w), w), a.toSharedGpa);
      assert.equal(toPrivateGpa(toPrivateGpa(a.gpa, w), w), a.toPrivateGpa);
      assert.equal(toSharedGpa(toPrivateGpa(a.gpa, w), w), a.toSharedGpa);
      assert.equal(toSharedGfn(toPrivateGfn(a.gfn, w), w), a.toSharedGfn);
      assert.equal(gpaToGfn(a.toSharedGpa), toSharedGfn(gpaToGfn(a.gpa), w));
      assert.equal(gpaToGfn(gfnToGpa(x)), x);
      assert.equal(a.ept.length, eptLevelCount(w));
      assert.ok(a.ept.every((i) => i >= 0 && i < 512));
      if (a.status === 'shared' && w === 48) assert.ok(a.ept[0] >= 256);
      if (a.status === 'shared' && w === 52) assert.ok(a.ept[0] >= 8 && a.ept[0] <= 15);
      if (kind === 'gpa') assert.equal(gpaStatus(x, w), a.status);
    }),
  },
  {
    name: 'webview validator: arbitrary messages are accepted or refused, never thrown on',
    property: fc.property(
      fc.oneof(
        fc.anything(),
        fc.record(
          {
            type: fc.constantFrom('input', 'setGpaw', 'copy', 'pickHistory', 'rendered', 'ready', 'x'),
            seq: fc.anything(),
            text: fc.anything(),
            kind: fc.anything(),
            gpaw: fc.anything(),
            index: fc.anything(),
            report: fc.anything(),
          },
          { requiredKeys: ['type'] },
        ),
      ),
      (m) => {
        const v = validateFromWebview(m);
        if (v.ok) assert.deepEqual(validateFromWebview(JSON.parse(JSON.stringify(v.value))), v);
        else assert.ok(v.reason.length > 0 && v.reason.length < 200);
      },
    ),
  },
  {
    name: 'panel state: restore and render any persisted state within bounds',
    property: fc.property(fc.anything(), gpaw, (raw, w) => {
      const s = restoreState(raw);
      assert.ok(s.history.length <= 50 && s.input.length <= 200);
      buildInspectorView(s, w, 'underscore');
    }),
  },
  {
    name: 'hover and debug paths: any line, position or debugger value, never throws',
    property: fc.property(noisyLine, fc.nat(), gpaw, fc.string({ maxLength: 60 }), (line, pos, w, value) => {
      hoverAtPosition(
        line,
        line.length ? pos % (line.length + 1) : 0,
        { gpaw: w, grouping: 'underscore', labelledBareHex: true },
        { uri: 'file:///x', line: 0, offset: 0 },
      );
      readDebugInteger(value);
      consoleAnnotation(line.slice(0, 20), value, undefined, w, 'none');
    }),
  },
  {
    name: 'page index: random edits between random slices answer what a fresh index answers',
    property: fc.property(
      fc.array(frameLine, { minLength: 1, maxLength: 40 }),
      fc.array(lineEdit, { maxLength: 12 }),
      fc.integer({ min: 1, max: 6 }),
      gpaw,
      (initial, edits, blockLines, w) => {
        const lines = [...initial];
        const options = { gpaw: w, labelledBareHex: true, blockLines };
        const index = new PageIndex(lines.length, options);
        let clock = 0;
        const lineAt = (l: number) => {
          clock++;
          assert.ok(l >= 0 && l < lines.length, `line ${l} is in the document`);
          return lines[l];
        };
        for (const e of edits) {
          index.work(lineAt, e.budget, () => clock);
          const at = e.at % lines.length;
          const removed = Math.min(e.removed, lines.length - 1 - at);
          lines.splice(at, removed + 1, ...e.text);
          index.lineEdit(at, removed, e.text.length - 1);
          assert.equal(index.lineCount, lines.length);
        }
        index.work(lineAt, Infinity, () => clock);
        const fresh = new PageIndex(lines.length, options);
        fresh.work((l) => lines[l], Infinity);
        assert.deepEqual(index.pages(), fresh.pages());
        for (let f = 1n; f <= 6n; f++) {
          const ref = frameOf('gfn', f, w);
          const expected = lines.flatMap((text, line) => occurrencesInLine(ref, line, frameValuesOfLine(text, options), w));
          assert.deepEqual(index.occurrences(ref), expected);
        }
      },
    ),
  },
];
