import { formatHex } from './format';
import { SPTE_BASE_ADDR_MASK, spte } from '../meaning/meaning';
import { EPT_MEMORY_TYPES, SPTE_BITS } from '../meaning/bitNames';
import { describeBits, EPT_LEVEL_NAMES, eptIndex, eptLevelCount, Gpaw, isGpaw, reservedGpaBits, sharedGpaMask, U64_MAX } from './tdx';

// Entry layout: arch/x86/include/asm/vmx.h (VMX_EPT_READABLE_MASK 0x1, _WRITABLE_MASK 0x2, _EXECUTABLE_MASK 0x4,
// VMX_EPT_MT_EPTE_SHIFT 3, VMX_EPT_IPAT_BIT 6, VMX_EPT_ACCESS_BIT 8, VMX_EPT_DIRTY_BIT 9, VMX_EPT_SUPPRESS_VE_BIT 63)
// and arch/x86/kvm/mmu/spte.h (SPTE_BASE_ADDR_MASK bits 51:12; is_last_spte(): level 1 or PT_PAGE_SIZE_MASK bit 7).
// The reserved-bit rules are KVM's own, __reset_rsvds_bits_mask_ept() and bad_mt_xwr in arch/x86/kvm/mmu/mmu.c.

/** Reads the 64-bit entry at a host physical address, e.g. `(hpa) => debugger.readU64(pageOffsetBase + hpa)`; rejects with an Error saying why. */
export type ReadU64 = (hpa: bigint) => Promise<bigint>;

/** Which EPT a walk starts from: KVM's shared EPT (`root.hpa`), its mirror of the Secure EPT (`mirror_root_hpa`), or a user-named root. */
export type EptRootName = 'shared' | 'mirror' | string;

/** What to walk: a GPA as given (shared bit included), the TD's GPAW, and the root table's HPA, e.g. `{ gpa: 0x8000_0000_1000n, gpaw: 48, rootHpa: 0x1000n, root: 'shared' }`. */
export interface EptWalkRequest {
  gpa: bigint;
  gpaw: Gpaw;
  rootHpa: bigint;
  root: EptRootName;
}

/** The decoded bits of one EPT entry at one level, e.g. `0x5377n` at level 1 → R/W/X, memory type 6 (WB), IPAT, accessed, dirty, frame `0x5000n`. */
export interface EptEntryFlags {
  readable: boolean;
  writable: boolean;
  executable: boolean;
  /** Bits 5:3 of a leaf (`VMX_EPT_MT_EPTE_SHIFT`); undefined on a non-leaf, where these bits are reserved. */
  memoryType?: number;
  /** `UC`, `WC`, `WT`, `WP`, `WB`, or `reserved N` for types 2, 3, 7. */
  memoryTypeName?: string;
  ignorePat: boolean;
  /** Bit 7 on level 2 or 3: the entry maps a 2 MiB or 1 GiB page instead of pointing to a table. */
  largePage: boolean;
  accessed: boolean;
  dirty: boolean;
  /** Bit 10, user-mode execute with MBEC. */
  userExecutable: boolean;
  suppressVe: boolean;
  /** Present: R, W or X set (EPT has no present bit). */
  present: boolean;
  /** Ends the walk: level 1, or bit 7 on level 2/3. */
  leaf: boolean;
  /** Next table HPA (non-leaf) or page frame HPA (leaf, aligned to the page size): bits 51:12, 51:21 or 51:30. */
  frame: bigint;
  /** The set bits that must be zero at this level (0 when none), among those knowable without the host's MAXPHYADDR. */
  reservedBits: bigint;
  /** Why the entry is malformed (reserved bits, reserved memory type, write without read), empty when it is not. */
  problems: string[];
  /** Kernel macro names of the set bits that mean something at this level, from `SPTE_BITS` (`VMX_EPT_READABLE_MASK`, …). */
  names: string[];
  /** One-line description from the SPTE decoder, e.g. "present RWX, WB, host PFN 0x5". */
  meaning: string;
}

/** One level of a walk: the table read, the entry found at the GPA's index, and its decoding; `tableHpa` + 8 × `index` is the entry's HPA. */
export interface EptWalkLevel {
  level: number;
  name: string;
  tableHpa: bigint;
  index: number;
  entry: bigint;
  present: boolean;
  leaf: boolean;
  flags: EptEntryFlags;
}

/** A finished walk: every level read, then either the leaf (`leafLevel`, `pageSize`, `hpa`) or where and why it stopped (`fault`). */
export interface EptWalk {
  gpa: bigint;
  root: EptRootName;
  rootHpa: bigint;
  levels: EptWalkLevel[];
  leafLevel?: number;
  pageSize?: bigint;
  hpa?: bigint;
  fault?: { level: number; reason: string };
}

/** One level on the wire: hex strings as lower-case `0x…` without separators, flags as short names (`R`, `W`, `X`, `WB`, `IPAT`, `PS`, `A`, `D`, `UX`, `SVE`). */
export interface EptWalkLevelSummary {
  level: number;
  name: string;
  tableHpa: string;
  index: number;
  entry: string;
  present: boolean;
  leaf: boolean;
  flags: string[];
}

/** The result of `tdx.walkEpt` on the wire, e.g. `{ gpa: '0x8000000001234', root: 'shared', …, hpa: '0x7234' }`. */
export interface EptWalkSummary {
  gpa: string;
  root: string;
  rootHpa: string;
  levels: EptWalkLevelSummary[];
  leafLevel?: number;
  pageSize?: string;
  hpa?: string;
  fault?: { level: number; reason: string };
}

const PAGE_SHIFT_4K = 12n;
/** KVM's `INVALID_PAGE` (`arch/x86/include/asm/kvm_host.h`): `(hpa_t)-1`, the value of a root that is not loaded. */
export const INVALID_PAGE = U64_MAX;

function bit(value: bigint, index: number): boolean {
  return ((value >> BigInt(index)) & 1n) === 1n;
}

function bitsMask(hi: number, lo: number): bigint {
  return ((1n << BigInt(hi - lo + 1)) - 1n) << BigInt(lo);
}

/** Log2 of the bytes one entry maps at a level: 12 (4 KiB) at level 1, 21 (2 MiB) at 2, 30 (1 GiB) at 3. */
function levelShift(level: number): bigint {
  return PAGE_SHIFT_4K + 9n * BigInt(level - 1);
}

function levelName(level: number): string {
  return EPT_LEVEL_NAMES[level - 1] ?? `level ${level}`;
}

/**
 * Decodes an EPT entry found at a level (1 = PT … 5 = PML5), e.g. `decodeEptEntry(0x20_00b7n, 2)` → 2 MiB leaf, RWX, WB, frame `0x20_0000n`.
 * Reserved checks (KVM's `__reset_rsvds_bits_mask_ept`, `arch/x86/kvm/mmu/mmu.c`): bits 7:3 on levels 4/5, bits 6:3 on a non-leaf level 2/3,
 * frame bits 29:12 / 20:12 of a 1 GiB / 2 MiB leaf, memory types 2, 3 and 7, and W without R; bits 51:MAXPHYADDR are not knowable here.
 */
export function decodeEptEntry(entry: bigint, level: number): EptEntryFlags {
  const readable = bit(entry, 0);
  const writable = bit(entry, 1);
  const executable = bit(entry, 2);
  const present = readable || writable || executable;
  const largePage = (level === 2 || level === 3) && bit(entry, 7);
  const leaf = level === 1 || largePage;
  const frameShift = leaf ? levelShift(level) : PAGE_SHIFT_4K;
  const frame = entry & SPTE_BASE_ADDR_MASK & ~((1n << frameShift) - 1n);

  const problems: string[] = [];
  let reservedBits = 0n;
  const reserve = (mask: bigint, why: string): void => {
    const set = entry & mask;
    if (set === 0n) return;
    reservedBits |= set;
    problems.push(`reserved ${describeBits(set)} set (${why})`);
  };
  if (level >= 4) reserve(bitsMask(7, 3), `memory type, ignore-PAT and large page must be 0 in a ${levelName(level)} entry`);
  else if (!leaf) reserve(bitsMask(6, 3), `memory type and ignore-PAT must be 0 in a ${levelName(level)} entry that points to a table`);
  if (leaf && level > 1) reserve(bitsMask(Number(frameShift) - 1, 12), `a ${level === 3 ? '1 GiB' : '2 MiB'} page frame must be aligned`);

  let memoryType: number | undefined;
  let memoryTypeName: string | undefined;
  if (leaf) {
    memoryType = Number((entry >> 3n) & 7n);
    const known = EPT_MEMORY_TYPES.get(memoryType);
    memoryTypeName = known ? known.slice(0, 2) : `reserved ${memoryType}`;
    if (!known) {
      reservedBits |= entry & bitsMask(5, 3);
      problems.push(`reserved memory type ${memoryType} in bits 5:3 (EPT misconfiguration)`);
    }
  }
  if (writable && !readable) {
    problems.push(
      `write without read (R/W/X = ${executable ? '-WX' : '-W-'}) is an EPT misconfiguration${executable ? '; KVM uses -WX for MMIO SPTEs' : ''}`,
    );
  }

  const meaningful = SPTE_BITS.filter((b) => bit(entry, b.bit) && !(b.bit === 7 && !largePage) && !((b.bit === 6 || b.bit === 9) && !leaf));
  return {
    readable,
    writable,
    executable,
    ...(memoryType === undefined ? {} : { memoryType, memoryTypeName }),
    ignorePat: leaf && bit(entry, 6),
    largePage,
    accessed: bit(entry, 8),
    dirty: leaf && bit(entry, 9),
    userExecutable: bit(entry, 10),
    suppressVe: bit(entry, 63),
    present,
    leaf,
    frame,
    reservedBits,
    problems,
    names: meaningful.map((b) => b.name),
    meaning: spte(entry, 'none').meaning,
  };
}

/**
 * KVM's choice of root for a GPA: the shared EPT when the shared bit is set, else the mirror of the Secure EPT, e.g. `rootFor(0x8000_0000_1000n, 48)` → `'shared'`.
 * `kvm_tdp_mmu_gpa_is_mapped()` (`arch/x86/kvm/mmu/tdp_mmu.c`) picks `kvm_is_addr_direct(kvm, gpa) ? mmu->root.hpa : mmu->mirror_root_hpa`, as does
 * `tdp_mmu_get_root_for_fault()` (`arch/x86/kvm/mmu/tdp_mmu.h`); `kvm_is_addr_direct()` (`arch/x86/kvm/mmu.h`) is `!gpa_direct_bits || (gpa & gpa_direct_bits)`
 * with `gpa_direct_bits` the shared bit. Later KVM keys the fault path on `PFERR_PRIVATE_ACCESS` (`kvm_is_mirror_fault()`), which agrees for a GPA as the guest uses it.
 */
export function rootFor(gpa: bigint, gpaw: Gpaw): 'shared' | 'mirror' {
  return (gpa & sharedGpaMask(gpaw)) !== 0n ? 'shared' : 'mirror';
}

function rootProblem(rootHpa: bigint): string | undefined {
  if (rootHpa === INVALID_PAGE) return 'the root is INVALID_PAGE (no EPT root is loaded for this vCPU)';
  if (rootHpa < 0n || rootHpa > U64_MAX) return `the root HPA ${rootHpa.toString()} is not a 64-bit value`;
  if ((rootHpa & ~SPTE_BASE_ADDR_MASK) !== 0n) {
    return `the root HPA ${formatHex(rootHpa, 'none')} is not a 4 KiB-aligned address below 2^52`;
  }
  return undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Walks the EPT from `rootHpa` for `gpa`, reading each entry with `read`, e.g. a 4-level walk ending in a 4 KiB leaf gives
 * `{ levels: [PML4, PDPT, PD, PT], leafLevel: 1, pageSize: 0x1000n, hpa }`; bad data ends the walk with `fault`, only a GPAW other than 48/52 rejects.
 */
export async function walkEpt(req: EptWalkRequest, read: ReadU64): Promise<EptWalk> {
  if (!isGpaw(req.gpaw)) throw new Error(`walkEpt needs GPAW 48 or 52, got ${String(req.gpaw)}`);
  const top = eptLevelCount(req.gpaw);
  const walk: EptWalk = { gpa: req.gpa, root: req.root, rootHpa: req.rootHpa, levels: [] };
  const stop = (level: number, reason: string): EptWalk => ({ ...walk, fault: { level, reason } });

  if (req.gpa < 0n || req.gpa > U64_MAX) return stop(top, `the GPA ${req.gpa.toString()} is not a 64-bit value`);
  const reservedGpa = reservedGpaBits(req.gpa, req.gpaw);
  if (reservedGpa !== 0n) {
    return stop(
      top,
      `the GPA ${formatHex(req.gpa, 'none')} has ${describeBits(reservedGpa)} set above GPAW ${req.gpaw}; it is not a valid GPA`,
    );
  }
  const badRoot = rootProblem(req.rootHpa);
  if (badRoot) return stop(top, badRoot);

  let tableHpa = req.rootHpa;
  for (let level = top; level >= 1; level--) {
    const index = eptIndex(req.gpa, level);
    const entryHpa = tableHpa + 8n * BigInt(index);
    let entry: bigint;
    try {
      entry = await read(entryHpa);
    } catch (error) {
      return stop(
        level,
        `cannot read the ${levelName(level)} entry at HPA ${formatHex(entryHpa, 'none')} (table ${formatHex(tableHpa, 'none')}, index ${index}): ${errorMessage(error)}`,
      );
    }
    if (typeof entry !== 'bigint' || entry < 0n || entry > U64_MAX) {
      return stop(level, `the reader returned ${String(entry)} for HPA ${formatHex(entryHpa, 'none')}, not a 64-bit value`);
    }
    const flags = decodeEptEntry(entry, level);
    walk.levels.push({
      level,
      name: levelName(level),
      tableHpa,
      index,
      entry,
      present: flags.present,
      leaf: flags.present && flags.leaf,
      flags,
    });
    if (!flags.present) return stop(level, 'not present');
    if (flags.problems.length > 0) return stop(level, flags.problems.join('; '));
    if (flags.leaf) {
      const pageSize = 1n << levelShift(level);
      return { ...walk, leafLevel: level, pageSize, hpa: flags.frame + (req.gpa & (pageSize - 1n)) };
    }
    tableHpa = flags.frame;
  }
  // Unreachable: level 1 is always a leaf.
  return stop(1, 'the walk did not reach a leaf');
}

/** Short names of an entry's decoded bits, in bit order, e.g. `['R', 'W', 'X', 'WB', 'IPAT', 'A', 'D']`. */
export function eptFlagNames(flags: EptEntryFlags): string[] {
  const out: string[] = [];
  if (flags.readable) out.push('R');
  if (flags.writable) out.push('W');
  if (flags.executable) out.push('X');
  if (flags.memoryTypeName) out.push(flags.memoryTypeName);
  if (flags.ignorePat) out.push('IPAT');
  if (flags.largePage) out.push('PS');
  if (flags.accessed) out.push('A');
  if (flags.dirty) out.push('D');
  if (flags.userExecutable) out.push('UX');
  if (flags.suppressVe) out.push('SVE');
  if (flags.reservedBits !== 0n) out.push(`reserved ${describeBits(flags.reservedBits)}`);
  return out;
}

/** The wire shape of a walk: bigints as `formatHex(v, 'none')`, flags as `eptFlagNames`, absent fields left out, e.g. `{ gpa: '0x1000', root: 'mirror', … }`. */
export function walkToSummary(w: EptWalk): EptWalkSummary {
  const hex = (v: bigint): string => formatHex(v, 'none');
  const summary: EptWalkSummary = {
    gpa: hex(w.gpa),
    root: w.root,
    rootHpa: hex(w.rootHpa),
    levels: w.levels.map((l) => ({
      level: l.level,
      name: l.name,
      tableHpa: hex(l.tableHpa),
      index: l.index,
      entry: hex(l.entry),
      present: l.present,
      leaf: l.leaf,
      flags: eptFlagNames(l.flags),
    })),
  };
  if (w.leafLevel !== undefined) summary.leafLevel = w.leafLevel;
  if (w.pageSize !== undefined) summary.pageSize = hex(w.pageSize);
  if (w.hpa !== undefined) summary.hpa = hex(w.hpa);
  if (w.fault) summary.fault = { level: w.fault.level, reason: w.fault.reason };
  return summary;
}

/** `tdx.walkEpt`'s request: the address, which root (`auto` = KVM's rule, a name, an expression or a number), and GPAW. */
export interface WalkRequest {
  readonly address: string;
  readonly root?: string;
  readonly gpaw?: Gpaw;
}

/** A walk as the inspector shows it: what was asked (to walk again on each stop), the result, and how long it took. */
export interface ShownWalk {
  readonly request: WalkRequest;
  readonly summary: EptWalkSummary;
  /** The workspace folder (URI string) of the debug session. */
  readonly folder?: string;
  readonly ms: number;
}
