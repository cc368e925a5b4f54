/** One region of the x86-64 kernel virtual memory map, inclusive bounds. */
export interface KernelRegion {
  readonly first: bigint;
  readonly last: bigint;
  readonly what: string;
  /** Which page-table layout the bounds belong to; `both` for the shared top of the map. */
  readonly paging: '4-level' | '5-level' | 'both';
}

/**
 * The x86-64 kernel virtual memory map of `Documentation/arch/x86/x86_64/mm.rst`, e.g. `0xffff888000000000` starts the
 * 4-level direct map. With `CONFIG_RANDOMIZE_MEMORY` the direct map, vmalloc and vmemmap bases move at boot.
 */
const L4 = '4-level';
const L5 = '5-level';
const BOTH = 'both';
const GUARD = 'guard hole, reserved for hypervisor';
const LDT = 'LDT remap for PTI';
const DIRECT = 'direct mapping of all physical memory (page_offset_base)';
const VMALLOC = 'vmalloc/ioremap space (vmalloc_base)';
const VMEMMAP = 'virtual memory map (vmemmap_base)';
const KASAN = 'KASAN shadow memory';
/** Rows of `[first, last, what, paging]` (each text once: the minifier keeps every copy of a repeated string). */
const ROWS: readonly (readonly [bigint, bigint, string, KernelRegion['paging']])[] = [
  [0xffff_8000_0000_0000n, 0xffff_87ff_ffff_ffffn, GUARD, L4],
  [0xffff_8800_0000_0000n, 0xffff_887f_ffff_ffffn, LDT, L4],
  [0xffff_8880_0000_0000n, 0xffff_c87f_ffff_ffffn, DIRECT, L4],
  [0xffff_c900_0000_0000n, 0xffff_e8ff_ffff_ffffn, VMALLOC, L4],
  [0xffff_ea00_0000_0000n, 0xffff_eaff_ffff_ffffn, VMEMMAP, L4],
  [0xffff_ec00_0000_0000n, 0xffff_fbff_ffff_ffffn, KASAN, L4],
  [0xff00_0000_0000_0000n, 0xff0f_ffff_ffff_ffffn, GUARD, L5],
  [0xff10_0000_0000_0000n, 0xff10_ffff_ffff_ffffn, LDT, L5],
  [0xff11_0000_0000_0000n, 0xff90_ffff_ffff_ffffn, DIRECT, L5],
  [0xffa0_0000_0000_0000n, 0xffd1_ffff_ffff_ffffn, VMALLOC, L5],
  [0xffd4_0000_0000_0000n, 0xffd5_ffff_ffff_ffffn, VMEMMAP, L5],
  [0xffdf_0000_0000_0000n, 0xffff_fbff_ffff_ffffn, KASAN, L5],
  [0xffff_fe00_0000_0000n, 0xffff_fe7f_ffff_ffffn, 'cpu_entry_area mapping', BOTH],
  [0xffff_ff00_0000_0000n, 0xffff_ff7f_ffff_ffffn, '%esp fixup stacks', BOTH],
  [0xffff_ffef_0000_0000n, 0xffff_fffe_ffff_ffffn, 'EFI region mapping space', BOTH],
  [0xffff_ffff_8000_0000n, 0xffff_ffff_9fff_ffffn, 'kernel text mapping, mapped to physical address 0', BOTH],
  [0xffff_ffff_a000_0000n, 0xffff_ffff_feff_ffffn, 'module mapping space', BOTH],
  [0xffff_ffff_ff60_0000n, 0xffff_ffff_ff60_0fffn, 'legacy vsyscall ABI', BOTH],
];
export const KERNEL_REGIONS: readonly KernelRegion[] = ROWS.map(([first, last, what, paging]) => ({ first, last, what, paging }));

/** Default `page_offset_base` (start of the direct map) for 4-level and 5-level paging, without KASLR. */
export const DIRECT_MAP_BASE = { '4-level': 0xffff_8880_0000_0000n, '5-level': 0xff11_0000_0000_0000n } as const;
