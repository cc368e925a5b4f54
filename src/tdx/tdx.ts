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
  // Bits 47:12 as one exact number (below 2^36), then 9 bits a level; PML5 from bits 56:48.
  const low = Number((gpa >> PAGE_SHIFT) & 0xf_ffff_ffffn);
  const pt = low % 512;
  const pd = Math.floor(low / 2 ** 9) % 512;
  const pdpt = Math.floor(low / 2 ** 18) % 512;
  const pml4 = Math.floor(low / 2 ** 27) % 512;
  return gpaw === 48 ? [pml4, pdpt, pd, pt] : [eptIndex(gpa, 5), pml4, pdpt, pd, pt];
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

/**
 * Everything known about one address under one GPAW, as bigints (GPA-space fields for either kind) and, for display,
 * as hex digits (as `toString(16)` writes them: lower case, no leading zeros), each computed when first read.
 */
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
  /** `gpa.toString(16)`, e.g. `'800000001234'`; likewise the other `…Hex` fields. */
  readonly gpaHex: string;
  readonly gfnHex: string;
  readonly offsetHex: string;
  readonly sharedGpaHex: string;
  readonly privateGpaHex: string;
  readonly sharedGfnHex: string;
  readonly privateGfnHex: string;
}

/**
 * The one implementation of `AddressAnalysis`: the status is computed at once (every caller reads it), the rest when first read, from the rules above (`gpaStatus`, `toSharedGpa`, `eptIndices`…). The hex
 * forms (what hovers show) come from one conversion of the value, the aliases by setting or clearing the shared bit
 * (`sharedBitIndex`) in its digits; a unit test holds them to the bigint forms.
 */
class Analysis implements AddressAnalysis {
  readonly sharedBit: 47 | 51;
  readonly gpa: bigint;
  readonly status: AddressStatus;
  constructor(
    readonly value: bigint,
    readonly kind: AddressKind,
    readonly gpaw: Gpaw,
  ) {
    this.sharedBit = sharedBitIndex(gpaw);
    this.gpa = kind === 'gfn' ? gfnToGpa(value) : value;
    this.status = gpaStatus(this.gpa, gpaw);
  }
  get reservedBits(): bigint {
    return this.status === 'invalid' ? reservedGpaBits(this.gpa, this.gpaw) : 0n;
  }
  get gfn(): bigint {
    return this.kind === 'gfn' ? this.value : gpaToGfn(this.value);
  }
  get offset(): bigint {
    return this.gpa & 0xfffn;
  }
  get toSharedGpa(): bigint {
    return toSharedGpa(this.gpa, this.gpaw);
  }
  get toPrivateGpa(): bigint {
    return toPrivateGpa(this.gpa, this.gpaw);
  }
  get toSharedGfn(): bigint {
    return toSharedGfn(this.gfn, this.gpaw);
  }
  get toPrivateGfn(): bigint {
    return toPrivateGfn(this.gfn, this.gpaw);
  }
  private eptIndices: readonly number[] | undefined;
  get ept(): readonly number[] {
    return (this.eptIndices ??= eptIndices(this.gpa, this.gpaw));
  }
  private digits: Digits | undefined;
  /** The hex forms, from one conversion of the value: the aliases are the shared bit set or cleared in those digits. */
  private hex(): Digits {
    if (this.digits) return this.digits;
    const digits = this.value.toString(16);
    const n = digits.length;
    const isGfn = this.kind === 'gfn';
    const gpaHex = isGfn ? (digits === '0' ? '0' : digits + '000') : digits;
    const gfnHex = isGfn ? digits : n > 3 ? digits.slice(0, n - 3) : '0';
    const gfnBit = this.sharedBit - Number(PAGE_SHIFT);
    return (this.digits = {
      gpaHex,
      gfnHex,
      offsetHex: isGfn ? '0' : n > 3 ? stripZeros(digits.slice(n - 3), 0) : digits,
      sharedGpaHex: withBit(gpaHex, this.sharedBit, true),
      privateGpaHex: withBit(gpaHex, this.sharedBit, false),
      sharedGfnHex: withBit(gfnHex, gfnBit, true),
      privateGfnHex: withBit(gfnHex, gfnBit, false),
    });
  }
  get gpaHex(): string {
    return this.hex().gpaHex;
  }
  get gfnHex(): string {
    return this.hex().gfnHex;
  }
  get offsetHex(): string {
    return this.hex().offsetHex;
  }
  get sharedGpaHex(): string {
    return this.hex().sharedGpaHex;
  }
  get privateGpaHex(): string {
    return this.hex().privateGpaHex;
  }
  get sharedGfnHex(): string {
    return this.hex().sharedGfnHex;
  }
  get privateGfnHex(): string {
    return this.hex().privateGfnHex;
  }
  toJSON() {
    const { value, kind, gpaw, sharedBit, gpa, gfn, offset, status, reservedBits, ept } = this;
    return { value, kind, gpaw, sharedBit, gpa, gfn, offset, status, reservedBits, ept };
  }
}

type Digits = Pick<
  AddressAnalysis,
  'gpaHex' | 'gfnHex' | 'offsetHex' | 'sharedGpaHex' | 'privateGpaHex' | 'sharedGfnHex' | 'privateGfnHex'
>;

const HEX_DIGITS = '0123456789abcdef';

/**
 * `digits` (as `toString(16)` writes a value) with bit `bit` set or cleared, without leading zeros: `toSharedGpa` /
 * `toPrivateGpa` as a digit edit, e.g. `withBit('1234', 47, true)` → `'800000001234'`.
 */
function withBit(digits: string, bit: number, set: boolean): string {
  const d = bit >> 2;
  const mask = 1 << (bit & 3);
  const n = digits.length;
  if (n <= d) return set ? HEX_DIGITS[mask] + '0'.repeat(d - n) + digits : digits;
  const i = n - 1 - d;
  const c = hexDigitValue(digits.charCodeAt(i));
  if (((c & mask) !== 0) === set) return digits;
  const edited = digits.slice(0, i) + HEX_DIGITS[set ? c | mask : c & ~mask] + digits.slice(i + 1);
  return i === 0 && !set ? stripZeros(edited, 0) : edited;
}

/** `digits.slice(from)` without leading zeros (`'0'` when all are zero). */
function stripZeros(digits: string, from: number): string {
  const last = digits.length - 1;
  while (from < last && digits.charCodeAt(from) === 48) from++;
  return from === 0 ? digits : digits.slice(from);
}

/** Analyses a GPA or GFN under a GPAW, e.g. GPA `0x8000_0000_1234` under 48 → shared, gfn `0x8_0000_0001`. */
export function analyzeAddress(value: bigint, kind: AddressKind, gpaw: Gpaw): AddressAnalysis {
  return new Analysis(value, kind, gpaw);
}

/** Value of a hex digit's character code, either case. */
export function hexDigitValue(c: number): number {
  return c <= 57 ? c - 48 : (c | 0x20) - 87;
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

/**
 * Which paging mode's kernel half an x86-64 virtual address is canonical in: `'4-level'` when bits 63:47 are all ones
 * (`0xffff_8000_0000_0000` and up: the kernel half under 4- and 5-level paging, e.g. the direct map
 * `0xffff_8880_0000_0000`), `'5-level'` when only bits 63:56 are (`0xff00_0000_0000_0000`–`0xffff_7fff_ffff_ffff`,
 * canonical only with LA57, e.g. the 5-level direct map `0xff11_0000_0000_0000`); undefined for anything else.
 */
export function kernelHalfOf(value: bigint): KernelHalf | undefined {
  if (value >> 47n === 0x1ffffn) return '4-level';
  if (value >> 56n === 0xffn) return '5-level';
  return undefined;
}

/** The paging modes of `kernelHalfOf`. */
export type KernelHalf = '4-level' | '5-level';

/**
 * True for a kernel virtual address under 4- or 5-level paging (bits 63:56 all ones, which bits 63:47 all ones imply),
 * e.g. `0xffff_8881_00a4_c000` and `0xff11_0000_0000_0000`; never a GPA.
 */
export function isKernelPointer(value: bigint): boolean {
  return kernelHalfOf(value) !== undefined;
}

/** Why a value is a kernel pointer, by its half (see `kernelHalfOf`), e.g. "a kernel virtual address: bits 63:56 all ones (5-level paging)". */
export const KERNEL_POINTER_REASONS: { readonly [H in KernelHalf]: string } = {
  '4-level': 'a kernel virtual address: bits 63:47 all ones (the kernel half under 4- and 5-level paging), never a GPA',
  '5-level': 'a kernel virtual address: bits 63:56 all ones (5-level paging), never a GPA',
};
