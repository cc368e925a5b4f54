import * as assert from 'node:assert/strict';
import {
  analyzeAddress,
  describeBits,
  eptIndices,
  eptLevelCount,
  Gpaw,
  gpawFromMask,
  gpaToGfn,
  isPrivateGpa,
  isKernelPointer,
  kernelHalfOf,
  sharedBitIndex,
  sharedGfnMask,
  sharedGpaMask,
  U64_MAX,
} from '../../../src/tdx/tdx';
import { toSummary } from '../../../src/tdx/summary';

const gpaws: Gpaw[] = [48, 52];

describe('tdx masks and widths', () => {
  it('derives the shared bit, masks and EPT depth from GPAW', () => {
    assert.equal(sharedBitIndex(48), 47);
    assert.equal(sharedBitIndex(52), 51);
    assert.equal(sharedGpaMask(48), 0x8000_0000_0000n);
    assert.equal(sharedGpaMask(52), 0x8_0000_0000_0000n);
    assert.equal(sharedGfnMask(48), 0x8_0000_0000n);
    assert.equal(sharedGfnMask(52), 0x80_0000_0000n);
    assert.equal(eptLevelCount(48), 4);
    assert.equal(eptLevelCount(52), 5);
  });
});

// The vectors of tdx-semantics.md: [gpa, gpaw, status, gfn, toShared, toPrivate]
const VECTORS: [bigint, Gpaw, string, bigint, bigint, bigint][] = [
  [0x1000n, 48, 'private', 0x1n, 0x8000_0000_1000n, 0x1000n],
  [0x1000n, 52, 'private', 0x1n, 0x8_0000_0000_1000n, 0x1000n],
  [0x8000_0000_1234n, 48, 'shared', 0x8_0000_0001n, 0x8000_0000_1234n, 0x1234n],
  [0x8000_0000_1234n, 52, 'private', 0x8_0000_0001n, 0x8_8000_0000_1234n, 0x8000_0000_1234n],
  [0x8_0000_0000_1000n, 52, 'shared', 0x80_0000_0001n, 0x8_0000_0000_1000n, 0x1000n],
];

describe('tdx analysis vectors', () => {
  for (const [gpa, gpaw, status, gfn, shared, priv] of VECTORS) {
    it(`0x${gpa.toString(16)} under GPAW ${gpaw} is ${status}`, () => {
      const a = analyzeAddress(gpa, 'gpa', gpaw);
      assert.equal(a.status, status);
      assert.equal(a.gfn, gfn);
      assert.equal(a.toSharedGpa, shared);
      assert.equal(a.toPrivateGpa, priv);
      assert.equal(a.reservedBits, 0n);
      assert.equal(a.toSharedGfn, gpaToGfn(shared));
      assert.equal(a.toPrivateGfn, gpaToGfn(priv));
    });
  }

  it('0x8_0000_0000_1000 is invalid under GPAW 48 with bits 51 set, though the one-bit helper calls it private', () => {
    const a = analyzeAddress(0x8_0000_0000_1000n, 'gpa', 48);
    assert.equal(a.status, 'invalid');
    assert.equal(a.reservedBits, 0x8_0000_0000_0000n);
    assert.equal(describeBits(a.reservedBits), 'bit 51');
    assert.equal(isPrivateGpa(0x8_0000_0000_1000n, 48), true);
    // conversions stay bitwise on invalid input
    assert.equal(a.toSharedGpa, 0x8_8000_0000_1000n);
    assert.equal(a.toPrivateGpa, 0x8_0000_0000_1000n);
  });

  for (const gpaw of gpaws) {
    it(`a kernel virtual address is invalid under GPAW ${gpaw}`, () => {
      const a = analyzeAddress(0xffff_8000_0000_0000n, 'gpa', gpaw);
      assert.equal(a.status, 'invalid');
      assert.equal(describeBits(a.reservedBits), gpaw === 48 ? 'bits 63:48' : 'bits 63:52');
      assert.ok(isKernelPointer(0xffff_8880_0000_1000n));
      assert.ok(!isKernelPointer(0x8000_0000_1000n));
    });
  }

  it('treats GFN input as a frame: gpa = gfn << 12, offset 0', () => {
    const a = analyzeAddress(0x8000fee00n, 'gfn', 48);
    assert.equal(a.gpa, 0x8000fee00000n);
    assert.equal(a.gfn, 0x8000fee00n);
    assert.equal(a.offset, 0n);
    assert.equal(a.status, 'shared');
    assert.equal(a.toPrivateGfn, 0xfee00n);
    assert.equal(a.toSharedGfn, 0x8000fee00n);
    assert.equal(analyzeAddress(0x8000fee00n, 'gfn', 52).status, 'private');
    assert.equal(analyzeAddress(U64_MAX, 'gfn', 52).status, 'invalid');
  });

  it('computes EPT indices top level first', () => {
    assert.deepEqual(eptIndices(0x8000_0000_1234n, 48), [256, 0, 0, 1]);
    assert.deepEqual(eptIndices(0x8_0000_0000_1000n, 52), [8, 0, 0, 0, 1]);
    assert.deepEqual(eptIndices(0x1_4020_3000n, 48), [0, 5, 1, 3]);
  });

  it('builds the summary with the fixed field names and plain lower-case hex', () => {
    const s = toSummary('0x8000_0000_1234', analyzeAddress(0x8000_0000_1234n, 'gpa', 48));
    assert.deepEqual(s, {
      input: '0x8000_0000_1234',
      kind: 'gpa',
      gpaw: 48,
      sharedBit: 47,
      gpa: '0x800000001234',
      gfn: '0x800000001',
      offset: '0x234',
      status: 'shared',
      reservedBits: '0x0',
      toSharedGpa: '0x800000001234',
      toPrivateGpa: '0x1234',
      toSharedGfn: '0x800000001',
      toPrivateGfn: '0x1',
      ept: { levels: 4, indices: [256, 0, 0, 1] },
    });
    assert.deepEqual(JSON.parse(JSON.stringify(s)), s);
  });
});

describe('gpawFromMask', () => {
  it('recovers GPAW from GPA- and GFN-space masks', () => {
    assert.deepEqual(gpawFromMask(0x8000_0000_0000n, 'gpa'), { ok: true, gpaw: 48, bit: 47 });
    assert.deepEqual(gpawFromMask(0x8_0000_0000_0000n, 'gpa'), { ok: true, gpaw: 52, bit: 51 });
    assert.deepEqual(gpawFromMask(0x8_0000_0000n, 'gfn'), { ok: true, gpaw: 48, bit: 47 });
    assert.deepEqual(gpawFromMask(0x80_0000_0000n, 'gfn'), { ok: true, gpaw: 52, bit: 51 });
  });
  it('explains masks that give no supported GPAW', () => {
    const zero = gpawFromMask(0n, 'gfn');
    assert.ok(!zero.ok && /non-zero/.test(zero.error) && /not a TDX VM/.test(zero.error));
    const wrong = gpawFromMask(1n << 45n, 'gpa');
    assert.ok(!wrong.ok && /GPAW 46/.test(wrong.error) && /only GPAW 48/.test(wrong.error));
    const two = gpawFromMask(0x8000_0000_0001n, 'gpa');
    assert.ok(!two.ok && /more than one bit/.test(two.error));
  });
});

describe('describeBits', () => {
  it('names single bits, ranges, short lists and long scatters', () => {
    assert.equal(describeBits(0n), 'no bits');
    assert.equal(describeBits(1n << 51n), 'bit 51');
    assert.equal(describeBits(0xffff_0000_0000_0000n), 'bits 63:48');
    assert.equal(describeBits((1n << 63n) | (1n << 52n)), 'bits 63, 52');
    assert.equal(describeBits(0xaaaa_0000_0000_0000n), '8 bits between 63 and 49');
  });
});

describe('analyzeAddress hex digits', () => {
  it('writes every field as toString(16) does, for a GPA and a GFN', () => {
    const a = analyzeAddress(0x8000_0000_1234n, 'gpa', 48);
    assert.deepEqual(
      [a.gpaHex, a.gfnHex, a.offsetHex, a.sharedGpaHex, a.privateGpaHex, a.sharedGfnHex, a.privateGfnHex],
      ['800000001234', '800000001', '234', '800000001234', '1234', '800000001', '1'],
    );
    const g = analyzeAddress(0x1n, 'gfn', 52);
    assert.deepEqual(
      [g.gpaHex, g.gfnHex, g.offsetHex, g.sharedGpaHex, g.privateGpaHex, g.sharedGfnHex, g.privateGfnHex],
      ['1000', '1', '0', '8000000001000', '1000', '8000000001', '1'],
    );
  });

  it('keeps reserved bits in the aliases of an invalid address', () => {
    const a = analyzeAddress(0x8_0000_0000_1000n, 'gpa', 48);
    assert.equal(a.status, 'invalid');
    assert.equal(a.sharedGpaHex, '8800000001000');
    assert.equal(a.privateGpaHex, '8000000001000');
  });
});

describe('kernel pointers', () => {
  it('are the kernel halves of 4-level (bits 63:47 all ones) and 5-level paging (bits 63:56 all ones)', () => {
    assert.equal(kernelHalfOf(0xffff_8881_00a4_c000n), '4-level');
    assert.equal(kernelHalfOf(0xffff_ffff_8100_0000n), '4-level');
    assert.equal(kernelHalfOf(0xff11_0000_0000_0000n), '5-level');
    assert.equal(kernelHalfOf(0xff00_0000_0000_0000n), '5-level');
    assert.equal(kernelHalfOf(0xffff_7fff_ffff_ffffn), '5-level');
    for (const v of [0xfeff_ffff_ffff_ffffn, 0x7fff_ffff_ffffn, 0x8000_0000_0000_0000n, 0n]) {
      assert.equal(kernelHalfOf(v), undefined, `0x${v.toString(16)}`);
      assert.ok(!isKernelPointer(v));
    }
    assert.ok(isKernelPointer(0xff11_0000_0000_0000n));
  });
});
