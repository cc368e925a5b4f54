import * as assert from 'node:assert/strict';
import { classifyLine } from '../../../src/detect/classify';
import { analyzeAddress } from '../../../src/tdx/tdx';
import { SAMPLE_TRACE, SAMPLE_TRACE_GPAW } from '../../../src/samples/model';

const lines = SAMPLE_TRACE.split('\n');

/** The kinds of the values on the first sample line containing `marker`, in order, as hovers classify them. */
function kindsOn(marker: string): { text: string; kind: string }[] {
  const line = lines.find((l) => l.includes(marker));
  assert.ok(line, `the sample has a ${marker} line`);
  return classifyLine(line, { labelledBareHex: true, languageId: 'log' }).map((v) => ({ text: v.text, kind: v.kind }));
}

describe('the sample trace (tdx.openSampleTrace)', () => {
  it("says on its first line which side it was captured on and under which GPAW it reads right", () => {
    assert.equal(SAMPLE_TRACE_GPAW, 48);
    assert.match(lines[0], /^# TDX host: KVM trace of a TD with GPAW 48 \(tdx\.gpaw 48\)/);
  });

  it('has a kvm_page_fault line whose address is a shared GPA under its GPAW (and private under the other)', () => {
    const address = kindsOn('kvm_page_fault:').find((v) => v.text === '0x00008000fee00000');
    assert.deepEqual(address, { text: '0x00008000fee00000', kind: 'gpa' });
    assert.equal(analyzeAddress(0x00008000fee00000n, 'gpa', SAMPLE_TRACE_GPAW).status, 'shared');
    assert.equal(analyzeAddress(0x00008000fee00000n, 'gpa', 52).status, 'private', 'what a wrong GPAW does');
  });

  it('has a SEAMCALL failure whose status is a TDX status code, an e820 map, and QEMU conversion lines, in their real formats', () => {
    assert.ok(
      kindsOn('kvm_intel: SEAMCALL TDH_MEM_PAGE_AUG failed: 0x8000020000000092').some(
        (v) => v.text === '0x8000020000000092' && v.kind === 'tdxStatus',
      ),
    );
    assert.deepEqual(
      kindsOn('BIOS-e820: [mem 0x0000000100000000').map((v) => v.kind),
      ['gpa', 'gpa'],
    );
    assert.deepEqual(kindsOn('kvm_convert_memory start'), [
      { text: '0x12345000', kind: 'gpa' },
      { text: '0x1000', kind: 'size' },
    ]);
    assert.equal(kindsOn('kvm_memory_fault start')[0].kind, 'gpa');
    assert.equal(kindsOn('kvm_mmu_spte_requested:').find((v) => v.text === '1a2b3c')?.kind, 'hpfn', 'a host PFN is not a guest frame');
  });
});
