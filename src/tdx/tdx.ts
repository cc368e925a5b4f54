/** A TD's guest physical address width in bits; KVM accepts only these two. */
export type Gpaw = 48 | 52;

/** Whether a value is a guest physical address or a guest frame number (GPA >> 12). */
export type AddressKind = 'gpa' | 'gfn';

/** Shared/private classification of a GPA; `invalid` wins when reserved bits are set. */
export type AddressStatus = 'shared' | 'private' | 'invalid';

/** The GPAWs a TD can have, in ascending order. */
export const SUPPORTED_GPAWS: readonly Gpaw[] = [48, 52];

/** Log2 of the 4 KiB frame size: `gfn = gpa >> 12`. */
export const PAGE_SHIFT = 12n;

/** All 64 bits set: the widest value an address may have. */
export const U64_MAX = (1n << 64n) - 1n;

/** Type guard for a supported GPAW, e.g. `isGpaw(52) === true`, `isGpaw(57) === false`. */
export function isGpaw(value: unknown): value is Gpaw {
  return value === 48 || value === 52;
}

/** 0-based index of the TDX shared bit in a GPA: GPAW − 1 (47 for GPAW 48, 51 for GPAW 52). */
export function sharedBitIndex(gpaw: Gpaw): 47 | 51 {
  return gpaw === 48 ? 47 : 51;
}

/** GPA-space shared mask `1 << (GPAW − 1)`, e.g. `0x8_0000_0000_0000` for GPAW 52. */
export function sharedGpaMask(gpaw: Gpaw): bigint {
  return gpaw === 48 ? SHARED_GPA_MASK_48 : SHARED_GPA_MASK_52;
}

// The masks and shifts are constants: hovers and the page index compute them for every value.
const SHARED_GPA_MASK_48 = 1n << 47n;
const SHARED_GPA_MASK_52 = 1n << 51n;
const SHARED_GFN_MASK_48 = SHARED_GPA_MASK_48 >> PAGE_SHIFT;
const SHARED_GFN_MASK_52 = SHARED_GPA_MASK_52 >> PAGE_SHIFT;

/** GFN-space shared mask (`gfn_direct_bits`) `1 << (GPAW − 13)`, e.g. `0x80_0000_0000` for GPAW 52. */
export function sharedGfnMask(gpaw: Gpaw): bigint {
  return gpaw === 48 ? SHARED_GFN_MASK_48 : SHARED_GFN_MASK_52;
}

/** Number of EPT levels walked for a GPAW: 4 for 48, 5 for 52. */
export function eptLevelCount(gpaw: Gpaw): 4 | 5 {
  return gpaw === 48 ? 4 : 5;
}

/** Bits of a GPA at or above GPAW, which must be zero (e.g. `0x8_0000_0000_1000` under 48 → `0x8_0000_0000_0000`). */
export function reservedGpaBits(gpa: bigint, gpaw: Gpaw): bigint {
  const width = gpaw === 48 ? 48n : 52n;
  return (gpa >> width) << width;
}

/** Status of a GPA: `invalid` if any reserved bit is set, else `shared` if bit GPAW − 1 is set, else `private`. */
export function gpaStatus(gpa: bigint, gpaw: Gpaw): AddressStatus {
  if (reservedGpaBits(gpa, gpaw) !== 0n) return 'invalid';
  return (gpa & sharedGpaMask(gpaw)) !== 0n ? 'shared' : 'private';
}

/** The kernel helper's one-bit test (`kvm_is_private_gpa`): true when the shared bit is clear, validity aside. */
export function isPrivateGpa(gpa: bigint, gpaw: Gpaw): boolean {
  return (gpa & sharedGpaMask(gpaw)) === 0n;
}

/** `gpa | mask` — the shared alias of a GPA (bitwise, also for invalid input). */
export function toSharedGpa(gpa: bigint, gpaw: Gpaw): bigint {
  return gpa | sharedGpaMask(gpaw);
}

/** `gpa & ~mask` — the private alias of a GPA (bitwise, also for invalid input). */
export function toPrivateGpa(gpa: bigint, gpaw: Gpaw): bigint {
  return gpa & ~sharedGpaMask(gpaw);
}

/** `gfn | gfn_mask` — the shared alias of a GFN, e.g. `0x1` → `0x80_0000_0001` for GPAW 52. */
export function toSharedGfn(gfn: bigint, gpaw: Gpaw): bigint {
  return gfn | sharedGfnMask(gpaw);
}

/** `gfn & ~gfn_mask` — the private alias of a GFN. */
export function toPrivateGfn(gfn: bigint, gpaw: Gpaw): bigint {
  return gfn & ~sharedGfnMask(gpaw);
}

/** `gpa >> 12`, e.g. `0x8000_0000_1234` → `0x8_0000_0001`. */
export function gpaToGfn(gpa: bigint): bigint {
  return gpa >> PAGE_SHIFT;
}

/** `gfn << 12`, the GPA of the frame's first byte, e.g. `0x1` → `0x1000`. */
export function gfnToGpa(gfn: bigint): bigint {
  return gfn << PAGE_SHIFT;
}

/** EPT level names from level 1 (PT) to 5 (PML5). */
export const EPT_LEVEL_NAMES = ['PT', 'PD', 'PDPT', 'PML4', 'PML5'] as const;

/** 9-bit EPT table index of level L (1..5): bits `[12 + 9L − 1 : 12 + 9(L − 1)]` of the GPA. */
export function eptIndex(gpa: bigint, level: number): number {
  return Number((gpa >> BigInt(12 + 9 * (level - 1))) & 0x1ffn);
}

/** EPT indices for the GPAW's walk, top level first: `[PML4, PDPT, PD, PT]` or `[PML5, …, PT]`. */
export function eptIndices(gpa: bigint, gpaw: Gpaw): number[] {
  const levels = eptLevelCount(gpaw);
  const out: number[] = [];
  for (let level = levels; level >= 1; level--) out.push(eptIndex(gpa, level));
  return out;
}

/** EPT indices with their level names, top level first, e.g. `PML4 256 · PDPT 0 · PD 0 · PT 1` for `0x8000_0000_1234`. */
export function describeEptIndices(ept: readonly number[]): string {
  let text = '';
  for (let k = 0; k < ept.length; k++) text += `${k ? ' · ' : ''}${EPT_LEVEL_NAMES[ept.length - 1 - k]} ${ept[k]}`;
  return text;
}

/** Which space a shared mask is expressed in: a GPA mask (`cc_mask`) or a GFN mask (`gfn_direct_bits`). */
export type MaskSpace = 'gpa' | 'gfn';

/** Result of recovering a GPAW from a mask: the GPAW, or an explanation of why none fits. */
export type GpawFromMask = { ok: true; gpaw: Gpaw; bit: number } | { ok: false; error: string };

/** Recovers GPAW from a shared mask: GPA mask → `ctz + 1`, GFN mask → `ctz + 13`; only 48/52 accepted. */
export function gpawFromMask(mask: bigint, space: MaskSpace): GpawFromMask {
  if (mask <= 0n || mask > U64_MAX) {
    return {
      ok: false,
      error: `a ${space.toUpperCase()} shared mask must be a non-zero 64-bit value, got ${mask === 0n ? '0 (not a TDX VM, or not yet initialised)' : mask.toString()}`,
    };
  }
  let bit = 0;
  while (((mask >> BigInt(bit)) & 1n) === 0n) bit++;
  const gpaBit = space === 'gfn' ? bit + 12 : bit;
  const width = gpaBit + 1;
  if ((mask & (mask - 1n)) !== 0n) {
    return {
      ok: false,
      error: `the ${space.toUpperCase()} mask 0x${mask.toString(16)} has more than one bit set; a TDX shared mask has exactly one (GPA bit 47 or 51)`,
    };
  }
  if (!isGpaw(width)) {
    return {
      ok: false,
      error: `the ${space.toUpperCase()} mask 0x${mask.toString(16)} selects GPA bit ${gpaBit}, i.e. GPAW ${width}; only GPAW 48 (bit 47) and 52 (bit 51) exist`,
    };
  }
  return { ok: true, gpaw: width, bit: gpaBit };
}

/** Everything known about one address under one GPAW, as bigints (GPA-space fields for either kind). */
export interface AddressAnalysis {
  readonly value: bigint;
  readonly kind: AddressKind;
  readonly gpaw: Gpaw;
  readonly sharedBit: 47 | 51;
  /** The address as a GPA: the value itself, or `gfn << 12` for GFN input. */
  readonly gpa: bigint;
  readonly gfn: bigint;
  /** Byte offset in the 4 KiB frame (always 0 for GFN input). */
  readonly offset: bigint;
  readonly status: AddressStatus;
  /** Set bits at or above GPAW, in GPA space; 0 when valid. */
  readonly reservedBits: bigint;
  readonly toSharedGpa: bigint;
  readonly toPrivateGpa: bigint;
  readonly toSharedGfn: bigint;
  readonly toPrivateGfn: bigint;
  /** EPT indices, top level first (4 or 5 of them). */
  readonly ept: readonly number[];
}

/** Analyses a GPA or GFN under a GPAW, e.g. GPA `0x8000_0000_1234` under 48 → shared, gfn `0x8_0000_0001`. */
export function analyzeAddress(value: bigint, kind: AddressKind, gpaw: Gpaw): AddressAnalysis {
  const gpa = kind === 'gfn' ? gfnToGpa(value) : value;
  const gfn = kind === 'gfn' ? value : gpaToGfn(value);
  return {
    value,
    kind,
    gpaw,
    sharedBit: sharedBitIndex(gpaw),
    gpa,
    gfn,
    offset: gpa & 0xfffn,
    status: gpaStatus(gpa, gpaw),
    reservedBits: reservedGpaBits(gpa, gpaw),
    toSharedGpa: toSharedGpa(gpa, gpaw),
    toPrivateGpa: toPrivateGpa(gpa, gpaw),
    toSharedGfn: toSharedGfn(gfn, gpaw),
    toPrivateGfn: toPrivateGfn(gfn, gpaw),
    ept: eptIndices(gpa, gpaw),
  };
}

/**
 * `analyzeAddress` for display: the GPA, GFN, offset and aliases as hex digits (as `toString(16)` writes them:
 * lower case, no leading zeros), from one conversion of the value. The shared bit is the top bit of one hex
 * digit (GPAW is a multiple of 4), so the aliases and the status are digit edits and the EPT indices come from
 * two small integers: no further bigint work unless the address is invalid. A unit test holds it to `analyzeAddress`.
 */
export interface AddressDigits {
  readonly gpaw: Gpaw;
  readonly sharedBit: 47 | 51;
  readonly status: AddressStatus;
  /** The address as a GPA (`gfn << 12` for GFN input), as in `AddressAnalysis`. */
  readonly gpa: bigint;
  /** Set bits at or above GPAW, in GPA space; 0 when valid. */
  readonly reservedBits: bigint;
  readonly gpaHex: string;
  readonly gfnHex: string;
  readonly offsetHex: string;
  readonly sharedGpaHex: string;
  readonly privateGpaHex: string;
  readonly sharedGfnHex: string;
  readonly privateGfnHex: string;
  /** EPT indices, top level first (4 or 5 of them). */
  readonly ept: readonly number[];
}

const HEX_DIGITS = '0123456789abcdef';

/** Value of a hex digit's character code, either case. */
export function hexDigitValue(c: number): number {
  return c <= 57 ? c - 48 : (c | 0x20) - 87;
}

/** `digits` with bit `4 * d + 3` set (the top bit of the `d`-th digit from the right). */
function setTopBit(digits: string, d: number): string {
  const n = digits.length;
  if (n <= d) return '8' + '0'.repeat(d - n) + digits;
  const i = n - 1 - d;
  const c = hexDigitValue(digits.charCodeAt(i));
  return c & 8 ? digits : digits.slice(0, i) + HEX_DIGITS[c | 8] + digits.slice(i + 1);
}

/** `digits` with bit `4 * d + 3` clear, without leading zeros. */
function clearTopBit(digits: string, d: number): string {
  const n = digits.length;
  if (n <= d) return digits;
  const i = n - 1 - d;
  const c = hexDigitValue(digits.charCodeAt(i));
  if (!(c & 8)) return digits;
  if (i > 0 || c !== 8) return digits.slice(0, i) + HEX_DIGITS[c & 7] + digits.slice(i + 1);
  return stripZeros(digits, 1);
}

/** `digits.slice(from)` without leading zeros (`'0'` when all are zero). */
function stripZeros(digits: string, from: number): string {
  const last = digits.length - 1;
  while (from < last && digits.charCodeAt(from) === 48) from++;
  return from === 0 ? digits : digits.slice(from);
}

/** The number that `digits[from, to)` writes; at most 12 digits, so exact (below 2^48). */
function digitsNumber(digits: string, from: number, to: number): number {
  let n = 0;
  for (let i = Math.max(0, from); i < to; i++) n = n * 16 + hexDigitValue(digits.charCodeAt(i));
  return n;
}

/**
 * `gpaStatus` of a GPA given as its hex digits (as `toString(16)` writes a non-negative value): digits from GPAW/4 up
 * are reserved, and the shared bit is the top bit of digit GPAW/4 − 1.
 */
export function gpaStatusOfDigits(digits: string, gpaw: Gpaw): AddressStatus {
  const width = gpaw / 4;
  if (digits.length > width) return 'invalid';
  return digits.length === width && hexDigitValue(digits.charCodeAt(0)) & 8 ? 'shared' : 'private';
}

/** `analyzeAddress(value, kind, gpaw)` as digits; `value` must not be negative. */
export function analyzeAddressDigits(value: bigint, kind: AddressKind, gpaw: Gpaw): AddressDigits {
  const digits = value.toString(16);
  const n = digits.length;
  let gpaHex: string;
  let gfnHex: string;
  let offsetHex: string;
  if (kind === 'gfn') {
    gfnHex = digits;
    gpaHex = digits === '0' ? '0' : digits + '000';
    offsetHex = '0';
  } else {
    gpaHex = digits;
    gfnHex = n > 3 ? digits.slice(0, n - 3) : '0';
    offsetHex = n > 3 ? stripZeros(digits.slice(n - 3), 0) : digits;
  }
  // The shared bit is the top bit of GPA digit GPAW/4 − 1 (GFN digit GPAW/4 − 4); digits from GPAW/4 up are reserved.
  const width = gpaw / 4;
  const m = gpaHex.length;
  const gpa = kind === 'gfn' ? value << PAGE_SHIFT : value;
  const status = gpaStatusOfDigits(gpaHex, gpaw);
  const reservedBits = status === 'invalid' ? reservedGpaBits(gpa, gpaw) : 0n;
  // Bits 47:12 as a number (exact below 2^53), then 9 bits a level; PML5 from bits 56:48.
  const low = digitsNumber(gpaHex, m - 12, m);
  const pt = Math.floor(low / 4096);
  const pd = Math.floor(pt / 512);
  const pdpt = Math.floor(pd / 512);
  const pml4 = Math.floor(pdpt / 512);
  const ept =
    gpaw === 48
      ? [pml4 % 512, pdpt % 512, pd % 512, pt % 512]
      : [digitsNumber(gpaHex, m - 15, m - 12) & 0x1ff, pml4 % 512, pdpt % 512, pd % 512, pt % 512];
  return {
    gpaw,
    sharedBit: sharedBitIndex(gpaw),
    status,
    gpa,
    reservedBits,
    gpaHex,
    gfnHex,
    offsetHex,
    sharedGpaHex: setTopBit(gpaHex, width - 1),
    privateGpaHex: clearTopBit(gpaHex, width - 1),
    sharedGfnHex: setTopBit(gfnHex, width - 4),
    privateGfnHex: clearTopBit(gfnHex, width - 4),
    ept,
  };
}

/** Describes the set reserved bits as a bit range, e.g. `0x8_0000_0000_0000` under GPAW 48 → "bit 51". */
export function describeBits(bits: bigint): string {
  if (bits <= 0n) return 'no bits';
  const binary = bits.toString(2); // most significant bit first; string scans beat 64 BigInt shifts
  const set: number[] = [];
  for (let i = 0; i < binary.length; i++) if (binary.charCodeAt(i) === 49) set.push(binary.length - 1 - i);
  const hi = set[0];
  const lo = set[set.length - 1];
  if (set.length === 1) return `bit ${hi}`;
  if (hi - lo === set.length - 1) return `bits ${hi}:${lo}`;
  if (set.length <= 6) return `bits ${set.join(', ')}`;
  return `${set.length} bits between ${hi} and ${lo}`;
}

/** True for values shaped like an x86-64 kernel virtual address (top 16 bits all ones), e.g. `0xffff_8880_0000_0000`. */
export function looksLikeKernelVirtual(value: bigint): boolean {
  return value >> 48n === 0xffffn;
}
