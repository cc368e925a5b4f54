import { Field, RuleRow } from './row';

// QEMU (qemu/qemu): the trace events of accel/kvm/trace-events, target/i386/kvm/trace-events and
// system/trace-events, error_report() lines of accel/kvm/kvm-all.c, and HMP monitor output.

const QEMU_KVM = 'accel/kvm/trace-events';
const QEMU_I386 = 'target/i386/kvm/trace-events';

const COUNT: Field = ['count', 'decimal', 'a count, index or level'];
const STRIPPED_GPA: Field = ['gpa', '0x', 'GPA, shared bit stripped'];
const SIZE_BYTES: Field = ['size', '0x', 'size in bytes'];

export const GMEM_OFFSET: Field = ['size', '0x', 'offset in guest_memfd'];

export const QEMU_ROWS: readonly RuleRow[] = [
  {
    event: 'kvm_convert_memory',
    source: QEMU_KVM,
    formats: ['"start 0x%" PRIx64 " size 0x%" PRIx64 " %s"'],
    fields: { start: STRIPPED_GPA, size: SIZE_BYTES },
    range: 'startSize',
  },
  {
    event: 'kvm_memory_fault',
    source: QEMU_KVM,
    formats: ['"start 0x%" PRIx64 " size 0x%" PRIx64 " flags 0x%" PRIx64'],
    fields: { start: STRIPPED_GPA, size: SIZE_BYTES, flags: ['flags', '0x', 'KVM_MEMORY_EXIT_FLAG_* (bit 3 = private)'] },
    range: 'startSize',
  },
  {
    event: 'kvm_set_user_memory',
    source: QEMU_KVM,
    formats: [
      '"AddrSpace#%d Slot#%d flags=0x%x gpa=0x%"PRIx64 " size=0x%"PRIx64 " ua=0x%"PRIx64 " guest_memfd=%d" " guest_memfd_offset=0x%" PRIx64 " ret=%d"',
    ],
    fields: {
      flags: ['flags', '0x', 'KVM_MEM_* flags'],
      gpa: ['gpa', '0x', 'memslot base GPA'],
      size: ['size', '0x', 'memslot size'],
      ua: ['pointer', '0x', 'QEMU (host) virtual address'],
      guest_memfd: ['count', 'decimal', 'guest_memfd file descriptor'],
      guest_memfd_offset: GMEM_OFFSET,
      ret: ['count', 'decimal', 'ioctl result'],
    },
  },
  {
    event: 'kvm_clear_dirty_log',
    source: QEMU_KVM,
    formats: ['"slot#%"PRId32" start 0x%"PRIx64" size 0x%"PRIx32'],
    fields: {
      start: ['count', '0x', 'first page index within the memslot, not a GPA'],
      size: ['count', '0x', 'number of pages'],
    },
  },
  {
    event: 'kvm_set_ioeventfd_mmio',
    source: QEMU_KVM,
    formats: ['"fd: %d @0x%" PRIx64 " val=0x%x assign: %d size: %d match: %d"'],
    fields: {
      fd: ['count', 'decimal', 'file descriptor'],
      '@': ['gpa', '0x', 'MMIO GPA of the ioeventfd'],
      val: ['data', '0x', 'datamatch value'],
      assign: COUNT,
      size: ['size', 'decimal', 'access size'],
      match: COUNT,
    },
  },
  {
    // kvm_convert_memory()'s error_report(), which starts with the program's name:
    // "Convert non guest_memfd backed memory region (0x%"HWADDR_PRIx" ,+ 0x%"HWADDR_PRIx") to %s".
    event: ['qemu-system-x86_64', 'qemu-kvm'],
    source: 'accel/kvm/kvm-all.c',
    fields: { '(': ['gpa', '0x', 'start of the region to convert'], '+': ['size', '0x', 'size of the region'] },
    range: 'startSize',
  },
  {
    event: ['kvm_vm_ioctl', 'kvm_vcpu_ioctl', 'kvm_device_ioctl'],
    source: QEMU_KVM,
    fields: { type: ['count', '0x', 'ioctl request number'], arg: ['pointer', '0x', 'ioctl argument (a QEMU pointer)'] },
  },
  {
    event: ['memory_region_ops_read', 'memory_region_ops_write'],
    source: 'system/trace-events',
    fields: {
      cpu: COUNT,
      mr: ['pointer', '0x', 'MemoryRegion pointer in QEMU'],
      addr: ['gpa', '0x', 'memory_region_to_absolute_addr(): the GPA for system memory', { confidence: 'likely' }],
      value: ['data', '0x', 'value read or written'],
      size: ['size', 'decimal', 'access size in bytes'],
    },
  },
  {
    event: 'kvm_hc_map_gpa_range',
    source: QEMU_I386,
    formats: ['"gpa 0x%" PRIx64 " size 0x%" PRIx64 " attributes 0x%" PRIx64 " flags 0x%" PRIx64'],
    fields: {
      gpa: ['gpa', '0x', 'GPA'],
      size: ['size', '0x', 'size'],
      attributes: ['flags', '0x', 'attributes'],
      flags: ['flags', '0x', 'flags'],
    },
    range: 'startSize',
  },
  {
    event: 'kvm_xen_set_shared_info',
    source: QEMU_I386,
    formats: ['"shared info at gfn 0x%" PRIx64'],
    fields: { gfn: ['gfn', '0x', 'GFN of the shared info page'] },
  },
  {
    event: 'kvm_xen_set_vcpu_attr',
    source: QEMU_I386,
    formats: ['"vcpu attr cpu %d type %d gpa 0x%" PRIx64'],
    fields: { cpu: COUNT, type: COUNT, gpa: ['gpa', '0x', 'GPA of the vCPU attribute'] },
  },
  {
    // `info mtree` (mtree_print_mr()): `0000000000000000-000000007fffffff (prio 0, ram): pc.ram`.
    event: 'qemu mtree',
    source: 'system/memory.c',
    leading: [
      ['gpa', 'bare', 'start of a region (info mtree)', { confidence: 'likely' }],
      ['gpa', 'bare', 'end of the region', { sameAsPrevious: true }],
    ],
    leadingSeparator: '-',
    range: 'inclusive',
  },
  { event: 'qemu examine', source: 'monitor/hmp-cmds-target.c', other: ['data', '0x', 'memory contents'] },
  {
    // `info tlb` (print_pte()): `ffff888102e5e000: 0000000102e5e000 XG-DA---W`, a virtual page and the physical
    // address it maps to, read from the guest's own page tables.
    event: 'qemu tlb',
    source: 'target/i386/monitor.c',
    leading: [['gpa', 'bare', 'physical address the page maps to (info tlb)']],
    leadingSeparator: ':',
  },
];
