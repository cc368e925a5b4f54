import * as assert from 'node:assert/strict';
import { decodeEptEntry, EptWalkRequest, INVALID_PAGE, ReadU64, rootFor, walkEpt, walkToSummary } from '../../../src/tdx/eptWalk';
import { Gpaw } from '../../../src/tdx/tdx';

/** A reader over hand-built tables: entry HPA → value; entries left out of a known page read as 0, unknown pages reject. */
function reader(entries: Map<bigint, bigint>, pages: bigint[]): ReadU64 {
  const known = new Set(pages);
  return async (hpa) => {
    if (!known.has(hpa & ~0xfffn)) throw new Error(`no page at 0x${hpa.toString(16)}`);
    return entries.get(hpa) ?? 0n;
  };
}

const TABLE = 0x107n; // RWX + accessed: a non-leaf entry as KVM writes it
const LEAF_4K = 0x377n; // RWX, WB, IPAT, accessed, dirty
const LEAF_LARGE = 0x3f7n; // the same with bit 7
const SVE = 1n << 63n; // VMX_EPT_SUPPRESS_VE_BIT; alone it is KVM's SHADOW_NONPRESENT_VALUE
const NONLEAF_FLAGS = ['R', 'W', 'X', 'A'];
const LEAF_FLAGS = ['R', 'W', 'X', 'WB', 'IPAT', 'A', 'D'];
const LARGE_FLAGS = ['R', 'W', 'X', 'WB', 'IPAT', 'PS', 'A', 'D'];

// GPAW 48. Shared root 0x1000 → 0x3000 (PDPT) → 0x4000 (PD) → 0x5000 (PT); mirror root 0x2000 → 0x6000 → 0x7000 → 0x8000, and 0x6000[1] → 0x9000.
const SHARED48 = 0x1000n;
const MIRROR48 = 0x2000n;
const e = (table: bigint, index: number): bigint => table + 8n * BigInt(index);
const tables48 = new Map<bigint, bigint>([
  [e(0x1000n, 256), 0x3000n | TABLE],
  [e(0x3000n, 0), 0x4000n | TABLE],
  [e(0x3000n, 2), 0x4000_0000n | LEAF_LARGE], // 1 GiB page at HPA 0x4000_0000
  [e(0x4000n, 0), 0x5000n | TABLE],
  [e(0x4000n, 1), SVE], // hole: SHADOW_NONPRESENT_VALUE
  [e(0x4000n, 2), 0xc000n | 0x37n], // memory type WB in a non-leaf entry: reserved
  [e(0x4000n, 3), 0xd000n | TABLE], // points at a page the reader cannot read
  [e(0x5000n, 1), 0xa000n | LEAF_4K],
  [e(0x2000n, 0), 0x6000n | TABLE],
  [e(0x6000n, 0), 0x7000n | TABLE],
  [e(0x6000n, 1), 0x9000n | TABLE],
  [e(0x7000n, 0), 0x8000n | TABLE],
  [e(0x8000n, 1), 0xb000n | LEAF_4K | SVE],
  [e(0x9000n, 3), 0x20_0000n | LEAF_LARGE], // 2 MiB page at HPA 0x20_0000
]);
const read48 = reader(tables48, [0x1000n, 0x2000n, 0x3000n, 0x4000n, 0x5000n, 0x6000n, 0x7000n, 0x8000n, 0x9000n]);

async function summary(gpa: bigint, gpaw: Gpaw, rootHpa: bigint, read: ReadU64, root?: 'shared' | 'mirror'): Promise<unknown> {
  const req: EptWalkRequest = { gpa, gpaw, rootHpa, root: root ?? rootFor(gpa, gpaw) };
  return walkToSummary(await walkEpt(req, read));
}

describe('rootFor (kvm_is_addr_direct)', () => {
  it('picks the shared root when the shared bit is set and the mirror otherwise', () => {
    assert.equal(rootFor(0x8000_0000_1234n, 48), 'shared');
    assert.equal(rootFor(0x1234n, 48), 'mirror');
    assert.equal(rootFor(0x8000_0000_1234n, 52), 'mirror');
    assert.equal(rootFor(0x8_0000_0000_1234n, 52), 'shared');
  });
});

describe('walkEpt, 4 levels (GPAW 48)', () => {
  it('walks a shared GPA on the shared root to a 4 KiB leaf, with the shared bit in the PML4 index (256)', async () => {
    assert.deepEqual(await summary(0x8000_0000_1234n, 48, SHARED48, read48), {
      gpa: '0x800000001234',
      root: 'shared',
      rootHpa: '0x1000',
      levels: [
        { level: 4, name: 'PML4', tableHpa: '0x1000', index: 256, entry: '0x3107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 3, name: 'PDPT', tableHpa: '0x3000', index: 0, entry: '0x4107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 2, name: 'PD', tableHpa: '0x4000', index: 0, entry: '0x5107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 1, name: 'PT', tableHpa: '0x5000', index: 1, entry: '0xa377', present: true, leaf: true, flags: LEAF_FLAGS },
      ],
      leafLevel: 1,
      pageSize: '0x1000',
      hpa: '0xa234',
    });
  });

  it('walks a private GPA on the mirror root to a 4 KiB leaf with suppress-#VE', async () => {
    assert.deepEqual(await summary(0x1234n, 48, MIRROR48, read48), {
      gpa: '0x1234',
      root: 'mirror',
      rootHpa: '0x2000',
      levels: [
        { level: 4, name: 'PML4', tableHpa: '0x2000', index: 0, entry: '0x6107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 3, name: 'PDPT', tableHpa: '0x6000', index: 0, entry: '0x7107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 2, name: 'PD', tableHpa: '0x7000', index: 0, entry: '0x8107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        {
          level: 1,
          name: 'PT',
          tableHpa: '0x8000',
          index: 1,
          entry: '0x800000000000b377',
          present: true,
          leaf: true,
          flags: [...LEAF_FLAGS, 'SVE'],
        },
      ],
      leafLevel: 1,
      pageSize: '0x1000',
      hpa: '0xb234',
    });
  });

  it('stops at PML4 when a private GPA is walked on the shared root (index 0 is empty there)', async () => {
    assert.deepEqual(await summary(0x1234n, 48, SHARED48, read48, 'shared'), {
      gpa: '0x1234',
      root: 'shared',
      rootHpa: '0x1000',
      levels: [{ level: 4, name: 'PML4', tableHpa: '0x1000', index: 0, entry: '0x0', present: false, leaf: false, flags: [] }],
      fault: { level: 4, reason: 'not present' },
    });
  });

  it('ends at a 2 MiB leaf on level 2 and adds the 21-bit offset', async () => {
    assert.deepEqual(await summary(0x4070_1234n, 48, MIRROR48, read48), {
      gpa: '0x40701234',
      root: 'mirror',
      rootHpa: '0x2000',
      levels: [
        { level: 4, name: 'PML4', tableHpa: '0x2000', index: 0, entry: '0x6107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 3, name: 'PDPT', tableHpa: '0x6000', index: 1, entry: '0x9107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 2, name: 'PD', tableHpa: '0x9000', index: 3, entry: '0x2003f7', present: true, leaf: true, flags: LARGE_FLAGS },
      ],
      leafLevel: 2,
      pageSize: '0x200000',
      hpa: '0x301234',
    });
  });

  it('ends at a 1 GiB leaf on level 3 and adds the 30-bit offset', async () => {
    assert.deepEqual(await summary(0x8000_8012_3456n, 48, SHARED48, read48), {
      gpa: '0x800080123456',
      root: 'shared',
      rootHpa: '0x1000',
      levels: [
        { level: 4, name: 'PML4', tableHpa: '0x1000', index: 256, entry: '0x3107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 3, name: 'PDPT', tableHpa: '0x3000', index: 2, entry: '0x400003f7', present: true, leaf: true, flags: LARGE_FLAGS },
      ],
      leafLevel: 3,
      pageSize: '0x40000000',
      hpa: '0x40123456',
    });
  });

  it('stops at a hole on level 2 (SHADOW_NONPRESENT_VALUE)', async () => {
    assert.deepEqual(await summary(0x8000_0020_1000n, 48, SHARED48, read48), {
      gpa: '0x800000201000',
      root: 'shared',
      rootHpa: '0x1000',
      levels: [
        { level: 4, name: 'PML4', tableHpa: '0x1000', index: 256, entry: '0x3107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 3, name: 'PDPT', tableHpa: '0x3000', index: 0, entry: '0x4107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 2, name: 'PD', tableHpa: '0x4000', index: 1, entry: '0x8000000000000000', present: false, leaf: false, flags: ['SVE'] },
      ],
      fault: { level: 2, reason: 'not present' },
    });
  });

  it('stops at a non-leaf entry with memory-type bits set', async () => {
    assert.deepEqual(await summary(0x8000_0040_0000n, 48, SHARED48, read48), {
      gpa: '0x800000400000',
      root: 'shared',
      rootHpa: '0x1000',
      levels: [
        { level: 4, name: 'PML4', tableHpa: '0x1000', index: 256, entry: '0x3107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 3, name: 'PDPT', tableHpa: '0x3000', index: 0, entry: '0x4107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        {
          level: 2,
          name: 'PD',
          tableHpa: '0x4000',
          index: 2,
          entry: '0xc037',
          present: true,
          leaf: false,
          flags: ['R', 'W', 'X', 'reserved bits 5:4'],
        },
      ],
      fault: { level: 2, reason: 'reserved bits 5:4 set (memory type and ignore-PAT must be 0 in a PD entry that points to a table)' },
    });
  });

  it('stops with the address and the reader’s message when a read fails', async () => {
    assert.deepEqual(await summary(0x8000_0060_1000n, 48, SHARED48, read48), {
      gpa: '0x800000601000',
      root: 'shared',
      rootHpa: '0x1000',
      levels: [
        { level: 4, name: 'PML4', tableHpa: '0x1000', index: 256, entry: '0x3107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 3, name: 'PDPT', tableHpa: '0x3000', index: 0, entry: '0x4107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 2, name: 'PD', tableHpa: '0x4000', index: 3, entry: '0xd107', present: true, leaf: false, flags: NONLEAF_FLAGS },
      ],
      fault: { level: 1, reason: 'cannot read the PT entry at HPA 0xd008 (table 0xd000, index 1): no page at 0xd008' },
    });
  });

  it('faults without reading for a GPA above GPAW, an INVALID_PAGE root or a misaligned root', async () => {
    let reads = 0;
    const counting: ReadU64 = async (hpa) => {
      reads++;
      return read48(hpa);
    };
    assert.deepEqual(await summary(0x8_0000_0000_1000n, 48, SHARED48, counting, 'shared'), {
      gpa: '0x8000000001000',
      root: 'shared',
      rootHpa: '0x1000',
      levels: [],
      fault: { level: 4, reason: 'the GPA 0x8000000001000 has bit 51 set above GPAW 48; it is not a valid GPA' },
    });
    const invalid = walkToSummary(await walkEpt({ gpa: 0x1000n, gpaw: 48, rootHpa: INVALID_PAGE, root: 'mirror' }, counting));
    assert.deepEqual(invalid.fault, { level: 4, reason: 'the root is INVALID_PAGE (no EPT root is loaded for this vCPU)' });
    const misaligned = await walkEpt({ gpa: 0x1000n, gpaw: 48, rootHpa: 0x1008n, root: 'mirror' }, counting);
    assert.deepEqual(misaligned.fault, { level: 4, reason: 'the root HPA 0x1008 is not a 4 KiB-aligned address below 2^52' });
    assert.equal(reads, 0);
  });

  it('rejects a GPAW other than 48 or 52 (a programming error)', async () => {
    await assert.rejects(walkEpt({ gpa: 0n, gpaw: 57 as Gpaw, rootHpa: 0x1000n, root: 'shared' }, read48), /GPAW 48 or 52, got 57/);
  });
});

describe('walkEpt, 5 levels (GPAW 52)', () => {
  // Shared root 0x10000: PML5[8] → 0x11000 → 0x12000 → 0x13000 → 0x14000; mirror root 0x20000: [0] → 0x21000 → 0x22000 → 0x23000 (PD, 2 MiB leaf at [5]).
  const tables52 = new Map<bigint, bigint>([
    [e(0x10000n, 8), 0x11000n | TABLE],
    [e(0x11000n, 0), 0x12000n | TABLE],
    [e(0x12000n, 0), 0x13000n | TABLE],
    [e(0x13000n, 0), 0x14000n | TABLE],
    [e(0x14000n, 1), 0x3_0000_0000n | LEAF_4K],
    [e(0x20000n, 0), 0x21000n | TABLE],
    [e(0x21000n, 0), 0x22000n | TABLE],
    [e(0x22000n, 0), 0x23000n | TABLE],
    [e(0x23000n, 5), 0x60_0000n | LEAF_LARGE],
  ]);
  const read52 = reader(tables52, [0x10000n, 0x11000n, 0x12000n, 0x13000n, 0x14000n, 0x20000n, 0x21000n, 0x22000n, 0x23000n]);

  it('walks a shared GPA through PML5 index 8 to a 4 KiB leaf', async () => {
    assert.deepEqual(await summary(0x8_0000_0000_1abcn, 52, 0x10000n, read52), {
      gpa: '0x8000000001abc',
      root: 'shared',
      rootHpa: '0x10000',
      levels: [
        { level: 5, name: 'PML5', tableHpa: '0x10000', index: 8, entry: '0x11107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 4, name: 'PML4', tableHpa: '0x11000', index: 0, entry: '0x12107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 3, name: 'PDPT', tableHpa: '0x12000', index: 0, entry: '0x13107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 2, name: 'PD', tableHpa: '0x13000', index: 0, entry: '0x14107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 1, name: 'PT', tableHpa: '0x14000', index: 1, entry: '0x300000377', present: true, leaf: true, flags: LEAF_FLAGS },
      ],
      leafLevel: 1,
      pageSize: '0x1000',
      hpa: '0x300000abc',
    });
  });

  it('walks a private GPA on the mirror to a 2 MiB leaf', async () => {
    assert.deepEqual(await summary(0xa1_2345n, 52, 0x20000n, read52), {
      gpa: '0xa12345',
      root: 'mirror',
      rootHpa: '0x20000',
      levels: [
        { level: 5, name: 'PML5', tableHpa: '0x20000', index: 0, entry: '0x21107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 4, name: 'PML4', tableHpa: '0x21000', index: 0, entry: '0x22107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 3, name: 'PDPT', tableHpa: '0x22000', index: 0, entry: '0x23107', present: true, leaf: false, flags: NONLEAF_FLAGS },
        { level: 2, name: 'PD', tableHpa: '0x23000', index: 5, entry: '0x6003f7', present: true, leaf: true, flags: LARGE_FLAGS },
      ],
      leafLevel: 2,
      pageSize: '0x200000',
      hpa: '0x612345',
    });
  });

  it('stops at PML5 when the shared bit is walked on a 4-level-shaped root (index 8 empty)', async () => {
    const walk = await walkEpt({ gpa: 0x8_0000_0000_1000n, gpaw: 52, rootHpa: 0x20000n, root: 'mirror' }, read52);
    assert.deepEqual(walk.fault, { level: 5, reason: 'not present' });
    assert.equal(walk.levels[0].index, 8);
  });
});

describe('decodeEptEntry', () => {
  it('decodes a 4 KiB leaf: R/W/X, memory type, ignore-PAT, A/D, frame, kernel names and the SPTE meaning', () => {
    const f = decodeEptEntry(0x5377n, 1);
    assert.equal(f.present, true);
    assert.equal(f.leaf, true);
    assert.equal(f.memoryType, 6);
    assert.equal(f.memoryTypeName, 'WB');
    assert.equal(f.ignorePat, true);
    assert.equal(f.accessed, true);
    assert.equal(f.dirty, true);
    assert.equal(f.frame, 0x5000n);
    assert.equal(f.reservedBits, 0n);
    assert.deepEqual(f.names, [
      'VMX_EPT_READABLE_MASK',
      'VMX_EPT_WRITABLE_MASK',
      'VMX_EPT_EXECUTABLE_MASK',
      'VMX_EPT_IPAT_BIT',
      'VMX_EPT_ACCESS_BIT',
      'VMX_EPT_DIRTY_BIT',
    ]);
    assert.match(f.meaning, /^present RWX, WB, host PFN 0x5/);
  });

  it('treats bit 7 as large page only on levels 2 and 3, and ignores it on level 1', () => {
    assert.equal(decodeEptEntry(0x20_00b7n, 2).leaf, true);
    assert.equal(decodeEptEntry(0x4000_00b7n, 3).leaf, true);
    const pt = decodeEptEntry(0x5000n | 0xb7n, 1);
    assert.equal(pt.largePage, false);
    assert.equal(pt.reservedBits, 0n);
    assert.equal(pt.names.includes('PT_PAGE_SIZE_MASK'), false);
  });

  it('aligns large-page frames and reports frame bits below the alignment as reserved', () => {
    assert.equal(decodeEptEntry(0x4000_00b7n, 3).frame, 0x4000_0000n);
    const misaligned = decodeEptEntry(0x4020_00b7n, 3);
    assert.equal(misaligned.reservedBits, 0x20_0000n);
    assert.deepEqual(misaligned.problems, ['reserved bit 21 set (a 1 GiB page frame must be aligned)']);
    assert.equal(decodeEptEntry(0x40_10b7n, 2).reservedBits, 0x1000n);
  });

  it('reports bit 7 and memory-type bits on PML4/PML5 entries as reserved', () => {
    for (const level of [4, 5]) {
      const f = decodeEptEntry(0x3000n | 0x87n, level);
      assert.equal(f.leaf, false);
      assert.equal(f.largePage, false);
      assert.equal(f.reservedBits, 0x80n);
      assert.match(f.problems[0], /^reserved bit 7 set/);
    }
  });

  it('reports reserved memory types and write-without-read on leaves', () => {
    assert.deepEqual(decodeEptEntry(0x5000n | (2n << 3n) | 7n, 1).problems, ['reserved memory type 2 in bits 5:3 (EPT misconfiguration)']);
    assert.deepEqual(decodeEptEntry(0x5000n | 0x36n, 1).problems, [
      'write without read (R/W/X = -WX) is an EPT misconfiguration; KVM uses -WX for MMIO SPTEs',
    ]);
  });

  it('says an entry with R/W/X clear is not present, whatever else is set', () => {
    const f = decodeEptEntry((1n << 63n) | 0x5a0n, 1);
    assert.equal(f.present, false);
    assert.equal(f.suppressVe, true);
  });
});
