import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatHex } from '../../../src/tdx/format';
import {
  analyzeAddress,
  analyzeAddressDigits,
  gpaStatus,
  gpaStatusOfDigits,
  describeBits,
  eptIndices,
  eptLevelCount,
  Gpaw,
  gpawFromMask,
  gpaToGfn,
  isPrivateGpa,
  looksLikeKernelVirtual,
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
      assert.ok(looksLikeKernelVirtual(0xffff_8880_0000_1000n));
      assert.ok(!looksLikeKernelVirtual(0x8000_0000_1000n));
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

describe('analyzeAddressDigits', () => {
  const same = (value: bigint, kind: 'gpa' | 'gfn', gpaw: Gpaw) => {
    const a = analyzeAddress(value, kind, gpaw);
    const d = analyzeAddressDigits(value, kind, gpaw);
    const hex = (v: bigint) => formatHex(v, 'none').slice(2);
    assert.deepEqual(
      [d.gpaHex, d.gfnHex, d.offsetHex, d.sharedGpaHex, d.privateGpaHex, d.sharedGfnHex, d.privateGfnHex],
      [a.gpa, a.gfn, a.offset, a.toSharedGpa, a.toPrivateGpa, a.toSharedGfn, a.toPrivateGfn].map(hex),
      `${kind} 0x${value.toString(16)} under GPAW ${gpaw}`,
    );
    assert.deepEqual([d.status, d.sharedBit, d.gpa, d.reservedBits, d.ept], [a.status, a.sharedBit, a.gpa, a.reservedBits, a.ept]);
  };

  it('is analyzeAddress written as hex digits, at the edges of every field', () => {
    const edges = [0n, 1n, 0xfffn, 0x1000n, 0x8000_0000_0000n, 0xffff_ffff_ffffn, 0x8_0000_0000_0000n, 0xf_ffff_ffff_ffffn];
    const more = [0x10_0000_0000_0000n, 0xffff_8880_0000_1000n, U64_MAX, 0x8_0000_0000n, 0x80_0000_0000n, 0x1_0000_0000_0000_0000n];
    for (const value of [...edges, ...more]) for (const kind of ['gpa', 'gfn'] as const) for (const gpaw of gpaws) same(value, kind, gpaw);
  });

  it('agrees with analyzeAddress on random values of any width', () => {
    const value = fc.oneof(
      fc.bigInt({ min: 0n, max: U64_MAX }),
      fc.bigInt({ min: 0n, max: (1n << 53n) - 1n }),
      fc.integer({ min: 0, max: 64 }).map((bit) => 1n << BigInt(bit)),
    );
    fc.assert(
      fc.property(value, fc.constantFrom('gpa' as const, 'gfn' as const), fc.constantFrom(...gpaws), (v, kind, gpaw) =>
        same(v, kind, gpaw),
      ),
      { numRuns: 5000 },
    );
  });

  it('gpaStatusOfDigits is gpaStatus on the hex digits', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: U64_MAX }), fc.constantFrom(...gpaws), (v, gpaw) =>
        assert.equal(gpaStatusOfDigits(v.toString(16), gpaw), gpaStatus(v, gpaw)),
      ),
      { numRuns: 2000 },
    );
    for (const v of [0n, 0x7fff_ffff_ffffn, 0x8000_0000_0000n, 0xffff_ffff_ffffn, 0x1_0000_0000_0000n, 0xf_ffff_ffff_ffffn])
      for (const gpaw of gpaws) assert.equal(gpaStatusOfDigits(v.toString(16), gpaw), gpaStatus(v, gpaw));
  });
});
