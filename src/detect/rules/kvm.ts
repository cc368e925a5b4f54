import { Field, RuleRow } from './row';

// KVM's own tracepoints and messages (torvalds/linux): arch/x86/kvm/mmu/mmutrace.h, arch/x86/kvm/trace.h,
// include/trace/events/kvm.h, and the "kvm: " messages of arch/x86/kvm/mmu/mmu.c and arch/x86/kvm/x86.c.

const MMU_TRACE = 'arch/x86/kvm/mmu/mmutrace.h';
const KVM_TRACE = 'arch/x86/kvm/trace.h';
const KVM_EVENTS = 'include/trace/events/kvm.h';

const COUNT: Field = ['count', 'decimal', 'a count, index or level'];
const VCPU: Field = ['count', 'decimal', 'vCPU index'];
const LEVEL: Field = ['count', 'decimal', 'page-table level (1 = 4 KiB)'];
const GFN_STRIPPED: Field = ['gfn', 'bare', 'GFN with the shared bit already stripped by KVM'];
const SPTE: Field = ['spte', 'bare', 'contents of the SPTE, not an address'];
const PFERR: Field = ['errorCode', 'bare', 'page-fault error code (PFERR_* bits)'];
const HASHED_PTR: Field = ['pointer', 'bare', 'kernel pointer printed with %p (hashed)'];
const RIP: Field = ['gva', '0x', 'guest RIP (a guest virtual address)'];
const REG: Field = ['register', '0x', 'register value'];
const MMIO_GEN: Field = ['count', 'bare', 'MMIO generation'];
const CPUID_REG: Field = ['register', 'bare', 'CPUID output register'];
const GVA: Field = ['gva', '0x', 'guest virtual address'];
const EXIT_INTR_INFO: Field = ['flags', '0x', 'VM-exit interruption information'];
const EXIT_INTR_ERROR: Field = ['errorCode', '0x', 'VM-exit interruption error code'];
const ACCESS: Field = ['flags', 'bare', 'ACC_* access bits'];
const HVA: Field = ['pointer', '0x', 'host virtual address (hva), not a GPA'];

/** `KVM_MMU_PAGE_PRINTK()` in mmutrace.h, the shadow-page summary printed by the kvm_mmu_*_page events. */
export const KVM_MMU_PAGE_PRINTK = '"sp gen %u gfn %llx l%u %u-byte q%u%s %s%s" " %snxe %sad root %u %s%c"';

export const KVM_ROWS: readonly RuleRow[] = [
  // arch/x86/kvm/trace.h of the TDX development branches: TRACE_EVENT(kvm_tdvmcall) prints "rip: %llx reason: %s
  // p1: %llx p2: %llx p3: %llx p4: %llx" with p1–p4 the guest's R12–R15. What they hold depends on the leaf (the
  // GHCI: MapGPA R12 GPA, R13 size; GetQuote R12 shared GPA, R13 size; #VE MMIO R12 size, R13 direction, R14 GPA).
  {
    event: 'kvm_tdvmcall',
    source: 'arch/x86/kvm/trace.h',
    formats: ['"rip: %llx reason: %s p1: %llx p2: %llx p3: %llx p4: %llx"'],
    fields: {
      rip: ['gva', 'bare', 'guest RIP of the TDVMCALL'],
      p1: ['register', 'bare', 'R12 of the TDVMCALL'],
      p2: ['register', 'bare', 'R13 of the TDVMCALL'],
      p3: ['register', 'bare', 'R14 of the TDVMCALL'],
      p4: ['register', 'bare', 'R15 of the TDVMCALL'],
    },
    cases: [
      {
        text: 'reason: MAP_GPA',
        fields: {
          p1: ['gpa', 'bare', 'R12 of MapGPA: the start of the range to convert (its shared bit says to which side)'],
          p2: ['size', 'bare', 'R13 of MapGPA: the size of the range'],
        },
      },
      {
        text: 'reason: GET_QUOTE',
        fields: {
          p1: ['gpa', 'bare', 'R12 of GetQuote: the shared GPA of the quote buffer'],
          p2: ['size', 'bare', 'R13 of GetQuote: the buffer’s size'],
        },
      },
      {
        text: 'reason: EPT_VIOLATION',
        fields: {
          p1: ['size', 'bare', 'R12 of a #VE MMIO request: the access size'],
          p2: ['count', 'bare', 'R13 of a #VE MMIO request: the direction (0 read, 1 write)'],
          p3: ['gpa', 'bare', 'R14 of a #VE MMIO request: the MMIO GPA'],
          p4: ['data', 'bare', 'R15 of a #VE MMIO request: the value written'],
        },
      },
    ],
  },
  // arch/x86/kvm/trace.h, SEV-ES GHCB MSR protocol: sev_handle_vmgexit_msr_protocol() traces control->ghcb_gpa, the
  // GHCB MSR's value: a request or response code in bits 11:0 and its data above, not the GHCB's GPA.
  {
    event: ['kvm_vmgexit_msr_protocol_enter', 'kvm_vmgexit_msr_protocol_exit'],
    source: 'arch/x86/kvm/trace.h',
    formats: ['"vcpu %u, ghcb_gpa %016llx"', '"vcpu %u, ghcb_gpa %016llx, result %d"'],
    fields: {
      vcpu: ['count', 'decimal', 'vCPU id'],
      ghcb_gpa: ['register', 'bare', 'the GHCB MSR’s value: GHCBInfo (request/response code) in bits 11:0, GHCBData above'],
      result: ['count', 'decimal', 'the handler’s result'],
    },
  },
  // arch/x86/kvm/mmu/mmutrace.h
  {
    event: 'kvm_mmu_pagetable_walk',
    source: MMU_TRACE,
    formats: ['addr %llx pferr %x %s'],
    fields: { addr: ['gva', 'bare', 'guest virtual address being walked, not a GPA'], pferr: PFERR },
  },
  {
    event: 'kvm_mmu_paging_element',
    source: MMU_TRACE,
    formats: ['pte %llx level %u'],
    fields: { pte: ['spte', 'bare', 'guest PTE contents'], level: LEVEL },
  },
  {
    event: ['kvm_mmu_set_accessed_bit', 'kvm_mmu_set_dirty_bit'],
    source: MMU_TRACE,
    formats: ['gpa %llx'],
    fields: { gpa: ['gpa', 'bare', 'GPA of the guest PTE being updated'] },
  },
  { event: 'kvm_mmu_walker_error', source: MMU_TRACE, formats: ['pferr %x %s'], fields: { pferr: PFERR } },
  {
    event: ['kvm_mmu_get_page', 'kvm_mmu_sync_page', 'kvm_mmu_unsync_page', 'kvm_mmu_prepare_zap_page'],
    source: MMU_TRACE,
    formats: ['%s %s', '%s'],
    fields: { gen: COUNT, gfn: GFN_STRIPPED, root: COUNT },
  },
  {
    event: 'mark_mmio_spte',
    source: MMU_TRACE,
    formats: ['sptep:%p gfn %llx access %x gen %x'],
    fields: { sptep: HASHED_PTR, gfn: GFN_STRIPPED, access: ACCESS, gen: MMIO_GEN },
  },
  {
    event: 'handle_mmio_page_fault',
    source: MMU_TRACE,
    formats: ['addr:%llx gfn %llx access %x'],
    fields: { addr: ['gpa', 'bare', 'faulting GPA (MMIO)'], gfn: GFN_STRIPPED, access: ACCESS },
  },
  {
    event: 'fast_page_fault',
    source: MMU_TRACE,
    formats: ['"vcpu %d gva %llx error_code %s sptep %p old %#llx" " new %llx spurious %d fixed %d"'],
    fields: {
      vcpu: VCPU,
      gva: ['gpa', 'bare', '`cr2_or_gpa`: a GPA under TDP (always for TDX), despite the label'],
      sptep: HASHED_PTR,
      old: ['spte', '0x', 'old SPTE contents'],
      new: ['spte', 'bare', 'new SPTE contents'],
      spurious: COUNT,
      fixed: COUNT,
    },
  },
  {
    event: 'check_mmio_spte',
    source: MMU_TRACE,
    formats: ['spte %llx kvm_gen %x spte-gen %x valid %d'],
    fields: { spte: SPTE, kvm_gen: MMIO_GEN, gen: MMIO_GEN, valid: COUNT },
  },
  {
    event: 'kvm_mmu_set_spte',
    source: MMU_TRACE,
    formats: ['gfn %llx spte %llx (%s%s%s%s) level %d at %llx'],
    fields: {
      gfn: GFN_STRIPPED,
      spte: SPTE,
      level: LEVEL,
      at: ['hpa', 'bare', '`virt_to_phys(sptep)`: host physical address of the SPTE'],
    },
  },
  {
    event: 'kvm_mmu_spte_requested',
    source: MMU_TRACE,
    formats: ['gfn %llx pfn %llx level %d'],
    fields: { gfn: GFN_STRIPPED, pfn: ['hpfn', 'bare', 'host PFN backing the GFN'], level: LEVEL },
  },
  {
    event: 'kvm_tdp_mmu_spte_changed',
    source: MMU_TRACE,
    formats: ['as id %d gfn %llx level %d old_spte %llx new_spte %llx'],
    fields: { id: ['count', 'decimal', 'address space id'], gfn: GFN_STRIPPED, level: LEVEL, old_spte: SPTE, new_spte: SPTE },
  },
  {
    event: 'kvm_mmu_split_huge_page',
    source: MMU_TRACE,
    formats: ['gfn %llx spte %llx level %d errno %d'],
    fields: { gfn: GFN_STRIPPED, spte: SPTE, level: LEVEL, errno: ['count', 'decimal', 'errno'] },
  },
  {
    event: 'kvm_mmu_zap_all_fast',
    source: MMU_TRACE,
    formats: ['kvm-mmu-valid-gen %u used_pages %x'],
    fields: { gen: COUNT, used_pages: ['count', 'bare', 'pages in use'] },
  },
  // arch/x86/kvm/trace.h
  {
    event: 'kvm_entry',
    source: KVM_TRACE,
    // Since Linux 6.9 ("KVM: x86: Pass force_immediate_exit to kvm_x86_ops.vcpu_run()"), then before it.
    formats: ['vcpu %u, rip 0x%lx%s', 'vcpu %u, rip 0x%lx'],
    fields: {
      vcpu: VCPU,
      rip: RIP,
      inj: ['flags', '0x', 'event-injection information'],
      inj_error_code: ['errorCode', '0x', 'error code of the injected event'],
    },
  },
  {
    event: ['kvm_exit', 'kvm_nested_vmexit'],
    source: KVM_TRACE,
    formats: ['"vcpu %u reason %s%s%s rip 0x%lx info1 0x%016llx " "info2 0x%016llx intr_info 0x%08x error_code 0x%08x"'],
    fields: {
      vcpu: VCPU,
      rip: RIP,
      info1: ['exitQualification', '0x', 'exit qualification (VMX)'],
      info2: ['flags', '0x', 'IDT-vectoring information (VMX)'],
      intr_info: EXIT_INTR_INFO,
      error_code: EXIT_INTR_ERROR,
    },
  },
  {
    event: 'kvm_page_fault',
    source: KVM_TRACE,
    // Since Linux 6.3 ("KVM: x86: Print more information in kvm_page_fault"), then before it.
    formats: ['vcpu %u rip 0x%lx address 0x%016llx error_code 0x%llx', 'address %lx error_code %x'],
    fields: {
      vcpu: VCPU,
      rip: RIP,
      address: ['gpa', 'bare', 'raw GPA, shared bit included'],
      error_code: ['exitQualification', 'bare', 'EPT-violation exit qualification on Intel (arch/x86/include/asm/vmx.h)'],
    },
  },
  {
    event: 'kvm_emulate_insn',
    source: KVM_TRACE,
    formats: ['%x:%llx:%s (%s)%s'],
    leading: [
      ['gva', 'bare', 'CS base (guest linear address)'],
      ['gva', 'bare', 'guest RIP of the emulated instruction'],
    ],
  },
  {
    event: 'kvm_msr',
    source: KVM_TRACE,
    formats: ['msr_%s %x = 0x%llx%s'],
    fields: { msr_read: ['count', 'bare', 'MSR index'], msr_write: ['count', 'bare', 'MSR index'] },
    other: ['data', '0x', 'MSR value'],
  },
  {
    event: 'kvm_cr',
    source: KVM_TRACE,
    formats: ['cr_%s %x = 0x%lx'],
    fields: { cr_read: ['count', 'bare', 'control register number'], cr_write: ['count', 'bare', 'control register number'] },
    other: ['register', '0x', 'control register value'],
  },
  {
    event: 'kvm_hypercall',
    source: KVM_TRACE,
    formats: ['nr 0x%lx a0 0x%lx a1 0x%lx a2 0x%lx a3 0x%lx'],
    fields: { nr: ['count', '0x', 'hypercall number'], a0: REG, a1: REG, a2: REG, a3: REG },
    cases: [
      {
        // KVM_HC_MAP_GPA_RANGE (12, include/uapi/linux/kvm_para.h): kvm_emulate_hypercall() in arch/x86/kvm/x86.c
        // reads gpa = a0, npages = a1, attrs = a2.
        text: 'nr 0xc ',
        fields: {
          a0: ['gpa', '0x', 'KVM_HC_MAP_GPA_RANGE: the first GPA of the range'],
          a1: ['count', '0x', 'KVM_HC_MAP_GPA_RANGE: the number of 4 KiB pages'],
          a2: ['flags', '0x', 'KVM_HC_MAP_GPA_RANGE: KVM_MAP_GPA_RANGE_* attributes (encrypted or decrypted, page size)'],
        },
      },
    ],
  },
  {
    // svm.c skinit_interception(): trace_kvm_skinit(kvm_rip_read(vcpu), kvm_rax_read(vcpu)); SKINIT's EAX is the
    // physical address of the secure loader block.
    event: 'kvm_skinit',
    source: KVM_TRACE,
    formats: ['"rip: 0x%016llx slb: 0x%08x"'],
    fields: { rip: RIP, slb: ['gpa', '0x', 'the guest physical address of the secure loader block (SKINIT’s EAX)'] },
  },
  {
    event: 'kvm_nested_vmenter',
    source: KVM_TRACE,
    fields: {
      rip: RIP,
      vmcs: ['gpa', '0x', "L1's GPA of the VMCS12 being entered"],
      vmcb: ['gpa', '0x', "L1's GPA of the VMCB12 being entered"],
      nested_rip: ['gva', '0x', "L2's RIP (a guest virtual address)"],
      int_ctl: ['flags', '0x', 'VMCB interrupt control'],
      event_inj: ['flags', '0x', 'event-injection field'],
      nested_eptp: ['gpa', '0x', "L1's EPTP for L2: GPA of its EPT root plus control bits"],
      nested_cr3: ['gpa', '0x', "L1's nested CR3 (a GPA)"],
    },
  },
  {
    event: 'kvm_nested_vmexit_inject',
    source: KVM_TRACE,
    fields: {
      ext_inf1: ['exitQualification', '0x', 'exit qualification reflected to L1 (CR2 for #PF exits)'],
      ext_inf2: ['flags', '0x', 'IDT-vectoring information reflected to L1'],
      ext_int: EXIT_INTR_INFO,
      ext_int_err: EXIT_INTR_ERROR,
    },
  },
  {
    event: 'kvm_inj_exception',
    source: KVM_TRACE,
    fields: { '(': ['errorCode', '0x', 'error code of the injected exception'] },
  },
  {
    event: 'kvm_invlpga',
    source: KVM_TRACE,
    fields: {
      rip: RIP,
      asid: ['count', 'decimal', 'ASID'],
      address: ['gva', '0x', 'guest virtual address being invalidated'],
    },
  },
  {
    event: ['kvm_hv_flush_tlb', 'kvm_hv_flush_tlb_ex', 'kvm_hv_send_ipi', 'kvm_hv_send_ipi_ex'],
    source: KVM_TRACE,
    fields: {
      processor_mask: ['flags', '0x', 'mask of target vCPUs'],
      address_space: ['gpa', '0x', 'address space (the guest CR3) to flush'],
      flags: ['flags', '0x', 'HV_FLUSH_* flags'],
      vector: ['count', 'bare', 'interrupt vector'],
    },
  },
  { event: 'kvm_pvclock_update', source: KVM_TRACE, other: ['count', '0x', 'pvclock field (a time, version or flags)'] },
  { event: 'kvm_apic', source: KVM_TRACE, other: ['data', '0x', 'value read from or written to the APIC register'] },
  {
    event: 'kvm_pio',
    source: KVM_TRACE,
    formats: ['pio_%s at 0x%x size %d count %d val 0x%x %s'],
    fields: {
      at: ['count', '0x', 'I/O port number'],
      size: ['size', 'decimal', 'access size in bytes'],
      count: COUNT,
      val: ['data', '0x', 'data moved'],
    },
  },
  { event: 'kvm_fast_mmio', source: KVM_TRACE, formats: ['fast mmio at gpa 0x%llx'], fields: { gpa: ['gpa', '0x', 'MMIO GPA'] } },
  {
    event: 'kvm_cpuid',
    source: KVM_TRACE,
    formats: ['func %x idx %x rax %lx rbx %lx rcx %lx rdx %lx, cpuid entry %s%s'],
    fields: {
      func: ['count', 'bare', 'CPUID leaf'],
      idx: ['count', 'bare', 'CPUID subleaf'],
      rax: CPUID_REG,
      rbx: CPUID_REG,
      rcx: CPUID_REG,
      rdx: CPUID_REG,
    },
  },
  {
    event: 'vcpu_match_mmio',
    source: KVM_TRACE,
    formats: ['gva %#lx gpa %#llx %s %s'],
    fields: { gva: GVA, gpa: ['gpa', '0x', 'MMIO GPA'] },
  },
  { event: 'kvm_inj_virq', source: KVM_TRACE, formats: ['%s 0x%x%s'], other: ['count', '0x', 'interrupt vector'] },
  {
    event: ['kvm_eoi', 'kvm_pv_eoi'],
    source: KVM_TRACE,
    formats: ['apicid %x vector %d'],
    fields: { apicid: ['count', 'bare', 'APIC id'], vector: COUNT },
  },
  {
    event: 'kvm_hv_hypercall',
    source: KVM_TRACE,
    formats: ['code 0x%x %s var_cnt 0x%x rep_cnt 0x%x idx 0x%x in 0x%llx out 0x%llx'],
    fields: {
      code: ['count', '0x', 'hypercall code'],
      var_cnt: ['count', '0x', 'count'],
      rep_cnt: ['count', '0x', 'count'],
      idx: ['count', '0x', 'rep index'],
      in: ['gpa', '0x', '`ingpa`: GPA of the input page'],
      out: ['gpa', '0x', '`outgpa`: GPA of the output page'],
    },
  },
  {
    event: 'kvm_enter_smm',
    source: KVM_TRACE,
    formats: ['vcpu %u: %s SMM, smbase 0x%llx'],
    fields: { vcpu: VCPU, smbase: ['gpa', '0x', 'SMBASE, a guest physical address'] },
  },
  {
    event: 'kvm_pi_irte_update',
    source: KVM_TRACE,
    formats: ['"VT-d PI is %s for irq %u, vcpu %u, gsi: 0x%x, " "gvec: 0x%x, pi_desc_addr: 0x%llx"'],
    fields: {
      irq: COUNT,
      vcpu: VCPU,
      gsi: ['count', '0x', 'GSI'],
      gvec: ['count', '0x', 'guest vector'],
      pi_desc_addr: ['hpa', '0x', 'host physical address of the posted-interrupt descriptor'],
    },
  },
  // include/trace/events/kvm.h
  {
    event: 'kvm_mmio',
    source: KVM_EVENTS,
    formats: ['mmio %s len %u gpa 0x%llx val 0x%llx'],
    fields: {
      len: ['size', 'decimal', 'access length in bytes'],
      gpa: ['gpa', '0x', 'MMIO GPA (shared bit stripped by KVM)'],
      val: ['data', '0x', 'data moved'],
    },
  },
  { event: ['kvm_unmap_hva_range', 'kvm_age_hva', 'kvm_test_age_hva'], source: KVM_EVENTS, other: HVA },
  {
    event: 'kvm_vm_set_mem_attributes',
    source: KVM_EVENTS,
    fields: {
      '^': ['gfn', '0x', 'first GFN of the range'],
      '-': ['gfn', '0x', 'end GFN of the range, exclusive'],
      '[': ['flags', '0x', 'KVM_MEMORY_ATTRIBUTE_* (bit 3 = private)'],
    },
  },
  {
    event: ['kvm_dirty_ring_push', 'kvm_dirty_ring_reset', 'kvm_dirty_ring_exit'],
    source: KVM_EVENTS,
    fields: {
      ring: ['count', 'decimal', 'dirty ring index'],
      dirty: ['count', '0x', 'dirty index of the ring'],
      reset: ['count', '0x', 'reset index of the ring'],
      slot: ['count', 'decimal', 'memslot id'],
      offset: ['count', '0x', 'gfn - base_gfn: a page index in the memslot'],
      used: ['count', 'decimal', 'entries in use'],
    },
  },
  { event: 'kvm_set_irq', source: KVM_EVENTS, formats: ['gsi %u level %d source %d'], fields: { gsi: COUNT, level: COUNT, source: COUNT } },
  {
    event: 'kvm_msi_set_irq',
    source: KVM_EVENTS,
    formats: ['dst %u vec %x (%s|%s|%s%s)'],
    fields: { dst: COUNT, vec: ['count', 'bare', 'vector'] },
  },
  {
    event: 'kvm_ioapic_set_irq',
    source: KVM_EVENTS,
    formats: ['pin %u dst %x vec=%u (%s|%s|%s%s)%s'],
    fields: { pin: COUNT, dst: ['count', 'bare', 'destination'], vec: COUNT },
  },
  {
    event: 'kvm_age_page',
    source: KVM_EVENTS,
    formats: ['hva %llx gfn %llx %s'],
    fields: { hva: ['pointer', 'bare', 'host virtual address (QEMU memory)'], gfn: ['gfn', 'bare', 'GFN of the aged page'] },
  },
  {
    event: ['kvm_try_async_get_page', 'kvm_async_pf_doublefault'],
    source: KVM_EVENTS,
    formats: ['gva = %#llx, gfn = %#llx'],
    fields: { gva: GVA, gfn: ['gfn', '0x', 'GFN'] },
  },
  {
    event: ['kvm_async_pf_not_present', 'kvm_async_pf_ready'],
    source: KVM_EVENTS,
    formats: ['token %#llx gva %#llx'],
    fields: { token: ['count', '0x', 'async page-fault token'], gva: GVA },
  },
  {
    event: 'kvm_async_pf_completed',
    source: KVM_EVENTS,
    formats: ['gva %#llx address %#lx pfn %#llx'],
    fields: { gva: GVA, address: HVA, pfn: ['hpfn', '0x', 'host PFN'] },
  },
  // pr_fmt "kvm: " of arch/x86/kvm: get_mmio_spte() in mmu/mmu.c, then the ignored-MSR messages of x86.c.
  {
    event: 'kvm',
    source: 'arch/x86/kvm/mmu/mmu.c',
    formats: ['"------ spte = 0x%llx level = %d, rsvd bits = 0x%llx"'],
    fields: {
      spte: ['spte', '0x', 'SPTE contents (get_mmio_spte)'],
      level: ['count', 'decimal', 'page-table level'],
      bits: ['flags', '0x', 'reserved bits set in the SPTE'],
    },
  },
  {
    // kvm_msr_ignored_check(), through kvm_pr_unimpl()'s "vcpu%i, guest rIP: 0x%lx " prefix.
    event: 'kvm',
    source: 'arch/x86/kvm/x86.c',
    formats: ['"ignored %s: 0x%x data 0x%llx\\n"'],
    fields: {
      rIP: ['gva', '0x', 'guest RIP of an ignored MSR access'],
      rdmsr: ['count', '0x', 'MSR index of an ignored access'],
      wrmsr: ['count', '0x', 'MSR index of an ignored access'],
      data: ['data', '0x', 'MSR value of an ignored access'],
    },
  },
];
