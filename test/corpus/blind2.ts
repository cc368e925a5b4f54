// A second blind held-out check, written like blind.ts (from the real format strings, without reading the
// classifier or its rules) after blind.ts had shaped rules: 158 lines of formats none of the other sets has —
// more KVM tracepoints, guest and host dmesg (DMAR, PAT, x86/fpu, mm), QEMU trace-events and monitor output
// (`info mtree`, `x`/`xp`, `gpa2hva`), cloud-hypervisor logs, GDB (`info proc mappings`, struct prints) and C/Rust
// sources. Measured before any rule was written for it: precision 0.286, recall 0.733.
import { CorpusEntry, corpusFromRows, TruthRow } from './measure';

const ROWS: TruthRow[] = [
  // ===================================================================================================
  // Kernel tracepoints
  // ===================================================================================================

  // arch/x86/kvm/trace.h kvm_write_tsc_offset: "vcpu=%u prev=%llu next=%llu"; prev/next are the u64 TSC
  // offsets written to the VMCS/VMCB (negative offsets print as huge decimals) -> count (tick counts).
  [
    'arch/x86/kvm/trace.h kvm_write_tsc_offset via /sys/kernel/tracing/trace',
    48,
    '       qemu-kvm-4187    [003] .....  5125.117402: kvm_write_tsc_offset: vcpu=0 prev=0 next=18446731637424381733',
    [
      ['vcpu=0', 'count'],
      ['prev=0', 'count'],
      ['next=18446731637424381733', 'count'],
    ],
  ],
  [
    'arch/x86/kvm/trace.h kvm_write_tsc_offset via perf script',
    52,
    'qemu-kvm  4187 [005]  5125.117455: kvm:kvm_write_tsc_offset: vcpu=3 prev=18446731637424381733 next=18446731637424390117',
    [
      ['vcpu=3', 'count'],
      ['prev=18446731637424381733', 'count'],
      ['next=18446731637424390117', 'count'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_track_tsc: "vcpu_id %u masterclock %u offsetmatched %u nr_online %u hostclock %s"
  [
    'arch/x86/kvm/trace.h kvm_track_tsc via trace-cmd report',
    48,
    '        qemu-kvm-4187  [005]  5125.117460: kvm_track_tsc:        vcpu_id 3 masterclock 0 offsetmatched 3 nr_online 4 hostclock tsc',
    [
      ['vcpu_id 3', 'count'],
      ['masterclock 0', 'count'],
      ['offsetmatched 3', 'count'],
      ['nr_online 4', 'count'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_update_master_clock: "masterclock %d hostclock %s offsetmatched %u"
  [
    'arch/x86/kvm/trace.h kvm_update_master_clock via /sys/kernel/tracing/trace',
    52,
    '       qemu-kvm-4187    [005] .....  5125.117512: kvm_update_master_clock: masterclock 1 hostclock tsc offsetmatched 1',
    [
      ['masterclock 1', 'count'],
      ['offsetmatched 1', 'count'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_pvclock_update: "vcpu_id %u, pvclock { version %u, tsc_timestamp 0x%llx, system_time
  // 0x%llx, tsc_to_system_mul 0x%x, tsc_shift %d, flags 0x%x }". tsc_timestamp (TSC ticks) and system_time (ns)
  // are counts; tsc_to_system_mul is a 32.32 fixed-point multiplier that fits no kind and is left out.
  [
    'arch/x86/kvm/trace.h kvm_pvclock_update via trace-cmd report',
    48,
    '        qemu-kvm-4190  [012]  5125.204088: kvm_pvclock_update:   vcpu_id 0, pvclock { version 2, tsc_timestamp 0x2b6c1e9a4f1c, system_time 0x4c2a1f3e8, tsc_to_system_mul 0xf3cf3cf3, tsc_shift -1, flags 0x1 }',
    [
      ['vcpu_id 0', 'count'],
      ['version 2', 'count'],
      ['tsc_timestamp 0x2b6c1e9a4f1c', 'count'],
      ['system_time 0x4c2a1f3e8', 'count'],
      ['tsc_shift -1', 'count'],
      ['flags 0x1', 'flags'],
    ],
  ],
  [
    'arch/x86/kvm/trace.h kvm_pvclock_update via perf script',
    52,
    'qemu-kvm  4191 [013]  5125.204102: kvm:kvm_pvclock_update: vcpu_id 2, pvclock { version 4, tsc_timestamp 0x2b6c1f0a3d88, system_time 0x4c2b03a10, tsc_to_system_mul 0xf3cf3cf3, tsc_shift -1, flags 0x1 }',
    [
      ['vcpu_id 2', 'count'],
      ['version 4', 'count'],
      ['tsc_timestamp 0x2b6c1f0a3d88', 'count'],
      ['system_time 0x4c2b03a10', 'count'],
      ['tsc_shift -1', 'count'],
      ['flags 0x1', 'flags'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_wait_lapic_expire: "vcpu %u: delta %lld (%s)" (delta in TSC-deadline ns)
  [
    'arch/x86/kvm/trace.h kvm_wait_lapic_expire via /sys/kernel/tracing/trace',
    48,
    '       qemu-kvm-4188    [009] d..1.  7711.900213: kvm_wait_lapic_expire: vcpu 1: delta -1830 (early)',
    [
      ['vcpu 1', 'count'],
      ['delta -1830', 'count'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_nested_vmexit = TRACE_EVENT_KVM_EXIT(kvm_nested_vmexit): same printk as kvm_exit but a
  // different tracepoint; rip is the L2 RIP (gva), info1 the EPT-violation exit qualification, info2 the IDT
  // vectoring info (flags), intr_info flags, error_code the exception error code.
  [
    'arch/x86/kvm/trace.h kvm_nested_vmexit via trace-cmd report',
    48,
    '        qemu-kvm-6230  [017]   302.004090: kvm_nested_vmexit:    vcpu 0 reason EPT_VIOLATION rip 0xffffffff81e8a3cf info1 0x0000000000000181 info2 0x0000000000000000 intr_info 0x00000000 error_code 0x00000000',
    [
      ['vcpu 0', 'count'],
      ['rip 0xffffffff81e8a3cf', 'gva'],
      ['info1 0x0000000000000181', 'exitQualification'],
      ['info2 0x0000000000000000', 'flags'],
      ['intr_info 0x00000000', 'flags'],
      ['error_code 0x00000000', 'errorCode'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_nested_intercepts: "cr_read: %04x cr_write: %04x excp: %08x intercepts: %08x %08x %08x"
  // -> all intercept bitmaps (flags).
  [
    'arch/x86/kvm/trace.h kvm_nested_intercepts via perf script',
    48,
    'qemu-kvm  6231 [002]   302.118002: kvm:kvm_nested_intercepts: cr_read: 0010 cr_write: 0010 excp: 00060042 intercepts: 0000000f 8c3ffe7f 00000007',
    [
      ['cr_read: 0010', 'flags'],
      ['cr_write: 0010', 'flags'],
      ['excp: 00060042', 'flags'],
      ['intercepts: 0000000f', 'flags'],
      [' 8c3ffe7f', 'flags'],
      [' 00000007', 'flags'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_hv_synic_set_msr: "vcpu_id %d msr 0x%x data 0x%llx host %d". msr is the MSR index
  // (count, as for kvm_msr); data is the value written (data). For SIEFP (0x40000082) the value is the page GPA
  // with the enable bit 0 set; it is still the MSR data, not a bare GPA (see report, doubt).
  [
    'arch/x86/kvm/trace.h kvm_hv_synic_set_msr (SCONTROL) via trace-cmd report',
    48,
    '        qemu-kvm-4189  [011]  7722.004117: kvm_hv_synic_set_msr: vcpu_id 0 msr 0x40000080 data 0x1 host 0',
    [
      ['vcpu_id 0', 'count'],
      ['msr 0x40000080', 'count'],
      ['data 0x1', 'data'],
      ['host 0', 'count'],
    ],
  ],
  [
    'arch/x86/kvm/trace.h kvm_hv_synic_set_msr (SIEFP) via /sys/kernel/tracing/trace',
    52,
    '       qemu-kvm-4190    [012] .....  7722.004130: kvm_hv_synic_set_msr: vcpu_id 1 msr 0x40000082 data 0x10a4e5001 host 0',
    [
      ['vcpu_id 1', 'count'],
      ['msr 0x40000082', 'count'],
      ['data 0x10a4e5001', 'data'],
      ['host 0', 'count'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_hv_stimer_set_config: "vcpu_id %d timer %d config 0x%llx host %d" (config = enable,
  // periodic, auto-enable bits and SINTx -> flags)
  [
    'arch/x86/kvm/trace.h kvm_hv_stimer_set_config via perf script',
    48,
    'qemu-kvm  4189 [011]  7722.118220: kvm:kvm_hv_stimer_set_config: vcpu_id 2 timer 0 config 0x1000b host 0',
    [
      ['vcpu_id 2', 'count'],
      ['timer 0', 'count'],
      ['config 0x1000b', 'flags'],
      ['host 0', 'count'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_hv_stimer_start_one_shot: "vcpu_id %d timer %d time_now %llu count %llu" (100ns units)
  [
    'arch/x86/kvm/trace.h kvm_hv_stimer_start_one_shot via trace-cmd report',
    52,
    '        qemu-kvm-4189  [011]  7722.118231: kvm_hv_stimer_start_one_shot: vcpu_id 2 timer 0 time_now 30251870321 count 30251970321',
    [
      ['vcpu_id 2', 'count'],
      ['timer 0', 'count'],
      ['time_now 30251870321', 'count'],
      ['count 30251970321', 'count'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_hv_stimer_expiration: "vcpu_id %d timer %d direct %d send result %d"
  [
    'arch/x86/kvm/trace.h kvm_hv_stimer_expiration via /sys/kernel/tracing/trace',
    48,
    '       qemu-kvm-4189    [011] d..1.  7722.128240: kvm_hv_stimer_expiration: vcpu_id 2 timer 0 direct 0 send result 0',
    [
      ['vcpu_id 2', 'count'],
      ['timer 0', 'count'],
      ['direct 0', 'count'],
      ['result 0', 'count'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_hv_flush_tlb_ex: "valid_bank_mask 0x%llx format 0x%llx address_space 0x%llx flags
  // 0x%llx %s". address_space is the guest CR3 the flush targets (guest-physical, as for kvm_hv_flush_tlb in
  // blind.ts); format is the HV_GENERIC_SET_* selector (count).
  [
    'arch/x86/kvm/trace.h kvm_hv_flush_tlb_ex via trace-cmd report',
    48,
    '        qemu-kvm-4189  [011]  7722.118004: kvm_hv_flush_tlb_ex:  valid_bank_mask 0x1 format 0x1 address_space 0x11c4e3000 flags 0x0 ',
    [
      ['valid_bank_mask 0x1', 'flags'],
      ['format 0x1', 'count'],
      ['address_space 0x11c4e3000', 'gpa'],
      ['flags 0x0', 'flags'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_hv_send_ipi_ex: "vector %x format %llx valid_bank_mask 0x%llx"
  [
    'arch/x86/kvm/trace.h kvm_hv_send_ipi_ex via perf script',
    52,
    'qemu-kvm  4189 [011]  7722.118300: kvm:kvm_hv_send_ipi_ex: vector f3 format 1 valid_bank_mask 0x3',
    [
      ['vector f3', 'count'],
      ['format 1', 'count'],
      ['valid_bank_mask 0x3', 'flags'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_avic_incomplete_ipi: "vcpu=%u, icrh:icrl=%#010x:%08x, id=%u, index=%u" (ICR halves are
  // raw APIC register values)
  [
    'arch/x86/kvm/trace.h kvm_avic_incomplete_ipi via trace-cmd report',
    48,
    '        qemu-kvm-6232  [003]   402.330101: kvm_avic_incomplete_ipi: vcpu=1, icrh:icrl=0x00000002:000c00fd, id=2, index=1',
    [
      ['vcpu=1', 'count'],
      ['icrl=0x00000002', 'register'],
      [':000c00fd', 'register'],
      ['id=2', 'count'],
      ['index=1', 'count'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_avic_unaccelerated_access: "vcpu=%u, offset=%#x(%s), %s, %s, vec=%#x"; offset is the
  // APIC register offset inside the APIC page (an index, count), vec the vector.
  [
    'arch/x86/kvm/trace.h kvm_avic_unaccelerated_access via /sys/kernel/tracing/trace',
    48,
    '         qemu-kvm-6232 [003] d..1.   402.330150: kvm_avic_unaccelerated_access: vcpu=0, offset=0x300(APIC_ICR), trap, write, vec=0x0',
    [
      ['vcpu=0', 'count'],
      ['offset=0x300', 'count'],
      ['vec=0x0', 'count'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_avic_kick_vcpu_slowpath: "icrh:icrl=%#08x:%08x, index=%u"
  [
    'arch/x86/kvm/trace.h kvm_avic_kick_vcpu_slowpath via perf script',
    48,
    'qemu-kvm  6232 [003]   402.330168: kvm:kvm_avic_kick_vcpu_slowpath: icrh:icrl=0x000003:000000fd, index=3',
    [
      ['icrl=0x000003', 'register'],
      [':000000fd', 'register'],
      ['index=3', 'count'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_pv_tlb_flush: "vcpu %u need_flush_tlb %s"
  [
    'arch/x86/kvm/trace.h kvm_pv_tlb_flush via trace-cmd report',
    52,
    '        qemu-kvm-4190  [012]  7730.004411: kvm_pv_tlb_flush:     vcpu 2 need_flush_tlb true',
    [['vcpu 2', 'count']],
  ],
  // arch/x86/kvm/trace.h kvm_hv_synic_set_irq: "vcpu_id %d sint %u vector %d ret %d"
  [
    'arch/x86/kvm/trace.h kvm_hv_synic_set_irq via /sys/kernel/tracing/trace',
    48,
    '       qemu-kvm-4189    [011] d..1.  7722.118400: kvm_hv_synic_set_irq: vcpu_id 0 sint 2 vector 243 ret 0',
    [
      ['vcpu_id 0', 'count'],
      ['sint 2', 'count'],
      ['vector 243', 'count'],
      ['ret 0', 'count'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_vmgexit_enter / kvm_vmgexit_exit: "vcpu %u, exit_reason %llx, exit_info1 %llx,
  // exit_info2 %llx" from the GHCB sw_exit_code/info. For SVM_VMGEXIT_MMIO_READ (0x80000001) exit_info1 is the
  // MMIO GPA and exit_info2 the length; for SVM_EXIT_IOIO (0x7b) exit_info1 is the IOIO port/size/type word
  // (flags) and exit_info2 is 0 here.
  [
    'arch/x86/kvm/trace.h kvm_vmgexit_enter (MMIO read) via trace-cmd report',
    48,
    '        qemu-kvm-9121  [007]  1203.552107: kvm_vmgexit_enter:    vcpu 0, exit_reason 80000001, exit_info1 fed000f0, exit_info2 4',
    [
      ['vcpu 0', 'count'],
      ['exit_reason 80000001', 'count'],
      ['exit_info1 fed000f0', 'gpa'],
      ['exit_info2 4', 'size'],
    ],
  ],
  [
    'arch/x86/kvm/trace.h kvm_vmgexit_exit (IOIO) via perf script',
    48,
    'qemu-kvm  9121 [007]  1203.552190: kvm:kvm_vmgexit_exit: vcpu 0, exit_reason 7b, exit_info1 3f80210, exit_info2 0',
    [
      ['vcpu 0', 'count'],
      ['exit_reason 7b', 'count'],
      ['exit_info1 3f80210', 'flags'],
      ['exit_info2 0', 'count'],
    ],
  ],
  // arch/x86/kvm/trace.h kvm_vmgexit_msr_protocol_enter/_exit: "vcpu %u, ghcb_gpa %016llx[, result %d]". Despite
  // the name the field is control->ghcb_gpa = the raw GHCB MSR value; in the MSR protocol it carries a request
  // (CPUID fn 0x8000001f, code 0x004) or response (code 0x005), not a GPA -> register.
  [
    'arch/x86/kvm/trace.h kvm_vmgexit_msr_protocol_enter (CPUID request) via /sys/kernel/tracing/trace',
    48,
    '       qemu-kvm-9121    [007] d..1.  1203.401022: kvm_vmgexit_msr_protocol_enter: vcpu 1, ghcb_gpa 8000001f00000004',
    [
      ['vcpu 1', 'count'],
      ['ghcb_gpa 8000001f00000004', 'register'],
    ],
  ],
  [
    'arch/x86/kvm/trace.h kvm_vmgexit_msr_protocol_exit (CPUID response) via trace-cmd report',
    48,
    '        qemu-kvm-9121  [007]  1203.401031: kvm_vmgexit_msr_protocol_exit: vcpu 1, ghcb_gpa 0001b09f00000005, result 1',
    [
      ['vcpu 1', 'count'],
      ['ghcb_gpa 0001b09f00000005', 'register'],
      ['result 1', 'count'],
    ],
  ],
  // include/trace/events/kvm.h kvm_userspace_exit: "reason %s (%d)"; the reason is __print_symbolic over an old
  // KVM_EXIT_* table, so KVM_EXIT_MEMORY_FAULT (39) prints as "0x27"; the (%d) is the reason or -errno.
  [
    'include/trace/events/kvm.h kvm_userspace_exit via trace-cmd report',
    48,
    '        qemu-kvm-4187  [003]  5125.204150: kvm_userspace_exit:   reason KVM_EXIT_MMIO (6)',
    [['(6', 'count']],
  ],
  [
    'include/trace/events/kvm.h kvm_userspace_exit (KVM_EXIT_MEMORY_FAULT unnamed) via perf script',
    52,
    'qemu-kvm  7733 [022]  2210.401860: kvm:kvm_userspace_exit: reason 0x27 (39)',
    [
      ['reason 0x27', 'count'],
      ['(39', 'count'],
    ],
  ],
  [
    'include/trace/events/kvm.h kvm_userspace_exit (EINTR) via /sys/kernel/tracing/trace',
    48,
    '       qemu-kvm-4188    [009] .....  7712.004500: kvm_userspace_exit: reason restart (4)',
    [['(4', 'count']],
  ],
  // include/trace/events/kvm.h kvm_vcpu_wakeup: "%s time %lld ns, polling %s"
  [
    'include/trace/events/kvm.h kvm_vcpu_wakeup via trace-cmd report',
    48,
    '        qemu-kvm-4188  [009]  7712.118003: kvm_vcpu_wakeup:      wait time 1203455 ns, polling valid',
    [['time 1203455', 'count']],
  ],
  [
    'include/trace/events/kvm.h kvm_vcpu_wakeup via perf script',
    52,
    'qemu-kvm  7734 [021]  2210.339001: kvm:kvm_vcpu_wakeup: poll time 8831 ns, polling valid',
    [['time 8831', 'count']],
  ],
  // include/trace/events/kvm.h kvm_halt_poll_ns: "vcpu %u: halt_poll_ns %u (%s %u)"
  [
    'include/trace/events/kvm.h kvm_halt_poll_ns (grow) via /sys/kernel/tracing/trace',
    48,
    '       qemu-kvm-4188    [009] .....  7712.118010: kvm_halt_poll_ns: vcpu 3: halt_poll_ns 20000 (grow 10000)',
    [
      ['vcpu 3', 'count'],
      ['halt_poll_ns 20000', 'count'],
      ['grow 10000', 'count'],
    ],
  ],
  [
    'include/trace/events/kvm.h kvm_halt_poll_ns (shrink) via trace-cmd report',
    52,
    '        qemu-kvm-7734  [021]  2210.339020: kvm_halt_poll_ns:     vcpu 0: halt_poll_ns 0 (shrink 200000)',
    [
      ['vcpu 0', 'count'],
      ['halt_poll_ns 0', 'count'],
      ['shrink 200000', 'count'],
    ],
  ],

  // ===================================================================================================
  // QEMU trace-events (log backend) and QEMU error_report lines
  // ===================================================================================================

  // hw/vfio/trace-events vfio_listener_region_add_ram: "region_add [ram] 0x%"PRIx64" - 0x%"PRIx64" [%p]". With no
  // vIOMMU the listener walks address_space_memory and maps iova = offset_within_address_space, i.e. the IOVA IS
  // the guest-physical address (gpa); the bracketed %p is QEMU's host virtual address (pointer).
  [
    'hw/vfio/trace-events vfio_listener_region_add_ram via -d trace log backend',
    48,
    '7734@1710412002.118220:vfio_listener_region_add_ram region_add [ram] 0x0 - 0x9ffff [0x7f1b3fe00000]',
    [
      ['[ram] 0x0', 'gpa'],
      ['0x9ffff', 'gpa'],
      ['[0x7f1b3fe00000', 'pointer'],
    ],
  ],
  [
    'hw/vfio/trace-events vfio_listener_region_add_ram (above 4G) via -d trace log backend',
    52,
    '7734@1710412002.118305:vfio_listener_region_add_ram region_add [ram] 0x100000000 - 0x47fffffff [0x7f1a3fe00000]',
    [
      ['[ram] 0x100000000', 'gpa'],
      ['0x47fffffff', 'gpa'],
      ['[0x7f1a3fe00000', 'pointer'],
    ],
  ],
  // hw/vfio/trace-events vfio_listener_region_del: "region_del 0x%"PRIx64" - 0x%"PRIx64 (same IOVA = GPA)
  [
    'hw/vfio/trace-events vfio_listener_region_del via -d trace log backend',
    48,
    '7734@1710412010.552031:vfio_listener_region_del region_del 0xfe000000 - 0xfe003fff',
    [
      ['region_del 0xfe000000', 'gpa'],
      ['0xfe003fff', 'gpa'],
    ],
  ],
  // hw/vfio/trace-events vfio_region_setup: "Device %s, region %d \"%s\", flags: 0x%lx, offset: 0x%lx, size: 0x%lx".
  // offset is the region's offset in the VFIO device fd (VFIO_PCI_INDEX_TO_OFFSET(2) = 2 << 40): a file offset,
  // fits no kind and is left out.
  [
    'hw/vfio/trace-events vfio_region_setup via -d trace log backend',
    48,
    '7734@1710412001.903311:vfio_region_setup Device 0000:65:00.0, region 2 "0000:65:00.0 BAR 2", flags: 0x7, offset: 0x20000000000, size: 0x4000',
    [
      ['region 2', 'count'],
      ['BAR 2', 'count'],
      ['flags: 0x7', 'flags'],
      ['size: 0x4000', 'size'],
    ],
  ],
  // hw/vfio/trace-events vfio_msi_interrupt: " (%s) vector %d 0x%"PRIx64"/0x%x" = the MSI message the guest
  // programmed: address in the guest-physical 0xfeexxxxx window (gpa), data word (data).
  [
    'hw/vfio/trace-events vfio_msi_interrupt via -d trace log backend',
    48,
    '7734@1710412020.004417:vfio_msi_interrupt  (0000:65:00.0) vector 3 0xfee01000/0x4023',
    [
      ['vector 3', 'count'],
      ['0xfee01000', 'gpa'],
      ['/0x4023', 'data'],
    ],
  ],
  // hw/vfio/trace-events vfio_pci_read_config: " (%s, @0x%x, len=0x%x) 0x%x"; @ is the config-space offset, the
  // last value is what the read returned (here BAR0 as the guest programmed it, 0xfd000000 | type bits) -> data.
  [
    'hw/vfio/trace-events vfio_pci_read_config via -d trace log backend',
    52,
    '7734@1710412001.944019:vfio_pci_read_config  (0000:65:00.0, @0x10, len=0x4) 0xfd00000c',
    [
      ['@0x10', 'count'],
      ['len=0x4', 'size'],
      [') 0xfd00000c', 'data'],
    ],
  ],
  // hw/vfio/trace-events vfio_get_dirty_bitmap: "iova=0x%"PRIx64" size= 0x%"PRIx64" bitmap_size=0x%"PRIx64"
  // start=0x%"PRIx64" dirty_pages=%"PRIu64; vfio_get_dirty_bitmap() passes ram_addr as `start`: an offset in
  // QEMU's ram_addr_t space (pc.ram above 4G starts at 0x80000000), not a GPA -> left out.
  [
    'hw/vfio/trace-events vfio_get_dirty_bitmap via -d trace log backend',
    48,
    '7734@1710412311.220814:vfio_get_dirty_bitmap iova=0x100000000 size= 0x380000000 bitmap_size=0x70000 start=0x80000000 dirty_pages=1187',
    [
      ['iova=0x100000000', 'gpa'],
      ['size= 0x380000000', 'size'],
      ['bitmap_size=0x70000', 'size'],
      ['dirty_pages=1187', 'count'],
    ],
  ],
  // hw/vfio/common.c vfio_listener_region_add(): error_report("vfio_dma_map(%p, 0x%"HWADDR_PRIx", 0x%"HWADDR_PRIx",
  // %p) = %d (%m)", container, iova, size, vaddr, ret). IOVA = GPA (no vIOMMU; here a peer device's 64-bit BAR).
  [
    'hw/vfio/common.c vfio_listener_region_add vfio_dma_map error_report',
    52,
    'qemu-system-x86_64: vfio_dma_map(0x55d0c8a3c2a0, 0x380000000000, 0x1000000, 0x7f1c2c000000) = -22 (Invalid argument)',
    [
      ['(0x55d0c8a3c2a0', 'pointer'],
      [', 0x380000000000', 'gpa'],
      [', 0x1000000', 'size'],
      [', 0x7f1c2c000000', 'pointer'],
      ['= -22', 'count'],
    ],
  ],
  // hw/pci/trace-events pci_update_mappings_add: "%s %02x:%02x.%x %d,0x%"PRIx64"+0x%"PRIx64 (BAR index, guest
  // address the BAR is mapped at, size)
  [
    'hw/pci/trace-events pci_update_mappings_add (64-bit BAR) via -d trace log backend',
    48,
    '7731@1710411752.330118:pci_update_mappings_add virtio-net-pci 00:03.0 4,0x380000000000+0x4000',
    [
      ['00:03.0 4', 'count'],
      [',0x380000000000', 'gpa'],
      ['+0x4000', 'size'],
    ],
  ],
  [
    'hw/pci/trace-events pci_update_mappings_add via -d trace log backend',
    52,
    '7731@1710411752.331004:pci_update_mappings_add virtio-blk-pci 00:04.0 1,0xfebd1000+0x1000',
    [
      ['00:04.0 1', 'count'],
      [',0xfebd1000', 'gpa'],
      ['+0x1000', 'size'],
    ],
  ],
  // hw/pci/trace-events pci_cfg_write: "%s %02x:%02x.%x @0x%x <- 0x%x" (config offset, value written)
  [
    'hw/pci/trace-events pci_cfg_write via -d trace log backend',
    48,
    '7731@1710411752.330102:pci_cfg_write virtio-net-pci 00:03.0 @0x4 <- 0x507',
    [
      ['@0x4', 'count'],
      ['<- 0x507', 'data'],
    ],
  ],
  // system/trace-events address_space_map: "as:%p addr 0x%"PRIx64":%"PRIx64" write:%d attrs:0x%x" (address in
  // address_space_memory = GPA, then the length in bare hex)
  [
    'system/trace-events address_space_map via -d trace log backend',
    48,
    '7733@1710412004.771203:address_space_map as:0x55d6a3c1e8a0 addr 0x7f4c1000:1000 write:1 attrs:0x1',
    [
      ['as:0x55d6a3c1e8a0', 'pointer'],
      ['addr 0x7f4c1000', 'gpa'],
      [':1000', 'size'],
      ['write:1', 'count'],
      ['attrs:0x1', 'flags'],
    ],
  ],
  // system/trace-events cpu_out: "addr 0x%x(%c) value %u" (I/O port -> count, value -> data)
  [
    'system/trace-events cpu_out via -d trace log backend',
    52,
    '7733@1710412004.775019:cpu_out addr 0x3f8(b) value 72',
    [
      ['addr 0x3f8', 'count'],
      ['value 72', 'data'],
    ],
  ],
  // system/trace-events memory_region_ram_device_write: "cpu %d mr %p addr 0x%"PRIx64" value 0x%"PRIx64" size %u".
  // Unlike memory_region_ops_*, system/memory.c passes the region-relative `addr` (offset into the mmap'ed BAR),
  // not an absolute address: an offset that fits no kind, left out.
  [
    'system/trace-events memory_region_ram_device_write via -d trace log backend',
    48,
    '7736@1710412020.118231:memory_region_ram_device_write cpu 2 mr 0x55d6a4f2c1e0 addr 0x2008 value 0x1 size 4',
    [
      ['cpu 2', 'count'],
      ['mr 0x55d6a4f2c1e0', 'pointer'],
      ['value 0x1', 'data'],
      ['size 4', 'size'],
    ],
  ],
  // hw/virtio/trace-events vhost_region_add_section: "%s: 0x%"PRIx64"+0x%"PRIx64" @ 0x%"PRIx64" (gpa, size, host
  // address = memory_region_get_ram_ptr() + offset)
  [
    'hw/virtio/trace-events vhost_region_add_section via -d trace log backend',
    52,
    '7731@1710411751.904412:vhost_region_add_section pc.ram: 0x100000000+0x380000000 @ 0x7f1a40000000',
    [
      ['pc.ram: 0x100000000', 'gpa'],
      ['+0x380000000', 'size'],
      ['@ 0x7f1a40000000', 'pointer'],
    ],
  ],
  // hw/virtio/trace-events vhost_user_set_mem_table_withfd: "%d:%s: size:0x%"PRIx64" GPA:0x%"PRIx64"
  // QVA/userspace:0x%"PRIx64" RB offset:0x%"PRIx64; RB offset is the offset inside the RAMBlock -> left out.
  [
    'hw/virtio/trace-events vhost_user_set_mem_table_withfd via -d trace log backend',
    48,
    '7731@1710411751.911207:vhost_user_set_mem_table_withfd 1:pc.ram: size:0x380000000 GPA:0x100000000 QVA/userspace:0x7f1a40000000 RB offset:0x80000000',
    [
      ['withfd 1', 'count'],
      ['size:0x380000000', 'size'],
      ['GPA:0x100000000', 'gpa'],
      ['userspace:0x7f1a40000000', 'pointer'],
    ],
  ],
  // hw/virtio/trace-events vhost_vdpa_dma_map: "vdpa:%p fd: %d msg_type: %u asid: %u iova: 0x%"PRIx64" size:
  // 0x%"PRIx64" uaddr: 0x%"PRIx64" perm: 0x%x type: %u" (memory listener without shadow virtqueue: iova = GPA)
  [
    'hw/virtio/trace-events vhost_vdpa_dma_map via -d trace log backend',
    52,
    '7731@1710411751.930118:vhost_vdpa_dma_map vdpa:0x55d6a3e1f2c0 fd: 25 msg_type: 2 asid: 0 iova: 0x100000000 size: 0x380000000 uaddr: 0x7f1a40000000 perm: 0x3 type: 2',
    [
      ['vdpa:0x55d6a3e1f2c0', 'pointer'],
      ['fd: 25', 'count'],
      ['msg_type: 2', 'count'],
      ['asid: 0', 'count'],
      ['iova: 0x100000000', 'gpa'],
      ['size: 0x380000000', 'size'],
      ['uaddr: 0x7f1a40000000', 'pointer'],
      ['perm: 0x3', 'flags'],
      ['type: 2', 'count'],
    ],
  ],
  // hw/virtio/trace-events virtio_balloon_handle_output: "section name: %s gpa: 0x%"PRIx64
  [
    'hw/virtio/trace-events virtio_balloon_handle_output via -d trace log backend',
    48,
    '7735@1710412500.021883:virtio_balloon_handle_output section name: pc.ram gpa: 0x1a4c3b000',
    [['gpa: 0x1a4c3b000', 'gpa']],
  ],
  // hw/virtio/trace-events virtio_balloon_to_target: "balloon target: 0x%"PRIx64" num_pages: %d" -- target is the
  // requested guest RAM size in bytes (size), not an address.
  [
    'hw/virtio/trace-events virtio_balloon_to_target via -d trace log backend',
    48,
    '7735@1710412499.998102:virtio_balloon_to_target balloon target: 0x100000000 num_pages: 262144',
    [
      ['target: 0x100000000', 'size'],
      ['num_pages: 262144', 'count'],
    ],
  ],
  // hw/virtio/trace-events virtio_mem_plug_request: "addr=0x%" PRIx64 " nb_blocks=%" PRIu16 (guest-physical
  // address inside the virtio-mem device region)
  [
    'hw/virtio/trace-events virtio_mem_plug_request via -d trace log backend',
    52,
    '7735@1710412610.330921:virtio_mem_plug_request addr=0x480000000 nb_blocks=1',
    [
      ['addr=0x480000000', 'gpa'],
      ['nb_blocks=1', 'count'],
    ],
  ],
  // hw/virtio/trace-events virtio_iommu_map: "domain=%d virt_start=0x%"PRIx64" virt_end=0x%"PRIx64 " phys_start=
  // 0x%"PRIx64" flags=%d". virt_start/virt_end are guest IOVAs of the vIOMMU domain (no kind fits: not GPA,
  // not GVA) -> left out; phys_start is the guest-physical target.
  [
    'hw/virtio/trace-events virtio_iommu_map via -d trace log backend',
    48,
    '7736@1710412701.004412:virtio_iommu_map domain=1 virt_start=0xfffff000 virt_end=0xffffffff phys_start=0x1a4c3b000 flags=3',
    [
      ['domain=1', 'count'],
      ['phys_start=0x1a4c3b000', 'gpa'],
      ['flags=3', 'flags'],
    ],
  ],
  // hw/virtio/trace-events virtio_set_status: "vdev %p val %u" (device status bits)
  [
    'hw/virtio/trace-events virtio_set_status via -d trace log backend',
    52,
    '7732@1710411760.118044:virtio_set_status vdev 0x55d6a51c3f10 val 15',
    [
      ['vdev 0x55d6a51c3f10', 'pointer'],
      ['val 15', 'flags'],
    ],
  ],
  // hw/virtio/trace-events virtqueue_fill: "vq %p elem %p len %u idx %u"
  [
    'hw/virtio/trace-events virtqueue_fill via -d trace log backend',
    48,
    '7732@1710411760.330981:virtqueue_fill vq 0x7f1c2c0a8010 elem 0x7f1c2403b8a0 len 1514 idx 0',
    [
      ['vq 0x7f1c2c0a8010', 'pointer'],
      ['elem 0x7f1c2403b8a0', 'pointer'],
      ['len 1514', 'size'],
      ['idx 0', 'count'],
    ],
  ],
  // accel/kvm/trace-events kvm_set_ioeventfd_pio: "fd: %d @0x%x val=0x%x assign: %d size: %d match: %d" (@ is an
  // I/O port -> count, like kvm_pio's port in formats.ts)
  [
    'accel/kvm/trace-events kvm_set_ioeventfd_pio via -d trace log backend',
    48,
    '7731@1710411751.962230:kvm_set_ioeventfd_pio fd: 27 @0xc050 val=0x0 assign: 1 size: 2 match: 1',
    [
      ['fd: 27', 'count'],
      ['@0xc050', 'count'],
      ['val=0x0', 'data'],
      ['assign: 1', 'count'],
      ['size: 2', 'size'],
      ['match: 1', 'count'],
    ],
  ],
  // accel/kvm/trace-events kvm_irqchip_update_msi_route: "Updating MSI route virq=%d"
  [
    'accel/kvm/trace-events kvm_irqchip_update_msi_route via -d trace log backend',
    52,
    '7731@1710411760.552019:kvm_irqchip_update_msi_route Updating MSI route virq=24',
    [['virq=24', 'count']],
  ],
  // accel/kvm/trace-events kvm_vcpu_ioctl: "cpu_index %d, type 0x%x, arg %p"; type is the ioctl number
  // (KVM_SET_MSRS), which fits no kind (left out, as blind.ts does for kvm_vm_ioctl).
  [
    'accel/kvm/trace-events kvm_vcpu_ioctl via -d trace log backend',
    48,
    '7734@1710411760.771103:kvm_vcpu_ioctl cpu_index 1, type 0x4008ae89, arg 0x7f1b2affe6a0',
    [
      ['cpu_index 1', 'count'],
      ['arg 0x7f1b2affe6a0', 'pointer'],
    ],
  ],
  // target/i386/kvm/trace-events kvm_x86_add_msi_route: "Adding route entry for virq %d"
  [
    'target/i386/kvm/trace-events kvm_x86_add_msi_route via -d trace log backend',
    48,
    '7731@1710411760.551877:kvm_x86_add_msi_route Adding route entry for virq 25',
    [['virq 25', 'count']],
  ],
  // target/i386/trace-events kvm_sev_snp_launch_update: "src 0x%" PRIx64 " gpa 0x%" PRIx64 " len 0x%" PRIx64 " (%s
  // page)" (src = host buffer address)
  [
    'target/i386/trace-events kvm_sev_snp_launch_update via -d trace log backend',
    48,
    '9120@1710499001.210331:kvm_sev_snp_launch_update src 0x7f3b1c800000 gpa 0xffc00000 len 0x400000 (Normal page)',
    [
      ['src 0x7f3b1c800000', 'pointer'],
      ['gpa 0xffc00000', 'gpa'],
      ['len 0x400000', 'size'],
    ],
  ],
  // target/i386/trace-events kvm_sev_launch_secret: "hpa 0x%" PRIx64 " hva 0x%" PRIx64 " data 0x%" PRIx64 " len %d".
  // target/i386/sev.c calls trace_kvm_sev_launch_secret(gpa, input.guest_uaddr, input.trans_uaddr,
  // input.trans_len): the field printed as "hpa" is the GUEST physical address; hva/data are host pointers.
  [
    'target/i386/trace-events kvm_sev_launch_secret via -d trace log backend',
    48,
    '9120@1710499107.004418:kvm_sev_launch_secret hpa 0x7f7ff000 hva 0x7f3b5c7ff000 data 0x55d1e3a4b2c0 len 64',
    [
      ['hpa 0x7f7ff000', 'gpa'],
      ['hva 0x7f3b5c7ff000', 'pointer'],
      ['data 0x55d1e3a4b2c0', 'pointer'],
      ['len 64', 'size'],
    ],
  ],
  // hw/mem/trace-events mhp_pc_dimm_assigned_address: "0x%"PRIx64 (GPA chosen for a hot-plugged DIMM)
  [
    'hw/mem/trace-events mhp_pc_dimm_assigned_address via -d trace log backend',
    52,
    '7731@1710411751.700213:mhp_pc_dimm_assigned_address 0x480000000',
    [['0x480000000', 'gpa']],
  ],

  // ===================================================================================================
  // dmesg / journalctl (host and guest)
  // ===================================================================================================

  // drivers/iommu/intel/dmar.c dmar_table_print_dmar_entry(): "DRHD base: %#016Lx flags: %#x", "RMRR base: %#016Lx
  // end: %#016Lx", "RHSA base: %#016Lx proximity domain: %#x", "ATSR flags: %#x" (pr_fmt "DMAR: "). Host ACPI
  // DMAR table: VT-d register bases and reserved regions are host physical.
  [
    'drivers/iommu/intel/dmar.c dmar_table_print_dmar_entry (DRHD) via dmesg',
    48,
    '[    0.012345] DMAR: DRHD base: 0x000000fbffc000 flags: 0x0',
    [
      ['base: 0x000000fbffc000', 'hpa'],
      ['flags: 0x0', 'flags'],
    ],
  ],
  [
    'drivers/iommu/intel/dmar.c dmar_table_print_dmar_entry (DRHD) via journalctl -k',
    52,
    'Mar 14 09:12:03 sprhost kernel: DMAR: DRHD base: 0x000000d37fc000 flags: 0x1',
    [
      ['base: 0x000000d37fc000', 'hpa'],
      ['flags: 0x1', 'flags'],
    ],
  ],
  [
    'drivers/iommu/intel/dmar.c dmar_table_print_dmar_entry (RMRR) via dmesg',
    48,
    '[    0.012360] DMAR: RMRR base: 0x0000006f7b8000 end: 0x0000006f7bafff',
    [
      ['base: 0x0000006f7b8000', 'hpa'],
      ['end: 0x0000006f7bafff', 'hpa'],
    ],
  ],
  [
    'drivers/iommu/intel/dmar.c dmar_table_print_dmar_entry (RHSA) via dmesg',
    48,
    '[    0.012371] DMAR: RHSA base: 0x000000fbffc000 proximity domain: 0x0',
    [
      ['base: 0x000000fbffc000', 'hpa'],
      ['domain: 0x0', 'count'],
    ],
  ],
  [
    'drivers/iommu/intel/dmar.c dmar_table_print_dmar_entry (ATSR) via dmesg',
    52,
    '[    0.012355] DMAR: ATSR flags: 0x0',
    [['flags: 0x0', 'flags']],
  ],
  // drivers/iommu/intel/dmar.c alloc_iommu(): "%s: reg_base_addr %llx ver %d:%d cap %llx ecap %llx" -- cap/ecap are
  // the raw VT-d capability registers (register). The minor version after ':' is not after a label word.
  [
    'drivers/iommu/intel/dmar.c alloc_iommu via dmesg',
    48,
    '[    0.231004] DMAR: dmar0: reg_base_addr fbffc000 ver 6:0 cap 9ed008c40780466 ecap 60000f050df',
    [
      ['reg_base_addr fbffc000', 'hpa'],
      ['ver 6', 'count'],
      ['cap 9ed008c40780466', 'register'],
      ['ecap 60000f050df', 'register'],
    ],
  ],
  // drivers/iommu/intel/irq_remapping.c ir_parse_one_ioapic_scope(): "IOAPIC id %d under DRHD base  0x%Lx IOMMU %d"
  [
    'drivers/iommu/intel/irq_remapping.c ir_parse_one_ioapic_scope via dmesg',
    48,
    '[    0.231870] DMAR-IR: IOAPIC id 8 under DRHD base  0xfbffc000 IOMMU 0',
    [
      ['id 8', 'count'],
      ['base  0xfbffc000', 'hpa'],
      ['IOMMU 0', 'count'],
    ],
  ],
  // drivers/iommu/intel/dmar.c dmar_fault_do_one(): "[%s NO_PASID] Request device [%02x:%02x.%d] fault addr 0x%llx
  // [fault reason 0x%02x] %s". The fault address is a DMA IOVA seen by the host IOMMU (for a vfio device it is
  // the guest's DMA address, for a host device a host IOVA); from the line alone it is neither a TD GPA nor an
  // HPA, so it is left out. dmar_fault(): "DRHD: handling fault status reg %x" (raw FSTS register).
  [
    'drivers/iommu/intel/dmar.c dmar_fault_do_one via dmesg',
    48,
    '[ 1830.114412] DMAR: [DMA Read NO_PASID] Request device [65:00.0] fault addr 0x7f4c1000 [fault reason 0x06] PTE Read access is not set',
    [['reason 0x06', 'count']],
  ],
  [
    'drivers/iommu/intel/dmar.c dmar_fault via dmesg',
    48,
    '[ 1830.114455] DMAR: DRHD: handling fault status reg 2',
    [['reg 2', 'register']],
  ],
  // arch/x86/mm/pat/memtype.c reserve_pfn_range(): "x86/PAT: %s:%d map pfn expected mapping type %s for [mem
  // %#010Lx-%#010Lx], got %s" and "x86/PAT: %s:%d map pfn RAM range req %s for [mem %#010Lx-%#010Lx], got %s".
  // On the host (QEMU mapping a vfio BAR / RAM) these are host physical; inside a guest they are guest physical.
  [
    'arch/x86/mm/pat/memtype.c reserve_pfn_range via dmesg (host)',
    52,
    '[ 2210.443019] x86/PAT: qemu-system-x86:7734 map pfn expected mapping type uncached-minus for [mem 0x38bffe000000-0x38bffe003fff], got write-back',
    [
      ['[mem 0x38bffe000000', 'hpa'],
      ['0x38bffe003fff', 'hpa'],
    ],
  ],
  [
    'arch/x86/mm/pat/memtype.c reserve_pfn_range via dmesg (guest)',
    48,
    '[ 1971.854205] x86/PAT: zcount_ipc:3520 map pfn expected mapping type uncached-minus for [mem 0xfd000000-0xfd000fff], got write-back',
    [
      ['[mem 0xfd000000', 'gpa'],
      ['0xfd000fff', 'gpa'],
    ],
  ],
  [
    'arch/x86/mm/pat/memtype.c reserve_pfn_range (RAM range) via dmesg (host)',
    48,
    '[ 2210.443102] x86/PAT: qemu-system-x86:7734 map pfn RAM range req write-combining for [mem 0x1a4c3b000-0x1a4c3bfff], got write-back',
    [
      ['[mem 0x1a4c3b000', 'hpa'],
      ['0x1a4c3bfff', 'hpa'],
    ],
  ],
  // arch/x86/mm/ioremap.c __ioremap_caller(): WARN_ONCE(1, "%pS: ioremap on RAM at %pa - %pa\n") and (older)
  // "ioremap error for 0x%llx-0x%llx, requested 0x%x, got 0x%x" (page-cache-mode enum values -> count). In a TD
  // guest. The %pS "+0x1d2/0x230" symbol offset/length fit no kind and are left out.
  [
    'arch/x86/mm/ioremap.c __ioremap_caller ioremap on RAM via dmesg (TD guest)',
    52,
    '[    2.104417] acpi_os_map_iomem+0x1d2/0x230: ioremap on RAM at 0x000000007f77e000 - 0x000000007f77efff',
    [
      ['at 0x000000007f77e000', 'gpa'],
      ['- 0x000000007f77efff', 'gpa'],
    ],
  ],
  [
    'arch/x86/mm/ioremap.c __ioremap_caller ioremap error via dmesg (guest)',
    48,
    '[    3.551802] ioremap error for 0xfd000000-0xfd001000, requested 0x2, got 0x0',
    [
      ['for 0xfd000000', 'gpa'],
      ['-0xfd001000', 'gpa'],
      ['requested 0x2', 'count'],
      ['got 0x0', 'count'],
    ],
  ],
  // mm/page_alloc.c bad_page(): "BUG: Bad page state in process %s  pfn:%05lx" and mm/debug.c __dump_folio():
  // "page: refcount:%d mapcount:%d mapping:%p index:%#lx pfn:%#lx". On the host the pfn is a host PFN; in a
  // guest kernel it is the guest's own frame number (gfn). index is the page offset in its mapping (count).
  [
    'mm/page_alloc.c bad_page via dmesg (host)',
    48,
    '[ 4410.220311] BUG: Bad page state in process qemu-kvm  pfn:1a4c3b',
    [['pfn:1a4c3b', 'hpfn']],
  ],
  [
    'mm/page_alloc.c bad_page via dmesg (TD guest)',
    52,
    '[  212.004110] BUG: Bad page state in process systemd-udevd  pfn:7f4c1',
    [['pfn:7f4c1', 'gfn']],
  ],
  [
    'mm/debug.c __dump_folio via dmesg (host)',
    48,
    '[ 4410.220318] page: refcount:0 mapcount:0 mapping:0000000000000000 index:0x7f1b3c4a1 pfn:0x1a4c3b',
    [
      ['refcount:0', 'count'],
      ['mapcount:0', 'count'],
      ['mapping:0000000000000000', 'pointer'],
      ['index:0x7f1b3c4a1', 'count'],
      ['pfn:0x1a4c3b', 'hpfn'],
    ],
  ],
  [
    'mm/debug.c __dump_folio via dmesg (TD guest)',
    52,
    '[  212.004118] page: refcount:1 mapcount:0 mapping:00000000b5e4a1c2 index:0x0 pfn:0x7f4c1',
    [
      ['refcount:1', 'count'],
      ['mapcount:0', 'count'],
      ['mapping:00000000b5e4a1c2', 'pointer'],
      ['index:0x0', 'count'],
      ['pfn:0x7f4c1', 'gfn'],
    ],
  ],
  // mm/memory-failure.c action_result(): "Memory failure: %#lx: recovery action for %s: %s" (pfn). Host: host
  // PFN; in a guest that received a QEMU-injected MCE: the guest frame number.
  [
    'mm/memory-failure.c action_result via dmesg (host)',
    48,
    '[ 5012.773109] Memory failure: 0x1a4c3b: recovery action for dirty LRU page: Recovered',
    [['failure: 0x1a4c3b', 'hpfn']],
  ],
  [
    'mm/memory-failure.c action_result via dmesg (guest, QEMU-injected MCE)',
    48,
    '[  841.302211] Memory failure: 0x7f4c1: recovery action for clean LRU page: Recovered',
    [['failure: 0x7f4c1', 'gfn']],
  ],
  // kernel/crash_reserve.c reserve_crashkernel_generic(): "crashkernel reserved: 0x%016llx - 0x%016llx (%lld MB)"
  [
    'kernel/crash_reserve.c reserve_crashkernel_generic via dmesg (host)',
    48,
    '[    0.000000] crashkernel reserved: 0x000000005f000000 - 0x000000006f000000 (256 MB)',
    [
      ['reserved: 0x000000005f000000', 'hpa'],
      ['- 0x000000006f000000', 'hpa'],
      ['(256', 'size'],
    ],
  ],
  [
    'kernel/crash_reserve.c reserve_crashkernel_generic via dmesg (TD guest)',
    52,
    '[    0.000000] crashkernel reserved: 0x000000006e000000 - 0x000000007e000000 (256 MB)',
    [
      ['reserved: 0x000000006e000000', 'gpa'],
      ['- 0x000000007e000000', 'gpa'],
      ['(256', 'size'],
    ],
  ],
  // drivers/virtio/virtio_mmio.c vm_cmdline_set(): "Registering device virtio-mmio.%d at 0x%llx-0x%llx, IRQ %d."
  [
    'drivers/virtio/virtio_mmio.c vm_cmdline_set via dmesg (guest)',
    48,
    '[    0.421087] virtio-mmio: Registering device virtio-mmio.0 at 0xd0000000-0xd0000fff, IRQ 5.',
    [
      ['at 0xd0000000', 'gpa'],
      ['-0xd0000fff', 'gpa'],
      ['IRQ 5', 'count'],
    ],
  ],
  // arch/x86/kernel/apic/io_apic.c mp_register_ioapic(): "IOAPIC[%d]: apic_id %d, version %d, address 0x%lx, GSI
  // %d-%d". The index in IOAPIC[..] is inside a word and not listed. Guest: GPA; host: HPA.
  [
    'arch/x86/kernel/apic/io_apic.c mp_register_ioapic via dmesg (guest)',
    48,
    '[    0.009841] IOAPIC[0]: apic_id 0, version 32, address 0xfec00000, GSI 0-23',
    [
      ['apic_id 0', 'count'],
      ['version 32', 'count'],
      ['address 0xfec00000', 'gpa'],
      ['GSI 0', 'count'],
      ['-23', 'count'],
    ],
  ],
  [
    'arch/x86/kernel/apic/io_apic.c mp_register_ioapic via dmesg (host)',
    52,
    '[    0.009862] IOAPIC[1]: apic_id 9, version 32, address 0xfec01000, GSI 24-31',
    [
      ['apic_id 9', 'count'],
      ['version 32', 'count'],
      ['address 0xfec01000', 'hpa'],
      ['GSI 24', 'count'],
      ['-31', 'count'],
    ],
  ],
  // mm/cma.c cma_declare_contiguous_nid(): "Reserved %ld MiB at %pa on node %d" (pr_fmt "cma: "), in a TD guest
  [
    'mm/cma.c cma_declare_contiguous_nid via dmesg (TD guest)',
    48,
    '[    0.000000] cma: Reserved 64 MiB at 0x000000007b000000 on node -1',
    [
      ['Reserved 64', 'size'],
      ['at 0x000000007b000000', 'gpa'],
      ['node -1', 'count'],
    ],
  ],
  // arch/x86/kernel/fpu/xstate.c: print_xstate_feature() "x86/fpu: Supporting XSAVE feature 0x%03Lx: '%s'",
  // fpu__init_system_xstate() "Enabled xstate features 0x%llx, context size is %d bytes, using '%s' format." and
  // "xfeatures modified from 0x%016llx to 0x%016llx during init, disabling XSAVE" -> XCR0 feature masks.
  [
    'arch/x86/kernel/fpu/xstate.c print_xstate_feature via dmesg',
    48,
    "[    0.000000] x86/fpu: Supporting XSAVE feature 0x020: 'AVX-512 opmask'",
    [['feature 0x020', 'flags']],
  ],
  [
    'arch/x86/kernel/fpu/xstate.c fpu__init_system_xstate via dmesg',
    52,
    "[    0.000000] x86/fpu: Enabled xstate features 0x602e7, context size is 11008 bytes, using 'compacted' format.",
    [
      ['features 0x602e7', 'flags'],
      ['is 11008', 'size'],
    ],
  ],
  [
    'arch/x86/kernel/fpu/xstate.c fpu__init_system_xstate (xfeatures modified) via dmesg',
    48,
    '[    0.000000] x86/fpu: xfeatures modified from 0x00000000000602e7 to 0x00000000000002e7 during init, disabling XSAVE',
    [
      ['from 0x00000000000602e7', 'flags'],
      ['to 0x00000000000002e7', 'flags'],
    ],
  ],
  // arch/x86/kernel/kvmclock.c kvmclock_init(): "kvm-clock: Using msrs %x and %x" (MSR indices -> count) and
  // kvm_register_clock(): "kvm-clock: cpu %d, msr %llx, %s" where msr = slow_virt_to_phys(&pvti) | 1: the guest
  // physical address of the pvclock page with the enable bit (gpa; see report).
  [
    'arch/x86/kernel/kvmclock.c kvmclock_init via dmesg (guest)',
    48,
    '[    0.000000] kvm-clock: Using msrs 4b564d01 and 4b564d00',
    [
      ['msrs 4b564d01', 'count'],
      ['and 4b564d00', 'count'],
    ],
  ],
  [
    'arch/x86/kernel/kvmclock.c kvm_register_clock via dmesg (guest)',
    48,
    '[    0.000000] kvm-clock: cpu 0, msr 27fc01001, primary cpu clock',
    [
      ['cpu 0', 'count'],
      ['msr 27fc01001', 'gpa'],
    ],
  ],
  [
    'arch/x86/kernel/kvmclock.c kvm_register_clock via journalctl -k (guest)',
    52,
    'Mar 14 10:02:11 vm3 kernel: kvm-clock: cpu 3, msr 47fd9a001, secondary cpu clock',
    [
      ['cpu 3', 'count'],
      ['msr 47fd9a001', 'gpa'],
    ],
  ],
  // arch/x86/kernel/cpu/intel.c detect_tme_early(): "x86/tme: Unknown policy is active: %#llx" (policy encoding),
  // "x86/mktme: No known encryption algorithm is supported: %#llx" (algorithm bitmap), "x86/mktme: BIOS enabled:
  // x86_phys_bits reduced by %d"
  [
    'arch/x86/kernel/cpu/intel.c detect_tme (policy) via dmesg (host)',
    48,
    '[    0.000000] x86/tme: Unknown policy is active: 0x1',
    [['active: 0x1', 'count']],
  ],
  [
    'arch/x86/kernel/cpu/intel.c detect_tme (crypto algs) via dmesg (host)',
    48,
    '[    0.000000] x86/mktme: No known encryption algorithm is supported: 0x4',
    [['supported: 0x4', 'flags']],
  ],
  [
    'arch/x86/kernel/cpu/intel.c detect_tme_early (keyid bits) via dmesg (host)',
    52,
    '[    0.000000] x86/mktme: BIOS enabled: x86_phys_bits reduced by 6',
    [['by 6', 'count']],
  ],
  // arch/x86/virt/vmx/tdx/tdx.c: tdx_init() "BIOS enabled: private KeyID range [%u, %u)", init_tdx_module()
  // "%lu KB allocated for PAMT", fill_out_tdmrs() "consumed TDMRs reaching limit: %d used out of %d",
  // __tdx_enable() "module initialization failed (%d)" (pr_fmt "virt/tdx: ")
  [
    'arch/x86/virt/vmx/tdx/tdx.c tdx_init via dmesg',
    48,
    '[    1.824045] virt/tdx: BIOS enabled: private KeyID range [32, 64)',
    [
      ['range [32', 'count'],
      [', 64', 'count'],
    ],
  ],
  [
    'arch/x86/virt/vmx/tdx/tdx.c init_tdx_module via journalctl -k',
    52,
    'Mar 14 09:12:31 sprhost kernel: virt/tdx: 1050644 KB allocated for PAMT',
    [['tdx: 1050644', 'size']],
  ],
  [
    'arch/x86/virt/vmx/tdx/tdx.c fill_out_tdmrs via dmesg',
    48,
    '[   24.195091] virt/tdx: consumed TDMRs reaching limit: 62 used out of 64',
    [
      ['limit: 62', 'count'],
      ['of 64', 'count'],
    ],
  ],
  [
    'arch/x86/virt/vmx/tdx/tdx.c __tdx_enable via dmesg',
    48,
    '[   24.195101] virt/tdx: module initialization failed (-22)',
    [['(-22', 'count']],
  ],
  // arch/x86/kvm/vmx/tdx.c tdx_mmu_release_hkid(): "tdh_mng_key_freeid() failed. HKID %d is leaked."
  [
    'arch/x86/kvm/vmx/tdx.c tdx_mmu_release_hkid via dmesg',
    48,
    '[ 7731.118022] kvm_intel: tdh_mng_key_freeid() failed. HKID 35 is leaked.',
    [['HKID 35', 'count']],
  ],
  // arch/x86/coco/tdx/tdx.c virt_exception_kernel(): pr_warn("Unexpected #VE: %lld\n", ve->exit_reason) and
  // ve_instr_len(): WARN_ONCE(1, "Unexpected #VE-type: %lld\n", ve->exit_reason) -- VMX exit reasons (count).
  [
    'arch/x86/coco/tdx/tdx.c virt_exception_kernel via dmesg (TD guest)',
    52,
    '[   31.004221] tdx: Unexpected #VE: 32',
    [['#VE: 32', 'count']],
  ],
  [
    'arch/x86/coco/tdx/tdx.c ve_instr_len WARN_ONCE via dmesg (TD guest)',
    48,
    '[   31.004260] Unexpected #VE-type: 48',
    [['type: 48', 'count']],
  ],
  // arch/x86/kernel/cpu/mce/core.c __print_mce(): HW_ERR "CPU %d: Machine Check%s: %Lx Bank %d: %016Lx" then
  // "TSC %llx " "ADDR %llx " "MISC %llx " "PPIN %llx ". MCG_STATUS/MCi_STATUS/MCi_MISC are raw MSR values
  // (register); ADDR is the host physical address of the poisoned line; PPIN is a processor serial (count).
  [
    'arch/x86/kernel/cpu/mce/core.c __print_mce (header) via dmesg (host)',
    48,
    '[ 5012.770981] mce: [Hardware Error]: CPU 12: Machine Check: 0 Bank 1: bd80000000100134',
    [
      ['CPU 12', 'count'],
      ['Check: 0', 'register'],
      ['Bank 1', 'count'],
      [': bd80000000100134', 'register'],
    ],
  ],
  [
    'arch/x86/kernel/cpu/mce/core.c __print_mce (TSC/ADDR) via dmesg (host)',
    48,
    '[ 5012.771003] mce: [Hardware Error]: TSC 3d1c6e7f8a2b ADDR 1a4c3b000 MISC 86 PPIN 3f1a2b4c5d6e7f80',
    [
      ['TSC 3d1c6e7f8a2b', 'count'],
      ['ADDR 1a4c3b000', 'hpa'],
      ['MISC 86', 'register'],
      ['PPIN 3f1a2b4c5d6e7f80', 'count'],
    ],
  ],
  // arch/x86/kvm/lapic.c limit_periodic_timer_frequency(): "kvm: vcpu %i: requested %lld ns lapic timer period
  // limited to %lld ns"
  [
    'arch/x86/kvm/lapic.c limit_periodic_timer_frequency via dmesg (host)',
    52,
    '[ 9921.330412] kvm: vcpu 1: requested 61035 ns lapic timer period limited to 200000 ns',
    [
      ['vcpu 1', 'count'],
      ['requested 61035', 'count'],
      ['to 200000', 'count'],
    ],
  ],
  // drivers/pci/setup-res.c pci_enable_resources(): "enabling device (%04x -> %04x)" (PCI command register)
  [
    'drivers/pci/setup-res.c pci_enable_resources via dmesg (guest)',
    48,
    '[    0.512201] virtio-pci 0000:00:04.0: enabling device (0000 -> 0003)',
    [
      ['(0000', 'flags'],
      ['-> 0003', 'flags'],
    ],
  ],
  // arch/x86/platform/efi/efi.c efi_remove_e820_mmio(): "Remove mem%02u: MMIO range=[0x%08llx-0x%08llx] (%lluMB)
  // from e820 map" (mem27 and 256MB are numbers inside words)
  [
    'arch/x86/platform/efi/efi.c efi_remove_e820_mmio via dmesg (TD guest)',
    52,
    '[    0.000000] efi: Remove mem27: MMIO range=[0xe0000000-0xefffffff] (256MB) from e820 map',
    [
      ['range=[0xe0000000', 'gpa'],
      ['-0xefffffff', 'gpa'],
    ],
  ],

  // ===================================================================================================
  // QEMU HMP output
  // ===================================================================================================

  // system/memory.c mtree_print_mr (info mtree), under "address-space: memory": HWADDR_FMT_plx "-" HWADDR_FMT_plx
  // " (prio %d, %s%s): %s%s" and the alias form "... alias %s @%s " HWADDR_FMT_plx "-" HWADDR_FMT_plx. The start/end
  // are absolute guest-physical addresses (base + mr->addr); the alias "@pc.ram X-Y" pair is the offset range
  // inside the pc.ram region, not a GPA (fits no kind, left out).
  [
    'qemu system/memory.c mtree_print_mr (alias below 4G) via HMP info mtree',
    48,
    '    0000000000000000-000000007fffffff (prio 0, ram): alias ram-below-4g @pc.ram 0000000000000000-000000007fffffff',
    [
      ['    0000000000000000', 'gpa'],
      ['-000000007fffffff', 'gpa'],
      ['prio 0', 'count'],
    ],
  ],
  [
    'qemu system/memory.c mtree_print_mr (alias above 4G) via HMP info mtree',
    52,
    '    0000000100000000-000000047fffffff (prio 0, ram): alias ram-above-4g @pc.ram 0000000080000000-00000003ffffffff',
    [
      ['    0000000100000000', 'gpa'],
      ['-000000047fffffff', 'gpa'],
      ['prio 0', 'count'],
    ],
  ],
  [
    'qemu system/memory.c mtree_print_mr (i/o region) via HMP info mtree',
    48,
    '    00000000fee00000-00000000feefffff (prio 4096, i/o): kvm-apic-msi',
    [
      ['    00000000fee00000', 'gpa'],
      ['-00000000feefffff', 'gpa'],
      ['prio 4096', 'count'],
    ],
  ],
  [
    'qemu system/memory.c mtree_print_mr (nested ram) via HMP info mtree',
    48,
    '      00000000fd000000-00000000fdffffff (prio 1, ram): vga.vram KVM',
    [
      ['      00000000fd000000', 'gpa'],
      ['-00000000fdffffff', 'gpa'],
      ['prio 1', 'count'],
    ],
  ],
  [
    'qemu system/memory.c mtree_print_mr (64-bit BAR) via HMP info mtree',
    52,
    '    0000380000000000-0000380000003fff (prio 1, i/o): virtio-pci',
    [
      ['    0000380000000000', 'gpa'],
      ['-0000380000003fff', 'gpa'],
      ['prio 1', 'count'],
    ],
  ],
  // same printer under "address-space: I/O": the range is an I/O-port range -> count (ports, as kvm_pio)
  [
    'qemu system/memory.c mtree_print_mr (address-space: I/O) via HMP info mtree',
    48,
    '    0000000000000cf8-0000000000000cfb (prio 0, i/o): pci-conf-idx',
    [
      ['    0000000000000cf8', 'count'],
      ['-0000000000000cfb', 'count'],
      ['prio 0', 'count'],
    ],
  ],
  // system/memory.c mtree_print_flatview (info mtree -f): "  " range " (prio %d, %s%s): %s" [" @" offset]; the
  // @offset is the offset inside pc.ram -> left out.
  [
    'qemu system/memory.c mtree_print_flatview via HMP info mtree -f',
    52,
    '  0000000100000000-000000047fffffff (prio 0, ram): pc.ram @0000000080000000 KVM',
    [
      ['  0000000100000000', 'gpa'],
      ['-000000047fffffff', 'gpa'],
      ['prio 0', 'count'],
    ],
  ],
  // hw/pci/pci-hmp-cmds.c hmp_info_pci_device (info pci): "      BAR%" PRId64 ": " then "%d bit%s memory at 0x%08"
  // PRIx64 " [0x%08" PRIx64 "]." or "I/O at 0x%04" PRIx64 " [0x%04" PRIx64 "]."; "      IRQ %d, pin %c". BAR width
  // (32/64) follows the "BARn:" label -> count; I/O BARs are port numbers -> count.
  [
    'qemu hw/pci/pci-hmp-cmds.c hmp_info_pci_device (32-bit BAR) via HMP info pci',
    48,
    '      BAR0: 32 bit memory at 0xfebd0000 [0xfebd0fff].',
    [
      ['BAR0: 32', 'count'],
      ['at 0xfebd0000', 'gpa'],
      ['[0xfebd0fff', 'gpa'],
    ],
  ],
  [
    'qemu hw/pci/pci-hmp-cmds.c hmp_info_pci_device (64-bit BAR) via HMP info pci',
    52,
    '      BAR4: 64 bit prefetchable memory at 0x380000000000 [0x380000003fff].',
    [
      ['BAR4: 64', 'count'],
      ['at 0x380000000000', 'gpa'],
      ['[0x380000003fff', 'gpa'],
    ],
  ],
  [
    'qemu hw/pci/pci-hmp-cmds.c hmp_info_pci_device (I/O BAR) via HMP info pci',
    48,
    '      BAR0: I/O at 0xc040 [0xc07f].',
    [
      ['at 0xc040', 'count'],
      ['[0xc07f', 'count'],
    ],
  ],
  ['qemu hw/pci/pci-hmp-cmds.c hmp_info_pci_device (IRQ) via HMP info pci', 48, '      IRQ 11, pin A', [['IRQ 11', 'count']]],
  // target/i386/monitor.c print_pte (info tlb): TARGET_FMT_plx ": " TARGET_FMT_plx " %c..." = canonical virtual
  // address, then pte & 0x3fffffffff000 = the guest-physical frame it maps. mem_print (info mem): start-end
  // (guest virtual) and the length.
  [
    'qemu target/i386/monitor.c print_pte via HMP info tlb',
    48,
    'ffff888100a00000: 0000000100a00000 X-PDA---W',
    [
      ['ffff888100a00000', 'gva'],
      [': 0000000100a00000', 'gpa'],
    ],
  ],
  [
    'qemu target/i386/monitor.c mem_print via HMP info mem',
    48,
    'ffff888000000000-ffff888080000000 0000000080000000 -rw',
    [
      ['ffff888000000000', 'gva'],
      ['-ffff888080000000', 'gva'],
      [' 0000000080000000', 'size'],
    ],
  ],
  // monitor/hmp-cmds-target.c memory_dump: xp prints HWADDR_FMT_plx ":" (physical), x prints TARGET_FMT_lx ":"
  // (virtual), then " 0x%0*" PRIx64 values (memory contents -> data).
  ['qemu monitor/hmp-cmds-target.c hmp_physical_memory_dump command via HMP', 48, '(qemu) xp /2gx 0x7f4c1000', [['0x7f4c1000', 'gpa']]],
  [
    'qemu monitor/hmp-cmds-target.c memory_dump (xp) via HMP',
    48,
    '000000007f4c1000: 0x0000000000000001 0x000000007f4c2067',
    [
      ['000000007f4c1000', 'gpa'],
      [': 0x0000000000000001', 'data'],
      [' 0x000000007f4c2067', 'data'],
    ],
  ],
  [
    'qemu monitor/hmp-cmds-target.c memory_dump (x) via HMP',
    52,
    'ffffffff81e00000: 0xe5894855 0x41544155',
    [
      ['ffffffff81e00000', 'gva'],
      [': 0xe5894855', 'data'],
      [' 0x41544155', 'data'],
    ],
  ],
  // monitor/hmp-cmds-target.c hmp_gpa2hva: "Host virtual address for 0x%" HWADDR_PRIx " (%s) is %p";
  // hmp_gpa2hpa: "Host physical address for 0x%" HWADDR_PRIx " (%s) is 0x%" PRIx64; hmp_gva2gpa: "gpa: %#"
  // HWADDR_PRIx; gpa2hva(): error "Memory at address 0x%" HWADDR_PRIx " is not RAM".
  [
    'qemu monitor/hmp-cmds-target.c hmp_gpa2hva via HMP',
    48,
    'Host virtual address for 0x7f4c1000 (pc.ram) is 0x7f1b7f4c1000',
    [
      ['for 0x7f4c1000', 'gpa'],
      ['is 0x7f1b7f4c1000', 'pointer'],
    ],
  ],
  [
    'qemu monitor/hmp-cmds-target.c hmp_gpa2hva (above 4G) via HMP',
    52,
    'Host virtual address for 0x180000000 (pc.ram) is 0x7f1a80000000',
    [
      ['for 0x180000000', 'gpa'],
      ['is 0x7f1a80000000', 'pointer'],
    ],
  ],
  [
    'qemu monitor/hmp-cmds-target.c hmp_gpa2hpa via HMP',
    48,
    'Host physical address for 0x7f4c1000 (pc.ram) is 0x1a4c3b000',
    [
      ['for 0x7f4c1000', 'gpa'],
      ['is 0x1a4c3b000', 'hpa'],
    ],
  ],
  ['qemu monitor/hmp-cmds-target.c hmp_gva2gpa via HMP', 48, 'gpa: 0x7f4c1234', [['gpa: 0x7f4c1234', 'gpa']]],
  ['qemu monitor/hmp-cmds-target.c gpa2hva error via HMP', 52, 'Memory at address 0xfebd1000 is not RAM', [['address 0xfebd1000', 'gpa']]],

  // ===================================================================================================
  // cloud-hypervisor (Logger in cloud-hypervisor/src/main.rs: "cloud-hypervisor: {:.6?}: <{}> {}:{}:{} -- {}")
  // ===================================================================================================

  // vmm/src/memory_manager.rs create_userspace_mapping(): info!("Creating userspace mapping: {:x} -> {:x} {:x}, slot
  // {}", guest_phys_addr, userspace_addr, memory_size, slot) -- {:x} prints bare hex. The ":1498" after the
  // file name is a source line number (not listed).
  [
    'cloud-hypervisor vmm/src/memory_manager.rs create_userspace_mapping via cloud-hypervisor log',
    48,
    'cloud-hypervisor: 5.312931ms: <vmm> INFO:vmm/src/memory_manager.rs:1498 -- Creating userspace mapping: 0 -> 7f5a40000000 c0000000, slot 0',
    [
      ['mapping: 0', 'gpa'],
      ['-> 7f5a40000000', 'pointer'],
      [' c0000000', 'size'],
      ['slot 0', 'count'],
    ],
  ],
  [
    'cloud-hypervisor vmm/src/memory_manager.rs create_userspace_mapping (above 4G) via cloud-hypervisor log',
    52,
    'cloud-hypervisor: 5.318840ms: <vmm> INFO:vmm/src/memory_manager.rs:1498 -- Creating userspace mapping: 100000000 -> 7f5980000000 340000000, slot 1',
    [
      ['mapping: 100000000', 'gpa'],
      ['-> 7f5980000000', 'pointer'],
      [' 340000000', 'size'],
      ['slot 1', 'count'],
    ],
  ],
  // vmm/src/vm.rs VmOpsHandler::mmio_write(): info!("Guest MMIO write to unregistered address 0x{:x}", gpa)
  [
    'cloud-hypervisor vmm/src/vm.rs VmOpsHandler::mmio_write via cloud-hypervisor log',
    48,
    'cloud-hypervisor: 12.004172s: <vcpu0> INFO:vmm/src/vm.rs:412 -- Guest MMIO write to unregistered address 0xfed00000',
    [['address 0xfed00000', 'gpa']],
  ],
  // pci/src/vfio_user.rs VfioUserPciDevice::move_bar(): info!("Moving BAR 0x{old_base:x} -> 0x{new_base:x}")
  [
    'cloud-hypervisor pci/src/vfio_user.rs move_bar via cloud-hypervisor log',
    52,
    'cloud-hypervisor: 3.118220s: <vmm> INFO:pci/src/vfio_user.rs:771 -- Moving BAR 0xe0000000 -> 0x380000000000',
    [
      ['BAR 0xe0000000', 'gpa'],
      ['-> 0x380000000000', 'gpa'],
    ],
  ],

  // ===================================================================================================
  // GDB
  // ===================================================================================================

  // gdb/linux-tdep.c linux_info_proc (info proc mappings) on the QEMU process: Start Addr, End Addr, Size, Offset,
  // Perms, objfile. Addresses are QEMU host virtual (pointer); Offset is a file offset (fits no kind, left out).
  [
    'gdb/linux-tdep.c linux_info_proc (info proc mappings, guest RAM memfd)',
    48,
    '      0x7f1b00000000     0x7f1c00000000 0x100000000        0x0  rw-s   /memfd:pc.ram (deleted)',
    [
      ['0x7f1b00000000', 'pointer'],
      ['0x7f1c00000000', 'pointer'],
      [' 0x100000000', 'size'],
    ],
  ],
  [
    'gdb/linux-tdep.c linux_info_proc (info proc mappings, text)',
    48,
    '      0x55d6a2e00000     0x55d6a3400000   0x600000   0x3a1000  r-xp   /usr/bin/qemu-system-x86_64',
    [
      ['0x55d6a2e00000', 'pointer'],
      ['0x55d6a3400000', 'pointer'],
      ['   0x600000', 'size'],
    ],
  ],
  // gdb/solib.c info_sharedlibrary_command: From / To columns are load addresses in the debugged process
  [
    'gdb/solib.c info_sharedlibrary_command (info sharedlibrary)',
    52,
    '0x00007ffff7fc5090  0x00007ffff7fee315  Yes         /lib64/ld-linux-x86-64.so.2',
    [
      ['0x00007ffff7fc5090', 'pointer'],
      ['0x00007ffff7fee315', 'pointer'],
    ],
  ],
  // GDB struct printing (gdb/valprint.c, gdb/c-valprint.c) of struct kvm_page_fault (arch/x86/kvm/mmu/mmu_internal.h)
  // while debugging the host KVM on a TD fault. kvm_mmu_do_page_fault() keeps the full GPA in `addr` (shared bit
  // included) but sets gfn = gpa_to_gfn(addr) & ~kvm_gfn_direct_bits(): the gfn is stripped. Booleans -> flags;
  // *_level -> count; slot/refcounted_page -> pointer; pfn -> host PFN; error_code carries PFERR_GUEST_FINAL
  // (bit 32) and, for private faults, PFERR_PRIVATE_ACCESS (bit 49).
  [
    'gdb/valprint.c struct print of kvm_page_fault (TD shared fault, GPAW 48) (host)',
    48,
    '$1 = {addr = 0x8000febd1000, error_code = 0x100000002, prefetch = 0x0, exec = 0x0, write = 0x1, present = 0x0, rsvd = 0x0, user = 0x0, is_tdp = 0x1, is_private = 0x0, nx_huge_page_workaround_enabled = 0x0, huge_page_disallowed = 0x0, max_level = 0x1, req_level = 0x1, goal_level = 0x1, gfn = 0xfebd1, slot = 0xffffc90001a3d000, mmu_seq = 0x1a2, pfn = 0x0, refcounted_page = 0x0, map_writable = 0x0, write_fault_to_shadow_pgtable = 0x0}',
    [
      ['addr = 0x8000febd1000', 'gpa'],
      ['error_code = 0x100000002', 'errorCode'],
      ['prefetch = 0x0', 'flags'],
      ['exec = 0x0', 'flags'],
      ['write = 0x1', 'flags'],
      ['present = 0x0', 'flags'],
      ['rsvd = 0x0', 'flags'],
      ['user = 0x0', 'flags'],
      ['is_tdp = 0x1', 'flags'],
      ['is_private = 0x0', 'flags'],
      ['nx_huge_page_workaround_enabled = 0x0', 'flags'],
      ['huge_page_disallowed = 0x0', 'flags'],
      ['max_level = 0x1', 'count'],
      ['req_level = 0x1', 'count'],
      ['goal_level = 0x1', 'count'],
      ['gfn = 0xfebd1', 'gfn'],
      ['slot = 0xffffc90001a3d000', 'pointer'],
      ['mmu_seq = 0x1a2', 'count'],
      ['pfn = 0x0', 'hpfn'],
      ['refcounted_page = 0x0', 'pointer'],
      ['map_writable = 0x0', 'flags'],
      ['write_fault_to_shadow_pgtable = 0x0', 'flags'],
    ],
  ],
  [
    'gdb/valprint.c struct print of kvm_page_fault (TD shared fault, GPAW 52) (host)',
    52,
    '$2 = {addr = 0x8000080a00000, error_code = 0x100000006, prefetch = 0x0, exec = 0x0, write = 0x1, present = 0x0, rsvd = 0x0, user = 0x1, is_tdp = 0x1, is_private = 0x0, nx_huge_page_workaround_enabled = 0x0, huge_page_disallowed = 0x0, max_level = 0x3, req_level = 0x1, goal_level = 0x1, gfn = 0x80a00, slot = 0xffffc90001a3e400, mmu_seq = 0x1a5, pfn = 0x112a3b, refcounted_page = 0xffffea000448a8c0, map_writable = 0x1, write_fault_to_shadow_pgtable = 0x0}',
    [
      ['addr = 0x8000080a00000', 'gpa'],
      ['error_code = 0x100000006', 'errorCode'],
      ['prefetch = 0x0', 'flags'],
      ['exec = 0x0', 'flags'],
      ['write = 0x1', 'flags'],
      ['present = 0x0', 'flags'],
      ['rsvd = 0x0', 'flags'],
      ['user = 0x1', 'flags'],
      ['is_tdp = 0x1', 'flags'],
      ['is_private = 0x0', 'flags'],
      ['nx_huge_page_workaround_enabled = 0x0', 'flags'],
      ['huge_page_disallowed = 0x0', 'flags'],
      ['max_level = 0x3', 'count'],
      ['req_level = 0x1', 'count'],
      ['goal_level = 0x1', 'count'],
      ['gfn = 0x80a00', 'gfn'],
      ['slot = 0xffffc90001a3e400', 'pointer'],
      ['mmu_seq = 0x1a5', 'count'],
      ['pfn = 0x112a3b', 'hpfn'],
      ['refcounted_page = 0xffffea000448a8c0', 'pointer'],
      ['map_writable = 0x1', 'flags'],
      ['write_fault_to_shadow_pgtable = 0x0', 'flags'],
    ],
  ],
  [
    'gdb/valprint.c struct print of kvm_page_fault (TD private fault) (host)',
    52,
    '$3 = {addr = 0x7f4c1000, error_code = 0x2000100000006, prefetch = 0x0, exec = 0x0, write = 0x1, present = 0x0, rsvd = 0x0, user = 0x1, is_tdp = 0x1, is_private = 0x1, nx_huge_page_workaround_enabled = 0x0, huge_page_disallowed = 0x0, max_level = 0x1, req_level = 0x1, goal_level = 0x1, gfn = 0x7f4c1, slot = 0xffffc90001a3d000, mmu_seq = 0x1a7, pfn = 0x1a4c3b, refcounted_page = 0xffffea0006930ec0, map_writable = 0x1, write_fault_to_shadow_pgtable = 0x0}',
    [
      ['addr = 0x7f4c1000', 'gpa'],
      ['error_code = 0x2000100000006', 'errorCode'],
      ['prefetch = 0x0', 'flags'],
      ['exec = 0x0', 'flags'],
      ['write = 0x1', 'flags'],
      ['present = 0x0', 'flags'],
      ['rsvd = 0x0', 'flags'],
      ['user = 0x1', 'flags'],
      ['is_tdp = 0x1', 'flags'],
      ['is_private = 0x1', 'flags'],
      ['nx_huge_page_workaround_enabled = 0x0', 'flags'],
      ['huge_page_disallowed = 0x0', 'flags'],
      ['max_level = 0x1', 'count'],
      ['req_level = 0x1', 'count'],
      ['goal_level = 0x1', 'count'],
      ['gfn = 0x7f4c1', 'gfn'],
      ['slot = 0xffffc90001a3d000', 'pointer'],
      ['mmu_seq = 0x1a7', 'count'],
      ['pfn = 0x1a4c3b', 'hpfn'],
      ['refcounted_page = 0xffffea0006930ec0', 'pointer'],
      ['map_writable = 0x1', 'flags'],
      ['write_fault_to_shadow_pgtable = 0x0', 'flags'],
    ],
  ],
  // the command that produced it: the argument is a host kernel stack address
  [
    'gdb print command on a host kernel pointer',
    48,
    '(gdb) p/x *(struct kvm_page_fault *) 0xffffc9000a4f7b88',
    [['0xffffc9000a4f7b88', 'pointer']],
  ],
  // GDB struct printing of struct tdp_iter (arch/x86/kvm/mmu/tdp_iter.h) walking a TD's shared EPT (GPAW 48): the
  // gfns carry the shared bit (gfn bit 35 = GPA bit 47); pt_path entries and sptep are kernel pointers; old_spte is
  // SHADOW_NONPRESENT_VALUE.
  [
    'gdb/valprint.c struct print of tdp_iter (TD shared EPT walk) (host)',
    48,
    '$4 = {next_last_level_gfn = 0x8000080a06, yielded_gfn = 0x8000080a00, pt_path = {0xffff88810c5e3000, 0xffff88810c5e4000, 0xffff88810c5e5000, 0xffff88810c5e6000, 0x0}, sptep = 0xffff88810c5e3028, gfn = 0x8000080a05, root_level = 0x4, min_level = 0x1, level = 0x1, as_id = 0x0, old_spte = 0x8000000000000000, valid = 0x1, yielded = 0x0}',
    [
      ['next_last_level_gfn = 0x8000080a06', 'gfn'],
      ['yielded_gfn = 0x8000080a00', 'gfn'],
      ['{0xffff88810c5e3000', 'pointer'],
      [', 0xffff88810c5e4000', 'pointer'],
      [', 0xffff88810c5e5000', 'pointer'],
      [', 0xffff88810c5e6000', 'pointer'],
      [', 0x0', 'pointer'],
      ['sptep = 0xffff88810c5e3028', 'pointer'],
      ['gfn = 0x8000080a05', 'gfn'],
      ['root_level = 0x4', 'count'],
      ['min_level = 0x1', 'count'],
      ['level = 0x1', 'count'],
      ['as_id = 0x0', 'count'],
      ['old_spte = 0x8000000000000000', 'spte'],
      ['valid = 0x1', 'flags'],
      ['yielded = 0x0', 'flags'],
    ],
  ],

  // ===================================================================================================
  // Source lines (languageId from the 'C source' / 'Rust source' prefix)
  // ===================================================================================================

  // arch/x86/include/asm/apicdef.h and arch/x86/kvm/ioapic.h: default LAPIC / IOAPIC bases are guest-physical
  // MMIO addresses for KVM; IOAPIC_MEM_LENGTH is a size.
  [
    'C source arch/x86/include/asm/apicdef.h APIC_DEFAULT_PHYS_BASE',
    48,
    '#define	APIC_DEFAULT_PHYS_BASE		0xfee00000',
    [['0xfee00000', 'gpa']],
  ],
  [
    'C source arch/x86/kvm/ioapic.h IOAPIC_DEFAULT_BASE_ADDRESS',
    48,
    '#define IOAPIC_DEFAULT_BASE_ADDRESS  0xfec00000',
    [['0xfec00000', 'gpa']],
  ],
  ['C source arch/x86/kvm/ioapic.h IOAPIC_MEM_LENGTH', 48, '#define IOAPIC_MEM_LENGTH            0x100', [['0x100', 'size']]],
  // arch/x86/include/asm/shared/tdx.h: TDG.VP.VMCALL status code and the MapGPA sub-function number (a leaf id)
  [
    'C source arch/x86/include/asm/shared/tdx.h TDVMCALL_STATUS_ALIGN_ERROR',
    52,
    '#define TDVMCALL_STATUS_ALIGN_ERROR	0x8000000000000002ULL',
    [['0x8000000000000002ULL', 'tdvmcallStatus']],
  ],
  ['C source arch/x86/include/asm/shared/tdx.h TDVMCALL_MAP_GPA', 48, '#define TDVMCALL_MAP_GPA		0x10001', [['0x10001', 'count']]],
  // arch/x86/kvm/vmx/tdx_errno.h: SEAMCALL completion status
  [
    'C source arch/x86/kvm/vmx/tdx_errno.h TDX_OPERAND_BUSY',
    48,
    '#define TDX_OPERAND_BUSY			0x8000020000000000ULL',
    [['0x8000020000000000ULL', 'tdxStatus']],
  ],
  // arch/x86/kvm/mmu/spte.h: the value a frozen SPTE holds
  ['C source arch/x86/kvm/mmu/spte.h FROZEN_SPTE', 48, '#define FROZEN_SPTE	(SHADOW_NONPRESENT_VALUE | 0x5a0ULL)', [['0x5a0ULL', 'spte']]],
  // arch/x86/include/uapi/asm/kvm_para.h: an MSR index
  [
    'C source arch/x86/include/uapi/asm/kvm_para.h MSR_KVM_SYSTEM_TIME_NEW',
    48,
    '#define MSR_KVM_SYSTEM_TIME_NEW 0x4b564d01',
    [['0x4b564d01', 'count']],
  ],
  // arch/x86/include/asm/vmx.h: an EPT permission bit mask
  ['C source arch/x86/include/asm/vmx.h VMX_EPT_EXECUTABLE_MASK', 48, '#define VMX_EPT_EXECUTABLE_MASK			0x4ull', [['0x4ull', 'flags']]],
  // cloud-hypervisor arch/src/x86_64/layout.rs: guest memory layout constants (GuestAddress = guest-physical) and
  // sizes; vmm/src/memory_manager.rs MEMORY_MANAGER_ACPI_SIZE.
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs MEM_32BIT_RESERVED_START',
    48,
    'pub const MEM_32BIT_RESERVED_START: GuestAddress = GuestAddress(0xc000_0000);',
    [['0xc000_0000', 'gpa']],
  ],
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs IOAPIC_START',
    48,
    'pub const IOAPIC_START: GuestAddress = GuestAddress(0xfec0_0000);',
    [['0xfec0_0000', 'gpa']],
  ],
  ['Rust source cloud-hypervisor arch/src/x86_64/layout.rs IOAPIC_SIZE', 48, 'pub const IOAPIC_SIZE: u64 = 0x20;', [['0x20', 'size']]],
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs CMDLINE_MAX_SIZE',
    52,
    'pub const CMDLINE_MAX_SIZE: usize = 0x10000;',
    [['0x10000', 'size']],
  ],
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs RAM_64BIT_START',
    52,
    'pub const RAM_64BIT_START: GuestAddress = GuestAddress(0x1_0000_0000);',
    [['0x1_0000_0000', 'gpa']],
  ],
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs SMBIOS_START',
    48,
    'pub const SMBIOS_START: u64 = 0xf0000; // First possible location per the spec.',
    [['0xf0000', 'gpa']],
  ],
  [
    'Rust source cloud-hypervisor vmm/src/memory_manager.rs MEMORY_MANAGER_ACPI_SIZE',
    48,
    'pub const MEMORY_MANAGER_ACPI_SIZE: usize = 0x18;',
    [['0x18', 'size']],
  ],
];

/** The second blind set's lines with their truth, positioned (see `corpusFromRows`). */
export function blind2Corpus(): CorpusEntry[] {
  return corpusFromRows(ROWS);
}
