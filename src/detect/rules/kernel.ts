import { Field, RuleRow } from './row';

const REGISTER: Field = ['register', 'bare', 'a general-purpose register’s value'];

// What any Linux kernel prints about its own memory, host or TD guest alike (torvalds/linux): machine check and
// memory-failure reports, the page allocator's and mm's page dumps, CMA. Their addresses and frames are the
// machine's own, so the document's side decides whose (`physical`): guest physical in a TD, host physical on the host.

export const KERNEL_ROWS: readonly RuleRow[] = [
  {
    // __print_mce(): pr_emerg(HW_ERR "TSC %llx ", …); pr_cont("ADDR %llx ", m->addr); pr_cont("MISC %llx ", …);
    // pr_cont("PPIN %llx ", …) with HW_ERR "[Hardware Error]: " and pr_fmt "mce: ".
    event: 'mce',
    source: 'arch/x86/kernel/cpu/mce/core.c',
    formats: ['"TSC %llx "', '"ADDR %llx "', '"MISC %llx "', '"PPIN %llx "'],
    fields: {
      TSC: ['count', 'bare', 'time stamp counter when the error was logged'],
      ADDR: ['gpa', 'bare', 'the machine check bank’s MCi_ADDR: the physical address of the error', { physical: true }],
      MISC: ['register', 'bare', 'the machine check bank’s MCi_MISC register'],
      PPIN: ['count', 'bare', 'the protected processor inventory number (an id)'],
    },
  },
  {
    // action_result(): pr_err("Memory failure: %#lx: recovery action for %s: %s\n", pfn, …).
    event: 'Memory failure',
    source: 'mm/memory-failure.c',
    formats: ['"Memory failure: %#lx: recovery action for %s: %s\\n"'],
    fields: { '^': ['gfn', '0x', 'the frame number of the poisoned page', { physical: true }] },
  },
  {
    // bad_page(): pr_alert("BUG: Bad page state in process %s  pfn:%05lx\n", current->comm, page_to_pfn(page)).
    event: ['BUG', '#PF'],
    source: 'mm/page_alloc.c',
    formats: ['"BUG: Bad page state in process %s  pfn:%05lx\\n"'],
    fields: { pfn: ['gfn', 'bare', 'the frame number of the bad page', { physical: true }] },
  },
  {
    // __dump_folio(): pr_warn("page: refcount:%d mapcount:%d mapping:%p index:%#lx pfn:%#lx\n", …).
    event: 'page',
    source: 'mm/debug.c',
    colonOnly: true,
    formats: ['"page: refcount:%d mapcount:%d mapping:%p index:%#lx pfn:%#lx\\n"'],
    fields: {
      mapping: ['pointer', 'bare', 'the page’s address_space or anon_vma (a hashed kernel pointer)'],
      index: ['count', '0x', 'the page’s offset in its mapping, in pages'],
      pfn: ['gfn', '0x', 'the page’s frame number', { physical: true }],
    },
  },
  {
    // cma_declare_contiguous_nid(): pr_info("Reserved %ld MiB at %pa on node %d\n", …) with pr_fmt "cma: ".
    event: 'cma',
    source: 'mm/cma.c',
    formats: ['"Reserved %ld MiB at %pa on node %d\\n"'],
    fields: { at: ['gpa', '0x', 'the physical base of the CMA area', { physical: true }] },
  },
  {
    // kvm_register_clock() (a KVM guest's kernel): pr_debug("kvm-clock: cpu %d, msr %llx, %s", …, pa, txt) where
    // pa = slow_virt_to_phys(&src->pvti) | 0x01ULL, the value written to MSR_KVM_SYSTEM_TIME_NEW.
    event: 'kvm-clock',
    source: 'arch/x86/kernel/kvmclock.c',
    formats: ['"kvm-clock: cpu %d, msr %llx, %s"'],
    fields: {
      cpu: ['count', 'decimal', 'the CPU number'],
      msr: ['gpa', 'bare', 'GPA of the vCPU’s pvclock area, bit 0 set to enable it (MSR_KVM_SYSTEM_TIME_NEW)'],
    },
  },
  {
    // mp_register_ioapic(): pr_info("IOAPIC[%d]: apic_id %d, version %d, address 0x%x, GSI %d-%d\n", …): the
    // IOAPIC's MMIO base, a physical address of the machine.
    event: 'IOAPIC',
    source: 'arch/x86/kernel/apic/io_apic.c',
    formats: ['"IOAPIC[%d]: apic_id %d, version %d, address 0x%x, GSI %d-%d\\n"'],
    fields: {
      apic_id: ['count', 'decimal', 'the IOAPIC’s APIC id'],
      version: ['count', 'decimal', 'the IOAPIC’s version'],
      address: ['gpa', '0x', 'the IOAPIC’s MMIO base', { physical: true }],
      GSI: ['count', 'decimal', 'first global system interrupt it serves'],
    },
  },
  {
    // memblock_alloc_internal() callers with memblock=debug: memblock_dbg("%s: %llu bytes align=0x%llx nid=%d
    // from=%pa max_addr=%pa %pS\n", __func__, …): the physical window the allocation may come from.
    event: ['memblock_alloc_try_nid', 'memblock_alloc_try_nid_raw', 'memblock_alloc_exact_nid_raw'],
    source: 'mm/memblock.c',
    formats: ['"%s: %llu bytes align=0x%llx nid=%d from=%pa max_addr=%pa %pS\\n"'],
    fields: {
      align: ['size', '0x', 'the alignment asked for'],
      nid: ['count', 'decimal', 'NUMA node (-1: any)'],
      from: ['gpa', '0x', 'lowest physical address the allocation may use', { physical: true }],
      max_addr: ['gpa', '0x', 'highest physical address the allocation may use (0: no limit)', { physical: true }],
    },
  },
  {
    // __show_regs() (arch/x86/kernel/process_64.c): printk("%sCR2: %016lx CR3: %016lx CR4: %016lx\n", …) in every
    // oops; QEMU's x86_cpu_dump_state() (`info registers`, -d cpu) prints "CR0=%08x CR2=%016" PRIx64 " CR3=%016" PRIx64.
    event: ['CR2', 'CR0'],
    source: 'arch/x86/kernel/process_64.c',
    formats: ['"%sCR2: %016lx CR3: %016lx CR4: %016lx\\n"'],
    leading: [['pointer', 'bare', 'CR2: the virtual address of the last page fault']],
    leadingSeparator: ' ',
    colonless: true,
    fields: {
      CR0: ['flags', 'bare', 'CR0 control bits'],
      CR2: ['pointer', 'bare', 'CR2: the virtual address of the last page fault'],
      CR3: ['gpa', 'bare', 'CR3: the physical address of the top-level page table (PCID or flags in bits 11:0)', { physical: true }],
      CR4: ['flags', 'bare', 'CR4 control bits'],
    },
  },
  {
    // __show_regs(): "%sRAX: %016lx RBX: %016lx RCX: %016lx\n" and the lines after it; QEMU's x86_cpu_dump_state()
    // prints "RAX=%016" PRIx64 " RBX=…".
    event: ['RAX', 'RDX', 'RBP', 'R10', 'R13'],
    source: 'arch/x86/kernel/process_64.c',
    formats: ['"%sRAX: %016lx RBX: %016lx RCX: %016lx\\n"', '"%sRDX: %016lx RSI: %016lx RDI: %016lx\\n"'],
    leading: [REGISTER],
    leadingSeparator: ' ',
    colonless: true,
    fields: Object.fromEntries(
      ['RAX', 'RBX', 'RCX', 'RDX', 'RSI', 'RDI', 'RBP', 'RSP', 'R08', 'R09', 'R10', 'R11', 'R12', 'R13', 'R14', 'R15'].map((r) => [
        r,
        REGISTER,
      ]),
    ),
  },
  {
    // free_area_init(): pr_info("Movable zone start for each node\n") then pr_info("  Node %d: %#018Lx\n", nid,
    // (u64)zone_movable_pfn[nid] << PAGE_SHIFT).
    event: 'Node',
    source: 'mm/mm_init.c',
    formats: ['"  Node %d: %#018Lx\\n"'],
    fields: { '#': ['gpa', '0x', 'where the node’s movable zone starts', { physical: true }] },
  },
  {
    // The kernel command line (init/main.c start_kernel(): "Kernel command line: %s\n"): memmap=nn[KMG]$ss, !ss,
    // #ss and @ss reserve or declare nn bytes at physical address ss (Documentation/admin-guide/kernel-parameters.txt).
    event: 'Kernel command line',
    source: 'init/main.c',
    formats: ['"Kernel command line: %s\\n"'],
    fields: {
      memmap: ['size', '0x', 'size of the memmap= range'],
      $: ['gpa', '0x', 'start of a memmap=nn$ss reserved range', { physical: true }],
      '!': ['gpa', '0x', 'start of a memmap=nn!ss persistent-memory range', { physical: true }],
      '@': ['gpa', '0x', 'start of a memmap=nn@ss usable range', { physical: true }],
    },
  },
  {
    // exc_general_protection() / die_addr(): "general protection fault, probably for non-canonical address 0x%lx".
    event: 'Oops',
    source: 'arch/x86/kernel/traps.c',
    formats: ['"probably for non-canonical address 0x%lx"'],
    fields: { address: ['pointer', '0x', 'the non-canonical virtual address the access used'] },
  },
  {
    // __set_memory_enc_pgtable(): WARN_ONCE(1, "CPA VMM failure to convert memory (addr=%p, numpages=%d) to %s.\n", …).
    event: 'CPA',
    source: 'arch/x86/mm/pat/set_memory.c',
    formats: ['"CPA VMM failure to convert memory (addr=%p, numpages=%d) to %s.\\n"'],
    fields: {
      addr: ['pointer', 'bare', 'the kernel virtual address of the range (%p, hashed)'],
      numpages: ['count', 'decimal', 'number of pages'],
    },
  },
];
