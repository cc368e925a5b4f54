// Format strings copied from the sources they cite (torvalds/linux, qemu/qemu, bminor/binutils-gdb), each
// conversion with its truth kind. Strings are kept as written in the source (C literal concatenation,
// PRIx64 macros, `\n`); `normalizeFormat` turns them into the printf format that is rendered.
import { ValueKind } from '../../src/detect/valueKind';
import { Arg, Conversion, Gen, nested } from './render';

/** How a line is dressed: ftrace header, dmesg timestamp and `pr_fmt` prefix, QEMU `pid@time:event`, or as is. */
export type LineStyle = 'ftrace' | 'dmesg' | 'qemu' | 'gdb' | 'code' | 'plain';

/**
 * One real message format: the file that prints it, the tracepoint or message name, the format exactly as in
 * the source, and one conversion (truth kind + value generator) per `%`. Example: `kvm_mmu_spte_requested`,
 * `"gfn %llx pfn %llx level %d"`, kinds `gfn`, `hpfn`, `count`.
 */
export interface FormatEntry {
  readonly source: string;
  readonly event: string;
  readonly format: string;
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

const num = (kind: ValueKind | undefined, gen: (g: Gen) => bigint): Conversion => ({ kind, gen });
const str = (...choices: string[]): Conversion => ({ gen: (g) => g.pick(choices) });
const fn = (gen: (g: Gen) => Arg): Conversion => ({ gen });

const vcpu = num('count', (g) => g.big(0, 7));
const level = num('count', (g) => g.big(1, 3));
const smallCount = (kind: ValueKind = 'count') => num(kind, (g) => g.big(0, 255));
const gfn = num('gfn', (g) => g.gfn());
const spte = num('spte', (g) => g.spte());
const status = num('tdxStatus', (g) => g.tdxStatus());
const pferr = num('errorCode', (g) => g.pick([0x0n, 0x2n, 0x3n, 0x4n, 0x6n, 0x10n, 0x14n, 0x15n]));
const pferrFlags = str('', 'W', 'U', 'W|U', 'P|W', 'P|W|U', 'F', 'U|F');
const hashedPointer = num('pointer', (g) => g.hex(8) | (g.chance(0.5) ? 0n : g.hex(8) << 32n));
const rawGpa = num('gpa', (g) => g.gpa(true));
const strippedGpa = num('gpa', (g) => g.gpa(false));
const pageGpa = num('gpa', (g) => g.gpaPage());
const hostVirtual = num('pointer', (g) => 0x7f0000000000n + (g.big(0, 0xffffff) << 12n));
const register = num('register', (g) => (g.chance(0.5) ? g.big(0, 0xffff) : g.chance(0.5) ? g.spte() : g.gpa(true)));
const data = num('data', (g) => (g.chance(0.6) ? g.big(0, 0xffffffff) : g.hex(16)));
/** The end of a half-open range whose start was the previous argument. */
const endAfter = (kind: ValueKind, inclusive: boolean) =>
  num(kind, (g) => (g.args[g.args.length - 1] as bigint) + (g.big(1, 0x4000) << 12n) - (inclusive ? 1n : 0n));
const dmesgPrefix = (prefix: string) => () => prefix;

const MMU = 'arch/x86/kvm/mmu/mmutrace.h';
const TRACE = 'arch/x86/kvm/trace.h';
const KVM_EVENTS = 'include/trace/events/kvm.h';
const VMX_TDX = 'arch/x86/kvm/vmx/tdx.c';
const VIRT_TDX = 'arch/x86/virt/vmx/tdx/tdx.c';
const QEMU_KVM = 'accel/kvm/trace-events';
const QEMU_I386 = 'target/i386/kvm/trace-events';
/** Source-code and trap lines are written for the corpus, not copied: their sources say so. */
const EXAMPLE_C = 'examples/tdx_demo.c';
const TRAPS = 'examples/traps.txt';

/** `KVM_MMU_PAGE_PRINTK()` in mmutrace.h: the shadow-page summary shared by the kvm_mmu_*_page events. */
const MMU_PAGE_PRINTK = nested(
  '"sp gen %u gfn %llx l%u %u-byte q%u%s %s%s" " %snxe %sad root %u %s%c"',
  num('count', (g) => g.big(0, 255)),
  gfn,
  num(undefined, (g) => g.big(1, 4)),
  num(undefined, () => 8n),
  num(undefined, () => 0n),
  str(' direct', ''),
  str('---', '--x', 'w--', 'w-x', '-u-', '-ux', 'wu-', 'wux'),
  str('', ' invalid'),
  str('', '!'),
  str('', '!'),
  num('count', (g) => g.big(0, 3)),
  str('sync', 'unsync'),
  str(''),
);

/** The formats, grouped by source file. */
export const FORMATS: readonly FormatEntry[] = [
  // arch/x86/kvm/mmu/mmutrace.h
  {
    source: MMU,
    event: 'kvm_mmu_pagetable_walk',
    format: 'addr %llx pferr %x %s',
    convs: [num('gva', (g) => (g.chance(0.5) ? g.userRip() : g.kernelPointer())), pferr, pferrFlags],
    style: 'ftrace',
    weight: 4,
  },
  {
    source: MMU,
    event: 'kvm_mmu_paging_element',
    format: 'pte %llx level %u',
    convs: [num('spte', (g) => g.gpaPage() | 0x67n | (g.chance(0.3) ? 1n << 63n : 0n)), level],
    style: 'ftrace',
  },
  {
    source: MMU,
    event: 'kvm_mmu_set_accessed_bit',
    format: 'gpa %llx',
    convs: [num('gpa', (g) => g.gpaPage() + g.big(0, 511) * 8n)],
    style: 'ftrace',
  },
  {
    source: MMU,
    event: 'kvm_mmu_set_dirty_bit',
    format: 'gpa %llx',
    convs: [num('gpa', (g) => g.gpaPage() + g.big(0, 511) * 8n)],
    style: 'ftrace',
  },
  { source: MMU, event: 'kvm_mmu_walker_error', format: 'pferr %x %s', convs: [pferr, pferrFlags], style: 'ftrace' },
  {
    source: MMU,
    event: 'kvm_mmu_get_page',
    format: '%s %s',
    convs: [fn(() => MMU_PAGE_PRINTK), str('new', 'existing')],
    style: 'ftrace',
    weight: 3,
  },
  { source: MMU, event: 'kvm_mmu_prepare_zap_page', format: '%s', convs: [fn(() => MMU_PAGE_PRINTK)], style: 'ftrace' },
  {
    source: MMU,
    event: 'mark_mmio_spte',
    format: 'sptep:%p gfn %llx access %x gen %x',
    convs: [hashedPointer, gfn, num('flags', (g) => g.big(0, 7)), num('count', (g) => g.big(0, 0x7ffff))],
    style: 'ftrace',
  },
  {
    source: MMU,
    event: 'handle_mmio_page_fault',
    format: 'addr:%llx gfn %llx access %x',
    convs: [
      num('gpa', (g) => ((0xfe000n + g.big(0, 0x1fff)) << 12n) | g.big(0, 0xfff) | g.sharedMask),
      num('gfn', (g) => ((g.args[0] as bigint) & ~g.sharedMask) >> 12n),
      num('flags', (g) => g.big(0, 7)),
    ],
    style: 'ftrace',
    weight: 3,
  },
  {
    source: MMU,
    event: 'fast_page_fault',
    format: '"vcpu %d gva %llx error_code %s sptep %p old %#llx" " new %llx spurious %d fixed %d"',
    convs: [vcpu, rawGpa, pferrFlags, hashedPointer, spte, spte, num('count', (g) => g.big(0, 1)), num('count', (g) => g.big(0, 1))],
    style: 'ftrace',
    weight: 3,
  },
  {
    source: MMU,
    event: 'check_mmio_spte',
    format: 'spte %llx kvm_gen %x spte-gen %x valid %d',
    convs: [spte, num('count', (g) => g.big(0, 0x7ffff)), num('count', (g) => g.big(0, 0x7ffff)), num('count', (g) => g.big(0, 1))],
    style: 'ftrace',
  },
  {
    source: MMU,
    event: 'kvm_mmu_set_spte',
    format: 'gfn %llx spte %llx (%s%s%s%s) level %d at %llx',
    convs: [
      gfn,
      spte,
      str('r', '-'),
      str('w', '-'),
      str('x', '-'),
      str('', 'u', '-'),
      level,
      num('hpa', (g) => g.hpa() + g.big(0, 511) * 8n),
    ],
    style: 'ftrace',
    weight: 6,
  },
  {
    source: MMU,
    event: 'kvm_mmu_spte_requested',
    format: 'gfn %llx pfn %llx level %d',
    convs: [gfn, num('hpfn', (g) => g.hpfn()), level],
    style: 'ftrace',
    weight: 4,
  },
  {
    source: MMU,
    event: 'kvm_tdp_mmu_spte_changed',
    format: 'as id %d gfn %llx level %d old_spte %llx new_spte %llx',
    convs: [num('count', (g) => g.big(0, 1)), gfn, level, num('spte', (g) => (g.chance(0.3) ? 0x5a0n : g.spte())), spte],
    style: 'ftrace',
    weight: 4,
  },
  {
    source: MMU,
    event: 'kvm_mmu_split_huge_page',
    format: 'gfn %llx spte %llx level %d errno %d',
    convs: [gfn, spte, num('count', (g) => g.big(2, 3)), num('count', (g) => g.pick([0n, -12n, -16n]))],
    style: 'ftrace',
  },
  {
    source: MMU,
    event: 'kvm_mmu_zap_all_fast',
    format: 'kvm-mmu-valid-gen %u used_pages %x',
    convs: [num('count', (g) => g.big(0, 255)), num('count', (g) => g.big(0, 0xffff))],
    style: 'ftrace',
  },
  // arch/x86/kvm/trace.h
  {
    // Since Linux 6.9 ("KVM: x86: Pass force_immediate_exit to kvm_x86_ops.vcpu_run()").
    source: TRACE,
    event: 'kvm_entry',
    format: 'vcpu %u, rip 0x%lx%s',
    convs: [vcpu, num('gva', (g) => g.rip()), str('', '[immediate exit]')],
    style: 'ftrace',
  },
  {
    source: TRACE,
    event: 'kvm_entry',
    format: 'vcpu %u, rip 0x%lx',
    convs: [vcpu, num('gva', (g) => g.rip())],
    style: 'ftrace',
    weight: 3,
  },
  {
    source: TRACE,
    event: 'kvm_exit',
    format: '"vcpu %u reason %s%s%s rip 0x%lx info1 0x%016llx " "info2 0x%016llx intr_info 0x%08x error_code 0x%08x"',
    convs: [
      vcpu,
      str('EPT_VIOLATION', 'EPT_MISCONFIG', 'HLT', 'MSR_WRITE', 'EXTERNAL_INTERRUPT', 'TDCALL'),
      str(''),
      str(''),
      num('gva', (g) => g.rip()),
      num('exitQualification', (g) => g.pick([0x181n, 0x182n, 0x184n, 0x683n, 0x0n, 0x10000000181n])),
      num('flags', (g) => g.pick([0n, 0x80000b0en])),
      num('flags', (g) => g.pick([0n, 0x800000ecn, 0x80000b0en])),
      num('errorCode', (g) => g.pick([0n, 0n, 0x2n])),
    ],
    style: 'ftrace',
    weight: 4,
  },
  {
    source: TRACE,
    event: 'kvm_page_fault',
    format: 'vcpu %u rip 0x%lx address 0x%016llx error_code 0x%llx',
    convs: [
      vcpu,
      num('gva', (g) => g.rip()),
      rawGpa,
      num('exitQualification', (g) => g.pick([0x2n, 0x2n, 0x181n, 0x182n, 0x184n, 0x100000181n, 0x2000000000002n])),
    ],
    style: 'ftrace',
    weight: 8,
  },
  {
    // The same tracepoint before Linux 6.3 (commit "KVM: x86: Print more information in kvm_page_fault").
    source: TRACE,
    event: 'kvm_page_fault',
    format: 'address %lx error_code %x',
    convs: [rawGpa, num('exitQualification', (g) => g.pick([0x181n, 0x182n, 0x184n, 0x2n]))],
    style: 'ftrace',
    weight: 3,
  },
  {
    source: TRACE,
    event: 'kvm_emulate_insn',
    format: '%x:%llx:%s (%s)%s',
    convs: [
      num('gva', () => 0n),
      num('gva', (g) => g.kernelRip()),
      str('0f 01 ca', '48 89 07', '8b 00', '0f 30', 'c7 00 00 00 00 00'),
      str('prot64'),
      str('', ' failed'),
    ],
    style: 'ftrace',
  },
  {
    source: TRACE,
    event: 'kvm_msr',
    format: 'msr_%s %x = 0x%llx%s',
    convs: [str('read', 'write'), num('count', (g) => g.pick([0x1bn, 0x6e0n, 0x10n, 0x48n, 0x3bn])), data, str('', ' (#GP)')],
    style: 'ftrace',
  },
  {
    source: TRACE,
    event: 'kvm_cr',
    format: 'cr_%s %x = 0x%lx',
    convs: [
      str('read', 'write'),
      num('count', (g) => g.pick([0n, 3n, 4n])),
      num('register', (g) => g.pick([0x80050033n, 0x3406e0n, g.gpaPage()])),
    ],
    style: 'ftrace',
  },
  {
    source: TRACE,
    event: 'kvm_hypercall',
    format: 'nr 0x%lx a0 0x%lx a1 0x%lx a2 0x%lx a3 0x%lx',
    convs: [num('count', (g) => g.pick([12n, 5n, 1n])), register, register, register, register],
    style: 'ftrace',
    weight: 3,
  },
  {
    source: TRACE,
    event: 'kvm_pio',
    format: 'pio_%s at 0x%x size %d count %d val 0x%x %s',
    convs: [
      str('read', 'write'),
      num('count', (g) => g.pick([0x3f8n, 0xcf8n, 0xcfcn, 0x70n, 0x604n])),
      num('size', (g) => g.pick([1n, 2n, 4n])),
      num('count', () => 1n),
      data,
      str('', '(...)'),
    ],
    style: 'ftrace',
  },
  { source: TRACE, event: 'kvm_fast_mmio', format: 'fast mmio at gpa 0x%llx', convs: [rawGpa], style: 'ftrace' },
  {
    source: TRACE,
    event: 'kvm_cpuid',
    format: 'func %x idx %x rax %lx rbx %lx rcx %lx rdx %lx, cpuid entry %s%s',
    convs: [
      num('count', (g) => g.pick([0x1n, 0x7n, 0xdn, 0x80000008n])),
      num('count', (g) => g.big(0, 1)),
      num('register', (g) => g.hex(8)),
      num('register', (g) => g.hex(8)),
      num('register', (g) => g.hex(8)),
      num('register', (g) => g.hex(8)),
      str('found', 'not found'),
      str('', ', used max basic'),
    ],
    style: 'ftrace',
  },
  {
    source: TRACE,
    event: 'vcpu_match_mmio',
    format: 'gva %#lx gpa %#llx %s %s',
    convs: [num('gva', (g) => g.kernelPointer()), strippedGpa, str('Write', 'Read'), str('GPA', 'GVA')],
    style: 'ftrace',
  },
  {
    source: TRACE,
    event: 'kvm_inj_virq',
    format: '%s 0x%x%s',
    convs: [str('IRQ', 'Soft/INTn'), num('count', (g) => g.big(0x20, 0xff)), str('', ' [reinjected]')],
    style: 'ftrace',
  },
  {
    source: TRACE,
    event: 'kvm_eoi',
    format: 'apicid %x vector %d',
    convs: [num('count', (g) => g.big(0, 7)), num('count', (g) => g.big(32, 255))],
    style: 'ftrace',
  },
  {
    source: TRACE,
    event: 'kvm_hv_hypercall',
    format: 'code 0x%x %s var_cnt 0x%x rep_cnt 0x%x idx 0x%x in 0x%llx out 0x%llx',
    convs: [smallCount(), str('fast', 'slow'), smallCount(), smallCount(), smallCount(), pageGpa, pageGpa],
    style: 'ftrace',
  },
  {
    source: TRACE,
    event: 'kvm_enter_smm',
    format: 'vcpu %u: %s SMM, smbase 0x%llx',
    convs: [vcpu, str('entering', 'leaving'), num('gpa', (g) => g.pick([0x30000n, 0x7ffaf000n]))],
    style: 'ftrace',
  },
  {
    source: TRACE,
    event: 'kvm_pi_irte_update',
    format: '"VT-d PI is %s for irq %u, vcpu %u, gsi: 0x%x, " "gvec: 0x%x, pi_desc_addr: 0x%llx"',
    convs: [
      str('enabled and being updated', 'disabled'),
      smallCount(),
      vcpu,
      smallCount(),
      smallCount(),
      num('hpa', (g) => g.hpa() + g.big(0, 63) * 64n),
    ],
    style: 'ftrace',
  },
  // include/trace/events/kvm.h
  {
    source: KVM_EVENTS,
    event: 'kvm_mmio',
    format: 'mmio %s len %u gpa 0x%llx val 0x%llx',
    convs: [str('read', 'write', 'unsatisfied-read'), num('size', (g) => g.pick([1n, 2n, 4n, 8n])), strippedGpa, data],
    style: 'ftrace',
    weight: 6,
  },
  {
    source: KVM_EVENTS,
    event: 'kvm_set_irq',
    format: 'gsi %u level %d source %d',
    convs: [smallCount(), num('count', (g) => g.big(0, 1)), num('count', (g) => g.big(0, 2))],
    style: 'ftrace',
  },
  {
    source: KVM_EVENTS,
    event: 'kvm_msi_set_irq',
    format: 'dst %u vec %x (%s|%s|%s%s)',
    convs: [
      num('count', (g) => g.big(0, 7)),
      num('count', (g) => g.big(0x20, 0xff)),
      str('Fixed', 'LowPrio'),
      str('physical', 'logical'),
      str('edge', 'level'),
      str('', '|rh'),
    ],
    style: 'ftrace',
  },
  {
    source: KVM_EVENTS,
    event: 'kvm_ioapic_set_irq',
    format: 'pin %u dst %x vec=%u (%s|%s|%s%s)%s',
    convs: [
      num('count', (g) => g.big(0, 23)),
      num('count', (g) => g.big(0, 7)),
      num('count', (g) => g.big(32, 255)),
      str('Fixed'),
      str('physical', 'logical'),
      str('edge', 'level'),
      str('', '|masked'),
      str('', ' (coalesced)'),
    ],
    style: 'ftrace',
  },
  {
    source: KVM_EVENTS,
    event: 'kvm_age_page',
    format: 'hva %llx gfn %llx %s',
    convs: [hostVirtual, gfn, str('YOUNG', 'OLD')],
    style: 'ftrace',
    weight: 3,
  },
  {
    source: KVM_EVENTS,
    event: 'kvm_try_async_get_page',
    format: 'gva = %#llx, gfn = %#llx',
    convs: [num('gva', (g) => g.userRip()), gfn],
    style: 'ftrace',
  },
  {
    source: KVM_EVENTS,
    event: 'kvm_async_pf_completed',
    format: 'gva %#llx address %#lx pfn %#llx',
    convs: [num('gva', (g) => g.userRip()), hostVirtual, num('hpfn', (g) => g.hpfn())],
    style: 'ftrace',
    weight: 3,
  },
  {
    source: KVM_EVENTS,
    event: 'kvm_async_pf_not_present',
    format: 'token %#llx gva %#llx',
    convs: [num('count', (g) => g.big(1, 0xffffff)), num('gva', (g) => g.userRip())],
    style: 'ftrace',
  },
  // arch/x86/kvm/vmx/tdx.c, pr_fmt "kvm_intel: " (pr_tdx_error*, tdh_vp_*_failed)
  {
    source: VMX_TDX,
    event: 'pr_tdx_error',
    format: '"SEAMCALL %s failed: 0x%llx\\n"',
    convs: [str('TDH_PHYMEM_CACHE_WB', 'TDH_MNG_KEY_FREEID', 'TDH_MEM_TRACK', 'TDH_PHYMEM_PAGE_WBINVD', 'TDH_MNG_CREATE'), status],
    style: 'dmesg',
    prefix: dmesgPrefix('kvm_intel: '),
    weight: 3,
  },
  {
    source: VMX_TDX,
    event: 'pr_tdx_error_1',
    format: '"SEAMCALL " __fn_str " failed: 0x%llx, " "rcx 0x%llx\\n"',
    convs: [str('TDH_MNG_INIT'), status, register],
    style: 'dmesg',
    prefix: dmesgPrefix('kvm_intel: '),
  },
  {
    source: VMX_TDX,
    event: 'pr_tdx_error_2',
    format: '"SEAMCALL " __fn_str " failed: 0x%llx, " "rcx 0x%llx, rdx 0x%llx\\n"',
    convs: [fn((g) => g.seamcallName()), status, register, register],
    style: 'dmesg',
    prefix: dmesgPrefix('kvm_intel: '),
    weight: 5,
  },
  {
    source: VMX_TDX,
    event: 'pr_tdx_error_3',
    format: '"SEAMCALL " __fn_str " failed: 0x%llx, " "rcx 0x%llx, rdx 0x%llx, r8 0x%llx\\n"',
    convs: [str('TDH_PHYMEM_PAGE_RECLAIM'), status, register, register, register],
    style: 'dmesg',
    prefix: dmesgPrefix('kvm_intel: '),
    weight: 3,
  },
  {
    source: VMX_TDX,
    event: 'tdh_vp_rd_failed',
    format: '"TDH_VP_RD[%s.0x%x] failed 0x%llx\\n"',
    convs: [str('TDVPS', 'VMCS'), num('count', (g) => g.big(0, 0x6c00)), status],
    style: 'dmesg',
    prefix: dmesgPrefix('kvm_intel: '),
  },
  {
    source: VMX_TDX,
    event: 'tdh_vp_wr_failed',
    format: '"TDH_VP_WR[%s.0x%x]%s0x%llx failed: 0x%llx\\n"',
    convs: [str('TDVPS', 'VMCS'), num('count', (g) => g.big(0, 0x6c00)), str(' = ', ' |= ', ' &= '), data, status],
    style: 'dmesg',
    prefix: dmesgPrefix('kvm_intel: '),
  },
  {
    source: VMX_TDX,
    event: 'tdx_mmu_release_hkid',
    format: '"tdh_mng_key_freeid() failed. HKID %d is leaked.\\n"',
    convs: [num('count', (g) => g.big(1, 63))],
    style: 'dmesg',
    prefix: dmesgPrefix('kvm_intel: '),
  },
  // arch/x86/virt/vmx/tdx/tdx.c, pr_fmt "virt/tdx: "
  {
    source: VIRT_TDX,
    event: 'tdmr_get_nid',
    format: '"TDMR [0x%llx, 0x%llx): unable to find local NUMA node for PAMT allocation, fallback to use node 0.\\n"',
    convs: [num('hpa', (g) => g.big(1, 0x3ff) << 30n), num('hpa', (g) => (g.args[0] as bigint) + (g.big(1, 64) << 30n))],
    style: 'dmesg',
    prefix: dmesgPrefix('virt/tdx: '),
    weight: 3,
  },
  {
    source: VIRT_TDX,
    event: 'print_cmrs',
    format: '"CMR: [0x%llx, 0x%llx)\\n"',
    convs: [num('hpa', (g) => g.big(0, 0xfff) << 20n), endAfter('hpa', false)],
    style: 'dmesg',
    prefix: dmesgPrefix('virt/tdx: '),
    weight: 3,
  },
  {
    source: VIRT_TDX,
    event: 'seamcall_err',
    format: '"SEAMCALL (0x%016llx) failed: 0x%016llx\\n"',
    convs: [num('count', (g) => g.pick([33n, 35n, 36n, 45n, 31n])), status],
    style: 'dmesg',
    prefix: dmesgPrefix('virt/tdx: '),
    weight: 3,
  },
  {
    source: VIRT_TDX,
    event: 'seamcall_err_ret',
    format: '"RCX 0x%016llx RDX 0x%016llx R08 0x%016llx\\n"',
    convs: [register, register, register],
    style: 'dmesg',
    prefix: dmesgPrefix('virt/tdx: '),
  },
  {
    source: VIRT_TDX,
    event: 'seamcall_err_ret',
    format: '"R09 0x%016llx R10 0x%016llx R11 0x%016llx\\n"',
    convs: [register, register, register],
    style: 'dmesg',
    prefix: dmesgPrefix('virt/tdx: '),
  },
  // arch/x86/coco/tdx/tdx.c (guest), pr_fmt "tdx: "
  {
    source: 'arch/x86/coco/tdx/tdx.c',
    event: 'tdx_memory_post_plug',
    format: '"Failed to accept memory [0x%llx, 0x%llx)\\n"',
    convs: [num('gpa', (g) => g.gpaPage()), endAfter('gpa', false)],
    style: 'dmesg',
    prefix: dmesgPrefix('tdx: '),
    weight: 3,
  },
  // guest dmesg: e820, swiotlb, PCI, ACPI
  {
    source: 'arch/x86/kernel/e820.c',
    event: 'e820__print_table',
    format: '"%s: [mem %#018Lx-%#018Lx] "',
    convs: [str('BIOS-e820'), num('gpa', (g) => g.gpaPage()), endAfter('gpa', true)],
    tail: (g) => g.pick(['usable', 'reserved', 'ACPI data', 'ACPI NVS']),
    style: 'dmesg',
    weight: 6,
  },
  {
    source: 'arch/x86/kernel/e820.c',
    event: 'e820__range_update',
    format: '"e820: update [mem %#010Lx-%#010Lx] "',
    convs: [num('gpa', (g) => g.gpaPage()), endAfter('gpa', true)],
    tail: () => 'usable ==> reserved',
    style: 'dmesg',
  },
  {
    source: 'kernel/dma/swiotlb.c',
    event: 'swiotlb_print_info',
    format: '"mapped [mem %pa-%pa] (%luMB)\\n"',
    convs: [num('gpa', (g) => g.big(0x70000, 0x7c000) << 12n), endAfter('gpa', true), num(undefined, (g) => g.pick([64n, 128n, 1024n]))],
    style: 'dmesg',
    prefix: dmesgPrefix('software IO TLB: '),
    weight: 3,
  },
  {
    source: 'drivers/pci/probe.c',
    event: '__pci_read_base',
    format: '"%s %pR\\n"',
    convs: [
      fn(() =>
        nested(
          'BAR %u',
          num('count', (g) => g.big(0, 5)),
        ),
      ),
      {
        kind: 'gpa',
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
    source: 'drivers/pci/probe.c',
    event: '__pci_read_base',
    format: '"%s %pR\\n"',
    convs: [
      fn(() =>
        nested(
          'BAR %u',
          num('count', (g) => g.big(0, 5)),
        ),
      ),
      {
        kind: 'count',
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
    source: 'drivers/pci/probe.c',
    event: 'pci_register_host_bridge',
    format: '"root bus resource %pR%s\\n"',
    convs: [
      {
        kind: 'gpa',
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
    source: 'drivers/acpi/acpica/tbprint.c',
    event: 'acpi_tb_print_table_header',
    format: '"%-4.4s 0x%8.8X%8.8X %06X (v%.2d %-6.6s %-8.8s %08X %-4.4s %08X)"',
    renderAs: '%-4.4s 0x%016llX %06X (v%.2d %-6.6s %-8.8s %08X %-4.4s %08X)',
    convs: [
      str('XSDT', 'FACP', 'DSDT', 'APIC', 'MCFG', 'WAET'),
      num('gpa', (g) => 0x7ffe0000n + g.big(0, 0xffff)),
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
    source: QEMU_KVM,
    event: 'kvm_convert_memory',
    format: '"start 0x%" PRIx64 " size 0x%" PRIx64 " %s"',
    convs: [strippedGpa, num('size', (g) => g.big(1, 512) << 12n), str('shared_to_private', 'private_to_shared')],
    style: 'qemu',
    weight: 6,
  },
  {
    source: QEMU_KVM,
    event: 'kvm_memory_fault',
    format: '"start 0x%" PRIx64 " size 0x%" PRIx64 " flags 0x%" PRIx64',
    convs: [num('gpa', (g) => g.gpaPage()), num('size', (g) => g.pick([0x1000n, 0x200000n])), num('flags', (g) => g.pick([0x8n, 0x0n]))],
    style: 'qemu',
    weight: 6,
  },
  {
    source: QEMU_KVM,
    event: 'kvm_set_user_memory',
    format:
      '"AddrSpace#%d Slot#%d flags=0x%x gpa=0x%"PRIx64 " size=0x%"PRIx64 " ua=0x%"PRIx64 " guest_memfd=%d" " guest_memfd_offset=0x%" PRIx64 " ret=%d"',
    convs: [
      num(undefined, (g) => g.big(0, 1)),
      num(undefined, (g) => g.big(0, 12)),
      num('flags', (g) => g.pick([0n, 4n, 2n])),
      pageGpa,
      num('size', (g) => g.big(1, 0x8000) << 20n),
      hostVirtual,
      num('count', (g) => g.pick([-1n, 25n, 31n])),
      num('size', (g) => g.big(0, 0x800) << 20n),
      num('count', () => 0n),
    ],
    style: 'qemu',
    weight: 4,
  },
  {
    source: QEMU_KVM,
    event: 'kvm_clear_dirty_log',
    format: '"slot#%"PRId32" start 0x%"PRIx64" size 0x%"PRIx32',
    convs: [num(undefined, (g) => g.big(0, 12)), num('count', (g) => g.big(0, 0x3ffff) & ~0x3fn), num('count', () => 0x40n)],
    style: 'qemu',
  },
  {
    source: QEMU_KVM,
    event: 'kvm_set_ioeventfd_mmio',
    format: '"fd: %d @0x%" PRIx64 " val=0x%x assign: %d size: %d match: %d"',
    convs: [
      num('count', (g) => g.big(20, 90)),
      num('gpa', (g) => 0xfe003000n + g.big(0, 0xff) * 4n),
      data,
      num('count', (g) => g.big(0, 1)),
      num('size', (g) => g.pick([2n, 4n])),
      num('count', (g) => g.big(0, 1)),
    ],
    style: 'qemu',
  },
  {
    source: QEMU_I386,
    event: 'kvm_hc_map_gpa_range',
    format: '"gpa 0x%" PRIx64 " size 0x%" PRIx64 " attributes 0x%" PRIx64 " flags 0x%" PRIx64',
    convs: [pageGpa, num('size', (g) => g.big(1, 512) << 12n), num('flags', (g) => g.pick([0n, 8n])), num('flags', () => 0n)],
    style: 'qemu',
    weight: 3,
  },
  { source: QEMU_I386, event: 'kvm_xen_set_shared_info', format: '"shared info at gfn 0x%" PRIx64', convs: [gfn], style: 'qemu' },
  {
    source: QEMU_I386,
    event: 'kvm_xen_set_vcpu_attr',
    format: '"vcpu attr cpu %d type %d gpa 0x%" PRIx64',
    convs: [vcpu, num('count', (g) => g.big(0, 5)), pageGpa],
    style: 'qemu',
  },
  // GDB (bminor/binutils-gdb)
  {
    source: 'gdb/printcmd.c',
    event: 'gdb print',
    format: '$%d = 0x%llx',
    convs: [num(undefined, (g) => g.big(1, 40)), rawGpa],
    style: 'gdb',
    weight: 4,
  },
  {
    source: 'gdb/printcmd.c',
    event: 'gdb print',
    format: '$%d = (%s *) 0x%llx',
    convs: [
      num(undefined, (g) => g.big(1, 40)),
      str('struct kvm', 'struct page', 'struct kvm_vcpu'),
      num('pointer', (g) => g.kernelPointer()),
    ],
    style: 'gdb',
  },
  {
    source: 'gdb/printcmd.c',
    event: 'gdb examine',
    format: 'do_examine: address, then `x/4gx` items separated by tabs',
    renderAs: '0x%llx:\t0x%016llx\t0x%016llx',
    convs: [num('pointer', (g) => g.userPointer()), data, data],
    style: 'gdb',
    weight: 3,
  },
  {
    source: 'gdb/printcmd.c',
    event: 'gdb examine',
    format: 'do_examine: address <symbol+offset>, then `x/2gx` items separated by tabs',
    renderAs: '0x%llx <%s>:\t0x%016llx\t0x%016llx',
    convs: [num('pointer', (g) => g.userPointer()), str('table', 'table+16', 'gpas+8'), data, data],
    style: 'gdb',
  },
  {
    source: 'gdb/infcmd.c',
    event: 'gdb registers',
    format: 'default_print_one_register_info: name, pad_to_column (value_column_1 = 15), hex, pad_to_column (value_column_2), natural',
    renderAs: '%-15s%#-20llx%s',
    convs: [
      str('rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'r8', 'r9', 'r12', 'r15'),
      num('register', (g) => g.big(0, 0xffff)),
      str('28', '0', '4198710'),
    ],
    style: 'gdb',
    weight: 3,
  },
  {
    source: 'gdb/infcmd.c',
    event: 'gdb registers',
    format: 'default_print_one_register_info: name, pad_to_column (value_column_1 = 15), hex, pad_to_column (value_column_2), natural',
    renderAs: '%-15s%#-20llx0x%llx <%s>',
    convs: [str('rip'), num('gva', (g) => 0x401136n + g.big(0, 0x100)), num('gva', (g) => g.args[1] as bigint), str('main+4', 'handle+18')],
    style: 'gdb',
    weight: 2,
  },
  {
    source: 'gdb/infcmd.c',
    event: 'gdb registers',
    format: 'default_print_one_register_info: name, pad_to_column (value_column_1 = 15), hex, pad_to_column (value_column_2), natural',
    renderAs: '%-15s%#-20llx0x%llx',
    convs: [str('rsp', 'rbp'), num('pointer', (g) => g.userPointer()), num('pointer', (g) => g.args[1] as bigint)],
    style: 'gdb',
  },
  {
    source: 'gdb/infcmd.c',
    event: 'gdb registers',
    format: 'default_print_one_register_info: name, pad_to_column (value_column_1 = 15), hex, pad_to_column (value_column_2), natural',
    renderAs: '%-15s%#-20llx[ %s ]',
    convs: [str('eflags'), num('flags', (g) => g.pick([0x246n, 0x202n, 0x10246n])), str('IF ZF PF', 'IF')],
    style: 'gdb',
  },
  {
    source: 'gdb/stack.c',
    event: 'gdb frame',
    format: 'print_frame: "#%-3d", pc, " in ", function, " (", args, ")", " at ", file, ":", line',
    renderAs: '#%-3d0x%016llx in %s (f=0x%llx, gpa=%llu) at %s:%d',
    convs: [
      num(undefined, (g) => g.big(0, 3)),
      num('gva', (g) => g.userRip()),
      str('handle', 'map_gpa'),
      num('pointer', (g) => g.userPointer()),
      rawGpa,
      str('gpa_demo.c'),
      num(undefined, (g) => g.big(10, 99)),
    ],
    style: 'gdb',
    weight: 4,
  },
  {
    source: 'gdb/stack.c',
    event: 'gdb frame',
    format: 'print_frame: "#%-3d", function, " (", args, ")", " at ", file, ":", line (no pc at the start of a line)',
    renderAs: '#%-3d%s (vcpu=0x%llx, gfn=%llu) at %s:%d',
    convs: [
      num(undefined, () => 0n),
      str('tdx_handle_ept_violation', 'map_gfn'),
      num('pointer', (g) => g.kernelPointer()),
      num('gfn', (g) => g.rawGfn()),
      str('tdx.c'),
      num(undefined, (g) => g.big(100, 2000)),
    ],
    style: 'gdb',
    weight: 3,
  },
  {
    source: 'gdb/printcmd.c',
    event: 'gdb locals',
    format: 'print_variable_and_value: name, " = ", value',
    renderAs: '%s = %llu',
    convs: [str('gpa'), rawGpa],
    style: 'gdb',
    weight: 2,
  },
  {
    source: 'gdb/printcmd.c',
    event: 'gdb locals',
    format: 'print_variable_and_value: name, " = ", value',
    renderAs: '%s = %llu',
    convs: [str('gfn'), num('gfn', (g) => g.rawGfn())],
    style: 'gdb',
  },
  {
    source: 'gdb/printcmd.c',
    event: 'gdb locals',
    format: 'print_variable_and_value: name, " = ", value',
    renderAs: '%s = 0x%llx',
    convs: [str('page', 'slot', 'kvm'), num('pointer', (g) => g.kernelPointer())],
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
    convs: [rawGpa],
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
    convs: [pageGpa],
    style: 'code',
    languageId: 'c',
  },
  { source: 'examples/vm.rs', event: 'rust source', format: 'let gpa: u64 = 0x%llx;', convs: [rawGpa], style: 'code', languageId: 'rust' },
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
