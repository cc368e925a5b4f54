import * as assert from 'node:assert/strict';
import { HistoryEvent, pageHistory, timeOf } from '../../../src/pages/model/history';

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
    assert.equal(timeOf('kvm_convert_memory start 0x80000000 size 0x1000 shared_to_private'), undefined);
  });
});
