// A fourth blind held-out check, written like the others (from the real sources, without reading the classifier or
// its rules). It first measured the classifier on text it was never tuned on, after the three earlier sets had shaped
// it; only then did it shape rules itself (see CHANGELOG.md). 146 lines: a host KVM WARN splat and a TD guest oops
// (register dumps, page-table dumps, call traces), guest boot lines, /proc/meminfo, QEMU HMP/QMP replies and command
// lines, libvirt XML, perf kvm stat, and C/Rust constants from KVM, QEMU, edk2 and cloud-hypervisor. Several formats
// were written from memory of the source rather than read (the helper's note); their truths are the helper's judgement.
// Measured when added: precision 0.563, recall 0.540; after the rules it shaped: 0.807 / 0.920.
import { CorpusEntry, corpusFromRows, TruthRow } from './measure';

const ROWS: TruthRow[] = [
  // ===================================================================================================
  // Host WARN splat from a TDX host (KVM_BUG_ON/WARN_ON_ONCE in arch/x86/kvm/vmx/tdx.c).
  // kernel/panic.c __warn(): "WARNING: CPU: %d PID: %d at %pS"; lib/dump_stack.c dump_stack_print_info():
  // "CPU: %d UID: %u PID: %d Comm: %.20s %s%s %s %.*s %s"; arch/x86/kernel/dumpstack.c show_ip()/show_opcodes()
  // ("RIP: %04x:%pS", "Code: ..."), arch/x86/kernel/process_64.c __show_regs() ("RSP: %04x:%016lx EFLAGS: %08lx",
  // "RAX: %016lx RBX: %016lx RCX: %016lx", "FS:  %016lx(%04x) GS:%016lx(%04x) knlGS:%016lx",
  // "CS:  %04x DS: %04x ES: %04x CR0: %016lx", "CR2: %016lx CR3: %016lx CR4: %016lx", "PKRU: %08x").
  // GPRs and selectors -> register; EFLAGS -> flags; host CR2 (host virtual) -> pointer; host CR3 -> hpa.
  // ===================================================================================================
  [
    'kernel/panic.c __warn via dmesg (TDX host)',
    48,
    '[ 2210.512334] WARNING: CPU: 21 PID: 7734 at arch/x86/kvm/vmx/tdx.c:1621 tdx_sept_set_private_spte+0x1d6/0x210 [kvm_intel]',
    [['CPU: 21', 'count']],
  ],
  [
    'kernel/module/main.c print_modules via dmesg (TDX host)',
    48,
    '[ 2210.512401] Modules linked in: kvm_intel kvm irqbypass vhost_net vhost vhost_iotlb tap tun bridge stp llc intel_rapl_msr i10nm_edac',
    [],
  ],
  [
    'lib/dump_stack.c dump_stack_print_info via dmesg (TDX host)',
    48,
    '[ 2210.512498] CPU: 21 UID: 0 PID: 7734 Comm: qemu-system-x86 Not tainted 6.16.0-rc3-tdx+ #12 PREEMPT(voluntary)',
    [
      ['CPU: 21', 'count'],
      ['UID: 0', 'count'],
    ],
  ],
  [
    'lib/dump_stack.c dump_stack_print_info (Hardware name) via dmesg (TDX host)',
    48,
    '[ 2210.512501] Hardware name: Intel Corporation ArcherCity/ArcherCity, BIOS EGSDCRB1.SYS.0105.D74.2308261933 08/26/2023',
    [],
  ],
  [
    'arch/x86/kernel/dumpstack.c show_ip via dmesg (TDX host)',
    48,
    '[ 2210.512503] RIP: 0010:tdx_sept_set_private_spte+0x1d6/0x210 [kvm_intel]',
    [['RIP: 0010', 'register']],
  ],
  [
    'arch/x86/kernel/dumpstack.c show_opcodes via dmesg (TDX host)',
    48,
    '[ 2210.512511] Code: 48 89 df e8 1b 9f ff ff 85 c0 75 c5 48 8b 45 00 <0f> 0b b8 fb ff ff ff eb b8 66 90',
    [['Code: 48', 'data']],
  ],
  [
    'arch/x86/kernel/process_64.c __show_regs (RSP/EFLAGS) via dmesg (TDX host)',
    48,
    '[ 2210.512530] RSP: 0018:ff7b3c5e8f5dfa98 EFLAGS: 00010246',
    [
      ['RSP: 0018', 'register'],
      [':ff7b3c5e8f5dfa98', 'register'],
      ['EFLAGS: 00010246', 'flags'],
    ],
  ],
  [
    'arch/x86/kernel/process_64.c __show_regs (RAX) via dmesg (TDX host)',
    48,
    '[ 2210.512533] RAX: 0000000000000000 RBX: ff1100010a4c8000 RCX: 0000000000000000',
    [
      ['RAX: 0000000000000000', 'register'],
      ['RBX: ff1100010a4c8000', 'register'],
      ['RCX: 0000000000000000', 'register'],
    ],
  ],
  [
    'arch/x86/kernel/process_64.c __show_regs (RDX) via dmesg (TDX host)',
    48,
    '[ 2210.512535] RDX: 0000000000000000 RSI: 000000008000080a RDI: ff1100010a4c8000',
    [
      ['RDX: 0000000000000000', 'register'],
      ['RSI: 000000008000080a', 'register'],
      ['RDI: ff1100010a4c8000', 'register'],
    ],
  ],
  [
    'arch/x86/kernel/process_64.c __show_regs (RBP) via dmesg (TDX host)',
    48,
    '[ 2210.512537] RBP: ff7b3c5e8f5dfad0 R08: 0000000000000000 R09: 0000000000000000',
    [
      ['RBP: ff7b3c5e8f5dfad0', 'register'],
      ['R08: 0000000000000000', 'register'],
      ['R09: 0000000000000000', 'register'],
    ],
  ],
  [
    'arch/x86/kernel/process_64.c __show_regs (R10) via dmesg (TDX host)',
    48,
    '[ 2210.512538] R10: 0000000000000000 R11: 0000000000000000 R12: 0000000000000001',
    [
      ['R10: 0000000000000000', 'register'],
      ['R11: 0000000000000000', 'register'],
      ['R12: 0000000000000001', 'register'],
    ],
  ],
  [
    'arch/x86/kernel/process_64.c __show_regs (R13) via dmesg (TDX host)',
    48,
    '[ 2210.512540] R13: 00000000000e2a3b R14: ff1100010a4c8000 R15: 0000000000000001',
    [
      ['R13: 00000000000e2a3b', 'register'],
      ['R14: ff1100010a4c8000', 'register'],
      ['R15: 0000000000000001', 'register'],
    ],
  ],
  [
    'arch/x86/kernel/process_64.c __show_regs (FS/GS) via dmesg (TDX host)',
    48,
    '[ 2210.512542] FS:  00007f1c2bfff6c0(0000) GS:ff1100407f840000(0000) knlGS:0000000000000000',
    [
      ['FS:  00007f1c2bfff6c0', 'register'],
      ['GS:ff1100407f840000', 'register'],
      ['knlGS:0000000000000000', 'register'],
    ],
  ],
  [
    'arch/x86/kernel/process_64.c __show_regs (CS/CR0) via dmesg (TDX host)',
    48,
    '[ 2210.512544] CS:  0010 DS: 0000 ES: 0000 CR0: 0000000080050033',
    [
      ['CS:  0010', 'register'],
      ['DS: 0000', 'register'],
      ['ES: 0000', 'register'],
      ['CR0: 0000000080050033', 'register'],
    ],
  ],
  [
    'arch/x86/kernel/process_64.c __show_regs (CR2/CR3/CR4) via dmesg (TDX host)',
    48,
    '[ 2210.512546] CR2: 00007f1b3c0a1000 CR3: 000000011c6a1005 CR4: 0000000000f73ef0',
    [
      ['CR2: 00007f1b3c0a1000', 'pointer'],
      ['CR3: 000000011c6a1005', 'hpa'],
      ['CR4: 0000000000f73ef0', 'register'],
    ],
  ],
  [
    'arch/x86/kernel/process_64.c __show_regs (PKRU) via dmesg (TDX host)',
    48,
    '[ 2210.512548] PKRU: 55555554',
    [['PKRU: 55555554', 'register']],
  ],
  // arch/x86/kernel/dumpstack.c printk_stack_address(): "%s %s%pBb" (" ? " for unreliable frames); no numbers besides
  // the %pS offset/length, which fit no kind.
  ['arch/x86/kernel/dumpstack.c printk_stack_address (unreliable) via dmesg (TDX host)', 48, '[ 2210.512553]  ? __warn+0x89/0x160', []],
  [
    'arch/x86/kernel/dumpstack.c printk_stack_address (unreliable, module) via dmesg (TDX host)',
    48,
    '[ 2210.512557]  ? tdx_sept_set_private_spte+0x1d6/0x210 [kvm_intel]',
    [],
  ],
  [
    'arch/x86/kernel/dumpstack.c printk_stack_address (module) via dmesg (TDX host)',
    48,
    '[ 2210.512575]  set_private_spte_present+0x6f/0xd0 [kvm]',
    [],
  ],
  [
    'arch/x86/kernel/dumpstack.c printk_stack_address (module) via dmesg (TDX host)',
    48,
    '[ 2210.512602]  tdp_mmu_map_handle_target_level+0x11c/0x3b0 [kvm]',
    [],
  ],
  [
    'arch/x86/kernel/dumpstack.c printk_stack_address (module) via dmesg (TDX host)',
    48,
    '[ 2210.512630]  kvm_tdp_mmu_map+0x3a4/0x7b0 [kvm]',
    [],
  ],
  [
    'arch/x86/kernel/dumpstack.c printk_stack_address (module) via dmesg (TDX host)',
    48,
    '[ 2210.512700]  kvm_arch_vcpu_ioctl_run+0x9d1/0x1920 [kvm]',
    [],
  ],
  // kernel/panic.c print_oops_end_marker(): "---[ end trace %016llx ]---" (trace id, always 0 now) -> count
  [
    'kernel/panic.c print_oops_end_marker via dmesg (TDX host)',
    48,
    '[ 2210.512762] ---[ end trace 0000000000000000 ]---',
    [['trace 0000000000000000', 'count']],
  ],

  // ===================================================================================================
  // Guest oops inside a TD. arch/x86/mm/fault.c show_fault_oops(): "BUG: kernel NULL pointer dereference, address:
  // %px" (guest virtual -> gva); dump_pagetable(): "PGD %lx ", "P4D %lx ", "PUD %lx ", "PMD %lx ", "PTE %lx" (guest
  // page-table entries = guest-physical frame | flag bits, read in the guest -> gpa, like a guest CR3 with flags);
  // arch/x86/kernel/dumpstack.c __die_header(): "Oops: %s: %04lx [#%d]..." -> page-fault error code;
  // arch/x86/kernel/traps.c: "general protection fault, probably for non-canonical address 0x%lx" -> gva.
  // Guest CR2 -> gva, guest CR3 -> gpa (the TD's page-table root), GPRs -> register.
  // ===================================================================================================
  [
    'arch/x86/mm/fault.c show_fault_oops (NULL deref) via dmesg (TD guest)',
    52,
    '[  412.009213] BUG: kernel NULL pointer dereference, address: 0000000000000018',
    [['address: 0000000000000018', 'gva']],
  ],
  [
    'arch/x86/mm/fault.c dump_pagetable (not present) via dmesg (TD guest)',
    52,
    '[  412.009235] PGD 0 P4D 0',
    [
      ['PGD 0', 'gpa'],
      ['P4D 0', 'gpa'],
    ],
  ],
  [
    'arch/x86/mm/fault.c dump_pagetable via dmesg (TD guest)',
    48,
    '[  518.337102] PGD 7d201067 P4D 7d201067 PUD 7d202067 PMD 10a3c5067 PTE 0',
    [
      ['PGD 7d201067', 'gpa'],
      ['P4D 7d201067', 'gpa'],
      ['PUD 7d202067', 'gpa'],
      ['PMD 10a3c5067', 'gpa'],
      ['PTE 0', 'gpa'],
    ],
  ],
  [
    'arch/x86/mm/fault.c dump_pagetable (shared page, bit 47) via dmesg (TD guest)',
    48,
    '[  602.118830] PGD 7d201067 P4D 7d201067 PUD 7d3fe067 PMD 7d3c2067 PTE 80000a3c1061',
    [
      ['PGD 7d201067', 'gpa'],
      ['P4D 7d201067', 'gpa'],
      ['PUD 7d3fe067', 'gpa'],
      ['PMD 7d3c2067', 'gpa'],
      ['PTE 80000a3c1061', 'gpa'],
    ],
  ],
  [
    'arch/x86/mm/fault.c dump_pagetable (shared page, bit 51) via dmesg (TD guest)',
    52,
    '[  602.118830] PGD 102d2e067 P4D 102d2f067 PUD 102d30067 PMD 102d31067 PTE 800000a3c1061',
    [
      ['PGD 102d2e067', 'gpa'],
      ['P4D 102d2f067', 'gpa'],
      ['PUD 102d30067', 'gpa'],
      ['PMD 102d31067', 'gpa'],
      ['PTE 800000a3c1061', 'gpa'],
    ],
  ],
  [
    'arch/x86/kernel/dumpstack.c __die_header via dmesg (TD guest)',
    52,
    '[  412.009240] Oops: Oops: 0000 [#1] PREEMPT SMP NOPTI',
    [['Oops: 0000', 'errorCode']],
  ],
  [
    'arch/x86/kernel/dumpstack.c __die_header (write) via dmesg (TD guest)',
    48,
    '[  518.337110] Oops: Oops: 0002 [#1] PREEMPT SMP NOPTI',
    [['Oops: 0002', 'errorCode']],
  ],
  [
    'arch/x86/kernel/traps.c exc_general_protection (non-canonical) via dmesg (TD guest)',
    48,
    '[  733.441902] Oops: general protection fault, probably for non-canonical address 0xdead000000000122: 0000 [#1] PREEMPT SMP NOPTI',
    [['0xdead000000000122', 'gva']],
  ],
  [
    'lib/dump_stack.c dump_stack_print_info via dmesg (TD guest)',
    52,
    '[  412.009245] CPU: 3 UID: 0 PID: 412 Comm: insmod Tainted: G           O       6.12.0-tdx-guest #1',
    [
      ['CPU: 3', 'count'],
      ['UID: 0', 'count'],
    ],
  ],
  [
    'lib/dump_stack.c dump_stack_print_info (Hardware name) via dmesg (TD guest)',
    52,
    '[  412.009248] Hardware name: QEMU Standard PC (Q35 + ICH9, 2009), BIOS unknown 02/02/2022',
    [],
  ],
  [
    'arch/x86/kernel/dumpstack.c show_ip via dmesg (TD guest)',
    52,
    '[  412.009250] RIP: 0010:tdx_test_init+0x1c/0x40 [tdx_test]',
    [['RIP: 0010', 'register']],
  ],
  [
    'arch/x86/kernel/process_64.c __show_regs (RSP/EFLAGS) via dmesg (TD guest)',
    52,
    '[  412.009262] RSP: 0018:ffffc90000a4bd58 EFLAGS: 00010282',
    [
      ['RSP: 0018', 'register'],
      [':ffffc90000a4bd58', 'register'],
      ['EFLAGS: 00010282', 'flags'],
    ],
  ],
  [
    'arch/x86/kernel/process_64.c __show_regs (RAX) via dmesg (TD guest)',
    52,
    '[  412.009265] RAX: 0000000000000000 RBX: ffff888102c5e000 RCX: 0000000000000027',
    [
      ['RAX: 0000000000000000', 'register'],
      ['RBX: ffff888102c5e000', 'register'],
      ['RCX: 0000000000000027', 'register'],
    ],
  ],
  [
    'arch/x86/kernel/process_64.c __show_regs (CR2/CR3/CR4) via dmesg (TD guest)',
    52,
    '[  412.009281] CR2: 0000000000000018 CR3: 0000000102d2e003 CR4: 0000000000771ef0',
    [
      ['CR2: 0000000000000018', 'gva'],
      ['CR3: 0000000102d2e003', 'gpa'],
      ['CR4: 0000000000771ef0', 'register'],
    ],
  ],
  [
    'arch/x86/kernel/process_64.c __show_regs (CR2/CR3/CR4) via dmesg (TD guest)',
    48,
    '[  518.337131] CR2: ffff88800a3c1000 CR3: 000000007d2c4000 CR4: 0000000000751ef0',
    [
      ['CR2: ffff88800a3c1000', 'gva'],
      ['CR3: 000000007d2c4000', 'gpa'],
      ['CR4: 0000000000751ef0', 'register'],
    ],
  ],

  // ===================================================================================================
  // TD guest boot log lines.
  // ===================================================================================================
  // mm/mm_init.c mem_init_print_info(): "Memory: %luK/%luK available (%luK kernel code, ...)" -> size (only the first
  // value follows a label word)
  [
    'mm/mm_init.c mem_init_print_info via dmesg (TD guest)',
    48,
    '[    0.352118] Memory: 3968412K/4193780K available (20480K kernel code, 3301K rwdata, 7916K rodata, 4712K init, 5488K bss, 209012K reserved, 0K cma-reserved)',
    [['Memory: 3968412K', 'size']],
  ],
  [
    'mm/mm_init.c mem_init_print_info via dmesg (TD guest)',
    52,
    '[    0.498773] Memory: 16171236K/16776676K available (22528K kernel code, 4096K rwdata, 9472K rodata, 5120K init, 6400K bss, 605180K reserved, 0K cma-reserved)',
    [['Memory: 16171236K', 'size']],
  ],
  // mm/mm_init.c free_area_init(): "Movable zone start for each node" then "  Node %d: %#018Lx" (PFN_PHYS of
  // zone_movable_pfn) -> guest-physical
  ['mm/mm_init.c free_area_init (Movable zone header) via dmesg (TD guest)', 48, '[    0.016609] Movable zone start for each node', []],
  [
    'mm/mm_init.c free_area_init (Movable zone start) via dmesg (TD guest)',
    48,
    '[    0.016610]   Node 0: 0x0000000140000000',
    [
      ['Node 0', 'count'],
      ['0x0000000140000000', 'gpa'],
    ],
  ],
  [
    'mm/mm_init.c free_area_init (Movable zone start) via dmesg (TD guest)',
    52,
    '[    0.016612]   Node 1: 0x0000000880000000',
    [
      ['Node 1', 'count'],
      ['0x0000000880000000', 'gpa'],
    ],
  ],
  // mm/mm_init.c init_unavailable_range(): "On node %d, zone %s: %lld pages in unavailable ranges" -> count, count
  [
    'mm/mm_init.c init_unavailable_range via dmesg (TD guest)',
    48,
    '[    0.017201] On node 0, zone DMA: 1 pages in unavailable ranges',
    [
      ['node 0', 'count'],
      ['DMA: 1', 'count'],
    ],
  ],
  [
    'mm/mm_init.c init_unavailable_range via dmesg (TD guest)',
    48,
    '[    0.017322] On node 0, zone DMA32: 130 pages in unavailable ranges',
    [
      ['node 0', 'count'],
      ['DMA32: 130', 'count'],
    ],
  ],
  [
    'mm/mm_init.c init_unavailable_range via dmesg (TD guest)',
    52,
    '[    0.019877] On node 0, zone Normal: 2178 pages in unavailable ranges',
    [
      ['node 0', 'count'],
      ['Normal: 2178', 'count'],
    ],
  ],
  // arch/x86/kernel/setup_percpu.c setup_per_cpu_areas(): "NR_CPUS:%d nr_cpumask_bits:%d nr_cpu_ids:%u nr_node_ids:%u"
  [
    'arch/x86/kernel/setup_percpu.c setup_per_cpu_areas via dmesg (TD guest)',
    48,
    '[    0.029871] setup_percpu: NR_CPUS:8192 nr_cpumask_bits:4 nr_cpu_ids:4 nr_node_ids:1',
    [
      ['NR_CPUS:8192', 'count'],
      ['nr_cpumask_bits:4', 'count'],
      ['nr_cpu_ids:4', 'count'],
      ['nr_node_ids:1', 'count'],
    ],
  ],
  // mm/percpu.c pcpu_embed_first_chunk(): "Embedded %zu pages/cpu s%zu r%zu d%zu u%zu" (s/r/d/u values are inside words)
  [
    'mm/percpu.c pcpu_embed_first_chunk via dmesg (TD guest)',
    48,
    '[    0.030512] percpu: Embedded 66 pages/cpu s233472 r8192 d28672 u524288',
    [['Embedded 66', 'count']],
  ],
  // mm/percpu.c pcpu_dump_alloc_info(): "%s: s%zu r%zu d%zu u%zu alloc=%zu*%zu" -> alloc=N units per allocation (count)
  [
    'mm/percpu.c pcpu_dump_alloc_info via dmesg (TD guest)',
    48,
    '[    0.030519] pcpu-alloc: s233472 r8192 d28672 u524288 alloc=1*2097152',
    [['alloc=1', 'count']],
  ],
  // init/main.c start_kernel(): "Kernel command line: %s"; memmap=nn$ss reserves [ss, ss+nn) (size, guest-physical
  // start), memmap=nn!ss marks persistent memory; mem= is a size; swiotlb= is a slab count; nr_cpus= a count
  [
    'init/main.c start_kernel (Kernel command line) via dmesg (TD guest)',
    48,
    '[    0.031002] Kernel command line: BOOT_IMAGE=/vmlinuz-6.12.0 root=/dev/vda1 ro console=hvc0 mem=8G memmap=0x10000000$0x180000000 swiotlb=65536 nr_cpus=4',
    [
      ['mem=8G', 'size'],
      ['memmap=0x10000000', 'size'],
      ['$0x180000000', 'gpa'],
      ['swiotlb=65536', 'count'],
      ['nr_cpus=4', 'count'],
    ],
  ],
  [
    'init/main.c start_kernel (Kernel command line) via dmesg (TD guest)',
    52,
    '[    0.028815] Kernel command line: console=ttyS0 root=/dev/vda2 memmap=0x80000000!0x100000000 crashkernel=512M',
    [
      ['memmap=0x80000000', 'size'],
      ['!0x100000000', 'gpa'],
      ['crashkernel=512M', 'size'],
    ],
  ],
  // drivers/block/virtio_blk.c virtblk_update_capacity(): "[%s] %s%llu %d-byte logical blocks (%s/%s)" -> block count
  [
    'drivers/block/virtio_blk.c virtblk_update_capacity via dmesg (TD guest)',
    48,
    '[    1.204117] virtio_blk virtio1: [vda] 41943040 512-byte logical blocks (21.5 GB/20.0 GiB)',
    [['[vda] 41943040', 'count']],
  ],
  // drivers/pci/probe.c pci_setup_device(): "[%04x:%04x] type %02x class %#08x %s" -> header type, class code (count)
  [
    'drivers/pci/probe.c pci_setup_device via dmesg (TD guest)',
    48,
    '[    0.398011] pci 0000:00:03.0: [1af4:1041] type 00 class 0x020000 PCIe Endpoint',
    [
      ['type 00', 'count'],
      ['class 0x020000', 'count'],
    ],
  ],
  // drivers/pci/setup-res.c pci_assign_resource(): "%s %pR: assigned" -> BAR index, guest-physical range
  [
    'drivers/pci/setup-res.c pci_assign_resource via dmesg (TD guest)',
    48,
    '[    0.411902] pci 0000:00:03.0: BAR 4 [mem 0x380000000000-0x380000003fff 64bit pref]: assigned',
    [
      ['BAR 4', 'count'],
      ['0x380000000000', 'gpa'],
      ['0x380000003fff', 'gpa'],
    ],
  ],
  [
    'drivers/pci/setup-res.c pci_assign_resource via dmesg (TD guest)',
    52,
    '[    0.412014] pci 0000:00:04.0: BAR 1 [mem 0xc1041000-0xc1041fff]: assigned',
    [
      ['BAR 1', 'count'],
      ['0xc1041000', 'gpa'],
      ['0xc1041fff', 'gpa'],
    ],
  ],
  // mm/page_alloc.c free_reserved_area(): "Freeing %s memory: %ldK" -> size
  [
    'mm/page_alloc.c free_reserved_area via dmesg (TD guest)',
    48,
    '[    2.117730] Freeing unused kernel image (initmem) memory: 4712K',
    [['memory: 4712K', 'size']],
  ],
  // arch/x86/mm/init_64.c mark_rodata_ro(): "Write protecting the kernel read-only data: %luk" -> size
  [
    'arch/x86/mm/init_64.c mark_rodata_ro via dmesg (TD guest)',
    48,
    '[    2.118402] Write protecting the kernel read-only data: 30720k',
    [['data: 30720k', 'size']],
  ],
  // arch/x86/mm/init_64.c probe_memory_block_size(): "x86/mm: Memory block size: %ldMB" -> size
  [
    'arch/x86/mm/init_64.c probe_memory_block_size via dmesg (TD guest)',
    52,
    '[    0.301871] x86/mm: Memory block size: 128MB',
    [['size: 128MB', 'size']],
  ],
  // mm/mm_init.c alloc_large_system_hash(): "%s hash table entries: %ld (order: %d, %lu bytes, %s)" -> count, count
  [
    'mm/mm_init.c alloc_large_system_hash via dmesg (TD guest)',
    48,
    '[    0.032110] Dentry cache hash table entries: 1048576 (order: 11, 8388608 bytes, linear)',
    [
      ['entries: 1048576', 'count'],
      ['order: 11', 'count'],
    ],
  ],
  // mm/page_alloc.c build_all_zonelists(): "Built %u zonelists, mobility grouping %s.  Total pages: %ld" -> count
  [
    'mm/page_alloc.c build_all_zonelists via dmesg (TD guest)',
    48,
    '[    0.031207] Built 1 zonelists, mobility grouping on.  Total pages: 2064199',
    [['pages: 2064199', 'count']],
  ],

  // fs/proc/meminfo.c meminfo_proc_show() via /proc/meminfo in a TD guest: show_val_kb() "%s%8lu kB" -> size;
  // HugePages_Total is a page count.
  [
    'fs/proc/meminfo.c meminfo_proc_show (MemTotal) via /proc/meminfo (TD guest)',
    48,
    'MemTotal:        8122304 kB',
    [['MemTotal:        8122304', 'size']],
  ],
  [
    'fs/proc/meminfo.c meminfo_proc_show (Unaccepted) via /proc/meminfo (TD guest)',
    48,
    'Unaccepted:      6291456 kB',
    [['Unaccepted:      6291456', 'size']],
  ],
  [
    'fs/proc/meminfo.c meminfo_proc_show (Unaccepted) via /proc/meminfo (TD guest)',
    52,
    'Unaccepted:     14680064 kB',
    [['Unaccepted:     14680064', 'size']],
  ],
  [
    'fs/proc/meminfo.c meminfo_proc_show (Hugepagesize) via /proc/meminfo (TD guest)',
    48,
    'Hugepagesize:       2048 kB',
    [['Hugepagesize:       2048', 'size']],
  ],
  [
    'fs/proc/meminfo.c meminfo_proc_show (DirectMap2M) via /proc/meminfo (TD guest)',
    48,
    'DirectMap2M:     6166528 kB',
    [['DirectMap2M:     6166528', 'size']],
  ],
  [
    'fs/proc/meminfo.c hugetlb_report_meminfo (HugePages_Total) via /proc/meminfo (TD guest)',
    48,
    'HugePages_Total:       0',
    [['HugePages_Total:       0', 'count']],
  ],
  // mm/vmstat.c vmstat_show(): "%s %lu" for NR_UNACCEPTED ("nr_unaccepted") -> page count
  [
    'mm/vmstat.c vmstat_show (nr_unaccepted) via /proc/vmstat (TD guest)',
    48,
    'nr_unaccepted 1572864',
    [['nr_unaccepted 1572864', 'count']],
  ],

  // ===================================================================================================
  // QEMU trace-events not covered before (-d trace / log backend "pid@sec.usec:event ...").
  // system/trace-events ram_block_discard_range: "%s@%p + 0x%zx: madvise: %d fallocate: %d ret: %d"
  // (host_startaddr = rb->host + start -> pointer; length -> size; madvise/fallocate booleans and ret left out)
  // ===================================================================================================
  [
    'qemu system/trace-events ram_block_discard_range via -d trace log backend',
    48,
    '7731@1710412004.771001:ram_block_discard_range pc.ram@0x7f1b40000000 + 0x200000: madvise: 0 fallocate: 1 ret: 0',
    [
      ['@0x7f1b40000000', 'pointer'],
      ['+ 0x200000', 'size'],
    ],
  ],
  [
    'qemu system/trace-events ram_block_discard_range via -d trace log backend',
    52,
    '7731@1710412010.118320:ram_block_discard_range pc.ram@0x7f1a7f4c1000 + 0x1000: madvise: 1 fallocate: 0 ret: 0',
    [
      ['@0x7f1a7f4c1000', 'pointer'],
      ['+ 0x1000', 'size'],
    ],
  ],
  // system/trace-events qemu_ram_alloc_shared: "%s size %zu max_size %zu fd %d host %p"
  [
    'qemu system/trace-events qemu_ram_alloc_shared via -d trace log backend',
    48,
    '7731@1710411748.021554:qemu_ram_alloc_shared pc.ram size 8589934592 max_size 8589934592 fd 23 host 0x7f1a40000000',
    [
      ['size 8589934592', 'size'],
      ['max_size 8589934592', 'size'],
      ['fd 23', 'count'],
      ['host 0x7f1a40000000', 'pointer'],
    ],
  ],
  // accel/kvm/trace-events kvm_dirty_ring_page: "vcpu %d fetch %"PRIu32" offset 0x%"PRIx64 (fetch = slot, offset =
  // page index within the memslot, not a gfn) -> count, count, count
  [
    'qemu accel/kvm/trace-events kvm_dirty_ring_page via -d trace log backend',
    48,
    '7735@1710412311.220101:kvm_dirty_ring_page vcpu 2 fetch 3 offset 0x7f4c1',
    [
      ['vcpu 2', 'count'],
      ['fetch 3', 'count'],
      ['offset 0x7f4c1', 'count'],
    ],
  ],
  // accel/kvm/trace-events kvm_dirty_ring_reap: "reaped %"PRIu64" pages (took %"PRIi64" us)" (duration left out)
  [
    'qemu accel/kvm/trace-events kvm_dirty_ring_reap via -d trace log backend',
    48,
    '7736@1710412311.221870:kvm_dirty_ring_reap reaped 1024 pages (took 118 us)',
    [['reaped 1024', 'count']],
  ],
  // accel/kvm/trace-events kvm_dirty_ring_full: "vcpu %d"
  [
    'qemu accel/kvm/trace-events kvm_dirty_ring_full via -d trace log backend',
    48,
    '7735@1710412311.219877:kvm_dirty_ring_full vcpu 3',
    [['vcpu 3', 'count']],
  ],
  // accel/kvm/trace-events kvm_create_vcpu: "index: %d, id: %lu, kvm fd: %d"
  [
    'qemu accel/kvm/trace-events kvm_create_vcpu via -d trace log backend',
    48,
    '7731@1710411748.330210:kvm_create_vcpu index: 1, id: 1, kvm fd: 31',
    [
      ['index: 1', 'count'],
      ['id: 1', 'count'],
      ['fd: 31', 'count'],
    ],
  ],
  // accel/kvm/trace-events kvm_init_vcpu: "index: %d id: %lu"
  [
    'qemu accel/kvm/trace-events kvm_init_vcpu via -d trace log backend',
    52,
    '7731@1710411748.330118:kvm_init_vcpu index: 0 id: 0',
    [
      ['index: 0', 'count'],
      ['id: 0', 'count'],
    ],
  ],
  // accel/kvm/trace-events kvm_irqchip_release_virq: "virq %d"; kvm_resample_fd_notify: "gsi %d"
  [
    'qemu accel/kvm/trace-events kvm_irqchip_release_virq via -d trace log backend',
    48,
    '7731@1710412552.004117:kvm_irqchip_release_virq virq 24',
    [['virq 24', 'count']],
  ],
  [
    'qemu accel/kvm/trace-events kvm_resample_fd_notify via -d trace log backend',
    48,
    '7731@1710412552.118402:kvm_resample_fd_notify gsi 11',
    [['gsi 11', 'count']],
  ],
  // accel/kvm/trace-events kvm_device_ioctl: "dev fd %d, type 0x%x, arg %p" -> count, count (ioctl number), pointer
  [
    'qemu accel/kvm/trace-events kvm_device_ioctl via -d trace log backend',
    48,
    '7731@1710411748.402231:kvm_device_ioctl dev fd 19, type 0x4018aee1, arg 0x7ffd2a4c1e30',
    [
      ['fd 19', 'count'],
      ['type 0x4018aee1', 'count'],
      ['arg 0x7ffd2a4c1e30', 'pointer'],
    ],
  ],
  // accel/kvm/trace-events kvm_ioctl: "type 0x%x, arg %p"
  [
    'qemu accel/kvm/trace-events kvm_ioctl via -d trace log backend',
    48,
    '7731@1710411748.300017:kvm_ioctl type 0xae01, arg 0x5',
    [
      ['type 0xae01', 'count'],
      ['arg 0x5', 'count'],
    ],
  ],

  // ===================================================================================================
  // QEMU HMP / QMP on a TD's memory devices. hw/core/machine-hmp-cmds.c hmp_info_memory_devices():
  // "  addr: 0x%" PRIx64 (guest-physical base), "  slot: %" PRId64, "  node: %" PRId64, "  size: %" PRIu64; for
  // virtio-mem "  memaddr: 0x%" PRIx64, "  requested-size: %" PRIu64, "  block-size: %" PRIu64.
  // ===================================================================================================
  ['qemu hw/core/machine-hmp-cmds.c hmp_info_memory_devices (addr) via HMP', 48, '  addr: 0x180000000', [['addr: 0x180000000', 'gpa']]],
  ['qemu hw/core/machine-hmp-cmds.c hmp_info_memory_devices (slot) via HMP', 48, '  slot: 0', [['slot: 0', 'count']]],
  ['qemu hw/core/machine-hmp-cmds.c hmp_info_memory_devices (node) via HMP', 48, '  node: 0', [['node: 0', 'count']]],
  ['qemu hw/core/machine-hmp-cmds.c hmp_info_memory_devices (size) via HMP', 48, '  size: 1073741824', [['size: 1073741824', 'size']]],
  [
    'qemu hw/core/machine-hmp-cmds.c hmp_info_memory_devices (virtio-mem memaddr) via HMP',
    52,
    '  memaddr: 0x480000000',
    [['memaddr: 0x480000000', 'gpa']],
  ],
  [
    'qemu hw/core/machine-hmp-cmds.c hmp_info_memory_devices (virtio-mem requested-size) via HMP',
    52,
    '  requested-size: 2147483648',
    [['requested-size: 2147483648', 'size']],
  ],
  [
    'qemu hw/core/machine-hmp-cmds.c hmp_info_memory_devices (virtio-mem block-size) via HMP',
    52,
    '  block-size: 2097152',
    [['block-size: 2097152', 'size']],
  ],
  // hw/core/machine-hmp-cmds.c hmp_info_numa(): "node %d size: %" PRId64 " MB" -> count, size
  [
    'qemu hw/core/machine-hmp-cmds.c hmp_info_numa via HMP',
    48,
    'node 0 size: 4096 MB',
    [
      ['node 0', 'count'],
      ['size: 4096', 'size'],
    ],
  ],
  [
    'qemu hw/core/machine-hmp-cmds.c hmp_info_numa (plugged) via HMP',
    48,
    'node 1 plugged: 1024 MB',
    [
      ['node 1', 'count'],
      ['plugged: 1024', 'size'],
    ],
  ],
  // hw/virtio/virtio-balloon.c / monitor hmp_info_balloon(): "balloon: actual=%" PRId64 (MiB) -> size
  ['qemu monitor/hmp-cmds.c hmp_info_balloon via HMP', 48, 'balloon: actual=8192', [['actual=8192', 'size']]],
  // QMP query-memory-devices / query-memory-size-summary replies (qapi/machine.json PCDIMMDeviceInfo: addr, size,
  // slot, node; MemoryInfo: base-memory, plugged-memory). JSON numbers are decimal; "addr" is the guest-physical base.
  [
    'qemu qapi/machine.json query-memory-devices via QMP reply',
    48,
    '{"return": [{"type": "dimm", "data": {"memdev": "/objects/memdimm0", "hotplugged": false, "addr": 6442450944, "hotpluggable": true, "size": 1073741824, "slot": 0, "node": 0, "id": "dimm0"}}]}',
    [
      ['"addr": 6442450944', 'gpa'],
      ['"size": 1073741824', 'size'],
      ['"slot": 0', 'count'],
      ['"node": 0', 'count'],
    ],
  ],
  [
    'qemu qapi/machine.json query-memory-size-summary via QMP reply',
    48,
    '{"return": {"base-memory": 8589934592, "plugged-memory": 1073741824}}',
    [
      ['"base-memory": 8589934592', 'size'],
      ['"plugged-memory": 1073741824', 'size'],
    ],
  ],

  // ===================================================================================================
  // QEMU command lines (as libvirt writes them into /var/log/libvirt/qemu/<td>.log, and by hand).
  // -m size=…k,slots=,maxmem=; memory-backend size (bytes); pc-dimm addr (guest-physical, decimal in JSON or hex);
  // -smp topology counts; tdx-guest "attributes" (TD ATTRIBUTES bits, 0x10000000 = SEPT_VE_DISABLE) -> flags;
  // PCI "addr" of -device is a slot/function number -> count; fw_cfg X-PciMmio64Mb is a size in MiB.
  // ===================================================================================================
  [
    'qemu softmmu/vl.c -m option (libvirt qemu log)',
    48,
    '-m size=8388608k,slots=4,maxmem=33554432k \\',
    [
      ['size=8388608k', 'size'],
      ['slots=4', 'count'],
      ['maxmem=33554432k', 'size'],
    ],
  ],
  [
    'qemu backends/hostmem-memfd.c -object memory-backend-memfd (libvirt qemu log)',
    48,
    '-object {"qom-type":"memory-backend-memfd","id":"pc.ram","share":true,"x-use-canonical-path-for-ramblock-id":false,"size":8589934592} \\',
    [['"size":8589934592', 'size']],
  ],
  [
    'qemu hw/mem/pc-dimm.c -device pc-dimm JSON (libvirt qemu log)',
    48,
    '-device {"driver":"pc-dimm","node":0,"memdev":"memdimm0","id":"dimm0","slot":0,"addr":6442450944} \\',
    [
      ['"node":0', 'count'],
      ['"slot":0', 'count'],
      ['"addr":6442450944', 'gpa'],
    ],
  ],
  [
    'qemu hw/mem/pc-dimm.c -device pc-dimm (hand-written command line)',
    52,
    '-device pc-dimm,id=dimm1,memdev=mem1,slot=1,addr=0x280000000 \\',
    [
      ['slot=1', 'count'],
      ['addr=0x280000000', 'gpa'],
    ],
  ],
  [
    'qemu softmmu/vl.c -smp option (libvirt qemu log)',
    48,
    '-smp 4,sockets=1,dies=1,cores=4,threads=1 \\',
    [
      ['smp 4', 'count'],
      ['sockets=1', 'count'],
      ['dies=1', 'count'],
      ['cores=4', 'count'],
      ['threads=1', 'count'],
    ],
  ],
  [
    'qemu qapi/qom.json TdxGuestProperties -object tdx-guest (hand-written command line)',
    48,
    '-object {"qom-type":"tdx-guest","id":"tdx0","attributes":268435456,"quote-generation-socket":{"type":"vsock","cid":"2","port":"4050"}} \\',
    [['"attributes":268435456', 'flags']],
  ],
  [
    'qemu hw/virtio/vhost-vsock.c -device vhost-vsock-pci (libvirt qemu log)',
    48,
    '-device {"driver":"vhost-vsock-pci","id":"vsock0","guest-cid":3,"vhostfd":"27","bus":"pci.6","addr":"0x0"} \\',
    [
      ['"guest-cid":3', 'count'],
      ['"addr":"0x0', 'count'],
    ],
  ],
  [
    'qemu hw/block/virtio-blk.c -device virtio-blk-pci (libvirt qemu log)',
    48,
    '-device {"driver":"virtio-blk-pci","bus":"pci.3","addr":"0x0","drive":"libvirt-1-format","id":"virtio-disk0","bootindex":1} \\',
    [
      ['"addr":"0x0', 'count'],
      ['"bootindex":1', 'count'],
    ],
  ],
  [
    'qemu hw/nvram/fw_cfg.c -fw_cfg X-PciMmio64Mb (hand-written command line)',
    52,
    '-fw_cfg name=opt/ovmf/X-PciMmio64Mb,string=262144 \\',
    [['string=262144', 'size']],
  ],

  // ===================================================================================================
  // virsh dumpxml of a TD (libvirt docs/formatdomain.rst: <memory unit>, <maxMemory slots>, <address type='pci'>,
  // <address type='dimm' slot base>, <target><size>, <numa><cell id cpus memory>, <hugepages><page size>,
  // <launchSecurity type='tdx'><policy> (TD attributes -> flags)).
  // ===================================================================================================
  ['libvirt formatdomain <memory> via virsh dumpxml', 48, "  <memory unit='KiB'>8388608</memory>", [["'KiB'>8388608", 'size']]],
  [
    'libvirt formatdomain <maxMemory> via virsh dumpxml',
    48,
    "  <maxMemory slots='16' unit='KiB'>33554432</maxMemory>",
    [
      ["slots='16", 'count'],
      ["'KiB'>33554432", 'size'],
    ],
  ],
  [
    'libvirt formatdomain <address type=pci> via virsh dumpxml',
    48,
    "      <address type='pci' domain='0x0000' bus='0x05' slot='0x00' function='0x0'/>",
    [
      ["domain='0x0000", 'count'],
      ["bus='0x05", 'count'],
      ["slot='0x00", 'count'],
      ["function='0x0", 'count'],
    ],
  ],
  [
    'libvirt formatdomain <address type=dimm> via virsh dumpxml',
    48,
    "      <address type='dimm' slot='0' base='0x180000000'/>",
    [
      ["slot='0", 'count'],
      ["base='0x180000000", 'gpa'],
    ],
  ],
  [
    'libvirt formatdomain <address type=dimm> via virsh dumpxml',
    52,
    "      <address type='dimm' slot='1' base='0x1000000000'/>",
    [
      ["slot='1", 'count'],
      ["base='0x1000000000", 'gpa'],
    ],
  ],
  [
    'libvirt formatdomain memory device <target><size> via virsh dumpxml',
    48,
    "        <size unit='KiB'>1048576</size>",
    [["'KiB'>1048576", 'size']],
  ],
  [
    'libvirt formatdomain <numa><cell> via virsh dumpxml',
    48,
    "      <cell id='0' cpus='0-3' memory='4194304' unit='KiB'/>",
    [
      ["id='0", 'count'],
      ["cpus='0", 'count'],
      ['-3', 'count'],
      ["memory='4194304", 'size'],
    ],
  ],
  ['libvirt formatdomain <hugepages><page> via virsh dumpxml', 48, "      <page size='2048' unit='KiB'/>", [["size='2048", 'size']]],
  [
    'libvirt formatdomain <launchSecurity type=tdx><policy> via virsh dumpxml',
    48,
    '    <policy>0x10000000</policy>',
    [['0x10000000', 'flags']],
  ],

  // ===================================================================================================
  // tools/perf/builtin-kvm.c print_result() (perf kvm stat report): "Analyze events for ... VCPU %d:" and
  // "Total Samples:%d, Total events handled time:%.2fus." -> count (the handled time is a duration, left out).
  // ===================================================================================================
  [
    'tools/perf/builtin-kvm.c print_result (VCPU) via perf kvm stat report',
    48,
    'Analyze events for pid(s) 7731, VCPU 2:',
    [['VCPU 2', 'count']],
  ],
  [
    'tools/perf/builtin-kvm.c print_result (Total Samples) via perf kvm stat report',
    48,
    'Total Samples:247612, Total events handled time:1253912.44us.',
    [['Samples:247612', 'count']],
  ],

  // ===================================================================================================
  // Rust source: cloud-hypervisor arch/src/x86_64/layout.rs (guest memory layout constants -> gpa; sizes -> size)
  // ===================================================================================================
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs LOW_RAM_START',
    48,
    'pub const LOW_RAM_START: GuestAddress = GuestAddress(0x0);',
    [['GuestAddress(0x0', 'gpa']],
  ],
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs BOOT_GDT_START',
    48,
    'pub const BOOT_GDT_START: GuestAddress = GuestAddress(0x500);',
    [['GuestAddress(0x500', 'gpa']],
  ],
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs BOOT_IDT_START',
    48,
    'pub const BOOT_IDT_START: GuestAddress = GuestAddress(0x520);',
    [['GuestAddress(0x520', 'gpa']],
  ],
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs PVH_INFO_START',
    48,
    'pub const PVH_INFO_START: GuestAddress = GuestAddress(0x6000);',
    [['GuestAddress(0x6000', 'gpa']],
  ],
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs MODLIST_START',
    48,
    'pub const MODLIST_START: GuestAddress = GuestAddress(0x6040);',
    [['GuestAddress(0x6040', 'gpa']],
  ],
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs ZERO_PAGE_START',
    48,
    'pub const ZERO_PAGE_START: GuestAddress = GuestAddress(0x7000);',
    [['GuestAddress(0x7000', 'gpa']],
  ],
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs BOOT_STACK_POINTER',
    48,
    'pub const BOOT_STACK_POINTER: GuestAddress = GuestAddress(0x8ff0);',
    [['GuestAddress(0x8ff0', 'gpa']],
  ],
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs PML4_START',
    48,
    'pub const PML4_START: GuestAddress = GuestAddress(0xa000);',
    [['GuestAddress(0xa000', 'gpa']],
  ],
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs CMDLINE_START',
    48,
    'pub const CMDLINE_START: GuestAddress = GuestAddress(0x20000);',
    [['GuestAddress(0x20000', 'gpa']],
  ],
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs MPTABLE_START',
    48,
    'pub const MPTABLE_START: GuestAddress = GuestAddress(0x9fc00);',
    [['GuestAddress(0x9fc00', 'gpa']],
  ],
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs EBDA_START',
    48,
    'pub const EBDA_START: GuestAddress = GuestAddress(0xa0000);',
    [['GuestAddress(0xa0000', 'gpa']],
  ],
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs HIGH_RAM_START',
    48,
    'pub const HIGH_RAM_START: GuestAddress = GuestAddress(0x100000);',
    [['GuestAddress(0x100000', 'gpa']],
  ],
  [
    'Rust source cloud-hypervisor arch/src/x86_64/layout.rs APIC_START',
    52,
    'pub const APIC_START: GuestAddress = GuestAddress(0xfee0_0000);',
    [['GuestAddress(0xfee0_0000', 'gpa']],
  ],

  // ===================================================================================================
  // C source: KVM/TDX and QEMU constants.
  // arch/x86/kvm/vmx/tdx.c: TDX_SEAMCALL_RETRIES (count), CPUID leaf check (count), guest phys-addr-bits 0xff (count)
  // ===================================================================================================
  [
    'C source arch/x86/kvm/vmx/tdx.c TDX_SEAMCALL_RETRIES',
    48,
    '#define TDX_SEAMCALL_RETRIES 10000',
    [['TDX_SEAMCALL_RETRIES 10000', 'count']],
  ],
  ['C source arch/x86/kvm/vmx/tdx.c td_init_cpuid_entry2', 48, '\tif (entry->function == 0x80000008)', [['0x80000008', 'count']]],
  [
    'C source arch/x86/kvm/vmx/tdx.c td_init_cpuid_entry2',
    48,
    '\t\tentry->eax = tdx_set_guest_phys_addr_bits(entry->eax, 0xff);',
    [['0xff', 'count']],
  ],
  // arch/x86/kvm/vmx/tdx_errno.h status codes -> tdxStatus; TDX_SEAMCALL_STATUS_MASK is a mask -> flags
  [
    'C source arch/x86/kvm/vmx/tdx_errno.h TDX_NON_RECOVERABLE_VCPU',
    48,
    '#define TDX_NON_RECOVERABLE_VCPU\t\t0x4000000100000000ULL',
    [['0x4000000100000000ULL', 'tdxStatus']],
  ],
  [
    'C source arch/x86/kvm/vmx/tdx_errno.h TDX_INTERRUPTED_RESUMABLE',
    48,
    '#define TDX_INTERRUPTED_RESUMABLE\t\t0x8000000300000000ULL',
    [['0x8000000300000000ULL', 'tdxStatus']],
  ],
  [
    'C source arch/x86/kvm/vmx/tdx_errno.h TDX_EPT_WALK_FAILED',
    48,
    '#define TDX_EPT_WALK_FAILED\t\t\t0xC0000B0000000000ULL',
    [['0xC0000B0000000000ULL', 'tdxStatus']],
  ],
  [
    'C source arch/x86/kvm/vmx/tdx_errno.h TDX_SEAMCALL_STATUS_MASK',
    48,
    '#define TDX_SEAMCALL_STATUS_MASK\t\t0xFFFFFFFF00000000ULL',
    [['0xFFFFFFFF00000000ULL', 'flags']],
  ],
  // arch/x86/include/asm/shared/tdx.h: TDCALL leaf numbers -> count; TDVMCALL status -> tdvmcallStatus
  ['C source arch/x86/include/asm/shared/tdx.h TDG_MR_REPORT', 48, '#define TDG_MR_REPORT\t\t\t4', [['TDG_MR_REPORT\t\t\t4', 'count']]],
  [
    'C source arch/x86/include/asm/shared/tdx.h TDG_MEM_PAGE_ACCEPT',
    48,
    '#define TDG_MEM_PAGE_ACCEPT\t\t6',
    [['TDG_MEM_PAGE_ACCEPT\t\t6', 'count']],
  ],
  [
    'C source arch/x86/include/asm/shared/tdx.h TDG_VP_VMCALL_GET_QUOTE',
    48,
    '#define TDVMCALL_GET_QUOTE\t\t0x10002',
    [['0x10002', 'count']],
  ],
  [
    'C source arch/x86/include/asm/shared/tdx.h TDVMCALL_STATUS_RETRY',
    48,
    '#define TDVMCALL_STATUS_RETRY\t\t0x0000000000000001ULL',
    [['0x0000000000000001ULL', 'tdvmcallStatus']],
  ],
  [
    'C source arch/x86/include/asm/shared/tdx.h TDVMCALL_STATUS_INVALID_OPERAND',
    48,
    '#define TDVMCALL_STATUS_INVALID_OPERAND\t0x8000000000000000ULL',
    [['0x8000000000000000ULL', 'tdvmcallStatus']],
  ],
  // arch/x86/include/asm/kvm_host.h limits -> count
  ['C source arch/x86/include/asm/kvm_host.h KVM_MAX_VCPUS', 48, '#define KVM_MAX_VCPUS 4096', [['KVM_MAX_VCPUS 4096', 'count']]],
  [
    'C source arch/x86/include/asm/kvm_host.h KVM_PRIVATE_MEM_SLOTS',
    48,
    '#define KVM_PRIVATE_MEM_SLOTS 3',
    [['KVM_PRIVATE_MEM_SLOTS 3', 'count']],
  ],
  ['C source arch/x86/kvm/x86.c KVM_MAX_MCE_BANKS', 48, '#define KVM_MAX_MCE_BANKS 32', [['KVM_MAX_MCE_BANKS 32', 'count']]],
  // qemu include/hw/i386/tdvf.h / hw/i386/tdvf.c: TDVF metadata signature (data) and section types (count)
  [
    'C source qemu hw/i386/tdvf.c TDVF_SIGNATURE',
    48,
    '#define TDVF_SIGNATURE                  0x46564454 /* TDVF as little endian */',
    [['0x46564454', 'data']],
  ],
  [
    'C source qemu include/hw/i386/tdvf.h TDVF_SECTION_TYPE_TD_HOB',
    48,
    '#define TDVF_SECTION_TYPE_TD_HOB        2',
    [['TDVF_SECTION_TYPE_TD_HOB        2', 'count']],
  ],
  // qemu hw/i386/pc.c option-ROM window (guest-physical ISA addresses) -> gpa
  ['C source qemu hw/i386/pc.c PC_ROM_MIN_VGA', 48, '#define PC_ROM_MIN_VGA     0xc0000', [['0xc0000', 'gpa']]],
  ['C source qemu hw/i386/pc.c PC_ROM_MIN_OPTION', 48, '#define PC_ROM_MIN_OPTION  0xc8000', [['0xc8000', 'gpa']]],
  ['C source qemu hw/i386/pc.c PC_ROM_MAX', 48, '#define PC_ROM_MAX         0xe0000', [['0xe0000', 'gpa']]],
  // edk2 MdePkg/Include/IndustryStandard/Tdx.h: TDCALL / TDVMCALL leaf numbers -> count
  [
    'C source edk2 MdePkg/Include/IndustryStandard/Tdx.h TDCALL_TDACCEPTPAGE',
    48,
    '#define TDCALL_TDACCEPTPAGE  6',
    [['TDCALL_TDACCEPTPAGE  6', 'count']],
  ],
  ['C source edk2 MdePkg/Include/IndustryStandard/Tdx.h TDVMCALL_MAPGPA', 48, '#define TDVMCALL_MAPGPA    0x10001', [['0x10001', 'count']]],
];

/** The fourth blind set's lines with their truth, positioned (see `corpusFromRows`). */
export function blind4Corpus(): CorpusEntry[] {
  return corpusFromRows(ROWS);
}
