// The lines the corpus renders: each names the rule row (src/detect/rules/*.ts) that prints it, and takes from that
// row its source, its printf format and, through `at(field, …)`, the truth kind of each number, so the corpus and
// the classifier's rules cannot disagree. What this file adds is realistic values (`Gen`) and line dressings.
// Lines no row prints (source code, traps, GDB's unlabelled `$1 = 0x…`) state their truth kind with `num`.
import { ValueKind } from '../../src/detect/valueKind';
import { KVM_MMU_PAGE_PRINTK } from '../../src/detect/rules/kvm';
import { Arg, Conversion, Gen, nested } from './render';

/** How a line is dressed: ftrace header, dmesg timestamp and `pr_fmt` prefix, QEMU `pid@time:event`, or as is. */
export type LineStyle = 'ftrace' | 'dmesg' | 'qemu' | 'gdb' | 'code' | 'plain';

/**
 * One line shape. With `rule` (a name of a rule row): the row's source and its `formatIndex`-th format (or
 * `format`, for rows with none, e.g. GDB), and each `at` conversion's kind from the row's field. Without: `source`,
 * `event` and `format` of a line no row describes. Example: `{ rule: 'kvm_mmu_spte_requested', convs: [at('gfn', gfn),
 * at('pfn', hpfn), at('level', level)] }` renders `gfn %llx pfn %llx level %d` with kinds `gfn`, `hpfn`, `count`.
 */
export interface FormatEntry {
  readonly rule?: string;
  readonly formatIndex?: number;
  readonly source?: string;
  readonly event?: string;
  /** A format, for lines whose row has none (GDB describes how it composes a line), or that no row prints. */
  readonly format?: string;
  /** The printf format really rendered, when the source format is built by macros or code (ACPI, GDB). */
  readonly renderAs?: string;
  readonly convs: readonly Conversion[];
  readonly style: LineStyle;
  /** Text the kernel puts before the format: `pr_fmt` (`kvm_intel: `) or the `dev_printk` device prefix. */
  readonly prefix?: (g: Gen) => string;
  /** Text printed after the format by a following `pr_cont` (e820 types). */
  readonly tail?: (g: Gen) => string;
  readonly languageId?: string;
  /** How many lines per GPAW to generate (default 2). */
  readonly weight?: number;
}

type Value = (g: Gen) => bigint;

/** A number whose truth kind is the rule row's: `field` is a key of its fields, `'*other'` or `'*leading<n>'`. */
const at = (field: string, gen: Value): Conversion => ({ field, gen });
/** A number whose truth kind no rule row gives (source code, an unlabelled GDB value), or none (`undefined`). */
const num = (kind: ValueKind | undefined, gen: Value): Conversion => ({ kind, gen });
const str = (...choices: string[]): Conversion => ({ gen: (g) => g.pick(choices) });
const fn = (gen: (g: Gen) => Arg): Conversion => ({ gen });

const vcpu: Value = (g) => g.big(0, 7);
const level: Value = (g) => g.big(1, 3);
const small: Value = (g) => g.big(0, 255);
const gfn: Value = (g) => g.gfn();
const spte: Value = (g) => g.spte();
const status: Value = (g) => g.tdxStatus();
const pferr: Value = (g) => g.pick([0x0n, 0x2n, 0x3n, 0x4n, 0x6n, 0x10n, 0x14n, 0x15n]);
const pferrFlags = str('', 'W', 'U', 'W|U', 'P|W', 'P|W|U', 'F', 'U|F');
const hashedPointer: Value = (g) => g.hex(8) | (g.chance(0.5) ? 0n : g.hex(8) << 32n);
const rawGpa: Value = (g) => g.gpa(true);
const strippedGpa: Value = (g) => g.gpa(false);
const pageGpa: Value = (g) => g.gpaPage();
const hostVirtual: Value = (g) => 0x7f0000000000n + (g.big(0, 0xffffff) << 12n);
const register: Value = (g) => (g.chance(0.5) ? g.big(0, 0xffff) : g.chance(0.5) ? g.spte() : g.gpa(true));
const data: Value = (g) => (g.chance(0.6) ? g.big(0, 0xffffffff) : g.hex(16));
/** The end of a range whose start was the previous argument: inclusive (`[mem a-b]`) or exclusive (`[a, b)`). */
const endAfter =
  (inclusive: boolean): Value =>
  (g) =>
    (g.args[g.args.length - 1] as bigint) + (g.big(1, 0x4000) << 12n) - (inclusive ? 1n : 0n);
const dmesgPrefix = (prefix: string) => () => prefix;

/** Source-code and trap lines are written for the corpus, not copied: their sources say so. */
const EXAMPLE_C = 'examples/tdx_demo.c';
const TRAPS = 'examples/traps.txt';

/** `KVM_MMU_PAGE_PRINTK()` of mmutrace.h, the shadow-page summary shared by the kvm_mmu_*_page events. */
const MMU_PAGE_PRINTK = nested(
  KVM_MMU_PAGE_PRINTK,
  at('gen', (g) => g.big(0, 255)),
  at('gfn', gfn),
  num(undefined, (g) => g.big(1, 4)),
  num(undefined, () => 8n),
  num(undefined, () => 0n),
  str(' direct', ''),
  str('---', '--x', 'w--', 'w-x', '-u-', '-ux', 'wu-', 'wux'),
  str('', ' invalid'),
  str('', '!'),
  str('', '!'),
  at('root', (g) => g.big(0, 3)),
  str('sync', 'unsync'),
  str(''),
);

/** The formats, grouped by source file. */
export const FORMATS: readonly FormatEntry[] = [
  // arch/x86/kvm/mmu/mmutrace.h
  {
    rule: 'kvm_mmu_pagetable_walk',
    convs: [at('addr', (g) => (g.chance(0.5) ? g.userRip() : g.kernelPointer())), at('pferr', pferr), pferrFlags],
    style: 'ftrace',
    weight: 4,
  },
  {
    rule: 'kvm_mmu_paging_element',
    convs: [at('pte', (g) => g.gpaPage() | 0x67n | (g.chance(0.3) ? 1n << 63n : 0n)), at('level', level)],
    style: 'ftrace',
  },
  {
    rule: 'kvm_mmu_set_accessed_bit',
    convs: [at('gpa', (g) => g.gpaPage() + g.big(0, 511) * 8n)],
    style: 'ftrace',
  },
  {
    rule: 'kvm_mmu_set_dirty_bit',
    convs: [at('gpa', (g) => g.gpaPage() + g.big(0, 511) * 8n)],
    style: 'ftrace',
  },
  { rule: 'kvm_mmu_walker_error', convs: [at('pferr', pferr), pferrFlags], style: 'ftrace' },
  {
    rule: 'kvm_mmu_get_page',
    convs: [fn(() => MMU_PAGE_PRINTK), str('new', 'existing')],
    style: 'ftrace',
    weight: 3,
  },
  { rule: 'kvm_mmu_prepare_zap_page', formatIndex: 1, convs: [fn(() => MMU_PAGE_PRINTK)], style: 'ftrace' },
  {
    rule: 'mark_mmio_spte',
    convs: [at('sptep', hashedPointer), at('gfn', gfn), at('access', (g) => g.big(0, 7)), at('gen', (g) => g.big(0, 0x7ffff))],
    style: 'ftrace',
  },
  {
    rule: 'handle_mmio_page_fault',
    convs: [
      at('addr', (g) => ((0xfe000n + g.big(0, 0x1fff)) << 12n) | g.big(0, 0xfff) | g.sharedMask),
      at('gfn', (g) => ((g.args[0] as bigint) & ~g.sharedMask) >> 12n),
      at('access', (g) => g.big(0, 7)),
    ],
    style: 'ftrace',
    weight: 3,
  },
  {
    rule: 'fast_page_fault',
    convs: [
      at('vcpu', vcpu),
      at('gva', rawGpa),
      pferrFlags,
      at('sptep', hashedPointer),
      at('old', spte),
      at('new', spte),
      at('spurious', (g) => g.big(0, 1)),
      at('fixed', (g) => g.big(0, 1)),
    ],
    style: 'ftrace',
    weight: 3,
  },
  {
    rule: 'check_mmio_spte',
    convs: [
      at('spte', spte),
      at('kvm_gen', (g) => g.big(0, 0x7ffff)),
      at('gen', (g) => g.big(0, 0x7ffff)),
      at('valid', (g) => g.big(0, 1)),
    ],
    style: 'ftrace',
  },
  {
    rule: 'kvm_mmu_set_spte',
    convs: [
      at('gfn', gfn),
      at('spte', spte),
      str('r', '-'),
      str('w', '-'),
      str('x', '-'),
      str('', 'u', '-'),
      at('level', level),
      at('at', (g) => g.hpa() + g.big(0, 511) * 8n),
    ],
    style: 'ftrace',
    weight: 6,
  },
  {
    rule: 'kvm_mmu_spte_requested',
    convs: [at('gfn', gfn), at('pfn', (g) => g.hpfn()), at('level', level)],
    style: 'ftrace',
    weight: 4,
  },
  {
    rule: 'kvm_tdp_mmu_spte_changed',
    convs: [
      at('id', (g) => g.big(0, 1)),
      at('gfn', gfn),
      at('level', level),
      at('old_spte', (g) => (g.chance(0.3) ? 0x5a0n : g.spte())),
      at('new_spte', spte),
    ],
    style: 'ftrace',
    weight: 4,
  },
  {
    rule: 'kvm_mmu_split_huge_page',
    convs: [at('gfn', gfn), at('spte', spte), at('level', (g) => g.big(2, 3)), at('errno', (g) => g.pick([0n, -12n, -16n]))],
    style: 'ftrace',
  },
  {
    rule: 'kvm_mmu_zap_all_fast',
    convs: [at('gen', (g) => g.big(0, 255)), at('used_pages', (g) => g.big(0, 0xffff))],
    style: 'ftrace',
  },
  // arch/x86/kvm/trace.h
  {
    // Since Linux 6.9 ("KVM: x86: Pass force_immediate_exit to kvm_x86_ops.vcpu_run()").
    rule: 'kvm_entry',
    convs: [at('vcpu', vcpu), at('rip', (g) => g.rip()), str('', '[immediate exit]')],
    style: 'ftrace',
  },
  {
    rule: 'kvm_entry',
    formatIndex: 1,
    convs: [at('vcpu', vcpu), at('rip', (g) => g.rip())],
    style: 'ftrace',
    weight: 3,
  },
  {
    rule: 'kvm_exit',
    convs: [
      at('vcpu', vcpu),
      str('EPT_VIOLATION', 'EPT_MISCONFIG', 'HLT', 'MSR_WRITE', 'EXTERNAL_INTERRUPT', 'TDCALL'),
      str(''),
      str(''),
      at('rip', (g) => g.rip()),
      at('info1', (g) => g.pick([0x181n, 0x182n, 0x184n, 0x683n, 0x0n, 0x10000000181n])),
      at('info2', (g) => g.pick([0n, 0x80000b0en])),
      at('intr_info', (g) => g.pick([0n, 0x800000ecn, 0x80000b0en])),
      at('error_code', (g) => g.pick([0n, 0n, 0x2n])),
    ],
    style: 'ftrace',
    weight: 4,
  },
  {
    rule: 'kvm_page_fault',
    convs: [
      at('vcpu', vcpu),
      at('rip', (g) => g.rip()),
      at('address', rawGpa),
      at('error_code', (g) => g.pick([0x2n, 0x2n, 0x181n, 0x182n, 0x184n, 0x100000181n, 0x2000000000002n])),
    ],
    style: 'ftrace',
    weight: 8,
  },
  {
    // The same tracepoint before Linux 6.3 (commit "KVM: x86: Print more information in kvm_page_fault").
    rule: 'kvm_page_fault',
    formatIndex: 1,
    convs: [at('address', rawGpa), at('error_code', (g) => g.pick([0x181n, 0x182n, 0x184n, 0x2n]))],
    style: 'ftrace',
    weight: 3,
  },
  {
    rule: 'kvm_emulate_insn',
    convs: [
      at('*leading0', () => 0n),
      at('*leading1', (g) => g.kernelRip()),
      str('0f 01 ca', '48 89 07', '8b 00', '0f 30', 'c7 00 00 00 00 00'),
      str('prot64'),
      str('', ' failed'),
    ],
    style: 'ftrace',
  },
  {
    rule: 'kvm_msr',
    convs: [
      str('read', 'write'),
      at('msr_read', (g) => g.pick([0x1bn, 0x6e0n, 0x10n, 0x48n, 0x3bn])),
      at('*other', data),
      str('', ' (#GP)'),
    ],
    style: 'ftrace',
  },
  {
    rule: 'kvm_cr',
    convs: [
      str('read', 'write'),
      at('cr_read', (g) => g.pick([0n, 3n, 4n])),
      at('*other', (g) => g.pick([0x80050033n, 0x3406e0n, g.gpaPage()])),
    ],
    style: 'ftrace',
  },
  {
    rule: 'kvm_hypercall',
    convs: [at('nr', (g) => g.pick([12n, 5n, 1n])), at('a0', register), at('a1', register), at('a2', register), at('a3', register)],
    style: 'ftrace',
    weight: 3,
  },
  {
    rule: 'kvm_pio',
    convs: [
      str('read', 'write'),
      at('at', (g) => g.pick([0x3f8n, 0xcf8n, 0xcfcn, 0x70n, 0x604n])),
      at('size', (g) => g.pick([1n, 2n, 4n])),
      at('count', () => 1n),
      at('val', data),
      str('', '(...)'),
    ],
    style: 'ftrace',
  },
  { rule: 'kvm_fast_mmio', convs: [at('gpa', rawGpa)], style: 'ftrace' },
  {
    rule: 'kvm_cpuid',
    convs: [
      at('func', (g) => g.pick([0x1n, 0x7n, 0xdn, 0x80000008n])),
      at('idx', (g) => g.big(0, 1)),
      at('rax', (g) => g.hex(8)),
      at('rbx', (g) => g.hex(8)),
      at('rcx', (g) => g.hex(8)),
      at('rdx', (g) => g.hex(8)),
      str('found', 'not found'),
      str('', ', used max basic'),
    ],
    style: 'ftrace',
  },
  {
    rule: 'vcpu_match_mmio',
    convs: [at('gva', (g) => g.kernelPointer()), at('gpa', strippedGpa), str('Write', 'Read'), str('GPA', 'GVA')],
    style: 'ftrace',
  },
  {
    rule: 'kvm_inj_virq',
    convs: [str('IRQ', 'Soft/INTn'), at('*other', (g) => g.big(0x20, 0xff)), str('', ' [reinjected]')],
    style: 'ftrace',
  },
  {
    rule: 'kvm_eoi',
    convs: [at('apicid', (g) => g.big(0, 7)), at('vector', (g) => g.big(32, 255))],
    style: 'ftrace',
  },
  {
    rule: 'kvm_hv_hypercall',
    convs: [
      at('code', small),
      str('fast', 'slow'),
      at('var_cnt', small),
      at('rep_cnt', small),
      at('idx', small),
      at('in', pageGpa),
      at('out', pageGpa),
    ],
    style: 'ftrace',
  },
  {
    rule: 'kvm_enter_smm',
    convs: [at('vcpu', vcpu), str('entering', 'leaving'), at('smbase', (g) => g.pick([0x30000n, 0x7ffaf000n]))],
    style: 'ftrace',
  },
  {
    rule: 'kvm_pi_irte_update',
    convs: [
      str('enabled and being updated', 'disabled'),
      at('irq', small),
      at('vcpu', vcpu),
      at('gsi', small),
      at('gvec', small),
      at('pi_desc_addr', (g) => g.hpa() + g.big(0, 63) * 64n),
    ],
    style: 'ftrace',
  },
  // include/trace/events/kvm.h
  {
    rule: 'kvm_mmio',
    convs: [str('read', 'write', 'unsatisfied-read'), at('len', (g) => g.pick([1n, 2n, 4n, 8n])), at('gpa', strippedGpa), at('val', data)],
    style: 'ftrace',
    weight: 6,
  },
  {
    rule: 'kvm_set_irq',
    convs: [at('gsi', small), at('level', (g) => g.big(0, 1)), at('source', (g) => g.big(0, 2))],
    style: 'ftrace',
  },
  {
    rule: 'kvm_msi_set_irq',
    convs: [
      at('dst', (g) => g.big(0, 7)),
      at('vec', (g) => g.big(0x20, 0xff)),
      str('Fixed', 'LowPrio'),
      str('physical', 'logical'),
      str('edge', 'level'),
      str('', '|rh'),
    ],
    style: 'ftrace',
  },
  {
    rule: 'kvm_ioapic_set_irq',
    convs: [
      at('pin', (g) => g.big(0, 23)),
      at('dst', (g) => g.big(0, 7)),
      at('vec', (g) => g.big(32, 255)),
      str('Fixed'),
      str('physical', 'logical'),
      str('edge', 'level'),
      str('', '|masked'),
      str('', ' (coalesced)'),
    ],
    style: 'ftrace',
  },
  {
    rule: 'kvm_age_page',
    convs: [at('hva', hostVirtual), at('gfn', gfn), str('YOUNG', 'OLD')],
    style: 'ftrace',
    weight: 3,
  },
  {
    rule: 'kvm_try_async_get_page',
    convs: [at('gva', (g) => g.userRip()), at('gfn', gfn)],
    style: 'ftrace',
  },
  {
    rule: 'kvm_async_pf_completed',
    convs: [at('gva', (g) => g.userRip()), at('address', hostVirtual), at('pfn', (g) => g.hpfn())],
    style: 'ftrace',
    weight: 3,
  },
  {
    rule: 'kvm_async_pf_not_present',
    convs: [at('token', (g) => g.big(1, 0xffffff)), at('gva', (g) => g.userRip())],
    style: 'ftrace',
  },
  // arch/x86/kvm/vmx/tdx.c, pr_fmt "kvm_intel: " (pr_tdx_error*, tdh_vp_*_failed)
  {
    rule: 'kvm_intel',
    convs: [
      str('TDH_PHYMEM_CACHE_WB', 'TDH_MNG_KEY_FREEID', 'TDH_MEM_TRACK', 'TDH_PHYMEM_PAGE_WBINVD', 'TDH_MNG_CREATE'),
      at('failed', status),
    ],
    style: 'dmesg',
    prefix: dmesgPrefix('kvm_intel: '),
    weight: 3,
  },
  {
    rule: 'kvm_intel',
    formatIndex: 1,
    convs: [str('TDH_MNG_INIT'), at('failed', status), at('rcx', register)],
    style: 'dmesg',
    prefix: dmesgPrefix('kvm_intel: '),
  },
  {
    rule: 'kvm_intel',
    formatIndex: 2,
    convs: [fn((g) => g.seamcallName()), at('failed', status), at('rcx', register), at('rdx', register)],
    style: 'dmesg',
    prefix: dmesgPrefix('kvm_intel: '),
    weight: 5,
  },
  {
    rule: 'kvm_intel',
    formatIndex: 3,
    convs: [str('TDH_PHYMEM_PAGE_RECLAIM'), at('failed', status), at('rcx', register), at('rdx', register), at('r8', register)],
    style: 'dmesg',
    prefix: dmesgPrefix('kvm_intel: '),
    weight: 3,
  },
  {
    rule: 'kvm_intel',
    formatIndex: 4,
    convs: [str('TDVPS', 'VMCS'), at('.', (g) => g.big(0, 0x6c00)), at('failed', status)],
    style: 'dmesg',
    prefix: dmesgPrefix('kvm_intel: '),
  },
  {
    rule: 'kvm_intel',
    formatIndex: 5,
    convs: [str('TDVPS', 'VMCS'), at('.', (g) => g.big(0, 0x6c00)), str(' = ', ' |= ', ' &= '), at(']', data), at('failed', status)],
    style: 'dmesg',
    prefix: dmesgPrefix('kvm_intel: '),
  },
  {
    rule: 'kvm_intel',
    formatIndex: 6,
    convs: [at('HKID', (g) => g.big(1, 63))],
    style: 'dmesg',
    prefix: dmesgPrefix('kvm_intel: '),
  },
  // arch/x86/virt/vmx/tdx/tdx.c, pr_fmt "virt/tdx: "
  {
    rule: 'virt/tdx',
    convs: [at('[', (g) => g.big(1, 0x3ff) << 30n), at(',', (g) => (g.args[0] as bigint) + (g.big(1, 64) << 30n))],
    style: 'dmesg',
    prefix: dmesgPrefix('virt/tdx: '),
    weight: 3,
  },
  {
    rule: 'virt/tdx',
    formatIndex: 1,
    convs: [at('[', (g) => g.big(0, 0xfff) << 20n), at(',', endAfter(false))],
    style: 'dmesg',
    prefix: dmesgPrefix('virt/tdx: '),
    weight: 3,
  },
  {
    rule: 'virt/tdx',
    formatIndex: 2,
    convs: [at('(', (g) => g.pick([33n, 35n, 36n, 45n, 31n])), at('failed', status)],
    style: 'dmesg',
    prefix: dmesgPrefix('virt/tdx: '),
    weight: 3,
  },
  {
    rule: 'virt/tdx',
    formatIndex: 3,
    convs: [at('RCX', register), at('RDX', register), at('R08', register)],
    style: 'dmesg',
    prefix: dmesgPrefix('virt/tdx: '),
  },
  {
    rule: 'virt/tdx',
    formatIndex: 4,
    convs: [at('R09', register), at('R10', register), at('R11', register)],
    style: 'dmesg',
    prefix: dmesgPrefix('virt/tdx: '),
  },
  // arch/x86/coco/tdx/tdx.c (guest), pr_fmt "tdx: "
  {
    rule: 'tdx',
    convs: [at('[', (g) => g.gpaPage()), at(',', endAfter(false))],
    style: 'dmesg',
    prefix: dmesgPrefix('tdx: '),
    weight: 3,
  },
  // guest dmesg: e820, swiotlb, PCI, ACPI
  {
    rule: 'BIOS-e820',
    convs: [str('BIOS-e820'), at('mem', (g) => g.gpaPage()), at('-', endAfter(true))],
    tail: (g) => g.pick(['usable', 'reserved', 'ACPI data', 'ACPI NVS']),
    style: 'dmesg',
    weight: 6,
  },
  {
    rule: 'e820',
    formatIndex: 1,
    convs: [at('mem', (g) => g.gpaPage()), at('-', endAfter(true))],
    tail: () => 'usable ==> reserved',
    style: 'dmesg',
  },
  {
    rule: 'TLB',
    convs: [at('mem', (g) => g.big(0x70000, 0x7c000) << 12n), at('-', endAfter(true)), num(undefined, (g) => g.pick([64n, 128n, 1024n]))],
    style: 'dmesg',
    prefix: dmesgPrefix('software IO TLB: '),
    weight: 3,
  },
  {
    rule: 'pci',
    convs: [
      fn(() =>
        nested(
          'BAR %u',
          at('BAR', (g) => g.big(0, 5)),
        ),
      ),
      {
        field: 'mem',
        gen: (g) => {
          const start = g.chance(0.5) ? (0xfe000n + g.big(0, 0x1ff) * 4n) << 12n : 0x800000000n + (g.big(0, 0xff) << 14n);
          return { resource: 'mem', start, end: start + 0x3fffn, flags: g.pick(['', '64bit', '64bit pref', 'pref']) };
        },
      },
    ],
    style: 'dmesg',
    prefix: (g) => `pci 0000:00:${g.int(1, 31).toString(16).padStart(2, '0')}.0: `,
    weight: 4,
  },
  {
    rule: 'pci',
    convs: [
      fn(() =>
        nested(
          'BAR %u',
          at('BAR', (g) => g.big(0, 5)),
        ),
      ),
      {
        field: 'io',
        gen: (g) => {
          const start = 0xc000n + g.big(0, 0x3f) * 0x40n;
          return { resource: 'io', start, end: start + 0x3fn, flags: '' };
        },
      },
    ],
    style: 'dmesg',
    prefix: (g) => `pci 0000:00:${g.int(1, 31).toString(16).padStart(2, '0')}.0: `,
  },
  {
    rule: 'pci_bus',
    formatIndex: 1,
    convs: [
      {
        field: 'mem',
        gen: (g) => {
          const start = g.pick([0x80000000n, 0xc0000000n, 0x800000000n, 0x38000000000n]);
          return { resource: 'mem', start, end: start + (g.big(1, 0x400) << 20n) - 1n, flags: 'window' };
        },
      },
      str(''),
    ],
    style: 'dmesg',
    prefix: () => 'pci_bus 0000:00: ',
    weight: 3,
  },
  {
    rule: 'ACPI',
    renderAs: '%-4.4s 0x%016llX %06X (v%.2d %-6.6s %-8.8s %08X %-4.4s %08X)',
    convs: [
      str('XSDT', 'FACP', 'DSDT', 'APIC', 'MCFG', 'WAET'),
      at('*other', (g) => 0x7ffe0000n + g.big(0, 0xffff)),
      num(undefined, (g) => g.big(0x24, 0x2000)),
      num(undefined, (g) => g.big(1, 3)),
      str('BOCHS '),
      str('BXPC    '),
      num(undefined, () => 1n),
      str('BXPC'),
      num(undefined, () => 1n),
    ],
    style: 'dmesg',
    prefix: dmesgPrefix('ACPI: '),
    weight: 3,
  },
  // QEMU accel/kvm/trace-events and target/i386/kvm/trace-events
  {
    rule: 'kvm_convert_memory',
    convs: [at('start', strippedGpa), at('size', (g) => g.big(1, 512) << 12n), str('shared_to_private', 'private_to_shared')],
    style: 'qemu',
    weight: 6,
  },
  {
    rule: 'kvm_memory_fault',
    convs: [at('start', (g) => g.gpaPage()), at('size', (g) => g.pick([0x1000n, 0x200000n])), at('flags', (g) => g.pick([0x8n, 0x0n]))],
    style: 'qemu',
    weight: 6,
  },
  {
    rule: 'kvm_set_user_memory',
    convs: [
      num(undefined, (g) => g.big(0, 1)),
      num(undefined, (g) => g.big(0, 12)),
      at('flags', (g) => g.pick([0n, 4n, 2n])),
      at('gpa', pageGpa),
      at('size', (g) => g.big(1, 0x8000) << 20n),
      at('ua', hostVirtual),
      at('guest_memfd', (g) => g.pick([-1n, 25n, 31n])),
      at('guest_memfd_offset', (g) => g.big(0, 0x800) << 20n),
      at('ret', () => 0n),
    ],
    style: 'qemu',
    weight: 4,
  },
  {
    rule: 'kvm_clear_dirty_log',
    convs: [num(undefined, (g) => g.big(0, 12)), at('start', (g) => g.big(0, 0x3ffff) & ~0x3fn), at('size', () => 0x40n)],
    style: 'qemu',
  },
  {
    rule: 'kvm_set_ioeventfd_mmio',
    convs: [
      at('fd', (g) => g.big(20, 90)),
      at('@', (g) => 0xfe003000n + g.big(0, 0xff) * 4n),
      at('val', data),
      at('assign', (g) => g.big(0, 1)),
      at('size', (g) => g.pick([2n, 4n])),
      at('match', (g) => g.big(0, 1)),
    ],
    style: 'qemu',
  },
  {
    rule: 'kvm_hc_map_gpa_range',
    convs: [at('gpa', pageGpa), at('size', (g) => g.big(1, 512) << 12n), at('attributes', (g) => g.pick([0n, 8n])), at('flags', () => 0n)],
    style: 'qemu',
    weight: 3,
  },
  { rule: 'kvm_xen_set_shared_info', convs: [at('gfn', gfn)], style: 'qemu' },
  {
    rule: 'kvm_xen_set_vcpu_attr',
    convs: [at('cpu', vcpu), at('type', (g) => g.big(0, 5)), at('gpa', pageGpa)],
    style: 'qemu',
  },
  // GDB (bminor/binutils-gdb)
  {
    rule: 'gdb print',
    format: '$%d = 0x%llx',
    convs: [num(undefined, (g) => g.big(1, 40)), num('gpa', rawGpa)],
    style: 'gdb',
    weight: 4,
  },
  {
    rule: 'gdb print',
    format: '$%d = (%s *) 0x%llx',
    convs: [num(undefined, (g) => g.big(1, 40)), str('struct kvm', 'struct page', 'struct kvm_vcpu'), at(')', (g) => g.kernelPointer())],
    style: 'gdb',
  },
  {
    rule: 'gdb examine',
    format: 'do_examine: address, then `x/4gx` items separated by tabs',
    renderAs: '0x%llx:\t0x%016llx\t0x%016llx',
    convs: [at('^', (g) => g.userPointer()), at('*other', data), at('*other', data)],
    style: 'gdb',
    weight: 3,
  },
  {
    rule: 'gdb examine',
    format: 'do_examine: address <symbol+offset>, then `x/2gx` items separated by tabs',
    renderAs: '0x%llx <%s>:\t0x%016llx\t0x%016llx',
    convs: [at('^', (g) => g.userPointer()), str('table', 'table+16', 'gpas+8'), at('*other', data), at('*other', data)],
    style: 'gdb',
  },
  {
    rule: 'gdb registers',
    format: 'default_print_one_register_info: name, pad_to_column (value_column_1 = 15), hex, pad_to_column (value_column_2), natural',
    renderAs: '%-15s%#-20llx%s',
    convs: [
      str('rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'r8', 'r9', 'r12', 'r15'),
      at('*other', (g) => g.big(0, 0xffff)),
      str('28', '0', '4198710'),
    ],
    style: 'gdb',
    weight: 3,
  },
  {
    rule: 'gdb registers',
    format: 'default_print_one_register_info: name, pad_to_column (value_column_1 = 15), hex, pad_to_column (value_column_2), natural',
    renderAs: '%-15s%#-20llx0x%llx <%s>',
    convs: [str('rip'), at('rip', (g) => 0x401136n + g.big(0, 0x100)), at('#', (g) => g.args[1] as bigint), str('main+4', 'handle+18')],
    style: 'gdb',
    weight: 2,
  },
  {
    rule: 'gdb registers',
    format: 'default_print_one_register_info: name, pad_to_column (value_column_1 = 15), hex, pad_to_column (value_column_2), natural',
    renderAs: '%-15s%#-20llx0x%llx',
    convs: [str('rsp', 'rbp'), at('rsp', (g) => g.userPointer()), at('#', (g) => g.args[1] as bigint)],
    style: 'gdb',
  },
  {
    rule: 'gdb registers',
    format: 'default_print_one_register_info: name, pad_to_column (value_column_1 = 15), hex, pad_to_column (value_column_2), natural',
    renderAs: '%-15s%#-20llx[ %s ]',
    convs: [str('eflags'), at('eflags', (g) => g.pick([0x246n, 0x202n, 0x10246n])), str('IF ZF PF', 'IF')],
    style: 'gdb',
  },
  {
    rule: 'gdb frame',
    format: 'print_frame: "#%-3d", pc, " in ", function, " (", args, ")", " at ", file, ":", line',
    renderAs: '#%-3d0x%016llx in %s (f=0x%llx, gpa=%llu) at %s:%d',
    convs: [
      num(undefined, (g) => g.big(0, 3)),
      at('^', (g) => g.userRip()),
      str('handle', 'map_gpa'),
      at('*other', (g) => g.userPointer()),
      at('gpa', rawGpa),
      str('gpa_demo.c'),
      num(undefined, (g) => g.big(10, 99)),
    ],
    style: 'gdb',
    weight: 4,
  },
  {
    rule: 'gdb frame',
    format: 'print_frame: "#%-3d", function, " (", args, ")", " at ", file, ":", line (no pc at the start of a line)',
    renderAs: '#%-3d%s (vcpu=0x%llx, gfn=%llu) at %s:%d',
    convs: [
      num(undefined, () => 0n),
      str('tdx_handle_ept_violation', 'map_gfn'),
      at('*other', (g) => g.kernelPointer()),
      at('gfn', (g) => g.rawGfn()),
      str('tdx.c'),
      num(undefined, (g) => g.big(100, 2000)),
    ],
    style: 'gdb',
    weight: 3,
  },
  {
    rule: 'gdb locals',
    format: 'print_variable_and_value: name, " = ", value',
    renderAs: '%s = %llu',
    convs: [str('gpa'), at('gpa', rawGpa)],
    style: 'gdb',
    weight: 2,
  },
  {
    rule: 'gdb locals',
    format: 'print_variable_and_value: name, " = ", value',
    renderAs: '%s = %llu',
    convs: [str('gfn'), at('gfn', (g) => g.rawGfn())],
    style: 'gdb',
  },
  {
    rule: 'gdb locals',
    format: 'print_variable_and_value: name, " = ", value',
    renderAs: '%s = 0x%llx',
    convs: [str('page', 'slot', 'kvm'), at('*other', (g) => g.kernelPointer())],
    style: 'gdb',
  },
  // Source code: unlabelled constants are GPAs unless they are kernel virtual addresses.
  {
    source: EXAMPLE_C,
    event: 'c source',
    format: '#define %s 0x%llxULL',
    convs: [str('TD_SHARED_GPA', 'TEST_MMIO_GPA', 'GUEST_TEST_MEM'), num('gpa', (g) => (g.chance(0.5) ? g.sharedMask : g.gpa(true)))],
    style: 'code',
    languageId: 'c',
    weight: 3,
  },
  {
    source: EXAMPLE_C,
    event: 'c source',
    format: '\tgpa_t gpa = 0x%llxULL;',
    convs: [num('gpa', rawGpa)],
    style: 'code',
    languageId: 'c',
  },
  {
    source: EXAMPLE_C,
    event: 'c source',
    format: '\tgfn_t gfn = 0x%llx;',
    convs: [num('gfn', (g) => g.rawGfn())],
    style: 'code',
    languageId: 'c',
  },
  {
    source: EXAMPLE_C,
    event: 'c source',
    format: 'static const u64 kernel_text = 0x%llx;',
    convs: [num('pointer', (g) => g.kernelRip())],
    style: 'code',
    languageId: 'c',
  },
  {
    source: EXAMPLE_C,
    event: 'c source',
    format: '\t/* TD private memory starts at 0x%llx */',
    convs: [num('gpa', pageGpa)],
    style: 'code',
    languageId: 'c',
  },
  {
    source: 'examples/vm.rs',
    event: 'rust source',
    format: 'let gpa: u64 = 0x%llx;',
    convs: [num('gpa', rawGpa)],
    style: 'code',
    languageId: 'rust',
  },
  {
    source: 'examples/vm.rs',
    event: 'rust source',
    format: 'const PAGE_OFFSET: u64 = 0x%llx;',
    convs: [num('pointer', (g) => g.pick([0xffff888000000000n, 0xff11000000000000n]))],
    style: 'code',
    languageId: 'rust',
  },
  {
    source: 'examples/mmio.cc',
    event: 'cpp source',
    format: 'constexpr uint64_t kMmioBase = 0x%llxull;',
    convs: [num('gpa', (g) => 0xfe000000n + (g.big(0, 0x1ff) << 12n))],
    style: 'code',
    languageId: 'cpp',
  },
  // Traps: hex-looking text that is no number at all.
  {
    source: TRAPS,
    event: 'trap',
    format: 'commit %s',
    convs: [
      fn(
        (g) => g.hex(16).toString(16).padStart(16, '0') + g.hex(16).toString(16).padStart(16, '0') + g.hex(8).toString(16).padStart(8, '0'),
      ),
    ],
    style: 'plain',
  },
  { source: TRAPS, event: 'trap', format: 'uuid %s', convs: [fn(() => '123e4567-e89b-12d3-a456-426614174000')], style: 'plain' },
  {
    source: TRAPS,
    event: 'trap',
    format: 'magic %s: the added cafe bytes are deadbeef',
    convs: [str('deadbeef', 'cafebabe', 'feedface')],
    style: 'plain',
  },
  {
    source: TRAPS,
    event: 'trap',
    format: 'color: #%s; background: #%s;',
    convs: [str('ff00ff', 'c0ffee'), str('abcdef', '000000')],
    style: 'plain',
  },
  {
    source: TRAPS,
    event: 'trap',
    format: '    link/ether %s brd ff:ff:ff:ff:ff:ff',
    convs: [str('52:54:00:12:34:56', 'fa:16:3e:aa:bb:cc')],
    style: 'plain',
  },
  {
    source: TRAPS,
    event: 'trap',
    format: '    inet6 %s/64 scope link',
    convs: [str('fe80::5054:ff:fe12:3456', 'fe80::f816:3eff:feaa:bbcc')],
    style: 'plain',
  },
];
