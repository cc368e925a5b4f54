import { Field, RuleRow } from './row';

// What a TD guest's kernel prints (torvalds/linux): the TDX guest driver, e820, swiotlb, PCI, ACPI, page-fault
// oopses, /proc/iomem; plus pciutils' lspci (pciutils/pciutils) and the host's DMAR table.

const RANGE_END: Field = ['gpa', '0x', 'end of the range', { sameAsPrevious: true }];
const PT_ENTRY: Field = ['gpa', 'bare', 'page-table entry: the next table or the page, flags in its low 12 bits'];

/** Printed by e820_end_pfn() in arch/x86/kernel/e820.c (`last_pfn = %#lx max_arch_pfn = %#lx`; older kernels add `e820: `). */
export const LAST_PFN: Field = ['gfn', '0x', "the guest's highest usable frame number (e820)"];
export const MAX_ARCH_PFN: Field = ['gfn', '0x', 'the architectural limit on frame numbers (e820)'];

export const GUEST_ROWS: readonly RuleRow[] = [
  {
    event: 'tdx',
    source: 'arch/x86/coco/tdx/tdx.c',
    // tdx_memory_post_plug() (pr_fmt "tdx: ").
    formats: ['"Failed to accept memory [0x%llx, 0x%llx)\\n"'],
    fields: {
      '[': ['gpa', '0x', 'start of the GPA range'],
      ',': ['gpa', '0x', 'end of the GPA range, exclusive', { sameAsPrevious: true }],
    },
    range: 'halfOpen',
  },
  {
    event: ['BIOS-e820', 'e820'],
    source: 'arch/x86/kernel/e820.c',
    // e820__print_table(), e820__range_update(), e820_end_pfn().
    formats: ['"%s: [mem %#018Lx-%#018Lx] "', '"e820: update [mem %#010Lx-%#010Lx] "', '"last_pfn = %#lx max_arch_pfn = %#lx\\n"'],
    fields: { mem: ['gpa', '0x', 'e820 range start', { physical: true }], '-': RANGE_END, last_pfn: LAST_PFN, max_arch_pfn: MAX_ARCH_PFN },
    range: 'inclusive',
  },
  {
    // drivers/firmware/efi/efi.c match_config_table() (`efi: ACPI=0x… SMBIOS=0x… …`, pr_fmt "efi: ") and
    // arch/x86/platform/efi/efi.c efi_print_memmap() (`efi: mem07: [Conventional|…] range=[0x…-0x…] (2035MB)`).
    event: 'efi',
    source: 'drivers/firmware/efi/efi.c',
    formats: ['" %s=0x%lx "', '"mem%02u: %s range=[0x%016llx-0x%016llx] (%lluMB)\\n"'],
    fields: {
      '[': ['gpa', '0x', 'start of an EFI memory-map range (efi_print_memmap in arch/x86/platform/efi/efi.c)', { physical: true }],
      '-': RANGE_END,
    },
    other: ['gpa', '0x', 'physical address of an EFI configuration table', { physical: true }],
    range: 'inclusive',
  },
  {
    event: 'TLB',
    source: 'kernel/dma/swiotlb.c',
    // swiotlb_print_info() (pr_fmt "software IO TLB: ").
    formats: ['"mapped [mem %pa-%pa] (%luMB)\\n"'],
    fields: { mem: ['gpa', '0x', 'SWIOTLB bounce buffer start', { physical: true }], '-': RANGE_END },
    range: 'inclusive',
  },
  {
    event: ['pci', 'pci_bus'],
    source: 'drivers/pci/probe.c',
    // __pci_read_base() ("%s %pR" after "BAR %u"), pci_register_host_bridge().
    formats: ['"%s %pR\\n"', '"root bus resource %pR%s\\n"'],
    fields: {
      mem: ['gpa', '0x', 'PCI memory window or BAR start (physical MMIO)', { physical: true }],
      io: ['count', '0x', 'I/O port'],
      '-': RANGE_END,
      BAR: ['count', 'decimal', 'BAR number'],
      value: ['gpa', '0x', 'initial BAR value: a bus address (physical MMIO)', { physical: true }],
    },
    range: 'inclusive',
  },
  {
    event: ['stealtime', 'kvm-stealtime'],
    source: 'arch/x86/kernel/kvm.c',
    fields: {
      cpu: ['count', 'decimal', 'a count, index or level'],
      msr: ['gpa', 'bare', 'GPA of the steal-time area (bit 0: KVM_MSR_ENABLED)'],
    },
  },
  { event: 'x86/fpu', source: 'arch/x86/kernel/fpu/xstate.c', other: ['flags', '0x', 'XSAVE feature mask'] },
  {
    // dmar_table_print_dmar_entry(): `DMAR: DRHD base: 0x… flags: 0x…`, `RMRR base: 0x… end: 0x…` (host physical).
    event: ['DMAR', 'DMAR-IR'],
    source: 'drivers/iommu/intel/dmar.c',
    fields: {
      base: ['hpa', '0x', 'IOMMU or reserved-region base'],
      end: ['hpa', '0x', 'reserved-region end', { sameAsPrevious: true }],
    },
  },
  {
    // page_fault_oops() and show_fault_oops(): `BUG: unable to handle page fault for address: …`, `#PF: error_code(0x0002) …`.
    event: ['BUG', '#PF'],
    source: 'arch/x86/mm/fault.c',
    fields: {
      address: ['pointer', 'bare', 'virtual address the kernel faulted on'],
      '(': ['errorCode', '0x', 'page-fault error code (X86_PF_* bits)'],
    },
  },
  {
    // dump_pagetable(): `PGD %lx ` then `P4D %lx `, `PUD %lx `, `PMD %lx `, `PTE %lx`: the entries the faulting
    // address walks through. In a TD guest bits 51:12 of each are a GPA (flags in 11:0, NX in 63).
    event: 'PGD',
    source: 'arch/x86/mm/fault.c',
    leading: [PT_ENTRY],
    leadingSeparator: ' ',
    fields: { P4D: PT_ENTRY, PUD: PT_ENTRY, PMD: PT_ENTRY, PTE: PT_ENTRY },
  },
  {
    event: 'ACPI',
    source: 'drivers/acpi/acpica/tbprint.c',
    // acpi_tb_print_table_header().
    formats: ['"%-4.4s 0x%8.8X%8.8X %06X (v%.2d %-6.6s %-8.8s %08X %-4.4s %08X)"'],
    other: ['gpa', '0x', 'ACPI table address', { physical: true }],
  },
  // pciutils `lspci -v`: `Region 0: Memory at fe000000 (32-bit, …)`, `Expansion ROM at feb80000` (bus = guest physical in a guest).
  {
    event: ['Region', 'Expansion'],
    source: 'pciutils: lspci.c',
    colonless: true,
    fields: { at: ['gpa', 'bare', 'BAR or ROM address', { physical: true }], 'ports at': ['count', 'bare', 'first I/O port of the BAR'] },
  },
  {
    // r_show(): `/proc/iomem` lines `100000000-47fffffff : System RAM`.
    event: 'iomem',
    source: 'kernel/resource.c',
    leading: [['gpa', 'bare', 'start of a /proc/iomem resource', { confidence: 'likely', physical: true }], RANGE_END],
    leadingSeparator: '-',
    range: 'inclusive',
  },
];
