// A fifth blind held-out check, written like the earlier ones by a helper session WITHOUT reading the classifier,
// its rules, its tests or its corpus: every line was built from a format string read in the real sources (torvalds/linux,
// qemu/qemu, cloud-hypervisor/cloud-hypervisor, rust-vmm/vm-memory, GDB/LLDB output seen in public pastes), or, where a
// group comment says so, written from memory of the source. It covers formats the earlier sets do not: TDX host
// module bring-up (virt/tdx: TDMR/PAMT/KeyID/SEAMCALL errors, old and new "%#016llx" spellings), KVM TDX error
// messages (pr_tdx_error_N, TDH_VP_RD/WR, TDH_MNG_RD, kvm_pr_unimpl), TDX development-branch tracepoints
// (kvm_sept_seamcall, kvm_tdvmcall with bare hex, kvm_tdx_seamcall_exit), the KVM MMIO-SPTE reserved-bit dump, MCE
// records, TD guest kernel lines (tdx: attributes/TD_CTLS, CPA VMM failure, swiotlb full, ACPI table headers), QEMU TDX
// error_report strings (tdx.c, tdvf.c, kvm-all.c memory conversion, TDX panic log, accel/kvm trace events), HMP
// `info registers`/`info tlb`/`info mem` on a debug TD, QMP replies and events with decimal sizes and addresses, GDB
// backtraces/struct prints/`info frame`/`info registers cr3` (PDBR = CR3 >> 12 in decimal), LLDB frame/register/memory
// output, cloud-hypervisor TDVF/HOB logs ({:x?} bare-hex Debug) and vm-memory errors (decimal GuestAddress), and
// C/Rust constants. Numbers that fit no kind are left out of the truth: timestamps, PIDs, source line numbers, symbol
// offsets, errnos, version/revision fields, GUID bytes, reserved/padding fields, file offsets.
// Measured before it shaped any rule: precision 0.769, recall 0.580; after the rules it shaped (QEMU `info tlb`,
// GDB's cr3, constants named after TDX leaves): 0.857 / 0.696. 149 lines, 403 truths, 69 of them gpa/gfn (8 lines from a GPAW-52 TD). Formats written from memory rather than read
// (QMP schemas, LLDB output, GDB's kvm_page_fault field list and kvm_gmem_get_pfn arguments, acpi_reserve_initial_tables)
// are marked in their group comments; their truths are the helper's judgement.
import { CorpusEntry, corpusFromRows, TruthRow } from './measure';

const ROWS: TruthRow[] = [
  // ===================================================================================================
  // TDX host module bring-up, arch/x86/virt/vmx/tdx/tdx.c (pr_fmt "virt/tdx: "), read from the source:
  // tdx_init() "BIOS enabled: private KeyID range [%u, %u)"; fill_out_tdmrs() "consumed TDMRs reaching limit: %d used
  // out of %d"; tdmr_get_nid() "TDMR [0x%llx, 0x%llx): unable to find local NUMA node for PAMT allocation, fallback to
  // use node 0."; tdmr_add_rsvd_area() "initialization failed: TDMR [0x%llx, 0x%llx): reserved areas exhausted.";
  // init_tdx_module() "%lu KB allocated for PAMT"; __tdx_enable() "module initialization failed (%d)";
  // seamcall_err() "SEAMCALL (0x%016llx) failed: 0x%016llx" and, after the 2025 patch, "SEAMCALL (%llu) failed: %#016llx";
  // seamcall_err_ret() "RCX 0x%016llx RDX 0x%016llx R08 0x%016llx" / "R09 ... R10 ... R11 ..." (new: %#016llx).
  // KeyIDs and SEAMCALL leaf numbers -> count; TDMR bounds -> hpa; SEAMCALL status -> tdxStatus; RCX.. -> register.
  // ===================================================================================================
  [
    'arch/x86/virt/vmx/tdx/tdx.c tdx_init via dmesg (TDX host)',
    48,
    '[    2.915532] virt/tdx: BIOS enabled: private KeyID range [64, 128)',
    [
      ['range [64', 'count'],
      ['128', 'count'],
    ],
  ],
  [
    'arch/x86/virt/vmx/tdx/tdx.c fill_out_tdmrs via dmesg (TDX host)',
    48,
    '[   30.114563] virt/tdx: consumed TDMRs reaching limit: 62 used out of 64',
    [
      ['limit: 62', 'count'],
      ['out of 64', 'count'],
    ],
  ],
  [
    'arch/x86/virt/vmx/tdx/tdx.c tdmr_get_nid via dmesg (TDX host)',
    48,
    '[   30.201144] virt/tdx: TDMR [0x4080000000, 0x8080000000): unable to find local NUMA node for PAMT allocation, fallback to use node 0.',
    [
      ['TDMR [0x4080000000', 'hpa'],
      ['0x8080000000', 'hpa'],
      ['use node 0', 'count'],
    ],
  ],
  [
    'arch/x86/virt/vmx/tdx/tdx.c tdmr_add_rsvd_area via dmesg (TDX host)',
    48,
    '[   30.201160] virt/tdx: initialization failed: TDMR [0x100000000, 0x2080000000): reserved areas exhausted.',
    [
      ['TDMR [0x100000000', 'hpa'],
      ['0x2080000000', 'hpa'],
    ],
  ],
  [
    'arch/x86/virt/vmx/tdx/tdx.c init_tdx_module via dmesg (TDX host)',
    48,
    '[   31.209887] virt/tdx: 1034220 KB allocated for PAMT',
    [['tdx: 1034220', 'size']],
  ],
  [
    'arch/x86/virt/vmx/tdx/tdx.c seamcall_err (old 0x%016llx form) via dmesg (TDX host)',
    48,
    '[   30.302001] virt/tdx: SEAMCALL (0x0000000000000024) failed: 0xc000010000000001',
    [
      ['SEAMCALL (0x0000000000000024', 'count'],
      ['failed: 0xc000010000000001', 'tdxStatus'],
    ],
  ],
  [
    'arch/x86/virt/vmx/tdx/tdx.c seamcall_err_ret (old form) via dmesg (TDX host)',
    48,
    '[   30.302007] virt/tdx: RCX 0x0000000100000000 RDX 0x0000000000000000 R08 0x0000000000000000',
    [
      ['RCX 0x0000000100000000', 'register'],
      ['RDX 0x0000000000000000', 'register'],
      ['R08 0x0000000000000000', 'register'],
    ],
  ],
  [
    'arch/x86/virt/vmx/tdx/tdx.c seamcall_err_ret (old form, R09..R11) via dmesg (TDX host)',
    48,
    '[   30.302010] virt/tdx: R09 0x0000000000000000 R10 0x0000000000000000 R11 0x0000000000000000',
    [
      ['R09 0x0000000000000000', 'register'],
      ['R10 0x0000000000000000', 'register'],
      ['R11 0x0000000000000000', 'register'],
    ],
  ],
  [
    'arch/x86/virt/vmx/tdx/tdx.c seamcall_err (new %llu / %#016llx form) via dmesg (TDX host)',
    48,
    '[    2.931742] virt/tdx: SEAMCALL (34) failed: 0xc0000c0200000000',
    [
      ['SEAMCALL (34', 'count'],
      ['failed: 0xc0000c0200000000', 'tdxStatus'],
    ],
  ],
  [
    'arch/x86/virt/vmx/tdx/tdx.c seamcall_err_ret (new %#016llx form) via dmesg (TDX host)',
    48,
    '[    2.931745] virt/tdx: RCX 0x00000000000000 RDX 0x9100000100000008 R08 0x00000000000000',
    [
      ['RCX 0x00000000000000', 'register'],
      ['RDX 0x9100000100000008', 'register'],
      ['R08 0x00000000000000', 'register'],
    ],
  ],
  ['arch/x86/virt/vmx/tdx/tdx.c __tdx_enable via dmesg (TDX host)', 48, '[   30.297655] virt/tdx: module initialization failed (-5)', []],

  // ===================================================================================================
  // KVM TDX, arch/x86/kvm/vmx/tdx.c and tdx.h (pr_fmt "kvm_intel: "), read from the source:
  // pr_tdx_error() "SEAMCALL %s failed: 0x%llx"; pr_tdx_error_N() "... failed: 0x%llx, rcx 0x%llx, rdx 0x%llx, r8 0x%llx"
  // (rcx/rdx/r8 are the SEAMCALL output registers -> register); tdx_mmu_release_hkid() "tdh_mng_key_freeid() failed.
  // HKID %d is leaked."; tdx_handle_ept_violation() "Guest access before accepting 0x%llx on vCPU %d" (a private GPA);
  // tdh_vp_rd_failed() "TDH_VP_RD[%s.0x%x] failed 0x%llx"; tdh_vp_wr_failed() "TDH_VP_WR[%s.0x%x]%s0x%llx failed: 0x%llx"
  // with op " = " / " |= " (VMCS field encodings -> count; POSTED_INTR_DESC_ADDR's value is __pa(&pi_desc) -> hpa;
  // the PIN_BASED_POSTED_INTR bit -> flags); td_tdcs_exec_read64() "TDH_MNG_RD[EXEC.0x%x] failed: 0x%llx";
  // __tdx_bringup() "Disable TDX: MAX_VCPU_PER_TD (%u) smaller than number of logical CPUs (%u).";
  // tdx_handle_exit() kvm_pr_unimpl("TD vp_enter_ret 0x%llx") with kvm_pr_unimpl = "kvm [%i]: " fmt (tgid, left out).
  // ===================================================================================================
  [
    'arch/x86/kvm/vmx/tdx.c tdx_mem_page_aug pr_tdx_error_2 via dmesg (TD host)',
    48,
    '[ 2210.512901] kvm_intel: SEAMCALL TDH_MEM_PAGE_AUG failed: 0xc0000b0d00000001, rcx 0x0, rdx 0x1',
    [
      ['failed: 0xc0000b0d00000001', 'tdxStatus'],
      ['rcx 0x0', 'register'],
      ['rdx 0x1', 'register'],
    ],
  ],
  [
    'arch/x86/kvm/vmx/tdx.c tdx_sept_zap_private_spte pr_tdx_error_2 via dmesg (TD host)',
    48,
    '[ 2210.513012] kvm_intel: SEAMCALL TDH_MEM_RANGE_BLOCK failed: 0xc0000b0000000001, rcx 0x3, rdx 0x2',
    [
      ['failed: 0xc0000b0000000001', 'tdxStatus'],
      ['rcx 0x3', 'register'],
      ['rdx 0x2', 'register'],
    ],
  ],
  [
    'arch/x86/kvm/vmx/tdx.c tdx_track pr_tdx_error via dmesg (TD host)',
    48,
    '[ 2214.100233] kvm_intel: SEAMCALL TDH_MEM_TRACK failed: 0x80000200000000a9',
    [['failed: 0x80000200000000a9', 'tdxStatus']],
  ],
  [
    'arch/x86/kvm/vmx/tdx.c __tdx_reclaim_page pr_tdx_error_3 via dmesg (TD host)',
    48,
    '[ 2214.100301] kvm_intel: SEAMCALL TDH_PHYMEM_PAGE_RECLAIM failed: 0xc000030000000001, rcx 0x0, rdx 0x0, r8 0x0',
    [
      ['failed: 0xc000030000000001', 'tdxStatus'],
      ['rcx 0x0', 'register'],
      ['rdx 0x0', 'register'],
      ['r8 0x0', 'register'],
    ],
  ],
  [
    'arch/x86/kvm/vmx/tdx.c tdx_mmu_release_hkid via dmesg (TD host)',
    48,
    '[ 2214.100322] kvm_intel: tdh_mng_key_freeid() failed. HKID 67 is leaked.',
    [['HKID 67', 'count']],
  ],
  [
    'arch/x86/kvm/vmx/tdx.c tdx_handle_ept_violation via dmesg (TD host)',
    48,
    '[ 2211.004567] kvm_intel: Guest access before accepting 0x1b2e45000 on vCPU 3',
    [
      ['accepting 0x1b2e45000', 'gpa'],
      ['vCPU 3', 'count'],
    ],
  ],
  [
    'arch/x86/kvm/vmx/tdx.c tdx_handle_ept_violation via dmesg (TD host, GPAW 52 TD)',
    52,
    '[  913.220145] kvm_intel: Guest access before accepting 0x2ff7ad000 on vCPU 11',
    [
      ['accepting 0x2ff7ad000', 'gpa'],
      ['vCPU 11', 'count'],
    ],
  ],
  [
    'arch/x86/kvm/vmx/tdx.c tdh_vp_rd_failed via dmesg (TD host)',
    48,
    '[  402.318870] kvm_intel: TDH_VP_RD[VMCS.0x4402] failed 0xc0000c0200000000',
    [
      ['VMCS.0x4402', 'count'],
      ['failed 0xc0000c0200000000', 'tdxStatus'],
    ],
  ],
  [
    'arch/x86/kvm/vmx/tdx.h td_vmcs_write64 -> tdh_vp_wr_failed via dmesg (TD host)',
    48,
    '[  402.319004] kvm_intel: TDH_VP_WR[VMCS.0x2016] = 0x10a3f5c040 failed: 0xc000010000000002',
    [
      ['VMCS.0x2016', 'count'],
      ['= 0x10a3f5c040', 'hpa'],
      ['failed: 0xc000010000000002', 'tdxStatus'],
    ],
  ],
  [
    'arch/x86/kvm/vmx/tdx.h td_vmcs_setbit32 -> tdh_vp_wr_failed via dmesg (TD host)',
    48,
    '[  402.319112] kvm_intel: TDH_VP_WR[VMCS.0x4000] |= 0x80 failed: 0xc000010000000002',
    [
      ['VMCS.0x4000', 'count'],
      ['|= 0x80', 'flags'],
      ['failed: 0xc000010000000002', 'tdxStatus'],
    ],
  ],
  [
    'arch/x86/kvm/vmx/tdx.h td_tdcs_exec_read64 via dmesg (TD host)',
    48,
    '[  402.101234] kvm_intel: TDH_MNG_RD[EXEC.0xa] failed: 0xc0000c0200000000',
    [
      ['EXEC.0xa', 'count'],
      ['failed: 0xc0000c0200000000', 'tdxStatus'],
    ],
  ],
  [
    'arch/x86/kvm/vmx/tdx.c __tdx_bringup via dmesg (TDX host)',
    48,
    '[    8.411207] kvm_intel: Disable TDX: MAX_VCPU_PER_TD (576) smaller than number of logical CPUs (640).',
    [
      ['MAX_VCPU_PER_TD (576', 'count'],
      ['CPUs (640', 'count'],
    ],
  ],
  [
    'arch/x86/kvm/vmx/tdx.c tdx_handle_exit kvm_pr_unimpl via dmesg (TD host)',
    48,
    '[ 2290.118003] kvm_intel: kvm [8812]: TD vp_enter_ret 0x4000000200000000',
    [['vp_enter_ret 0x4000000200000000', 'tdxStatus']],
  ],

  // ===================================================================================================
  // TDX development-branch tracepoints (arch/x86/kvm/trace.h in the Intel TDX KVM series, read from the posted patches):
  // kvm_sept_seamcall TP_printk("op: %llu gpa: 0x%llx hpa: 0x%llx level: %u") (op = SEAMCALL leaf, hpa = -1ull for
  // BLOCK); kvm_tdvmcall TP_printk("rip: %llx reason: %s p1: %llx p2: %llx p3: %llx p4: %llx") -- bare hex, no 0x; p1..p4
  // are R12..R15 (MapGPA: GPA, size; MMIO: size, direction, GPA, value; GetQuote: shared GPA, size); kvm_tdx_seamcall_exit
  // TP_printk("cpu: %d op: %s err %s 0x%llx rcx: 0x%llx rdx: 0x%llx r8: 0x%llx r9: 0x%llx r10: 0x%llx r11: 0x%llx").
  // The ftrace "[021]" field is the CPU -> count; task PID and timestamp are left out.
  // ===================================================================================================
  [
    'arch/x86/kvm/trace.h (TDX branch) kvm_sept_seamcall via ftrace (TD host)',
    48,
    ' qemu-system-x86-8812    [021] .....  2210.498701: kvm_sept_seamcall: op: 6 gpa: 0x1b2e45000 hpa: 0x10a3f5c000 level: 0',
    [
      ['[021', 'count'],
      ['op: 6', 'count'],
      ['gpa: 0x1b2e45000', 'gpa'],
      ['hpa: 0x10a3f5c000', 'hpa'],
      ['level: 0', 'count'],
    ],
  ],
  [
    'arch/x86/kvm/trace.h (TDX branch) kvm_sept_seamcall (RANGE_BLOCK, hpa -1) via ftrace (TD host)',
    48,
    ' qemu-system-x86-8812    [021] .....  2214.100105: kvm_sept_seamcall: op: 7 gpa: 0x7fe3a000 hpa: 0xffffffffffffffff level: 0',
    [
      ['[021', 'count'],
      ['op: 7', 'count'],
      ['gpa: 0x7fe3a000', 'gpa'],
      ['hpa: 0xffffffffffffffff', 'hpa'],
      ['level: 0', 'count'],
    ],
  ],
  [
    'arch/x86/kvm/trace.h (TDX branch) kvm_sept_seamcall (SEPT_ADD, 2M level) via ftrace (TD host, GPAW 52 TD)',
    52,
    ' qemu-system-x86-9120    [007] .....   913.219870: kvm_sept_seamcall: op: 3 gpa: 0x2ff600000 hpa: 0x1f0c3a2000 level: 1',
    [
      ['[007', 'count'],
      ['op: 3', 'count'],
      ['gpa: 0x2ff600000', 'gpa'],
      ['hpa: 0x1f0c3a2000', 'hpa'],
      ['level: 1', 'count'],
    ],
  ],
  [
    'arch/x86/kvm/trace.h (TDX branch) kvm_tdvmcall MAP_GPA via ftrace (TD host)',
    48,
    ' qemu-system-x86-8812    [003] .....  2211.731552: kvm_tdvmcall: rip: ffffffff81a0c9d2 reason: MAP_GPA p1: 80007fe3a000 p2: 200000 p3: 0 p4: 0',
    [
      ['[003', 'count'],
      ['rip: ffffffff81a0c9d2', 'gva'],
      ['p1: 80007fe3a000', 'gpa'],
      ['p2: 200000', 'size'],
      ['p3: 0', 'register'],
      ['p4: 0', 'register'],
    ],
  ],
  [
    'arch/x86/kvm/trace.h (TDX branch) kvm_tdvmcall MAP_GPA via ftrace (TD host, GPAW 52 TD)',
    52,
    ' qemu-system-x86-9120    [012] .....   914.004417: kvm_tdvmcall: rip: ffffffff81a0c9d2 reason: MAP_GPA p1: 800007fe3a000 p2: 1000 p3: 0 p4: 0',
    [
      ['[012', 'count'],
      ['rip: ffffffff81a0c9d2', 'gva'],
      ['p1: 800007fe3a000', 'gpa'],
      ['p2: 1000', 'size'],
      ['p3: 0', 'register'],
      ['p4: 0', 'register'],
    ],
  ],
  [
    'arch/x86/kvm/trace.h (TDX branch) kvm_tdvmcall EPT_VIOLATION (MMIO) via ftrace (TD host)',
    48,
    ' qemu-system-x86-8812    [003] .....  2212.001873: kvm_tdvmcall: rip: ffffffff8178e2b1 reason: EPT_VIOLATION p1: 4 p2: 1 p3: 8000febd1010 p4: 1',
    [
      ['[003', 'count'],
      ['rip: ffffffff8178e2b1', 'gva'],
      ['p1: 4', 'size'],
      ['p2: 1', 'flags'],
      ['p3: 8000febd1010', 'gpa'],
      ['p4: 1', 'data'],
    ],
  ],
  [
    'arch/x86/kvm/trace.h (TDX branch) kvm_tdvmcall GET_QUOTE via ftrace (TD host)',
    48,
    ' qemu-system-x86-8812    [005] .....  2301.442190: kvm_tdvmcall: rip: ffffffff81c3a4e0 reason: GET_QUOTE p1: 8000012a4000 p2: 4000 p3: 0 p4: 0',
    [
      ['[005', 'count'],
      ['rip: ffffffff81c3a4e0', 'gva'],
      ['p1: 8000012a4000', 'gpa'],
      ['p2: 4000', 'size'],
      ['p3: 0', 'register'],
      ['p4: 0', 'register'],
    ],
  ],
  [
    'arch/x86/kvm/trace.h (TDX branch) kvm_tdvmcall GET_QUOTE via ftrace (TD host, GPAW 52 TD)',
    52,
    ' qemu-system-x86-9120    [012] .....   980.310022: kvm_tdvmcall: rip: ffffffff81c3a4e0 reason: GET_QUOTE p1: 80000012a4000 p2: 4000 p3: 0 p4: 0',
    [
      ['[012', 'count'],
      ['rip: ffffffff81c3a4e0', 'gva'],
      ['p1: 80000012a4000', 'gpa'],
      ['p2: 4000', 'size'],
      ['p3: 0', 'register'],
      ['p4: 0', 'register'],
    ],
  ],
  [
    'arch/x86/kvm/trace.h (TDX branch) kvm_tdx_seamcall_exit via ftrace (TD host)',
    48,
    ' qemu-system-x86-8812    [021] d..1.  2210.498877: kvm_tdx_seamcall_exit: cpu: 21 op: TDH_MEM_PAGE_AUG err TDX_OPERAND_BUSY 0x8000020000000092 rcx: 0x0 rdx: 0x0 r8: 0x0 r9: 0x0 r10: 0x0 r11: 0x0',
    [
      ['[021', 'count'],
      ['cpu: 21', 'count'],
      ['TDX_OPERAND_BUSY 0x8000020000000092', 'tdxStatus'],
      ['rcx: 0x0', 'register'],
      ['rdx: 0x0', 'register'],
      ['r8: 0x0', 'register'],
      ['r9: 0x0', 'register'],
      ['r10: 0x0', 'register'],
      ['r11: 0x0', 'register'],
    ],
  ],

  // ===================================================================================================
  // KVM x86 MMU, arch/x86/kvm/mmu/mmu.c get_mmio_spte(), read from the source: "%s: reserved bits set on MMU-present
  // spte, addr 0x%llx, hierarchy:" then "------ spte = 0x%llx level = %d, rsvd bits = 0x%llx" per level. On a TD host
  // with TDP the addr is the faulting GPA (here a shared MMIO GPA); rsvd bits is a bit mask -> flags.
  // ===================================================================================================
  [
    'arch/x86/kvm/mmu/mmu.c get_mmio_spte via dmesg (TD host)',
    48,
    '[ 2212.002011] get_mmio_spte: reserved bits set on MMU-present spte, addr 0x8000febd1010, hierarchy:',
    [['addr 0x8000febd1010', 'gpa']],
  ],
  [
    'arch/x86/kvm/mmu/mmu.c get_mmio_spte (level dump) via dmesg (TD host)',
    48,
    '[ 2212.002019] ------ spte = 0x10b55e907 level = 4, rsvd bits = 0x7ffff0000000000',
    [
      ['spte = 0x10b55e907', 'spte'],
      ['level = 4', 'count'],
      ['rsvd bits = 0x7ffff0000000000', 'flags'],
    ],
  ],
  [
    'arch/x86/kvm/mmu/mmu.c get_mmio_spte (level dump) via dmesg (TD host)',
    48,
    '[ 2212.002031] ------ spte = 0x80000ff0000030b0 level = 1, rsvd bits = 0x7ffff0000000000',
    [
      ['spte = 0x80000ff0000030b0', 'spte'],
      ['level = 1', 'count'],
      ['rsvd bits = 0x7ffff0000000000', 'flags'],
    ],
  ],

  // ===================================================================================================
  // Machine check on a TDX host, arch/x86/kernel/cpu/mce/core.c __print_mce(), read from the source:
  // HW_ERR "CPU %d: Machine Check%s: %Lx Bank %d: %016Lx", "TSC %llx " + "ADDR %llx " + "MISC %llx " (bare hex), then
  // tdx_dump_mce_info()'s "TDX private memory error. Possible kernel bug.". ADDR is a host physical address; MCG_STATUS,
  // MCi_STATUS and MCi_MISC are register values; the TSC is a timestamp and is left out.
  // ===================================================================================================
  [
    'arch/x86/kernel/cpu/mce/core.c __print_mce (header) via dmesg (TDX host)',
    48,
    '[ 3120.774410] mce: [Hardware Error]: CPU 21: Machine Check Exception: 5 Bank 13: bd80000000100134',
    [
      ['CPU 21', 'count'],
      ['Exception: 5', 'register'],
      ['Bank 13', 'count'],
      ['bd80000000100134', 'register'],
    ],
  ],
  [
    'arch/x86/kernel/cpu/mce/core.c __print_mce (TSC/ADDR/MISC) via dmesg (TDX host)',
    48,
    '[ 3120.774418] mce: [Hardware Error]: TSC 0 ADDR 10a3f5c040 MISC 86',
    [
      ['ADDR 10a3f5c040', 'hpa'],
      ['MISC 86', 'register'],
    ],
  ],

  // ===================================================================================================
  // TD guest kernel, read from the source: arch/x86/coco/tdx/debug.c tdx_dump_attributes()/tdx_dump_td_ctls()
  // (pr_info "Attributes:" / "TD_CTLS:" + pr_cont(" unknown:%#llx")); arch/x86/coco/tdx/tdx.c tdcall()
  // panic("TDCALL %lld failed (Buggy TDX module!)\n") (TDCALL leaf -> count); arch/x86/mm/pat/set_memory.c
  // __set_memory_enc_pgtable() WARN_ONCE "CPA VMM failure to convert memory (addr=%p, numpages=%d) to %s: %d" (%p is a
  // hashed pointer); kernel/dma/swiotlb.c swiotlb_tbl_map_single() "swiotlb buffer is full (sz: %zd bytes), total %lu
  // (slots), used %lu (slots)" (the PCI BDF is left out).
  // ===================================================================================================
  [
    'arch/x86/coco/tdx/debug.c tdx_dump_attributes via dmesg (TD guest)',
    48,
    '[    0.000000] tdx: Attributes: SEPT_VE_DISABLE unknown:0x4000000000000000',
    [['unknown:0x4000000000000000', 'flags']],
  ],
  [
    'arch/x86/coco/tdx/debug.c tdx_dump_td_ctls via dmesg (TD guest)',
    48,
    '[    0.000000] tdx: TD_CTLS: PENDING_VE_DISABLE ENUM_TOPOLOGY VIRT_CPUID2 REDUCE_VE unknown:0x20',
    [['unknown:0x20', 'flags']],
  ],
  [
    'arch/x86/coco/tdx/tdx.c tdcall panic via serial console (TD guest)',
    48,
    '[    0.000000] Kernel panic - not syncing: TDCALL 1 failed (Buggy TDX module!)',
    [['TDCALL 1', 'count']],
  ],
  [
    'arch/x86/mm/pat/set_memory.c __set_memory_enc_pgtable WARN_ONCE via dmesg (TD guest)',
    48,
    '[   14.228431] CPA VMM failure to convert memory (addr=00000000d3c6b1f2, numpages=512) to shared: -5',
    [
      ['addr=00000000d3c6b1f2', 'pointer'],
      ['numpages=512', 'count'],
    ],
  ],
  [
    'kernel/dma/swiotlb.c swiotlb_tbl_map_single via dmesg (TD guest)',
    48,
    '[  301.772019] virtio-pci 0000:00:03.0: swiotlb buffer is full (sz: 262144 bytes), total 32768 (slots), used 32640 (slots)',
    [
      ['sz: 262144', 'size'],
      ['total 32768', 'count'],
      ['used 32640', 'count'],
    ],
  ],

  // ===================================================================================================
  // ACPI table headers, drivers/acpi/acpica/tbprint.c acpi_tb_print_table_header(), format read from the source:
  // "%-4.4s 0x%8.8X%8.8X %06X (v%.2d %-6.6s %-8.8s %08X %-4.4s %08X)" and "RSDP 0x%8.8X%8.8X %06X (v%.2d %-6.6s)".
  // In the TD guest the table address is a GPA (TDVF puts the tables in private memory); on the host it is an HPA.
  // The length is a size printed in bare hex; revisions, OEM revision and compiler revision are versions (left out).
  // drivers/acpi/tables.c acpi_table_print... "Reserving %4.4s table memory at [mem 0x%llx-0x%llx]" -- written from
  // memory of acpi_reserve_initial_tables().
  // ===================================================================================================
  [
    'drivers/acpi/acpica/tbprint.c acpi_tb_print_table_header (RSDP) via dmesg (TD guest)',
    48,
    '[    0.011602] ACPI: RSDP 0x000000007F77E014 000024 (v02 BOCHS )',
    [
      ['RSDP 0x000000007F77E014', 'gpa'],
      ['000024', 'size'],
    ],
  ],
  [
    'drivers/acpi/acpica/tbprint.c acpi_tb_print_table_header (FACP) via dmesg (TD guest)',
    48,
    '[    0.011631] ACPI: FACP 0x000000007F779000 0000F4 (v03 BOCHS  BXPC     00000001 BXPC 00000001)',
    [
      ['FACP 0x000000007F779000', 'gpa'],
      ['0000F4', 'size'],
    ],
  ],
  [
    'drivers/acpi/acpica/tbprint.c acpi_tb_print_table_header (DSDT) via dmesg (TD guest)',
    48,
    '[    0.011655] ACPI: DSDT 0x000000007F77A000 002B96 (v01 BOCHS  BXPC     00000001 BXPC 00000001)',
    [
      ['DSDT 0x000000007F77A000', 'gpa'],
      ['002B96', 'size'],
    ],
  ],
  [
    'drivers/acpi/acpica/tbprint.c acpi_tb_print_table_header (CCEL) via dmesg (TD guest)',
    48,
    '[    0.011688] ACPI: CCEL 0x000000007F777000 000038 (v04 BOCHS  BXPC     00000001 BXPC 00000001)',
    [
      ['CCEL 0x000000007F777000', 'gpa'],
      ['000038', 'size'],
    ],
  ],
  [
    'drivers/acpi/tables.c acpi_reserve_initial_tables via dmesg (TD guest) -- written from memory',
    48,
    '[    0.011702] ACPI: Reserving FACP table memory at [mem 0x7f779000-0x7f7790f3]',
    [
      ['[mem 0x7f779000', 'gpa'],
      ['-0x7f7790f3', 'gpa'],
    ],
  ],
  [
    'drivers/acpi/acpica/tbprint.c acpi_tb_print_table_header (SRAT) via dmesg (TDX host)',
    48,
    '[    0.018844] ACPI: SRAT 0x000000006F6B5000 003D30 (v03 INTEL  INTEL ID 00000002 INTL 20091013)',
    [
      ['SRAT 0x000000006F6B5000', 'hpa'],
      ['003D30', 'size'],
    ],
  ],

  // ===================================================================================================
  // QEMU TDX error reports, read from qemu/qemu: target/i386/kvm/tdx.c tdx_ioctl_internal() "TDX ioctl %s failed,
  // hw_errors: 0x%llx" (error_setg_errno, so ": <strerror>" is appended); tdx_check_features() "TDX requires guest CPU
  // physical bits (%u) to match host CPU physical bits (%u)"; tdx_validate_attributes() "Invalid attributes 0x%"PRIx64"
  // for TDX VM (KVM supported: 0x%"PRIx64")"; setup_td_xfam() "Invalid XFAM 0x%"PRIx64" for TDX VM (supported:
  // 0x%"PRIx64"))" (the doubled parenthesis is in the source); tdx_pre_create_vcpu() "Invalid TSC %"PRId64" KHz, it must
  // be multiple of 25MHz" (a frequency: no kind); tdx_finalize_vm() "Failed to accept memory for TDVF section %d".
  // hw/i386/tdvf.c: "MemoryAddress 0x%"PRIx64" not page aligned", "Broken metadata RawDataSize 0x%x MemoryDataSize
  // 0x%"PRIx64, "TDVF metadata len (0x%x) mismatch, expected (0x%x)", "Invalid number of fw entries (%u) in TDVF
  // Metadata", "%d section with RawDataSize 0x%x != 0" (section type -> count).
  // accel/kvm/kvm-all.c: kvm_convert_memory() "Convert non guest_memfd backed memory region (0x%"HWADDR_PRIx" ,+
  // 0x%"HWADDR_PRIx") to %s"; kvm_set_memory_attributes() "failed to set memory (0x%" HWADDR_PRIx "+0x%" PRIx64 ") with
  // attr 0x%" PRIx64 " error '%s'" (KVM_MEMORY_ATTRIBUTE_PRIVATE = 0x8 -> flags).
  // ===================================================================================================
  [
    'target/i386/kvm/tdx.c tdx_ioctl_internal via qemu stderr (TD host)',
    48,
    'qemu-system-x86_64: TDX ioctl KVM_TDX_INIT_VM failed, hw_errors: 0xc000010000000209: Invalid argument',
    [['hw_errors: 0xc000010000000209', 'tdxStatus']],
  ],
  [
    'target/i386/kvm/tdx.c tdx_check_features via qemu stderr (TD host)',
    48,
    'qemu-system-x86_64: TDX requires guest CPU physical bits (46) to match host CPU physical bits (52)',
    [
      ['bits (46', 'count'],
      ['bits (52', 'count'],
    ],
  ],
  [
    'target/i386/kvm/tdx.c tdx_validate_attributes via qemu stderr (TD host)',
    48,
    'qemu-system-x86_64: Invalid attributes 0x10000001 for TDX VM (KVM supported: 0x10000000)',
    [
      ['attributes 0x10000001', 'flags'],
      ['supported: 0x10000000', 'flags'],
    ],
  ],
  [
    'target/i386/kvm/tdx.c setup_td_xfam via qemu stderr (TD host)',
    48,
    'qemu-system-x86_64: Invalid XFAM 0x602e7 for TDX VM (supported: 0x1ae7))',
    [
      ['XFAM 0x602e7', 'flags'],
      ['supported: 0x1ae7', 'flags'],
    ],
  ],
  [
    'target/i386/kvm/tdx.c tdx_pre_create_vcpu via qemu stderr (TD host)',
    48,
    'qemu-system-x86_64: Invalid TSC 2095000 KHz, it must be multiple of 25MHz',
    [],
  ],
  [
    'target/i386/kvm/tdx.c tdx_finalize_vm via qemu stderr (TD host)',
    48,
    'qemu-system-x86_64: Failed to accept memory for TDVF section 3',
    [['section 3', 'count']],
  ],
  [
    'hw/i386/tdvf.c tdvf_parse_and_check_section_entry via qemu stderr (TD host)',
    48,
    'qemu-system-x86_64: MemoryAddress 0xffc84800 not page aligned',
    [['MemoryAddress 0xffc84800', 'gpa']],
  ],
  [
    'hw/i386/tdvf.c tdvf_parse_and_check_section_entry via qemu stderr (TD host)',
    48,
    'qemu-system-x86_64: Broken metadata RawDataSize 0x40000 MemoryDataSize 0x20000',
    [
      ['RawDataSize 0x40000', 'size'],
      ['MemoryDataSize 0x20000', 'size'],
    ],
  ],
  [
    'hw/i386/tdvf.c tdvf_parse_metadata via qemu stderr (TD host)',
    48,
    'qemu-system-x86_64: TDVF metadata len (0xb0) mismatch, expected (0xd0)',
    [
      ['len (0xb0', 'size'],
      ['expected (0xd0', 'size'],
    ],
  ],
  [
    'hw/i386/tdvf.c tdvf_parse_metadata via qemu stderr (TD host)',
    48,
    'qemu-system-x86_64: Invalid number of fw entries (1) in TDVF Metadata',
    [['entries (1', 'count']],
  ],
  [
    'hw/i386/tdvf.c tdvf_parse_and_check_section_entry via qemu stderr (TD host)',
    48,
    'qemu-system-x86_64: 2 section with RawDataSize 0x1000 != 0',
    [
      ['x86_64: 2', 'count'],
      ['RawDataSize 0x1000', 'size'],
    ],
  ],
  [
    'accel/kvm/kvm-all.c kvm_convert_memory via qemu stderr (TD host)',
    48,
    'qemu-system-x86_64: Convert non guest_memfd backed memory region (0xfed45000 ,+ 0x1000) to private',
    [
      ['(0xfed45000', 'gpa'],
      ['+ 0x1000', 'size'],
    ],
  ],
  [
    'accel/kvm/kvm-all.c kvm_set_memory_attributes via qemu stderr (TD host)',
    48,
    "qemu-system-x86_64: failed to set memory (0x7fe3a000+0x200000) with attr 0x8 error 'Invalid argument'",
    [
      ['(0x7fe3a000', 'gpa'],
      ['+0x200000', 'size'],
      ['attr 0x8', 'flags'],
    ],
  ],
  [
    'accel/kvm/kvm-all.c kvm_set_memory_attributes via qemu stderr (TD host, GPAW 52 TD)',
    52,
    "qemu-system-x86_64: failed to set memory (0x2ff7ad000+0x1000) with attr 0x0 error 'Resource temporarily unavailable'",
    [
      ['(0x2ff7ad000', 'gpa'],
      ['+0x1000', 'size'],
      ['attr 0x0', 'flags'],
    ],
  ],

  // ===================================================================================================
  // QEMU guest-panic log for a TD, system/runstate.c qemu_system_guest_panicked() (read from the merged patch):
  // "\nTDX guest reports fatal error. error code: 0x%" PRIx32 " error message:\"%s\"\n" and "Additional error
  // information can be found at gpa page: 0x%" PRIx64. The GHCI error code fits no kind (left out); the GPA comes
  // straight from the guest's R13 and carries the shared bit.
  // accel/kvm/trace-events (read): kvm_convert_memory "start 0x%" PRIx64 " size 0x%" PRIx64 " %s", kvm_memory_fault
  // "start 0x%" PRIx64 " size 0x%" PRIx64 " flags 0x%" PRIx64, printed by the log backend as "pid@sec.usec:event ...".
  // KVM_EXIT_MEMORY_FAULT reports the GPA without the shared bit.
  // ===================================================================================================
  [
    'system/runstate.c qemu_system_guest_panicked (TDX) via qemu -d guest_errors (TD host)',
    48,
    'TDX guest reports fatal error. error code: 0x0 error message:"TD misconfiguration: SEPT_VE_DISABLE attribute must be set."',
    [],
  ],
  [
    'system/runstate.c qemu_system_guest_panicked (TDX gpa) via qemu -d guest_errors (TD host)',
    48,
    'Additional error information can be found at gpa page: 0x80007fe3a000',
    [['gpa page: 0x80007fe3a000', 'gpa']],
  ],
  [
    'accel/kvm/trace-events kvm_convert_memory via qemu -trace log backend (TD host)',
    48,
    '8812@1712345678.123456:kvm_convert_memory start 0x7fe3a000 size 0x200000 private_to_shared',
    [
      ['start 0x7fe3a000', 'gpa'],
      ['size 0x200000', 'size'],
    ],
  ],
  [
    'accel/kvm/trace-events kvm_convert_memory via qemu -trace log backend (TD host, GPAW 52 TD)',
    52,
    '9120@1712349001.883950:kvm_convert_memory start 0x2ff7ad000 size 0x1000 shared_to_private',
    [
      ['start 0x2ff7ad000', 'gpa'],
      ['size 0x1000', 'size'],
    ],
  ],
  [
    'accel/kvm/trace-events kvm_memory_fault via qemu -trace log backend (TD host)',
    48,
    '8812@1712345678.123470:kvm_memory_fault start 0x1b2e45000 size 0x1000 flags 0x8',
    [
      ['start 0x1b2e45000', 'gpa'],
      ['size 0x1000', 'size'],
      ['flags 0x8', 'flags'],
    ],
  ],
  [
    'accel/kvm/trace-events kvm_memory_fault via qemu -trace log backend (TD host, GPAW 52 TD)',
    52,
    '9120@1712349001.884012:kvm_memory_fault start 0x7fe3a000 size 0x1000 flags 0x0',
    [
      ['start 0x7fe3a000', 'gpa'],
      ['size 0x1000', 'size'],
      ['flags 0x0', 'flags'],
    ],
  ],

  // ===================================================================================================
  // QEMU HMP on a debug TD (attributes=0x10000001), read from qemu/qemu: target/i386/cpu-dump.c x86_cpu_dump_state()
  // ("RAX=%016" PRIx64 ...; "RIP=... RFL=%08x [%c%c%c%c%c%c%c] CPL=%d II=%d A20=%d SMM=%d HLT=%d"; segment lines
  // "%s =%04x %016" PRIx64 " %08x %08x" + DPL; "GDT=     %016" PRIx64 " %08x"; "CR0=%08x CR2=%016" PRIx64 " CR3=%016"
  // PRIx64 " CR4=%08x") and target/i386/monitor.c print_pte() (TARGET_FMT_plx ": " TARGET_FMT_plx " %c..." -- the
  // second column is pte & 0x3fffffffff000, so a shared mapping keeps bit 47) and mem_print() ("start-end size prot").
  // Inside the TD, CR3 and PTE targets are GPAs; RIP, CR2, segment and table bases are guest virtual; GPRs/CR0/CR4
  // are raw register values; RFL is flags; the one-bit II/A20/SMM/HLT fields -> flags; segment limits -> size.
  // ===================================================================================================
  [
    'target/i386/cpu-dump.c x86_cpu_dump_state via HMP info registers (debug TD)',
    48,
    'RAX=0000000000000000 RBX=ffff888100a4c000 RCX=0000000000000001 RDX=0000000000000000',
    [
      ['RAX=0000000000000000', 'register'],
      ['RBX=ffff888100a4c000', 'register'],
      ['RCX=0000000000000001', 'register'],
      ['RDX=0000000000000000', 'register'],
    ],
  ],
  [
    'target/i386/cpu-dump.c x86_cpu_dump_state (RIP line) via HMP info registers (debug TD)',
    48,
    'RIP=ffffffff81a0c9d2 RFL=00000246 [---Z-P-] CPL=0 II=0 A20=1 SMM=0 HLT=0',
    [
      ['RIP=ffffffff81a0c9d2', 'gva'],
      ['RFL=00000246', 'flags'],
      ['CPL=0', 'count'],
      ['II=0', 'flags'],
      ['A20=1', 'flags'],
      ['SMM=0', 'flags'],
      ['HLT=0', 'flags'],
    ],
  ],
  [
    'target/i386/cpu-dump.c cpu_x86_dump_seg_cache via HMP info registers (debug TD)',
    48,
    'CS =0010 0000000000000000 ffffffff 00a09b00 DPL=0 CS64 [-RA]',
    [
      ['CS =0010', 'register'],
      ['0000000000000000', 'gva'],
      ['ffffffff', 'size'],
      ['00a09b00', 'flags'],
      ['DPL=0', 'count'],
    ],
  ],
  [
    'target/i386/cpu-dump.c x86_cpu_dump_state (GDT) via HMP info registers (debug TD)',
    48,
    'GDT=     fffffe0000001000 0000007f',
    [
      ['GDT=     fffffe0000001000', 'gva'],
      ['0000007f', 'size'],
    ],
  ],
  [
    'target/i386/cpu-dump.c x86_cpu_dump_state (CRs) via HMP info registers (debug TD)',
    48,
    'CR0=80050033 CR2=00007f4c2a6b1000 CR3=0000000102e5e000 CR4=00770ef0',
    [
      ['CR0=80050033', 'register'],
      ['CR2=00007f4c2a6b1000', 'gva'],
      ['CR3=0000000102e5e000', 'gpa'],
      ['CR4=00770ef0', 'register'],
    ],
  ],
  [
    'target/i386/monitor.c print_pte via HMP info tlb (debug TD)',
    48,
    'ffff888000000000: 0000000000000000 XG-DA---W',
    [
      ['ffff888000000000', 'gva'],
      [': 0000000000000000', 'gpa'],
    ],
  ],
  [
    'target/i386/monitor.c print_pte via HMP info tlb (debug TD)',
    48,
    'ffff888100a4c000: 0000000100a4c000 XG-DA---W',
    [
      ['ffff888100a4c000', 'gva'],
      [': 0000000100a4c000', 'gpa'],
    ],
  ],
  [
    'target/i386/monitor.c print_pte (shared swiotlb page) via HMP info tlb (debug TD)',
    48,
    'ffff88807fe3a000: 000080007fe3a000 XG-DA---W',
    [
      ['ffff88807fe3a000', 'gva'],
      [': 000080007fe3a000', 'gpa'],
    ],
  ],
  [
    'target/i386/monitor.c print_pte (shared ioremap MMIO) via HMP info tlb (debug TD)',
    48,
    'ffffc90000a2b000: 00008000febd1000 XG-DACT-W',
    [
      ['ffffc90000a2b000', 'gva'],
      [': 00008000febd1000', 'gpa'],
    ],
  ],
  [
    'target/i386/monitor.c print_pte (2M kernel text) via HMP info tlb (debug TD)',
    48,
    'ffffffff81000000: 0000000001000000 -GPDA----',
    [
      ['ffffffff81000000', 'gva'],
      [': 0000000001000000', 'gpa'],
    ],
  ],
  [
    'target/i386/monitor.c print_pte (page table page) via HMP info tlb (debug TD)',
    48,
    'ffff888102e5e000: 0000000102e5e000 XG-DA---W',
    [
      ['ffff888102e5e000', 'gva'],
      [': 0000000102e5e000', 'gpa'],
    ],
  ],
  [
    'target/i386/monitor.c mem_print via HMP info mem (debug TD)',
    48,
    'ffff888000000000-ffff888080000000 0000000080000000 -rw',
    [
      ['ffff888000000000', 'gva'],
      ['-ffff888080000000', 'gva'],
      [' 0000000080000000', 'size'],
    ],
  ],
  [
    'target/i386/monitor.c mem_print via HMP info mem (debug TD)',
    48,
    'ffffffff81000000-ffffffff82a00000 0000000001a00000 -r-',
    [
      ['ffffffff81000000', 'gva'],
      ['-ffffffff82a00000', 'gva'],
      [' 0000000001a00000', 'size'],
    ],
  ],

  // ===================================================================================================
  // QMP replies and events, written from memory of the QAPI schemas (qapi/machine.json Memdev, MemoryInfo;
  // qapi/run-state.json GUEST_PANICKED with GuestPanicInformationTdx {'error-code', 'message', '*gpa'}). JSON numbers are
  // decimal: sizes -> size, host-nodes entries -> count, the TDX panic GPA (shared, 0x80007fe3a000) -> gpa; the event
  // timestamp and the GHCI error code are left out.
  // ===================================================================================================
  [
    'qapi/machine.json query-memdev via QMP reply (TD host) -- written from memory',
    48,
    '{"return": [{"size": 2147483648, "merge": false, "dump": true, "prealloc": false, "share": false, "reserve": true, "host-nodes": [], "policy": "default", "id": "ram-lo"}, {"size": 6442450944, "merge": false, "dump": true, "prealloc": false, "share": false, "reserve": true, "host-nodes": [1], "policy": "bind", "id": "ram-hi"}]}',
    [
      ['"size": 2147483648', 'size'],
      ['"size": 6442450944', 'size'],
      ['"host-nodes": [1', 'count'],
    ],
  ],
  [
    'qapi/machine.json query-memory-size-summary via QMP reply (TD host) -- written from memory',
    48,
    '{"return": {"base-memory": 8589934592, "plugged-memory": 0}}',
    [
      ['"base-memory": 8589934592', 'size'],
      ['"plugged-memory": 0', 'size'],
    ],
  ],
  [
    'qapi/run-state.json GUEST_PANICKED (tdx) via QMP event (TD host) -- written from memory',
    48,
    '{"timestamp": {"seconds": 1712345678, "microseconds": 120553}, "event": "GUEST_PANICKED", "data": {"action": "pause", "info": {"type": "tdx", "error-code": 0, "message": "TD misconfiguration: SEPT_VE_DISABLE attribute must be set.", "gpa": 140739633979392}}}',
    [['"gpa": 140739633979392', 'gpa']],
  ],

  // ===================================================================================================
  // GDB on the QEMU process of a TD (host userspace): backtrace frames print arguments in decimal by default
  // ("#N  0xPC in func (arg=val, ...) at file:line"); `info frame` ("Stack level %d, frame at 0x..:", " rip = 0x.. in
  // func (file:line); saved rip = 0x..") -- format seen in public GDB sessions; `p/x` of QEMU structs (TdxFirmwareEntry
  // from hw/i386/tdvf.h, TdxRamEntry from target/i386/kvm/tdx.h, struct kvm_userspace_memory_region2 and kvm_run's
  // tdx.get_quote {ret, gpa, size} from linux/kvm.h -- KVM has already stripped the shared bit from that gpa);
  // `x/2gx` ("0xADDR:\t0x..\t0x.."). GDB value-history numbers ($N) and frame numbers (#N) -> count.
  // Host userspace code and data addresses -> pointer; line numbers and symbol offsets are left out; file offsets
  // (data_offset, guest_memfd_offset) and padding are left out, as in the earlier sets.
  // ===================================================================================================
  [
    'accel/kvm/kvm-all.c kvm_convert_memory via gdb bt (QEMU on TD host)',
    48,
    '#0  kvm_convert_memory (start=2145624064, size=2097152, to_private=false) at ../accel/kvm/kvm-all.c:3011',
    [
      ['#0', 'count'],
      ['start=2145624064', 'gpa'],
      ['size=2097152', 'size'],
    ],
  ],
  [
    'accel/kvm/kvm-all.c kvm_cpu_exec via gdb bt (QEMU on TD host)',
    48,
    '#1  0x000055d0c2a1d6e8 in kvm_cpu_exec (cpu=cpu@entry=0x55d0c4f3a000) at ../accel/kvm/kvm-all.c:3183',
    [
      ['#1', 'count'],
      ['  0x000055d0c2a1d6e8', 'pointer'],
      ['cpu@entry=0x55d0c4f3a000', 'pointer'],
    ],
  ],
  [
    'target/i386/kvm/tdx.c tdx_handle_get_quote via gdb bt (QEMU on TD host)',
    48,
    '#2  0x000055d0c2b4e1a2 in tdx_handle_get_quote (cpu=0x55d0c4f3a000, run=0x7f3a2c1fe000) at ../target/i386/kvm/tdx.c:1102',
    [
      ['#2', 'count'],
      ['  0x000055d0c2b4e1a2', 'pointer'],
      ['cpu=0x55d0c4f3a000', 'pointer'],
      ['run=0x7f3a2c1fe000', 'pointer'],
    ],
  ],
  [
    'gdb info frame (QEMU on TD host)',
    48,
    'Stack level 0, frame at 0x7f3a2c1fd8e0:',
    [
      ['level 0', 'count'],
      ['frame at 0x7f3a2c1fd8e0', 'pointer'],
    ],
  ],
  [
    'gdb info frame (rip line) (QEMU on TD host)',
    48,
    ' rip = 0x55d0c2b4e1a2 in tdx_handle_get_quote (../target/i386/kvm/tdx.c:1102); saved rip = 0x55d0c2a1d6e8',
    [
      ['rip = 0x55d0c2b4e1a2', 'pointer'],
      ['saved rip = 0x55d0c2a1d6e8', 'pointer'],
    ],
  ],
  [
    'hw/i386/tdvf.h TdxFirmwareEntry via gdb p/x (QEMU on TD host)',
    48,
    '$2 = {data_offset = 0x0, data_len = 0x0, address = 0x809000, size = 0x2000, type = 0x2, attributes = 0x0, mem_ptr = 0x7f3a28a00000}',
    [
      ['$2', 'count'],
      ['data_len = 0x0', 'size'],
      ['address = 0x809000', 'gpa'],
      ['size = 0x2000', 'size'],
      ['type = 0x2', 'count'],
      ['attributes = 0x0', 'flags'],
      ['mem_ptr = 0x7f3a28a00000', 'pointer'],
    ],
  ],
  [
    'linux/kvm.h struct kvm_userspace_memory_region2 via gdb p/x (QEMU on TD host)',
    48,
    '$3 = {slot = 0x3, flags = 0x4, guest_phys_addr = 0x100000000, memory_size = 0x180000000, userspace_addr = 0x7f1a40000000, guest_memfd_offset = 0x80000000, guest_memfd = 0x1c, pad1 = 0x0, pad2 = {0x0 <repeats 14 times>}}',
    [
      ['$3', 'count'],
      ['slot = 0x3', 'count'],
      ['flags = 0x4', 'flags'],
      ['guest_phys_addr = 0x100000000', 'gpa'],
      ['memory_size = 0x180000000', 'size'],
      ['userspace_addr = 0x7f1a40000000', 'pointer'],
      ['guest_memfd = 0x1c', 'count'],
      ['repeats 14', 'count'],
    ],
  ],
  [
    'gdb x/2gx on a TDVF section buffer (QEMU on TD host)',
    48,
    '0x7f3a28a00000:\t0x0038000400000001\t0x0000000000000000',
    [
      ['0x7f3a28a00000', 'pointer'],
      ['\t0x0038000400000001', 'data'],
      ['\t0x0000000000000000', 'data'],
    ],
  ],
  [
    'target/i386/kvm/tdx.h TdxRamEntry array via gdb p/x *tdx_guest->ram_entries@4 (QEMU on TD host)',
    48,
    '$9 = {{address = 0x0, length = 0x80000000, type = 0x0}, {address = 0x100000000, length = 0x180000000, type = 0x0}, {address = 0x800000, length = 0x6000, type = 0x1}, {address = 0x809000, length = 0x2000, type = 0x1}}',
    [
      ['$9', 'count'],
      ['address = 0x0', 'gpa'],
      ['length = 0x80000000', 'size'],
      ['type = 0x0', 'count'],
      ['address = 0x100000000', 'gpa'],
      ['length = 0x180000000', 'size'],
      ['type = 0x0', 'count'],
      ['address = 0x800000', 'gpa'],
      ['length = 0x6000', 'size'],
      ['type = 0x1', 'count'],
      ['address = 0x809000', 'gpa'],
      ['length = 0x2000', 'size'],
      ['type = 0x1', 'count'],
    ],
  ],
  [
    'linux/kvm.h kvm_run tdx.get_quote via gdb p/x run->tdx.get_quote (QEMU on TD host)',
    48,
    '$10 = {ret = 0x8000000000000000, gpa = 0x12a4000, size = 0x4000}',
    [
      ['$10', 'count'],
      ['ret = 0x8000000000000000', 'tdvmcallStatus'],
      ['gpa = 0x12a4000', 'gpa'],
      ['size = 0x4000', 'size'],
    ],
  ],

  // ===================================================================================================
  // GDB on the TD host kernel (kgdb / vmlinux + /proc/kcore) and on a debug TD through QEMU's gdbstub. Backtrace
  // argument values are decimal: gfn_t gfn -> gfn, kvm_pfn_t pfn -> hpfn (0x440f35c), u64 new_spte -> spte; in
  // kvm_gmem_get_pfn() (argument list written from memory) pfn/page/max_order are out-pointers -> pointer.
  // `p/x *fault` of struct kvm_page_fault (arch/x86/kvm/mmu/mmu_internal.h, field list written from memory):
  // addr keeps the shared bit, gfn has it stripped (kvm_mmu_do_page_fault masks kvm_gfn_direct_bits); bool fields ->
  // flags; levels and mmu_seq -> count; pfn -> hpfn; hva and slot -> pointer.
  // `info registers` in GDB prints cr3 as "[ PDBR=%d PCID=%d ]" (PDBR = CR3 >> 12, i.e. a GFN in decimal, seen in public
  // sessions); the natural column of fs_base is decimal. `p/x *ve` of struct ve_info (arch/x86/include/asm/tdx.h:
  // exit_reason, exit_qual, gla, gpa, instr_len, instr_info). With QEMU's physical-memory mode (Qqemu.PhyMemMode:1)
  // `x/2gx` takes a GPA.
  // ===================================================================================================
  [
    'arch/x86/kvm/vmx/tdx.c tdx_sept_set_private_spte via gdb bt (TD host kernel)',
    48,
    '#0  tdx_sept_set_private_spte (kvm=0xffffc90003b5d000, gfn=1781317, level=PG_LEVEL_4K, pfn=71365468) at arch/x86/kvm/vmx/tdx.c:1621',
    [
      ['#0', 'count'],
      ['kvm=0xffffc90003b5d000', 'pointer'],
      ['gfn=1781317', 'gfn'],
      ['pfn=71365468', 'hpfn'],
    ],
  ],
  [
    'arch/x86/kvm/mmu/tdp_mmu.c tdp_mmu_set_spte_atomic via gdb bt (TD host kernel)',
    48,
    '#1  0xffffffffc0b7a4d1 in tdp_mmu_set_spte_atomic (kvm=0xffffc90003b5d000, iter=0xffffc9000e4f3a58, new_spte=292312960887) at arch/x86/kvm/mmu/tdp_mmu.c:612',
    [
      ['#1', 'count'],
      ['  0xffffffffc0b7a4d1', 'pointer'],
      ['kvm=0xffffc90003b5d000', 'pointer'],
      ['iter=0xffffc9000e4f3a58', 'pointer'],
      ['new_spte=292312960887', 'spte'],
    ],
  ],
  [
    'virt/kvm/guest_memfd.c kvm_gmem_get_pfn via gdb bt (TD host kernel)',
    48,
    '#2  0xffffffffc0b5e9f2 in kvm_gmem_get_pfn (kvm=0xffffc90003b5d000, slot=0xffff888109a3c000, gfn=1781317, pfn=0xffffc9000e4f3b10, page=0xffffc9000e4f3b08, max_order=0xffffc9000e4f3b04) at arch/x86/kvm/../../../virt/kvm/guest_memfd.c:612',
    [
      ['#2', 'count'],
      ['  0xffffffffc0b5e9f2', 'pointer'],
      ['kvm=0xffffc90003b5d000', 'pointer'],
      ['slot=0xffff888109a3c000', 'pointer'],
      ['gfn=1781317', 'gfn'],
      ['pfn=0xffffc9000e4f3b10', 'pointer'],
      ['page=0xffffc9000e4f3b08', 'pointer'],
      ['max_order=0xffffc9000e4f3b04', 'pointer'],
    ],
  ],
  [
    'arch/x86/kvm/mmu/mmu_internal.h struct kvm_page_fault via gdb p/x (TD host kernel, GPAW 52 TD) -- fields from memory',
    52,
    '$6 = {addr = 0x800007fe3a000, error_code = 0x100000002, exec = 0x0, write = 0x1, present = 0x0, rsvd = 0x0, user = 0x0, prefetch = 0x0, is_tdp = 0x1, is_private = 0x0, nx_huge_page_workaround_enabled = 0x0, max_level = 0x1, req_level = 0x1, goal_level = 0x1, gfn = 0x7fe3a, slot = 0xffff888109a3c000, mmu_seq = 0x1f4, pfn = 0x3c2f1a, hva = 0x7f1b3fe3a000, map_writable = 0x1}',
    [
      ['$6', 'count'],
      ['addr = 0x800007fe3a000', 'gpa'],
      ['error_code = 0x100000002', 'errorCode'],
      ['exec = 0x0', 'flags'],
      ['write = 0x1', 'flags'],
      ['present = 0x0', 'flags'],
      ['rsvd = 0x0', 'flags'],
      ['user = 0x0', 'flags'],
      ['prefetch = 0x0', 'flags'],
      ['is_tdp = 0x1', 'flags'],
      ['is_private = 0x0', 'flags'],
      ['enabled = 0x0', 'flags'],
      ['max_level = 0x1', 'count'],
      ['req_level = 0x1', 'count'],
      ['goal_level = 0x1', 'count'],
      ['gfn = 0x7fe3a', 'gfn'],
      ['slot = 0xffff888109a3c000', 'pointer'],
      ['mmu_seq = 0x1f4', 'count'],
      ['pfn = 0x3c2f1a', 'hpfn'],
      ['hva = 0x7f1b3fe3a000', 'pointer'],
      ['map_writable = 0x1', 'flags'],
    ],
  ],
  [
    'gdb info registers cr3 via QEMU gdbstub (debug TD)',
    48,
    'cr3            0x102e5e000         [ PDBR=1060446 PCID=0 ]',
    [
      ['cr3            0x102e5e000', 'gpa'],
      ['PDBR=1060446', 'gfn'],
      ['PCID=0', 'count'],
    ],
  ],
  [
    'gdb info registers rip via QEMU gdbstub (debug TD)',
    48,
    'rip            0xffffffff81a0c9d2  0xffffffff81a0c9d2 <tdx_safe_halt+18>',
    [
      ['rip            0xffffffff81a0c9d2', 'gva'],
      ['  0xffffffff81a0c9d2', 'gva'],
    ],
  ],
  [
    'gdb info registers fs_base via QEMU gdbstub (debug TD)',
    48,
    'fs_base        0x7f4c2a9e6740      139965109266240',
    [
      ['fs_base        0x7f4c2a9e6740', 'gva'],
      ['139965109266240', 'gva'],
    ],
  ],
  [
    'arch/x86/include/asm/tdx.h struct ve_info via gdb p/x *ve (debug TD)',
    48,
    '$5 = {exit_reason = 0x30, exit_qual = 0x181, gla = 0xffffc90000a2b010, gpa = 0x8000febd1010, instr_len = 0x0, instr_info = 0x0}',
    [
      ['$5', 'count'],
      ['exit_reason = 0x30', 'count'],
      ['exit_qual = 0x181', 'exitQualification'],
      ['gla = 0xffffc90000a2b010', 'gva'],
      ['gpa = 0x8000febd1010', 'gpa'],
      ['instr_len = 0x0', 'size'],
      ['instr_info = 0x0', 'flags'],
    ],
  ],
  [
    'gdb x/2gx in QEMU gdbstub physical-memory mode (debug TD)',
    48,
    '0x102e5e000:\t0x0000000102e5f063\t0x0000000000000000',
    [
      ['0x102e5e000', 'gpa'],
      ['\t0x0000000102e5f063', 'data'],
      ['\t0x0000000000000000', 'data'],
    ],
  ],

  // ===================================================================================================
  // LLDB on the QEMU process of a TD, formats seen in public LLDB sessions (not read from llvm-project):
  // `frame variable` prints "(type) name = value" with integers in decimal and pointers in 0x-padded hex; a stop
  // prints "frame #N: 0xPC module`func(args) at file:line:col"; `register read` prints "  reg = 0x%016x" with an
  // optional symbol; `memory read -s8 -fx` prints "0xADDR: 0x.. 0x..". The Rust print of vm_memory::GuestAddress
  // ("(__0 = N)") is written from memory. Raw registers -> register even when they hold an argument.
  // ===================================================================================================
  [
    'accel/kvm/kvm-all.c kvm_convert_memory via lldb frame variable (QEMU on TD host)',
    48,
    '(hwaddr) start = 2145624064',
    [['start = 2145624064', 'gpa']],
  ],
  [
    'accel/kvm/kvm-all.c kvm_convert_memory via lldb frame variable (QEMU on TD host)',
    48,
    '(hwaddr) size = 2097152',
    [['size = 2097152', 'size']],
  ],
  [
    'target/i386/kvm/tdx.c tdx_handle_get_quote via lldb frame variable (QEMU on TD host)',
    48,
    '(hwaddr) buf_gpa = 19546112',
    [['buf_gpa = 19546112', 'gpa']],
  ],
  [
    'accel/kvm/kvm-all.c kvm_set_phys_mem via lldb frame variable (QEMU on TD host)',
    48,
    '(KVMSlot *) mem = 0x000055d0c50a3f40',
    [['mem = 0x000055d0c50a3f40', 'pointer']],
  ],
  [
    'accel/kvm/kvm-all.c kvm_convert_memory via lldb stop frame (QEMU on TD host)',
    48,
    '    frame #0: 0x000055d0c2a1b3c4 qemu-system-x86_64`kvm_convert_memory(start=2145624064, size=2097152, to_private=false) at kvm-all.c:3011:9',
    [
      ['frame #0', 'count'],
      [': 0x000055d0c2a1b3c4', 'pointer'],
      ['start=2145624064', 'gpa'],
      ['size=2097152', 'size'],
    ],
  ],
  [
    'lldb register read rip (QEMU on TD host)',
    48,
    '     rip = 0x000055d0c2a1b3c4  qemu-system-x86_64`kvm_convert_memory + 52 at kvm-all.c:3011:9',
    [['rip = 0x000055d0c2a1b3c4', 'pointer']],
  ],
  ['lldb register read rdi (QEMU on TD host)', 48, '     rdi = 0x000000007fe3a000', [['rdi = 0x000000007fe3a000', 'register']]],
  [
    'lldb memory read -s8 -fx (QEMU on TD host)',
    48,
    '0x7f3a28a00000: 0x0038000400000001 0x0000000000000000',
    [
      ['0x7f3a28a00000', 'pointer'],
      [' 0x0038000400000001', 'data'],
      [' 0x0000000000000000', 'data'],
    ],
  ],
  [
    'vm-memory GuestAddress via lldb frame variable (cloud-hypervisor TD) -- written from memory',
    48,
    '(vm_memory::guest_memory::GuestAddress) addr = (__0 = 4286578688)',
    [['__0 = 4286578688', 'gpa']],
  ],

  // ===================================================================================================
  // cloud-hypervisor with a TD, read from cloud-hypervisor/cloud-hypervisor: vmm/src/vm.rs populate_tdx_sections()
  // info!("Allocating TDVF Section: {:x?}") / info!("Not allocating TDVF Section: {:x?} since it is already part of guest
  // RAM"), arch/src/x86_64/tdx/mod.rs TdHob info!("Writing HOB resource {:x} {:x?}") / ("Writing HOB end {:x} {:x?}").
  // {:x?} prints integers in bare lowercase hex: TdvfSection.address and HobResourceDescriptor.physical_start are GPAs, the
  // leading {:x} is the HOB's guest address; length/size -> size; attributes -> flags; resource_type -> count;
  // data_offset (file offset), reserved and the GUID words are left out. Logger format "cloud-hypervisor: {:.6?}: <{}>
  // {}:{}:{} -- {}" (source line number left out). The {:#x?} lines are one field per line of the pretty form.
  // vm-memory src/guest_memory.rs (read): "Guest memory error: invalid guest address {}" (.0.raw_value(), decimal),
  // "Guest memory error: only used {completed} bytes in {expected} long buffer"; the derived Debug prints
  // InvalidGuestAddress(GuestAddress(N)) in decimal.
  // ===================================================================================================
  [
    'vmm/src/vm.rs populate_tdx_sections via cloud-hypervisor log (TD host)',
    48,
    'cloud-hypervisor: 1.234567s: <vmm> INFO:vmm/src/vm.rs:1287 -- Allocating TDVF Section: TdvfSection { data_offset: 0, data_size: 0, address: 800000, size: 6000, type: TempMem, attributes: 0 }',
    [
      ['data_size: 0', 'size'],
      ['address: 800000', 'gpa'],
      [' size: 6000', 'size'],
      ['attributes: 0', 'flags'],
    ],
  ],
  [
    'vmm/src/vm.rs populate_tdx_sections via cloud-hypervisor log (TD host)',
    48,
    'cloud-hypervisor: 1.234601s: <vmm> INFO:vmm/src/vm.rs:1280 -- Not allocating TDVF Section: TdvfSection { data_offset: 0, data_size: 0, address: 809000, size: 2000, type: TdHob, attributes: 0 } since it is already part of guest RAM',
    [
      ['data_size: 0', 'size'],
      ['address: 809000', 'gpa'],
      [' size: 2000', 'size'],
      ['attributes: 0', 'flags'],
    ],
  ],
  [
    'vmm/src/vm.rs populate_tdx_sections (BFV) via cloud-hypervisor log (TD host)',
    48,
    'cloud-hypervisor: 1.234655s: <vmm> INFO:vmm/src/vm.rs:1287 -- Allocating TDVF Section: TdvfSection { data_offset: 84000, data_size: 37c000, address: ffc84000, size: 37c000, type: Bfv, attributes: 1 }',
    [
      ['data_size: 37c000', 'size'],
      ['address: ffc84000', 'gpa'],
      [' size: 37c000', 'size'],
      ['attributes: 1', 'flags'],
    ],
  ],
  [
    'arch/src/x86_64/tdx/mod.rs TdHob::add_resource via cloud-hypervisor log (TD host)',
    48,
    'cloud-hypervisor: 1.301122s: <vmm> INFO:arch/src/x86_64/tdx/mod.rs:272 -- Writing HOB resource 809038 HobResourceDescriptor { header: HobHeader { type: ResourceDescriptor, length: 30, reserved: 0 }, owner: EfiGuid { data1: 0, data2: 0, data3: 0, data4: [0, 0, 0, 0, 0, 0, 0, 0] }, resource_type: 0, resource_attribute: 4000007, physical_start: 100000000, resource_length: 180000000 }',
    [
      ['resource 809038', 'gpa'],
      ['length: 30', 'size'],
      ['resource_type: 0', 'count'],
      ['resource_attribute: 4000007', 'flags'],
      ['physical_start: 100000000', 'gpa'],
      ['resource_length: 180000000', 'size'],
    ],
  ],
  [
    'arch/src/x86_64/tdx/mod.rs TdHob::add_memory_resource via cloud-hypervisor log (TD host)',
    48,
    'cloud-hypervisor: 1.301145s: <vmm> INFO:arch/src/x86_64/tdx/mod.rs:272 -- Writing HOB resource 809068 HobResourceDescriptor { header: HobHeader { type: ResourceDescriptor, length: 30, reserved: 0 }, owner: EfiGuid { data1: 0, data2: 0, data3: 0, data4: [0, 0, 0, 0, 0, 0, 0, 0] }, resource_type: 0, resource_attribute: 4000007, physical_start: 0, resource_length: 800000 }',
    [
      ['resource 809068', 'gpa'],
      ['length: 30', 'size'],
      ['resource_type: 0', 'count'],
      ['resource_attribute: 4000007', 'flags'],
      ['physical_start: 0', 'gpa'],
      ['resource_length: 800000', 'size'],
    ],
  ],
  [
    'arch/src/x86_64/tdx/mod.rs TdHob::add_mmio_resource via cloud-hypervisor log (TD host)',
    48,
    'cloud-hypervisor: 1.301201s: <vmm> INFO:arch/src/x86_64/tdx/mod.rs:272 -- Writing HOB resource 809098 HobResourceDescriptor { header: HobHeader { type: ResourceDescriptor, length: 30, reserved: 0 }, owner: EfiGuid { data1: 0, data2: 0, data3: 0, data4: [0, 0, 0, 0, 0, 0, 0, 0] }, resource_type: 1, resource_attribute: 403, physical_start: c0000000, resource_length: 3ec00000 }',
    [
      ['resource 809098', 'gpa'],
      ['length: 30', 'size'],
      ['resource_type: 1', 'count'],
      ['resource_attribute: 403', 'flags'],
      ['physical_start: c0000000', 'gpa'],
      ['resource_length: 3ec00000', 'size'],
    ],
  ],
  [
    'arch/src/x86_64/tdx/mod.rs TdHob::finish via cloud-hypervisor log (TD host)',
    48,
    'cloud-hypervisor: 1.301790s: <vmm> INFO:arch/src/x86_64/tdx/mod.rs:240 -- Writing HOB end 8090f8 HobHeader { type: EndOfHobList, length: 8, reserved: 0 }',
    [
      ['end 8090f8', 'gpa'],
      ['length: 8', 'size'],
    ],
  ],
  [
    'arch/src/x86_64/tdx/mod.rs TdvfSection {:#x?} (pretty, one field) via cloud-hypervisor debug print (TD host)',
    48,
    '    address: 0xffc84000,',
    [['address: 0xffc84000', 'gpa']],
  ],
  [
    'arch/src/x86_64/tdx/mod.rs TdvfSection {:#x?} (pretty, one field) via cloud-hypervisor debug print (TD host)',
    48,
    '    size: 0x37c000,',
    [['size: 0x37c000', 'size']],
  ],
  [
    'vm-memory Error::InvalidGuestAddress Debug via cloud-hypervisor log (TD host)',
    48,
    'cloud-hypervisor: 0.982314s: <vmm> ERROR:vmm/src/lib.rs:1021 -- Error booting VM: VmBoot(FirmwareLoad(InvalidGuestAddress(GuestAddress(4290772992))))',
    [['GuestAddress(4290772992', 'gpa']],
  ],
  [
    'vm-memory Error::InvalidGuestAddress Display via cloud-hypervisor log (TD host)',
    48,
    'Error: Failed to load firmware: Guest memory error: invalid guest address 140739633979392',
    [['guest address 140739633979392', 'gpa']],
  ],
  [
    'vm-memory Error::PartialBuffer Display via cloud-hypervisor log (TD host)',
    48,
    'cloud-hypervisor: 2.114003s: <vmm> ERROR:vmm/src/vm.rs:1342 -- Failed to write TD Hob list: Guest memory error: only used 2048 bytes in 4096 long buffer',
    [
      ['only used 2048', 'size'],
      ['in 4096', 'size'],
    ],
  ],

  // ===================================================================================================
  // C sources, read from the files: arch/x86/include/asm/shared/tdx.h (TDVMCALL leaves and statuses),
  // arch/x86/include/asm/shared/tdx_errno.h (SEAMCALL statuses, operand ids), arch/x86/kvm/vmx/tdx.c (shared-bit
  // defines, GPAW check, CPUID lookup), arch/x86/kvm/vmx/tdx_arch.h (attribute bits, metadata field id, chunk size),
  // QEMU target/i386/kvm/tdx.h and tdx.c, hw/i386/tdvf.c. Bit positions, leaf numbers, operand/field ids -> count;
  // byte quantities -> size.
  // ===================================================================================================
  [
    'C source arch/x86/include/asm/shared/tdx.h',
    48,
    '#define TDVMCALL_STATUS_INVALID_OPERAND\t0x8000000000000000ULL',
    [['0x8000000000000000ULL', 'tdvmcallStatus']],
  ],
  [
    'C source arch/x86/include/asm/shared/tdx.h',
    48,
    '#define TDVMCALL_STATUS_ALIGN_ERROR\t0x8000000000000002ULL',
    [['0x8000000000000002ULL', 'tdvmcallStatus']],
  ],
  ['C source arch/x86/include/asm/shared/tdx.h', 48, '#define TDVMCALL_MAP_GPA\t\t0x10001', [['0x10001', 'count']]],
  [
    'C source arch/x86/include/asm/shared/tdx_errno.h',
    48,
    '#define TDX_OPERAND_BUSY\t\t\t0x8000020000000000ULL',
    [['0x8000020000000000ULL', 'tdxStatus']],
  ],
  [
    'C source arch/x86/include/asm/shared/tdx_errno.h',
    48,
    '#define TDX_EPT_ENTRY_STATE_INCORRECT\t\t0xC0000B0D00000000ULL',
    [['0xC0000B0D00000000ULL', 'tdxStatus']],
  ],
  ['C source arch/x86/include/asm/shared/tdx_errno.h', 48, '#define TDX_OPERAND_ID_SEPT\t\t\t0x92', [['0x92', 'count']]],
  ['C source arch/x86/kvm/vmx/tdx.c', 48, '#define TDX_SHARED_BIT_PWL_4 gpa_to_gfn(BIT_ULL(47))', [['BIT_ULL(47', 'count']]],
  [
    'C source arch/x86/kvm/vmx/tdx.c setup_tdparams_eptp_controls',
    48,
    '\tif (guest_pa != 48 && guest_pa != 52)',
    [
      ['!= 48', 'count'],
      ['!= 52', 'count'],
    ],
  ],
  [
    'C source arch/x86/kvm/vmx/tdx.c setup_tdparams_eptp_controls',
    48,
    '\tentry = kvm_find_cpuid_entry2(cpuid->entries, cpuid->nent, 0x80000008, 0);',
    [
      ['0x80000008', 'count'],
      [', 0', 'count'],
    ],
  ],
  [
    'C source arch/x86/kvm/vmx/tdx_arch.h',
    48,
    '#define TD_MD_FIELD_ID_CPUID_VALUES\t\t0x9410000300000000ULL',
    [['0x9410000300000000ULL', 'count']],
  ],
  ['C source arch/x86/kvm/vmx/tdx_arch.h', 48, '#define TDX_TD_ATTR_SEPT_VE_DISABLE\tBIT_ULL(28)', [['BIT_ULL(28', 'count']]],
  ['C source arch/x86/kvm/vmx/tdx_arch.h', 48, '#define TDX_EXTENDMR_CHUNKSIZE\t\t256', [['256', 'size']]],
  ['C source arch/x86/kvm/vmx/tdx.c tdx_td_init', 48, '\tBUILD_BUG_ON(sizeof(struct td_params) != 1024);', [['!= 1024', 'size']]],
  [
    'C source target/i386/kvm/tdx.h (QEMU)',
    48,
    '#define TDG_VP_VMCALL_GPA_INUSE         0x8000000000000001ULL',
    [['0x8000000000000001ULL', 'tdvmcallStatus']],
  ],
  [
    'C source target/i386/kvm/tdx.c tdx_handle_get_quote (QEMU)',
    48,
    '    if (!QEMU_IS_ALIGNED(buf_gpa, 4096) || !QEMU_IS_ALIGNED(buf_len, 4096)) {',
    [
      ['buf_gpa, 4096', 'size'],
      ['buf_len, 4096', 'size'],
    ],
  ],
  ['C source target/i386/kvm/tdx.c (QEMU)', 48, '#define TDX_REPORT_FATAL_ERROR_GPA_VALID    BIT_ULL(63)', [['BIT_ULL(63', 'count']]],
  ['C source hw/i386/tdvf.c (QEMU)', 48, '#define TDVF_ALIGNMENT              4096', [['4096', 'size']]],

  // ===================================================================================================
  // Rust sources, read from cloud-hypervisor: hypervisor/src/kvm/mod.rs (TDX exit constants) and
  // arch/src/x86_64/layout.rs (guest layout; GuestAddress values are GPAs, with digit separators).
  // ===================================================================================================
  [
    'Rust source hypervisor/src/kvm/mod.rs (cloud-hypervisor)',
    48,
    'const TDG_VP_VMCALL_INVALID_OPERAND: u64 = 0x8000000000000000;',
    [['0x8000000000000000', 'tdvmcallStatus']],
  ],
  [
    'Rust source hypervisor/src/kvm/mod.rs (cloud-hypervisor)',
    48,
    'const TDG_VP_VMCALL_ALIGN_ERROR: u64 = 0x8000000000000002;',
    [['0x8000000000000002', 'tdvmcallStatus']],
  ],
  ['Rust source hypervisor/src/kvm/mod.rs (cloud-hypervisor)', 48, 'const TDG_VP_VMCALL_MAP_GPA: u64 = 0x10001;', [['0x10001', 'count']]],
  ['Rust source hypervisor/src/kvm/mod.rs (cloud-hypervisor)', 48, 'const KVM_EXIT_TDX: u32 = 50;', [['= 50', 'count']]],
  [
    'Rust source arch/src/x86_64/layout.rs (cloud-hypervisor)',
    48,
    'pub const MEM_32BIT_RESERVED_START: GuestAddress = GuestAddress(0xc000_0000);',
    [['GuestAddress(0xc000_0000', 'gpa']],
  ],
  ['Rust source arch/src/x86_64/layout.rs (cloud-hypervisor)', 48, 'pub const IOAPIC_SIZE: u64 = 0x20;', [['0x20', 'size']]],
  [
    'Rust source arch/src/x86_64/layout.rs (cloud-hypervisor)',
    48,
    'pub const RAM_64BIT_START: GuestAddress = GuestAddress(0x1_0000_0000);',
    [['GuestAddress(0x1_0000_0000', 'gpa']],
  ],
];

export function blind5Corpus(): CorpusEntry[] {
  return corpusFromRows(ROWS);
}
