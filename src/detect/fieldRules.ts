import { Confidence, ValueKind } from './valueKind';

/**
 * What one field of one message means: `address` of `kvm_page_fault` is a raw `gpa`, `at` of
 * `kvm_mmu_set_spte` an `hpa`. `radix` 10 marks fields printed in decimal (`level %d`, GDB integers);
 * `bare` marks fields printed without `0x` that the classifier reads itself after the label.
 */
export interface FieldRule {
  readonly kind: ValueKind;
  readonly why: string;
  readonly radix?: 10 | 16;
  readonly bare?: boolean;
  /** Takes the kind of the value just before it: the end of `[mem a-b]`, the second column of `info registers`. */
  readonly sameAsPrevious?: boolean;
  readonly confidence?: Confidence;
}

/** How two values of a message form an inclusive range: `[mem a-b]` (inclusive), `TDMR [a, b)` (half open), `start … size …`. */
export type RangeForm = 'inclusive' | 'halfOpen' | 'startSize';

/**
 * The fields of one tracepoint or message, keyed by the label word printed before each value. Keys that
 * are not words: `'['` `'('` `'-'` `','` `'.'` `']'` `')'` `'>'` `'@'` (the character before the value),
 * `'#'` (another number before it), `'^'` (the value starts the message).
 * Example: `kvm_mmu_spte_requested` maps `gfn` to `gfn` and `pfn` to `hpfn`.
 */
export interface EventRules {
  readonly names: readonly string[];
  readonly source: string;
  readonly fields?: { readonly [key: string]: FieldRule };
  /** Rule for a `0x` value whose key is not in `fields`. */
  readonly other?: FieldRule;
  readonly range?: RangeForm;
  /** Bare hex values printed right after the event name, separated by `:` (`kvm_emulate_insn: 0:ffffffff81a01234:0f 01 ca`). */
  readonly leading?: readonly FieldRule[];
  /** The separator of `leading` values besides `:` (`-` in `info mtree`'s `start-end`). */
  readonly leadingSeparator?: string;
  /** Rule for a value after a label word that no rule names and whose form says nothing (`mmu_seq = 0x1a2`). */
  readonly unknownWord?: FieldRule;
}

/** Sources cited by many messages (the minifier keeps every copy of a repeated string). */
const KVM_TRACE = 'arch/x86/kvm/trace.h';
const MMU_TRACE = 'arch/x86/kvm/mmu/mmutrace.h';
const KVM_EVENTS = 'include/trace/events/kvm.h';
const QEMU_KVM = 'accel/kvm/trace-events';
const QEMU_I386 = 'target/i386/kvm/trace-events';

const rule = (kind: ValueKind, why: string, more?: Partial<FieldRule>): FieldRule => ({ kind, why, ...more });
/** `more` of a rule decided by a label word or a shape rather than by the tool's own format. */
const LIKELY = { confidence: 'likely' } as const;
/** A rule decided by a word's or a value's form (`confidence: 'likely'`), for the classifier's own fallbacks. */
export const likely = (kind: ValueKind, why: string): FieldRule => rule(kind, why, LIKELY);
/** `rule(kind, …)` for the kinds the table names most often (one call per rule instead of repeating the kind). */
const ruleOf =
  (kind: ValueKind) =>
  (why: string, more?: Partial<FieldRule>): FieldRule =>
    rule(kind, why, more);
const gpaRule = ruleOf('gpa');
const countRule = ruleOf('count');
const flagsRule = ruleOf('flags');
const pointerRule = ruleOf('pointer');
const dataRule = ruleOf('data');
const gvaRule = ruleOf('gva');
const registerRule = ruleOf('register');
const sizeRule = ruleOf('size');
const gfnRule = ruleOf('gfn');
const hpaRule = ruleOf('hpa');
/** A field printed without `0x` (`gfn %llx`), read by the classifier after its label. */
const bare = (kind: ValueKind, why: string): FieldRule => rule(kind, why, { bare: true });
/** A decimal field (`level %d`), read by the classifier after its label. */
const dec = (kind: ValueKind, why: string): FieldRule => rule(kind, why, { bare: true, radix: 10 });
/** `dec('count', why)` and `bare('count', why)`: counts are the fields the table names most. */
const decCount = (why: string): FieldRule => dec('count', why);
const bareCount = (why: string): FieldRule => bare('count', why);
const same: FieldRule = gpaRule('end of the range', { sameAsPrevious: true });

const COUNT = decCount('a count, index or level');
const VCPU = decCount('vCPU index');
const LEVEL = decCount('page-table level (1 = 4 KiB)');
const GFN_STRIPPED = bare('gfn', 'GFN with the shared bit already stripped by KVM');
const PT_ENTRY = bare('gpa', 'page-table entry: the next table or the page, flags in its low 12 bits');
const SPTE = bare('spte', 'contents of the SPTE, not an address');
const PFERR = bare('errorCode', 'page-fault error code (PFERR_* bits)');
const HASHED_PTR = bare('pointer', 'kernel pointer printed with %p (hashed)');
const RIP = gvaRule('guest RIP (a guest virtual address)');
const REG = registerRule('register value');
const STATUS = rule('tdxStatus', 'TDX SEAMCALL completion status (see tdx_errno.h)');

const MMIO_GEN = bareCount('MMIO generation');
const CPUID_REG = bare('register', 'CPUID output register');
const GVA = gvaRule('guest virtual address');
const SELECTOR = countRule('segment selector');
const LABELLED_SPTE = rule('spte', 'labelled SPTE contents');
const IGNORED_MSR = countRule('MSR index of an ignored access (x86.c)');

const EXIT_INTR_INFO = flagsRule('VM-exit interruption information');
const EXIT_INTR_ERROR = rule('errorCode', 'VM-exit interruption error code');
const STRIPPED_GPA = gpaRule('GPA, shared bit stripped');
const SIZE_BYTES = sizeRule('size in bytes');
const GMEM_OFFSET = sizeRule('offset in guest_memfd');
const LABELLED_ERROR = rule('errorCode', 'labelled error code');
const LABELLED_STATUS = rule('tdxStatus', 'labelled status code');

/** Printed by e820_end_pfn() in arch/x86/kernel/e820.c (`last_pfn = %#lx max_arch_pfn = %#lx`; older kernels add `e820: `). */
const LAST_PFN = gfnRule("the guest's highest usable frame number (e820)");
const MAX_ARCH_PFN = gfnRule('the architectural limit on frame numbers (e820)');

/** An argument or variable named gpa/gfn in GDB's output, which prints integers in decimal. */
const GDB_GPA = gpaRule('named gpa (GDB prints integers in decimal)', { radix: 10, bare: true });
const GDB_GFN = gfnRule('named gfn (GDB prints integers in decimal)', { radix: 10, bare: true });

/** KVM MMU page summary printed by KVM_MMU_PAGE_PRINTK() (`sp gen %u gfn %llx l%u … root %u`). */
const MMU_PAGE: EventRules['fields'] = { gen: COUNT, gfn: GFN_STRIPPED, root: COUNT };

/**
 * The rules table: one entry per tracepoint or message family, each citing the source that prints it.
 * GDB shapes use the synthetic names `gdb print`, `gdb frame`, `gdb examine`, `gdb registers`, `gdb locals`.
 */
export const EVENT_RULES: readonly EventRules[] = [
  // arch/x86/kvm/mmu/mmutrace.h
  {
    names: ['kvm_mmu_pagetable_walk'],
    source: MMU_TRACE,
    fields: { addr: bare('gva', 'guest virtual address being walked, not a GPA'), pferr: PFERR },
  },
  {
    names: ['kvm_mmu_paging_element'],
    source: MMU_TRACE,
    fields: { pte: bare('spte', 'guest PTE contents'), level: LEVEL },
  },
  {
    names: ['kvm_mmu_set_accessed_bit', 'kvm_mmu_set_dirty_bit'],
    source: MMU_TRACE,
    fields: { gpa: bare('gpa', 'GPA of the guest PTE being updated') },
  },
  { names: ['kvm_mmu_walker_error'], source: MMU_TRACE, fields: { pferr: PFERR } },
  {
    names: ['kvm_mmu_get_page', 'kvm_mmu_sync_page', 'kvm_mmu_unsync_page', 'kvm_mmu_prepare_zap_page'],
    source: MMU_TRACE,
    fields: MMU_PAGE,
  },
  {
    names: ['mark_mmio_spte'],
    source: MMU_TRACE,
    fields: { sptep: HASHED_PTR, gfn: GFN_STRIPPED, access: bare('flags', 'ACC_* access bits'), gen: MMIO_GEN },
  },
  {
    names: ['handle_mmio_page_fault'],
    source: MMU_TRACE,
    fields: { addr: bare('gpa', 'faulting GPA (MMIO)'), gfn: GFN_STRIPPED, access: bare('flags', 'ACC_* access bits') },
  },
  {
    names: ['fast_page_fault'],
    source: MMU_TRACE,
    fields: {
      vcpu: VCPU,
      gva: bare('gpa', '`cr2_or_gpa`: a GPA under TDP (always for TDX), despite the label'),
      sptep: HASHED_PTR,
      old: rule('spte', 'old SPTE contents'),
      new: bare('spte', 'new SPTE contents'),
      spurious: COUNT,
      fixed: COUNT,
    },
  },
  {
    names: ['check_mmio_spte'],
    source: MMU_TRACE,
    fields: { spte: SPTE, kvm_gen: MMIO_GEN, gen: MMIO_GEN, valid: COUNT },
  },
  {
    names: ['kvm_mmu_set_spte'],
    source: MMU_TRACE,
    fields: { gfn: GFN_STRIPPED, spte: SPTE, level: LEVEL, at: bare('hpa', '`virt_to_phys(sptep)`: host physical address of the SPTE') },
  },
  {
    names: ['kvm_mmu_spte_requested'],
    source: MMU_TRACE,
    fields: { gfn: GFN_STRIPPED, pfn: bare('hpfn', 'host PFN backing the GFN'), level: LEVEL },
  },
  {
    names: ['kvm_tdp_mmu_spte_changed'],
    source: MMU_TRACE,
    fields: { id: decCount('address space id'), gfn: GFN_STRIPPED, level: LEVEL, old_spte: SPTE, new_spte: SPTE },
  },
  {
    names: ['kvm_mmu_split_huge_page'],
    source: MMU_TRACE,
    fields: { gfn: GFN_STRIPPED, spte: SPTE, level: LEVEL, errno: decCount('errno') },
  },
  {
    names: ['kvm_mmu_zap_all_fast'],
    source: MMU_TRACE,
    fields: { gen: COUNT, used_pages: bareCount('pages in use') },
  },
  // arch/x86/kvm/trace.h
  {
    names: ['kvm_entry'],
    source: KVM_TRACE,
    fields: {
      vcpu: VCPU,
      rip: RIP,
      inj: flagsRule('event-injection information'),
      inj_error_code: rule('errorCode', 'error code of the injected event'),
    },
  },
  {
    names: ['kvm_exit', 'kvm_nested_vmexit'],
    source: KVM_TRACE,
    fields: {
      vcpu: VCPU,
      rip: RIP,
      info1: rule('exitQualification', 'exit qualification (VMX)'),
      info2: flagsRule('IDT-vectoring information (VMX)'),
      intr_info: EXIT_INTR_INFO,
      error_code: EXIT_INTR_ERROR,
    },
  },
  {
    names: ['kvm_page_fault'],
    source: KVM_TRACE,
    fields: {
      vcpu: VCPU,
      rip: RIP,
      address: bare('gpa', 'raw GPA, shared bit included'),
      error_code: bare('exitQualification', 'EPT-violation exit qualification on Intel (asm/vmx.h)'),
    },
  },
  {
    names: ['kvm_emulate_insn'],
    source: KVM_TRACE,

    leading: [gvaRule('CS base (guest linear address)'), gvaRule('guest RIP of the emulated instruction')],
  },
  {
    names: ['kvm_msr'],
    source: KVM_TRACE,
    fields: { msr_read: bareCount('MSR index'), msr_write: bareCount('MSR index') },
    other: dataRule('MSR value'),
  },
  {
    names: ['kvm_cr'],
    source: KVM_TRACE,
    fields: { cr_read: bareCount('control register number'), cr_write: bareCount('control register number') },
    other: registerRule('control register value'),
  },
  {
    names: ['kvm_hypercall'],
    source: KVM_TRACE,
    fields: { nr: countRule('hypercall number'), a0: REG, a1: REG, a2: REG, a3: REG },
  },
  {
    names: ['kvm_nested_vmenter'],
    source: KVM_TRACE,
    fields: {
      rip: RIP,
      vmcs: gpaRule("L1's GPA of the VMCS12 being entered"),
      vmcb: gpaRule("L1's GPA of the VMCB12 being entered"),
      nested_rip: gvaRule("L2's RIP (a guest virtual address)"),
      int_ctl: flagsRule('VMCB interrupt control'),
      event_inj: flagsRule('event-injection field'),
      nested_eptp: gpaRule("L1's EPTP for L2: GPA of its EPT root plus control bits"),
      nested_cr3: gpaRule("L1's nested CR3 (a GPA)"),
    },
  },
  {
    names: ['kvm_nested_vmexit_inject'],
    source: KVM_TRACE,
    fields: {
      ext_inf1: rule('exitQualification', 'exit qualification reflected to L1 (CR2 for #PF exits)'),
      ext_inf2: flagsRule('IDT-vectoring information reflected to L1'),
      ext_int: EXIT_INTR_INFO,
      ext_int_err: EXIT_INTR_ERROR,
    },
  },
  {
    names: ['kvm_inj_exception'],
    source: KVM_TRACE,
    fields: { '(': rule('errorCode', 'error code of the injected exception') },
  },
  {
    names: ['kvm_invlpga'],
    source: KVM_TRACE,
    fields: { rip: RIP, asid: decCount('ASID'), address: gvaRule('guest virtual address being invalidated') },
  },
  {
    names: ['kvm_hv_flush_tlb', 'kvm_hv_flush_tlb_ex', 'kvm_hv_send_ipi', 'kvm_hv_send_ipi_ex'],
    source: KVM_TRACE,
    fields: {
      processor_mask: flagsRule('mask of target vCPUs'),
      address_space: gpaRule('address space (the guest CR3) to flush'),
      flags: flagsRule('HV_FLUSH_* flags'),
      vector: bareCount('interrupt vector'),
    },
  },
  { names: ['kvm_pvclock_update'], source: KVM_TRACE, other: countRule('pvclock field (a time, version or flags)') },
  {
    names: ['kvm_apic'],
    source: KVM_TRACE,

    other: dataRule('value read from or written to the APIC register'),
  },
  {
    names: ['kvm_pio'],
    source: KVM_TRACE,
    fields: {
      at: countRule('I/O port number'),
      size: dec('size', 'access size in bytes'),
      count: COUNT,
      val: dataRule('data moved'),
    },
  },
  { names: ['kvm_fast_mmio'], source: KVM_TRACE, fields: { gpa: gpaRule('MMIO GPA') } },
  {
    names: ['kvm_cpuid'],
    source: KVM_TRACE,
    fields: {
      func: bareCount('CPUID leaf'),
      idx: bareCount('CPUID subleaf'),
      rax: CPUID_REG,
      rbx: CPUID_REG,
      rcx: CPUID_REG,
      rdx: CPUID_REG,
    },
  },
  {
    names: ['vcpu_match_mmio'],
    source: KVM_TRACE,
    fields: { gva: GVA, gpa: gpaRule('MMIO GPA') },
  },
  { names: ['kvm_inj_virq'], source: KVM_TRACE, other: countRule('interrupt vector') },
  { names: ['kvm_eoi', 'kvm_pv_eoi'], source: KVM_TRACE, fields: { apicid: bareCount('APIC id'), vector: COUNT } },
  {
    names: ['kvm_hv_hypercall'],
    source: KVM_TRACE,
    fields: {
      code: countRule('hypercall code'),
      var_cnt: countRule('count'),
      rep_cnt: countRule('count'),
      idx: countRule('rep index'),
      in: gpaRule('`ingpa`: GPA of the input page'),
      out: gpaRule('`outgpa`: GPA of the output page'),
    },
  },
  {
    names: ['kvm_enter_smm'],
    source: KVM_TRACE,
    fields: { vcpu: VCPU, smbase: gpaRule('SMBASE, a guest physical address') },
  },
  {
    names: ['kvm_pi_irte_update'],
    source: KVM_TRACE,
    fields: {
      irq: COUNT,
      vcpu: VCPU,
      gsi: countRule('GSI'),
      gvec: countRule('guest vector'),
      pi_desc_addr: hpaRule('host physical address of the posted-interrupt descriptor'),
    },
  },
  // include/trace/events/kvm.h
  {
    names: ['kvm_mmio'],
    source: KVM_EVENTS,
    fields: {
      len: dec('size', 'access length in bytes'),
      gpa: gpaRule('MMIO GPA (shared bit stripped by KVM)'),
      val: dataRule('data moved'),
    },
  },
  {
    names: ['kvm_unmap_hva_range', 'kvm_age_hva', 'kvm_test_age_hva'],
    source: KVM_EVENTS,

    other: pointerRule('host virtual address (hva), not a GPA'),
  },
  {
    names: ['kvm_vm_set_mem_attributes'],
    source: KVM_EVENTS,
    fields: {
      '^': gfnRule('first GFN of the range'),
      '-': gfnRule('end GFN of the range, exclusive'),
      '[': flagsRule('KVM_MEMORY_ATTRIBUTE_* (bit 3 = private)'),
    },
  },
  {
    names: ['kvm_dirty_ring_push', 'kvm_dirty_ring_reset', 'kvm_dirty_ring_exit'],
    source: KVM_EVENTS,
    fields: {
      ring: decCount('dirty ring index'),
      dirty: countRule('dirty index of the ring'),
      reset: countRule('reset index of the ring'),
      slot: decCount('memslot id'),
      offset: countRule('gfn - base_gfn: a page index in the memslot'),
      used: decCount('entries in use'),
    },
  },
  { names: ['kvm_set_irq'], source: KVM_EVENTS, fields: { gsi: COUNT, level: COUNT, source: COUNT } },
  { names: ['kvm_msi_set_irq'], source: KVM_EVENTS, fields: { dst: COUNT, vec: bareCount('vector') } },
  {
    names: ['kvm_ioapic_set_irq'],
    source: KVM_EVENTS,
    fields: { pin: COUNT, dst: bareCount('destination'), vec: COUNT },
  },
  {
    names: ['kvm_age_page'],
    source: KVM_EVENTS,
    fields: { hva: bare('pointer', 'host virtual address (QEMU memory)'), gfn: bare('gfn', 'GFN of the aged page') },
  },
  {
    names: ['kvm_try_async_get_page', 'kvm_async_pf_doublefault'],
    source: KVM_EVENTS,
    fields: { gva: GVA, gfn: gfnRule('GFN') },
  },
  {
    names: ['kvm_async_pf_not_present', 'kvm_async_pf_ready'],
    source: KVM_EVENTS,
    fields: { token: countRule('async page-fault token'), gva: GVA },
  },
  {
    names: ['kvm_async_pf_completed'],
    source: KVM_EVENTS,
    fields: {
      gva: GVA,
      address: pointerRule('host virtual address (hva), not a GPA'),
      pfn: rule('hpfn', 'host PFN'),
    },
  },
  // arch/x86/kvm/vmx/tdx.c (pr_fmt "kvm_intel: ")
  {
    names: ['kvm_intel'],
    source: 'arch/x86/kvm/vmx/tdx.c',
    fields: {
      failed: STATUS,
      rcx: registerRule('RCX output of the failed SEAMCALL (e.g. the SEPT entry)'),
      rdx: registerRule('RDX output of the failed SEAMCALL (e.g. level/state)'),
      r8: registerRule('R8 output of the failed SEAMCALL'),
      '.': countRule('TDX metadata field id'),
      ']': dataRule('value written'),
      HKID: decCount('host key id'),
      vp_enter_ret: rule('tdxStatus', 'TDH.VP.ENTER completion status (tdx_handle_exit)'),
      // dump_vmcs() in arch/x86/kvm/vmx/vmx.c, same "kvm_intel: " prefix.
      RSP: gvaRule('guest RSP (dump_vmcs in vmx.c)'),
      RIP: gvaRule('guest RIP (dump_vmcs in vmx.c)'),
      pointer: hpaRule('EPTP (dump_vmcs in vmx.c): host physical EPT root plus control bits'),
      ID: countRule('VPID (dump_vmcs in vmx.c)'),
      PostedIntrVec: countRule('posted-interrupt vector (dump_vmcs in vmx.c)'),
    },
  },
  // arch/x86/virt/vmx/tdx/tdx.c (pr_fmt "virt/tdx: ")
  {
    names: ['virt/tdx'],
    source: 'arch/x86/virt/vmx/tdx/tdx.c',
    fields: {
      '[': hpaRule('TDMR/CMR base (host physical)'),
      ',': hpaRule('TDMR/CMR end, exclusive (host physical)', { sameAsPrevious: true }),
      '(': countRule('SEAMCALL leaf number'),
      failed: STATUS,
      RCX: REG,
      RDX: REG,
      R08: REG,
      R09: REG,
      R10: REG,
      R11: REG,
    },
    range: 'halfOpen',
  },
  // arch/x86/coco/tdx/tdx.c (pr_fmt "tdx: ", guest)
  {
    names: ['tdx'],
    source: 'arch/x86/coco/tdx/tdx.c',
    fields: { '[': gpaRule('start of the GPA range'), ',': gpaRule('end of the GPA range, exclusive', { sameAsPrevious: true }) },
    range: 'halfOpen',
  },
  // guest dmesg
  {
    names: ['BIOS-e820', 'e820'],
    source: 'arch/x86/kernel/e820.c',
    fields: {
      mem: gpaRule('e820 range start'),
      '-': same,
      last_pfn: LAST_PFN,
      max_arch_pfn: MAX_ARCH_PFN,
    },
    range: 'inclusive',
  },
  {
    names: ['TLB'],
    source: 'kernel/dma/swiotlb.c',
    fields: { mem: gpaRule('SWIOTLB bounce buffer start'), '-': same },
    range: 'inclusive',
  },
  {
    names: ['pci', 'pci_bus'],
    source: 'drivers/pci/probe.c',
    fields: {
      mem: gpaRule('PCI memory window or BAR start (guest physical MMIO)'),
      io: countRule('I/O port'),
      '-': same,
      BAR: decCount('BAR number'),
      value: gpaRule('initial BAR value: a bus address (guest physical MMIO)'),
    },
    range: 'inclusive',
  },
  {
    names: ['stealtime', 'kvm-stealtime'],
    source: 'arch/x86/kernel/kvm.c',
    fields: { cpu: COUNT, msr: bare('gpa', 'GPA of the steal-time area (bit 0: KVM_MSR_ENABLED)') },
  },
  { names: ['x86/fpu'], source: 'arch/x86/kernel/fpu/xstate.c', other: flagsRule('XSAVE feature mask') },
  // dmar_table_print_dmar_entry(): `DMAR: DRHD base: 0x… flags: 0x…`, `RMRR base: 0x… end: 0x…` (host physical).
  {
    names: ['DMAR', 'DMAR-IR'],
    source: 'drivers/iommu/intel/dmar.c',
    fields: {
      base: hpaRule('IOMMU or reserved-region base'),
      end: hpaRule('reserved-region end', { sameAsPrevious: true }),
    },
  },
  // pr_fmt "kvm: " of arch/x86/kvm: get_mmio_spte() in mmu/mmu.c, the ignored-MSR messages of x86.c.
  {
    names: ['kvm'],
    source: 'arch/x86/kvm/mmu/mmu.c',
    fields: {
      spte: rule('spte', 'SPTE contents (get_mmio_spte)'),
      level: decCount('page-table level'),
      bits: flagsRule('reserved bits set in the SPTE'),
      rIP: gvaRule('guest RIP of an ignored MSR access (x86.c)'),
      rdmsr: IGNORED_MSR,
      wrmsr: IGNORED_MSR,
      data: dataRule('MSR value of an ignored access (x86.c)'),
    },
  },
  // page_fault_oops() and show_fault_oops(): `BUG: unable to handle page fault for address: …`, `#PF: error_code(0x0002) …`.
  {
    names: ['BUG', '#PF'],
    source: 'arch/x86/mm/fault.c',
    fields: {
      address: bare('pointer', 'virtual address the kernel faulted on'),
      '(': rule('errorCode', 'page-fault error code (X86_PF_* bits)'),
    },
  },
  // dump_pagetable(): `PGD %lx ` then `P4D %lx `, `PUD %lx `, `PMD %lx `, `PTE %lx`: the entries the faulting
  // address walks through. In a TD guest bits 51:12 of each are a GPA (flags in 11:0, NX in 63).
  {
    names: ['PGD'],
    source: 'arch/x86/mm/fault.c',
    leading: [PT_ENTRY],
    leadingSeparator: ' ',
    fields: { P4D: PT_ENTRY, PUD: PT_ENTRY, PMD: PT_ENTRY, PTE: PT_ENTRY },
  },
  { names: ['ACPI'], source: 'drivers/acpi/acpica/tbprint.c', other: gpaRule('ACPI table address') },
  // qemu accel/kvm/trace-events and target/i386/kvm/trace-events
  {
    names: ['kvm_convert_memory'],
    source: QEMU_KVM,
    fields: { start: STRIPPED_GPA, size: SIZE_BYTES },
    range: 'startSize',
  },
  {
    names: ['kvm_memory_fault'],
    source: QEMU_KVM,
    fields: {
      start: STRIPPED_GPA,
      size: SIZE_BYTES,
      flags: flagsRule('KVM_MEMORY_EXIT_FLAG_* (bit 3 = private)'),
    },
    range: 'startSize',
  },
  {
    names: ['kvm_set_user_memory'],
    source: QEMU_KVM,
    fields: {
      flags: flagsRule('KVM_MEM_* flags'),
      gpa: gpaRule('memslot base GPA'),
      size: sizeRule('memslot size'),
      ua: pointerRule('QEMU (host) virtual address'),
      guest_memfd: decCount('guest_memfd file descriptor'),
      guest_memfd_offset: GMEM_OFFSET,
      ret: decCount('ioctl result'),
    },
  },
  {
    names: ['kvm_clear_dirty_log'],
    source: QEMU_KVM,
    fields: { start: countRule('first page index within the memslot, not a GPA'), size: countRule('number of pages') },
  },
  {
    names: ['kvm_set_ioeventfd_mmio'],
    source: QEMU_KVM,
    fields: {
      fd: decCount('file descriptor'),
      '@': gpaRule('MMIO GPA of the ioeventfd'),
      val: dataRule('datamatch value'),
      assign: COUNT,
      size: dec('size', 'access size'),
      match: COUNT,
    },
  },
  // error_report() lines start with the program's name: kvm_convert_memory()'s
  // "Convert non guest_memfd backed memory region (0x%"HWADDR_PRIx" ,+ 0x%"HWADDR_PRIx") to %s".
  {
    names: ['qemu-system-x86_64', 'qemu-kvm'],
    source: 'accel/kvm/kvm-all.c',
    fields: { '(': gpaRule('start of the region to convert'), '+': sizeRule('size of the region') },
    range: 'startSize',
  },
  {
    names: ['kvm_vm_ioctl', 'kvm_vcpu_ioctl', 'kvm_device_ioctl'],
    source: QEMU_KVM,
    fields: { type: countRule('ioctl request number'), arg: pointerRule('ioctl argument (a QEMU pointer)') },
  },
  {
    names: ['memory_region_ops_read', 'memory_region_ops_write'],
    source: 'system/trace-events',
    fields: {
      cpu: COUNT,
      mr: pointerRule('MemoryRegion pointer in QEMU'),
      addr: gpaRule('memory_region_to_absolute_addr(): the GPA for system memory', LIKELY),
      value: dataRule('value read or written'),
      size: dec('size', 'access size in bytes'),
    },
  },
  {
    names: ['kvm_hc_map_gpa_range'],
    source: QEMU_I386,
    fields: { gpa: gpaRule('GPA'), size: sizeRule('size'), attributes: flagsRule('attributes'), flags: flagsRule('flags') },
    range: 'startSize',
  },
  {
    names: ['kvm_xen_set_shared_info'],
    source: QEMU_I386,
    fields: { gfn: gfnRule('GFN of the shared info page') },
  },
  {
    names: ['kvm_xen_set_vcpu_attr'],
    source: QEMU_I386,
    fields: { cpu: COUNT, type: COUNT, gpa: gpaRule('GPA of the vCPU attribute') },
  },
  // GDB (bminor/binutils-gdb)
  {
    names: ['gdb print'],
    source: 'gdb/printcmd.c',
    fields: { ')': pointerRule('typed pointer') },
    unknownWord: dataRule('a field whose name does not say address', { confidence: 'guess' }),
  },
  {
    names: ['gdb examine'],
    source: 'gdb/printcmd.c',
    fields: { '^': pointerRule('address being examined (a virtual address)') },
    other: dataRule('memory contents'),
  },
  {
    names: ['gdb mappings'],
    source: 'gdb/linux-tdep.c',

    other: pointerRule('a mapping in the debuggee'),
  },
  {
    names: ['qemu mtree'],
    source: 'system/memory.c',

    leading: [gpaRule('start of a region (info mtree)', LIKELY), gpaRule('end of the region', { sameAsPrevious: true })],
    leadingSeparator: '-',
    range: 'inclusive',
  },
  // pciutils `lspci -v`: `Region 0: Memory at fe000000 (32-bit, …)`, `Expansion ROM at feb80000` (bus = guest physical in a guest).
  { names: ['Region', 'Expansion'], source: 'pciutils: lspci.c', fields: { at: bare('gpa', 'BAR or ROM address') } },
  // kernel/resource.c r_show(): `/proc/iomem` lines `100000000-47fffffff : System RAM`.
  {
    names: ['iomem'],
    source: 'kernel/resource.c',
    leading: [gpaRule('start of a /proc/iomem resource', LIKELY), same],
    leadingSeparator: '-',
    range: 'inclusive',
  },
  { names: ['qemu examine'], source: 'monitor/hmp-cmds-target.c', other: dataRule('memory contents') },
  {
    names: ['gdb registers'],
    source: 'gdb/infcmd.c',
    fields: {
      rip: RIP,
      pc: RIP,
      rsp: pointerRule('stack pointer'),
      rbp: pointerRule('frame pointer'),
      fs_base: pointerRule('FS base'),
      gs_base: pointerRule('GS base'),
      eflags: flagsRule('RFLAGS'),
      cs: SELECTOR,
      ss: SELECTOR,
      ds: SELECTOR,
      es: SELECTOR,
      fs: SELECTOR,
      gs: SELECTOR,
      '#': registerRule('natural form of the same register', { sameAsPrevious: true }),
      // On a TD through QEMU's gdbstub: `cr3  0x102e5e000  [ PDBR=1060446 PCID=0 ]` (gdb/features/i386/64bit-sse.xml's cr3 type).
      cr3: gpaRule('CR3: the guest-physical address of the top-level page table (PCID in bits 11:0)'),
      PDBR: dec('gfn', "the page-table root's frame number (CR3 >> 12)"),
      PCID: COUNT,
    },
    other: REG,
  },
  // `info tlb` (print_pte in target/i386/monitor.c): `ffff888102e5e000: 0000000102e5e000 XG-DA---W`, a virtual page
  // and the physical address it maps to, read from the guest's own page tables.
  {
    names: ['qemu tlb'],
    source: 'target/i386/monitor.c',
    leading: [gpaRule('physical address the page maps to (info tlb)')],
    leadingSeparator: ':',
  },
  {
    names: ['gdb frame'],
    source: 'gdb/stack.c',
    fields: {
      '^': gvaRule('PC of the frame (a virtual address)'),
      gpa: GDB_GPA,
      gfn: GDB_GFN,
    },
    other: pointerRule('pointer argument (GDB prints pointers in hex)', LIKELY),
  },
  {
    names: ['gdb locals'],
    source: 'gdb/stack.c',
    fields: {
      gpa: GDB_GPA,
      gfn: GDB_GFN,
    },
    other: pointerRule('pointer variable (GDB prints pointers in hex)', LIKELY),
  },
];

/**
 * Label words that mean the same in any text, used when no event is recognised (source code, prose,
 * unknown logs): `rip` → `gva`, `spte` → `spte`, `hva` → `pointer`. GPA/GFN labels come from the scanner.
 */
export const GENERIC_FIELDS: { readonly [label: string]: FieldRule } = {
  mem: gpaRule('start of a kernel `[mem a-b]` range'),
  io: countRule('I/O port of a kernel `[io a-b]` range'),
  '-': gpaRule('end of the range', { sameAsPrevious: true }),
  '+': sizeRule('a length after `start+`'),
  rip: RIP,
  gva: gvaRule('labelled guest virtual address'),
  hva: pointerRule('labelled host virtual address'),
  hpa: hpaRule('labelled host physical address'),
  pfn: rule('hpfn', 'labelled host PFN'),
  spte: LABELLED_SPTE,
  old_spte: LABELLED_SPTE,
  new_spte: LABELLED_SPTE,
  error_code: LABELLED_ERROR,
  pferr: LABELLED_ERROR,
  exit_qual: rule('exitQualification', 'labelled exit qualification'),
  status: LABELLED_STATUS,
  err: LABELLED_STATUS,
  intr_info: flagsRule('labelled interruption information'),
  info1: rule('exitQualification', 'labelled exit information (qualification)'),
  info2: flagsRule('labelled exit information'),
  last_pfn: LAST_PFN,
  max_arch_pfn: MAX_ARCH_PFN,
  guest_memfd_offset: GMEM_OFFSET,
  vendor_id: countRule('labelled vendor id'),
  ...Object.fromEntries(
    ['rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15']
      .flatMap((r) => [r, r.toUpperCase()])
      .map((r) => [r, registerRule('labelled register value')]),
  ),
};

/**
 * Label words no table names that still say what their value is by their form: `flags`, `processor_mask`, `int_ctl`,
 * `event_inj`, `inhibits`, `XFAM` are masks or flags; `…_id`, `vector`, `reason`, `type` ids; `value`, `data`
 * data; `…_len` sizes. Tried in order, after the GPA/GFN labels and `GENERIC_FIELDS`, so `gpa_mask` stays a
 * GPA label. Example: `wordFamily('processor_mask')?.kind` → `'flags'`.
 */
const WORD_FAMILIES: readonly (readonly [RegExp, FieldRule])[] = [
  [
    /(?:mask|flags|_ctls?|_inj|inhibits|attributes?|(?:^|_)attrs?|xfam|supported|unknown|bits|config)$/i,
    flagsRule('its label names a mask or flags'),
  ],
  [
    /^(?:is|has|can)_|_(?:enabled|disabled|allowed|disallowed)$|^(?:write|exec|present|user|rsvd|prefetch|valid|yielded|map_writable)$/i,
    flagsRule('a yes/no field'),
  ],
  [
    /(?:^|_)(?:id|nr|vec|vector|index|idx|cnt|count|num|reason|type|ring|slot|level|msr|version|seq|format|width|bus|devfn|func|function|domain|leaf|subleaf)$|^msr_/i,
    countRule('its label names an id, level, count or PCI/CPUID selector'),
  ],
  [/(?:^|_)(?:data|value|val)$/i, dataRule('its label names a data value')],
  [/(?:^|_)(?:len|length|size|offset)$/i, sizeRule('its label names a size or offset')],
];

/** The rule a label word's form gives (see `WORD_FAMILIES`), or undefined. */
export function wordFamily(word: string): FieldRule | undefined {
  // CamelCase parts count as words too (edk2's `ResourceLength`, `HostBridgeDeviceId`): `Resource_Length`.
  const snake = word.replace(/([a-z0-9])(?=[A-Z])/g, '$1_');
  for (const [re, r] of WORD_FAMILIES) if (re.test(snake)) return r;
  return undefined;
}
