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
export const KERNEL_REGIONS: readonly KernelRegion[] = [
  { first: 0xffff_8000_0000_0000n, last: 0xffff_87ff_ffff_ffffn, what: 'guard hole, reserved for hypervisor', paging: '4-level' },
  { first: 0xffff_8800_0000_0000n, last: 0xffff_887f_ffff_ffffn, what: 'LDT remap for PTI', paging: '4-level' },
  {
    first: 0xffff_8880_0000_0000n,
    last: 0xffff_c87f_ffff_ffffn,
    what: 'direct mapping of all physical memory (page_offset_base)',
    paging: '4-level',
  },
  { first: 0xffff_c900_0000_0000n, last: 0xffff_e8ff_ffff_ffffn, what: 'vmalloc/ioremap space (vmalloc_base)', paging: '4-level' },
  { first: 0xffff_ea00_0000_0000n, last: 0xffff_eaff_ffff_ffffn, what: 'virtual memory map (vmemmap_base)', paging: '4-level' },
  { first: 0xffff_ec00_0000_0000n, last: 0xffff_fbff_ffff_ffffn, what: 'KASAN shadow memory', paging: '4-level' },
  { first: 0xff00_0000_0000_0000n, last: 0xff0f_ffff_ffff_ffffn, what: 'guard hole, reserved for hypervisor', paging: '5-level' },
  { first: 0xff10_0000_0000_0000n, last: 0xff10_ffff_ffff_ffffn, what: 'LDT remap for PTI', paging: '5-level' },
  {
    first: 0xff11_0000_0000_0000n,
    last: 0xff90_ffff_ffff_ffffn,
    what: 'direct mapping of all physical memory (page_offset_base)',
    paging: '5-level',
  },
  { first: 0xffa0_0000_0000_0000n, last: 0xffd1_ffff_ffff_ffffn, what: 'vmalloc/ioremap space (vmalloc_base)', paging: '5-level' },
  { first: 0xffd4_0000_0000_0000n, last: 0xffd5_ffff_ffff_ffffn, what: 'virtual memory map (vmemmap_base)', paging: '5-level' },
  { first: 0xffdf_0000_0000_0000n, last: 0xffff_fbff_ffff_ffffn, what: 'KASAN shadow memory', paging: '5-level' },
  { first: 0xffff_fe00_0000_0000n, last: 0xffff_fe7f_ffff_ffffn, what: 'cpu_entry_area mapping', paging: 'both' },
  { first: 0xffff_ff00_0000_0000n, last: 0xffff_ff7f_ffff_ffffn, what: '%esp fixup stacks', paging: 'both' },
  { first: 0xffff_ffef_0000_0000n, last: 0xffff_fffe_ffff_ffffn, what: 'EFI region mapping space', paging: 'both' },
  {
    first: 0xffff_ffff_8000_0000n,
    last: 0xffff_ffff_9fff_ffffn,
    what: 'kernel text mapping, mapped to physical address 0',
    paging: 'both',
  },
  { first: 0xffff_ffff_a000_0000n, last: 0xffff_ffff_feff_ffffn, what: 'module mapping space', paging: 'both' },
  { first: 0xffff_ffff_ff60_0000n, last: 0xffff_ffff_ff60_0fffn, what: 'legacy vsyscall ABI', paging: 'both' },
];

/** Default `page_offset_base` (start of the direct map) for 4-level and 5-level paging, without KASLR. */
export const DIRECT_MAP_BASE = { '4-level': 0xffff_8880_0000_0000n, '5-level': 0xff11_0000_0000_0000n } as const;
