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
    // Other error_report() lines put lengths in parentheses (hw/i386/tdvf.c: "TDVF metadata len (0x%x) mismatch,
    // expected (0x%x)"), so the parenthesised start belongs to this message only.
    event: ['qemu-system-x86_64', 'qemu-kvm'],
    source: 'accel/kvm/kvm-all.c',
    formats: ['"Convert non guest_memfd backed memory region (0x%"HWADDR_PRIx" ,+ 0x%"HWADDR_PRIx") to %s"'],
    cases: [
      {
        // kvm_set_memory_attributes(): "failed to set memory (0x%" HWADDR_PRIx "+0x%" PRIx64 ") with attr 0x%" PRIx64 " error '%s'".
        text: 'failed to set memory (',
        fields: {
          '(': ['gpa', '0x', 'start of the range whose attributes failed to change'],
          '+': ['size', '0x', 'size of the range'],
          attr: ['flags', '0x', 'KVM_MEMORY_ATTRIBUTE_* (bit 3 = private)'],
        },
      },
      {
        text: 'Convert non guest_memfd backed memory region',
        fields: { '(': ['gpa', '0x', 'start of the region to convert'], '+': ['size', '0x', 'size of the region'] },
      },
    ],
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
    // HMP commands (hmp-commands.hx): `xp /fmt addr` dumps guest physical memory, `x /fmt addr` guest virtual;
    // `gpa2hva addr` and `gpa2hpa addr` (monitor/hmp-cmds-target.c) translate a GPA.
    event: 'qemu command',
    source: 'monitor/hmp-cmds-target.c',
    fields: {
      gpa2hva: ['gpa', '0x', 'the guest physical address to translate'],
      gpa2hpa: ['gpa', '0x', 'the guest physical address to translate'],
      xp: ['gpa', '0x', 'the guest physical address to dump'],
      x: ['gva', '0x', 'the guest virtual address to dump'],
    },
    cases: [
      { text: 'xp /', fields: { '#': ['gpa', '0x', 'the guest physical address xp dumps'] } },
      { text: 'x /', fields: { '#': ['gva', '0x', 'the guest virtual address x dumps'] } },
    ],
  },
  {
    // `info tlb` (print_pte()): `ffff888102e5e000: 0000000102e5e000 XG-DA---W`, a virtual page and the physical
    // address it maps to, read from the guest's own page tables.
    event: 'qemu tlb',
    source: 'target/i386/monitor.c',
    leading: [['gpa', 'bare', 'physical address the page maps to (info tlb)']],
    leadingSeparator: ':',
  },
  {
    // memory_region_ram_device_read/write(): the trace gets the offset into the RAM device region, not
    // memory_region_to_absolute_addr() as the ops_read/ops_write events do.
    event: ['memory_region_ram_device_read', 'memory_region_ram_device_write'],
    source: 'system/trace-events',
    formats: ['"cpu %d mr %p addr 0x%"PRIx64" value 0x%"PRIx64" size %u"'],
    fields: {
      cpu: COUNT,
      mr: ['pointer', '0x', 'MemoryRegion pointer in QEMU'],
      addr: ['size', '0x', 'offset into the RAM device region (system/memory.c passes the region-relative addr)'],
      value: ['data', '0x', 'value read or written'],
      size: ['size', 'decimal', 'access size in bytes'],
    },
  },
  {
    event: ['cpu_in', 'cpu_out'],
    source: 'system/trace-events',
    formats: ['"addr 0x%x(%c) value %u"'],
    fields: { addr: ['count', '0x', 'I/O port number'], value: ['data', 'decimal', 'value read or written'] },
  },
  {
    // pci_update_mappings(): a BAR mapped into the guest's address space at `addr` (a GPA), `size` bytes.
    event: ['pci_update_mappings_add', 'pci_update_mappings_del'],
    source: 'hw/pci/trace-events',
    formats: ['"%s %02x:%02x.%x %d,0x%"PRIx64"+0x%"PRIx64'],
    fields: { ',': ['gpa', '0x', 'where the BAR is mapped in guest physical memory'], '+': SIZE_BYTES },
    range: 'startSize',
  },
  {
    // vfio_get_dirty_bitmap(): the container's IOVA is the section's guest physical address (vfio_listener_region_add
    // maps section->offset_within_address_space); `start` is the ram_addr_t of the RAM block.
    event: 'vfio_get_dirty_bitmap',
    source: 'hw/vfio/trace-events',
    formats: ['"container fd=%d, iova=0x%"PRIx64" size= 0x%"PRIx64" bitmap_size=0x%"PRIx64" start=0x%"PRIx64" dirty_pages=%"PRIu64'],
    fields: {
      fd: ['count', 'decimal', 'file descriptor'],
      iova: ['gpa', '0x', 'IOVA of the VFIO container: the guest physical address of the section'],
      size: SIZE_BYTES,
      bitmap_size: SIZE_BYTES,
      start: ['size', '0x', 'ram_addr_t offset of the RAM block in QEMU’s RAM space (not a GPA)'],
      dirty_pages: COUNT,
    },
  },
  {
    // vhost_vdpa_listener_region_add() maps guest memory: iova is the section's guest physical address without a vIOMMU.
    event: ['vhost_vdpa_dma_map', 'vhost_vdpa_dma_unmap'],
    source: 'hw/virtio/trace-events',
    formats: [
      '"vdpa:%p fd: %d msg_type: %"PRIu32" asid: %"PRIu32" iova: 0x%"PRIx64" size: 0x%"PRIx64" uaddr: 0x%"PRIx64" perm: 0x%"PRIx8" type: %"PRIu8',
    ],
    fields: {
      vdpa: ['pointer', '0x', 'vhost_vdpa pointer in QEMU'],
      fd: ['count', 'decimal', 'file descriptor'],
      msg_type: COUNT,
      asid: COUNT,
      iova: ['gpa', '0x', 'IOVA of the mapping: the guest physical address of the section'],
      size: SIZE_BYTES,
      uaddr: ['pointer', '0x', 'QEMU (host) virtual address'],
      perm: ['flags', '0x', 'VHOST_ACCESS_* permissions'],
      type: COUNT,
    },
  },
  {
    // vfio_msi_interrupt(): "(%s) vector %d 0x%"PRIx64"/0x%x", the MSI message's address (in the guest's
    // 0xfee00000 interrupt window) and data.
    event: 'vfio_msi_interrupt',
    source: 'hw/vfio/trace-events',
    formats: ['" (%s) vector %d 0x%"PRIx64"/0x%x"'],
    fields: {
      '#': ['gpa', '0x', 'the MSI address the guest programmed (a GPA in the interrupt window)'],
      '/': ['data', '0x', 'the MSI data'],
    },
  },
  {
    event: 'vhost_region_add_section',
    source: 'hw/virtio/trace-events',
    formats: ['"%s: 0x%"PRIx64"+0x%"PRIx64" @ 0x%"PRIx64'],
    fields: { '+': SIZE_BYTES, '@': ['pointer', '0x', 'QEMU (host) virtual address of the section'] },
    other: ['gpa', '0x', 'guest physical address of the section (the trace’s gpa argument)'],
    range: 'startSize',
  },
  {
    // virtio_iommu_map: the guest's vIOMMU maps an IOVA range (virt_*) to guest physical memory (phys_start).
    event: 'virtio_iommu_map',
    source: 'hw/virtio/trace-events',
    formats: ['"domain=%d virt_start=0x%"PRIx64" virt_end=0x%"PRIx64 " phys_start=0x%"PRIx64" flags=%d"'],
    fields: {
      domain: COUNT,
      virt_start: ['gva', '0x', 'start of the I/O virtual range the guest’s virtio-iommu maps'],
      virt_end: ['gva', '0x', 'end of the I/O virtual range', { sameAsPrevious: true }],
      phys_start: ['gpa', '0x', 'guest physical address the range maps to'],
      flags: ['flags', 'decimal', 'VIRTIO_IOMMU_MAP_F_* flags'],
    },
  },
  {
    // The trace names it hpa, but sev_inject_launch_secret() (target/i386/sev.c) passes the secret's guest
    // physical address: trace_kvm_sev_launch_secret(gpa, input.guest_uaddr, input.trans_uaddr, input.trans_len).
    event: 'kvm_sev_launch_secret',
    source: 'target/i386/trace-events',
    formats: ['"hpa 0x%" PRIx64 " hva 0x%" PRIx64 " data 0x%" PRIx64 " len %d"'],
    fields: {
      hpa: [
        'gpa',
        '0x',
        'the secret’s guest physical address (named hpa in the trace; sev_inject_launch_secret() in target/i386/sev.c passes its gpa)',
      ],
      hva: ['pointer', '0x', 'QEMU (host) virtual address of the guest page'],
      data: ['pointer', '0x', 'QEMU pointer to the secret'],
      len: ['size', 'decimal', 'length in bytes'],
    },
  },
  {
    // HMP `gpa2hpa` / `gpa2hva` (hmp_gpa2hpa(), hmp_gpa2hva()): "Host physical address for 0x%" HWADDR_PRIx " (%s) is
    // 0x%" PRIx64; the answer's kind differs (host physical or QEMU virtual), the question is a GPA.
    event: 'Host',
    source: 'monitor/hmp-cmds-target.c',
    formats: [
      '"Host physical address for 0x%" HWADDR_PRIx " (%s) is 0x%" PRIx64 "\\n"',
      '"Host virtual address for 0x%" HWADDR_PRIx " (%s) is %p\\n"',
    ],
    fields: { for: ['gpa', '0x', 'the guest physical address asked about'] },
  },
  {
    // cloud-hypervisor's log (`cloud-hypervisor: 1.3s: <vmm> INFO:file:line -- message`). Its TD HOB list
    // (arch/src/x86_64/tdx/mod.rs, TdHob) logs where each HOB goes in guest memory and the HOB with {:x?} (bare hex):
    // info!("Writing HOB end {:x} {:x?}", self.current_offset, end), and likewise for each resource.
    event: 'cloud-hypervisor',
    source: 'cloud-hypervisor: arch/src/x86_64/tdx/mod.rs',
    formats: ['"Writing HOB end {:x} {:x?}"'],
    fields: {
      resource: ['gpa', 'bare', 'the GPA the resource HOB is written to'],
      end: ['gpa', 'bare', 'the GPA the end-of-list HOB is written to'],
      length: ['size', 'bare', 'the HOB’s length'],
      physical_start: ['gpa', 'bare', 'start of the resource in guest physical memory'],
      resource_length: ['size', 'bare', 'the resource’s length'],
      resource_attribute: ['flags', 'bare', 'EFI_RESOURCE_ATTRIBUTE_* bits'],
    },
  },
  {
    // qemu_system_guest_panicked() for a TD (system/runstate.c): qemu_log_mask(LOG_GUEST_ERROR, "\nAdditional error
    // information can be found at gpa page: 0x%" PRIx64 "\n", info->u.tdx.gpa).
    event: 'gpa page',
    source: 'system/runstate.c',
    formats: ['"can be found at gpa page: 0x%" PRIx64 "\\n"'],
    fields: { '^': ['gpa', '0x', 'the GPA of the page where the TD left its error information'] },
  },
  {
    // HMP `info memory-devices` (hmp_info_memory_devices()): "  memaddr: 0x%" PRIx64 "\n" of a virtio-mem or
    // virtio-pmem device, its base in guest physical memory.
    event: 'memaddr',
    source: 'hw/core/machine-hmp-cmds.c',
    formats: ['"  memaddr: 0x%" PRIx64 "\\n"'],
    fields: { '^': ['gpa', '0x', 'the memory device’s base in guest physical memory'] },
  },
  {
    // HMP `info pci` (hmp_info_pci_device()): "BAR%" PRId64 ": " then "%d bit%s memory at 0x%08" PRIx64 " [0x%08" PRIx64 "].\n".
    event: ['BAR0', 'BAR1', 'BAR2', 'BAR3', 'BAR4', 'BAR5'],
    source: 'hw/pci/pci-hmp-cmds.c',
    formats: ['"%d bit%s memory at 0x%08" PRIx64 " [0x%08" PRIx64 "].\\n"', '"I/O at 0x%04" FMT_PCIBUS " [0x%04" FMT_PCIBUS "].\\n"'],
    fields: {
      at: ['gpa', '0x', 'where the BAR is mapped in guest physical memory'],
      'I/O at': ['count', '0x', 'first I/O port of the BAR'],
      '[': ['gpa', '0x', 'last byte of the BAR', { sameAsPrevious: true }],
    },
    range: 'inclusive',
  },
];
