import * as assert from 'node:assert/strict';
import { describeSide, DocumentSides, isSideSetting } from '../../../src/detect/side';

const HOST = [
  '[    0.000000] BIOS-e820: [mem 0x0000000000000000-0x000000000009ffff] usable',
  '[   12.345678] virt/tdx: BIOS enabled: private KeyID range [64, 128)',
  '[   30.000000] virt/tdx: module initialized',
  '[   31.000000] x86/PAT: memtype_reserve failed [mem 0x100000000-0x100000fff], track uncached-minus, req write-back',
].join('\n');

const GUEST = [
  '[    0.000000] Linux version 6.16.0 (gcc) #1 SMP',
  '[    0.000000] tdx: Guest detected',
  '[    0.000000] BIOS-e820: [mem 0x0000000000000000-0x000000000009ffff] usable',
  '[    0.120000] Memory Encryption Features active: Intel TDX',
].join('\n');

describe('document side', () => {
  it('reads a TDX host log from its virt/tdx: lines, lines above the first marker included', () => {
    const sides = DocumentSides.ofText(HOST);
    assert.equal(sides.sideAt(0).side, 'host');
    assert.equal(sides.sideAt(0).marker?.line, 1);
    assert.equal(sides.sideAt(3).side, 'host');
    assert.equal(
      describeSide(sides.sideAt(3)),
      'TDX host log: line 2, `[   12.345678] virt/tdx: BIOS enabled: private KeyID range [64, 128)`',
    );
    assert.equal(sides.mixed, false);
  });

  it('reads a TD guest log from tdx: Guest detected', () => {
    const sides = DocumentSides.ofText(GUEST);
    assert.equal(sides.sideAt(0).side, 'guest');
    assert.equal(sides.sideAt(2).side, 'guest');
    assert.match(describeSide(sides.sideAt(2)), /^TD guest log: line 2, `\[ {4}0\.000000\] tdx: Guest detected`$/);
  });

  it('recognises an older host message by its text although its prefix is the guest driver’s (tdx:)', () => {
    const sides = DocumentSides.ofText('[    5.1] tdx: BIOS enabled: private KeyID range [32, 64)\n[mem 0x1000-0x1fff]');
    assert.equal(sides.sideAt(1).side, 'host');
  });

  it('lets the nearest marker above a line decide where both sides appear', () => {
    const text = [HOST, '--- guest console ---', GUEST].join('\n');
    const sides = DocumentSides.ofText(text);
    assert.equal(sides.mixed, true);
    assert.equal(sides.sideAt(3).side, 'host');
    assert.equal(sides.sideAt(5).side, 'host', 'below the host markers, above the guest one');
    assert.equal(sides.sideAt(6).side, 'guest');
    assert.equal(sides.sideAt(8).side, 'guest');
  });

  it('keeps one change for a long trace whose every line is a host marker', () => {
    const lines = Array.from(
      { length: 1000 },
      (_, i) => `qemu-4187 [001] ${i}.0: kvm_page_fault: vcpu 0 rip 0x0 address 0x${(i * 4096).toString(16)} error_code 0x181`,
    );
    const sides = DocumentSides.ofText(lines.join('\n'));
    assert.equal(sides.changes.length, 1);
    assert.equal(sides.sideAt(999).side, 'host');
  });

  it('has no side without markers, and says so; a side set by hand wins', () => {
    const sides = DocumentSides.ofText('[mem 0x1000-0x1fff]\nnothing here');
    assert.equal(sides.sideAt(0).side, undefined);
    assert.match(describeSide(sides.sideAt(0)), /unknown/);
    assert.deepEqual(sides.sideAt(0, 'guest'), { side: 'guest', manual: true });
    assert.equal(describeSide(sides.sideAt(0, 'host')), 'TDX host log (set by hand)');
    assert.equal(isSideSetting('auto'), true);
    assert.equal(isSideSetting('hypervisor'), false);
  });
});
