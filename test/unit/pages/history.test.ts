import * as assert from 'node:assert/strict';
import { HistoryEvent, historyOf, lineFacts, pageHistory, pagesWithStories, rowText, timeOf } from '../../../src/pages/model/history';
import { frameOf, pageEntry, PageIndex } from '../../../src/pages/model/pageIndex';
import { formatHex } from '../../../src/tdx/format';

const access = (line: number, a: 'shared' | 'private', relation: 'exact' | 'alias' = 'exact'): HistoryEvent => ({
  line,
  event: 'kvm_page_fault',
  relation,
  access: a,
});
const convert = (line: number, conversion: 'toShared' | 'toPrivate', event = 'kvm_convert_memory'): HistoryEvent => ({
  line,
  event,
  relation: 'range',
  access: null,
  conversion,
});

describe('page history', () => {
  it('marks nothing before the first conversion', () => {
    const h = pageHistory([access(0, 'private'), access(1, 'shared', 'alias')]);
    assert.equal(h.mismatches, 0);
    assert.equal(h.conversions, 0);
    assert.equal(h.rows.filter((r) => r.mismatch).length, 0);
  });

  it('tells the story of a page converted to shared and back, marking the accesses through the wrong alias', () => {
    const h = pageHistory([
      access(0, 'private'),
      convert(1, 'toShared'),
      access(2, 'shared', 'alias'),
      access(3, 'private'),
      convert(4, 'toPrivate'),
      access(5, 'shared', 'alias'),
      access(6, 'private'),
    ]);
    assert.deepEqual(
      h.rows.map((r) => [r.line, r.conversion ?? r.access, r.mismatch ?? false]),
      [
        [0, 'private', false],
        [1, 'toShared', false],
        [2, 'shared', false],
        [3, 'private', true],
        [4, 'toPrivate', false],
        [5, 'shared', true],
        [6, 'private', false],
      ],
    );
    assert.equal(h.conversions, 2);
    assert.equal(h.mismatches, 2);
  });

  it('counts a conversion request and its completion once', () => {
    const h = pageHistory([convert(0, 'toShared'), convert(1, 'toShared', 'kvm_vm_set_mem_attributes'), access(2, 'private')]);
    assert.equal(h.conversions, 1);
    assert.equal(h.mismatches, 1);
    assert.equal(h.rows.length, 3);
  });

  it('counts the same conversion twice when an access stands between them', () => {
    const h = pageHistory([convert(0, 'toShared'), access(1, 'shared'), convert(2, 'toShared')]);
    assert.equal(h.conversions, 2);
  });

  it('leaves rows whose access is unknown unmarked', () => {
    const h = pageHistory([convert(0, 'toPrivate'), { line: 1, event: 'kvm_mmu_set_spte', relation: 'exact', access: null }]);
    assert.equal(h.mismatches, 0);
  });
});

describe('a line’s time stamp', () => {
  it('reads ftrace, dmesg, ISO and syslog stamps', () => {
    assert.equal(
      timeOf('   qemu-kvm-4187 [001] d..1. 1758.172734: kvm_page_fault: vcpu 0 rip 0x0 address 0x1000 error_code 0x181'),
      '1758.172734',
    );
    assert.equal(timeOf('qemu-system-x86-2211 [007] 8124.046939: kvm_mmu_set_spte: gfn 1000'), '8124.046939');
    assert.equal(timeOf('[   12.345678] tdx: Guest detected'), '12.345678');
    assert.equal(timeOf('2026-12-06T05:20:51.123Z kata-agent: hotplug'), '2026-12-06T05:20:51.123Z');
    assert.equal(timeOf('Dec  6 05:20:51 host kernel: virt/tdx: module initialized'), 'Dec  6 05:20:51');
    assert.equal(timeOf('4187@1700000000.123456:kvm_convert_memory start 0x0 size 0x1000 shared_to_private'), '1700000000.123456');
    assert.equal(timeOf('kvm_convert_memory start 0x80000000 size 0x1000 shared_to_private'), undefined);
  });
});

/**
 * One page (private GFN 0x12345, GPAW 48) accessed privately, converted to shared by a range containing it (QEMU's
 * request, then KVM's completion), accessed through both aliases and through `kvm_memory_fault`'s flags, converted
 * back and accessed again; with lines of other frames between.
 */
export const STORY = [
  ' qemu-kvm-4187 [001] d..1. 100.000100: kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x12345010 error_code 0x181',
  '4187@1700000000.200000:kvm_convert_memory start 0x12300000 size 0x100000 private_to_shared',
  ' qemu-kvm-4187 [001] .... 100.000300: kvm_vm_set_mem_attributes: 0x00000000012345 -- 0x00000000012346 [0x0]',
  ' qemu-kvm-4187 [001] d..1. 100.000400: kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x800012345020 error_code 0x181',
  ' qemu-kvm-4187 [001] d..1. 100.000450: kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x77777000 error_code 0x181',
  ' qemu-kvm-4187 [001] d..1. 100.000500: kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x12345030 error_code 0x181',
  '4187@1700000000.600000:kvm_memory_fault start 0x12345000 size 0x1000 flags 0x8',
  '4187@1700000000.700000:kvm_convert_memory start 0x12345000 size 0x1000 shared_to_private',
  ' qemu-kvm-4187 [001] d..1. 100.000800: kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x800012345040 error_code 0x181',
  ' qemu-kvm-4187 [001] d..1. 100.000900: kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x12345050 error_code 0x181',
  ' qemu-kvm-4187 [001] .... 100.001000: kvm_vm_set_mem_attributes: 0x00000000012344 -- 0x00000000012345 [0x8]',
];

function indexed(lines: readonly string[], blockLines?: number): PageIndex {
  const index = new PageIndex(lines.length, { gpaw: 48, labelledBareHex: true, ...(blockLines ? { blockLines } : {}) });
  index.work((l) => lines[l], Infinity);
  return index;
}

describe('a line’s facts', () => {
  it('reads conversions from QEMU, KVM and MapGPA messages, and kvm_memory_fault’s access from its flags', () => {
    assert.equal(lineFacts(STORY[1]).conversion, 'toShared');
    assert.equal(lineFacts(STORY[7]).conversion, 'toPrivate');
    assert.deepEqual(lineFacts(STORY[2]), {
      event: 'kvm_vm_set_mem_attributes',
      time: '100.000300',
      conversion: 'toShared',
      gfns: { first: 0x12345n, end: 0x12346n },
    });
    assert.equal(lineFacts(STORY[10]).conversion, 'toPrivate');
    assert.equal(lineFacts('4187@1.5:kvm_hc_map_gpa_range gpa 0x12345000 size 0x1000 attributes 0x10 flags 0x0').conversion, 'toPrivate');
    assert.equal(lineFacts('4187@1.5:kvm_hc_map_gpa_range gpa 0x800012345000 size 0x1000 attributes 0x0 flags 0x0').conversion, 'toShared');
    assert.deepEqual(lineFacts(STORY[6]), { event: 'kvm_memory_fault', time: '1700000000.600000', access: 'private' });
    assert.equal(lineFacts('4187@1.5:kvm_memory_fault start 0x12345000 size 0x1000 flags 0x0').access, 'shared');
    assert.deepEqual(lineFacts('no message here 0x1000'), { event: null });
  });
});

describe('the history of a page in a page index', () => {
  it('lists every line of the frame with its access, conversions counted once and the mismatches marked', () => {
    const index = indexed(STORY);
    const h = historyOf(index, frameOf('gpa', 0x800012345000n, 48), (l) => STORY[l]);
    assert.deepEqual(
      h.rows.map((r) => [r.line, r.event, r.relation, r.access, r.conversion ?? '', r.mismatch ?? false]),
      [
        [0, 'kvm_page_fault', 'alias', 'private', '', false],
        [1, 'kvm_convert_memory', 'range', null, 'toShared', false],
        [2, 'kvm_vm_set_mem_attributes', 'alias', null, 'toShared', false],
        [3, 'kvm_page_fault', 'exact', 'shared', '', false],
        [5, 'kvm_page_fault', 'alias', 'private', '', true],
        [6, 'kvm_memory_fault', 'range', 'private', '', true],
        [7, 'kvm_convert_memory', 'range', null, 'toPrivate', false],
        [8, 'kvm_page_fault', 'exact', 'shared', '', true],
        [9, 'kvm_page_fault', 'alias', 'private', '', false],
        [10, 'kvm_vm_set_mem_attributes', 'alias', null, '', false],
      ],
    );
    assert.equal(h.rows[0].time, '100.000100');
    assert.equal(h.conversions, 2);
    assert.equal(h.mismatches, 3);
    assert.match(rowText(h.rows[4]), /^100\.000500 · private access · mismatch: the page is shared$/);
  });

  it('finds conversions printed with the shared GPA (MapGPA), for the history and for listPages alike', () => {
    const lines = [
      'kvm_page_fault: address 0x12345000 error_code 0x181',
      '4187@1700000000.100000:kvm_hc_map_gpa_range gpa 0x800012345000 size 0x2000 attributes 0x0 flags 0x0',
      'kvm_page_fault: address 0x12345008 error_code 0x181',
      'kvm_page_fault: address 0x12346008 error_code 0x181',
    ];
    const index = indexed(lines);
    const h = historyOf(index, frameOf('gpa', 0x12345000n, 48), (l) => lines[l]);
    assert.deepEqual(
      h.rows.map((r) => [r.line, r.conversion ?? r.access, r.mismatch ?? false]),
      [
        [0, 'private', false],
        [1, 'toShared', false],
        [2, 'private', true],
      ],
    );
    assert.deepEqual(
      pagesWithStories(index, (l) => lines[l]).map((p) => [formatHex(p.page.frame, 'none'), p.story.conversions, p.story.mismatches]),
      [
        ['0x12345', 1, 1],
        ['0x12346', 1, 1],
      ],
    );
  });

  it('counts a conversion KVM alone printed (kvm_vm_set_mem_attributes) in listPages as in the history', () => {
    const lines = [STORY[2], STORY[5], STORY[10], STORY[3]];
    const index = indexed(lines);
    const h = historyOf(index, frameOf('gfn', 0x12345n, 48), (l) => lines[l]);
    // To shared, then a private access; the last line's range ends before 0x12345 (exclusive).
    assert.deepEqual([h.conversions, h.mismatches], [1, 1]);
    const story = pagesWithStories(index, (l) => lines[l]).find((p) => p.page.frame === 0x12345n)?.story;
    assert.deepEqual(story, { conversions: 1, mismatches: 1 });
  });

  it('gives listPages the same conversions and mismatches, mismatched pages first', () => {
    const lines = [' qemu-kvm-4187 [001] d..1. 1.0: kvm_page_fault: vcpu 0 rip 0x0 address 0x99999000 error_code 0x181', ...STORY];
    lines.push(lines[0], lines[0]);
    for (const blockLines of [undefined, 2]) {
      const index = indexed(lines, blockLines);
      const listed = pagesWithStories(index, (l) => lines[l]).map((p) => pageEntry(p.page, p.story));
      assert.deepEqual(
        listed.map((e) => [e.gfn, e.occurrences, e.conversions, e.mismatches]),
        [
          ['0x12345', 7, 2, 3],
          ['0x99999', 3, 0, 0],
          // Inside QEMU's converted range; 0x12344 also in the last attribute change, 0x12346 only its exclusive end.
          ['0x12346', 1, 1, 0],
          ['0x77777', 1, 0, 0],
          ['0x12344', 1, 2, 0],
        ],
      );
    }
  });
});
