/**
 * Which machine wrote a document: the TDX host (KVM, the TDX module's loader, QEMU and other VMMs) or a TD guest
 * (its kernel and firmware). The same `[mem a-b]` e820 line, `pa` or "physical address" is host physical in a host's
 * log and guest physical in a TD's; a line alone cannot tell, the document's marker lines can.
 */
export type DocumentSide = 'host' | 'guest';

/** A document's side as the user set it: `auto` reads it from marker lines; `host` / `guest` are taken as given. */
export type SideSetting = 'auto' | DocumentSide;

/** The accepted values of a side setting, in the order a picker shows them. */
export const SIDE_SETTINGS: readonly SideSetting[] = ['auto', 'host', 'guest'];

/** Type guard for a side setting, e.g. `isSideSetting('host') === true`, `isSideSetting('hv') === false`. */
export function isSideSetting(value: unknown): value is SideSetting {
  return value === 'auto' || value === 'host' || value === 'guest';
}

/**
 * A rare literal string that only one side prints, with the upstream source that prints it. Literals are searched
 * as written (case-sensitive) anywhere in a line, so a host message is recognised by its text whatever its prefix
 * (older trees printed `tdx:` where current ones print `virt/tdx:`).
 */
export interface SideMarkerRule {
  readonly literal: string;
  readonly side: DocumentSide;
  /** The upstream file (and function) that prints it. */
  readonly source: string;
}

/**
 * The marker lines, each read in its source. Guest: the TD guest kernel and its firmware. Host: the TDX module's
 * loader in the host kernel, KVM's TDX code and tracepoints, and the VMM (QEMU runs on the host and names GPAs).
 */
export const SIDE_MARKERS: readonly SideMarkerRule[] = [
  // TD guest kernel (pr_fmt "tdx: " in arch/x86/coco/tdx/tdx.c) and other confidential guests.
  { literal: 'tdx: Guest detected', side: 'guest', source: 'arch/x86/coco/tdx/tdx.c, tdx_early_init()' },
  {
    literal: 'Memory Encryption Features active: Intel TDX',
    side: 'guest',
    source: 'arch/x86/mm/mem_encrypt.c, print_mem_encrypt_feature_info()',
  },
  // "… active: AMD SME" is printed by an SME host, so only the SEV form marks a guest.
  {
    literal: 'Memory Encryption Features active: AMD SEV',
    side: 'guest',
    source: 'arch/x86/mm/mem_encrypt.c, print_mem_encrypt_feature_info()',
  },
  { literal: 'SEV: Status: ', side: 'guest', source: 'arch/x86/coco/sev/core.c, sev_show_status()' },
  { literal: 'tdx: Unexpected #VE', side: 'guest', source: 'arch/x86/coco/tdx/tdx.c, virt_exception_kernel()' },
  { literal: 'Unexpected EPT-violation on private memory', side: 'guest', source: 'arch/x86/coco/tdx/tdx.c, virt_exception_kernel()' },
  { literal: 'TD misconfiguration: ', side: 'guest', source: 'arch/x86/coco/tdx/tdx.c, disable_sept_ve()' },
  { literal: 'using TDX aware idle routine', side: 'guest', source: 'arch/x86/kernel/process.c' },
  // TD guest firmware (TDVF / OVMF built for TDX runs inside the TD).
  { literal: 'Tdx started with(Hob:', side: 'guest', source: 'tianocore/edk2 OvmfPkg/IntelTdx/TdxStartupLib/TdxStartup.c, TdxStartup()' },
  { literal: 'TdxSharedBitMask=', side: 'guest', source: 'tianocore/edk2 OvmfPkg (PcdTdxSharedBitMask)' },
  // TDX host: the TDX module's loader (pr_fmt "virt/tdx: "; older trees printed "tdx: " for the same messages).
  { literal: 'virt/tdx: ', side: 'host', source: 'arch/x86/virt/vmx/tdx/tdx.c' },
  { literal: 'BIOS enabled: private KeyID range', side: 'host', source: 'arch/x86/virt/vmx/tdx/tdx.c, tdx_init()' },
  { literal: 'TDX private KeyID range', side: 'host', source: 'arch/x86/virt/vmx/tdx/tdx.c (older trees), tdx_init()' },
  { literal: 'TDX module initialized', side: 'host', source: 'arch/x86/virt/vmx/tdx/tdx.c (older trees), init_tdx_module()' },
  { literal: 'tdx: module initialized', side: 'host', source: 'arch/x86/virt/vmx/tdx/tdx.c, __tdx_enable()' },
  { literal: 'TDX module: attributes', side: 'host', source: 'arch/x86/virt/vmx/tdx/tdx.c (older trees), print_basic_sysinfo()' },
  { literal: 'allocated for PAMT', side: 'host', source: 'arch/x86/virt/vmx/tdx/tdx.c, init_tdx_module()' },
  { literal: 'tdx: CMR: [', side: 'host', source: 'arch/x86/virt/vmx/tdx/tdx.c (older trees), print_cmrs()' },
  { literal: 'Kernel-checked-CMR', side: 'host', source: 'arch/x86/virt/vmx/tdx/tdx.c (older trees)' },
  // KVM on the host: its TDX code (pr_fmt KBUILD_MODNAME ": "), SEAMCALL errors, AMD's SNP host.
  { literal: 'kvm_intel: ', side: 'host', source: 'arch/x86/kvm/vmx/tdx.c, arch/x86/kvm/vmx/vmx.c (pr_fmt)' },
  { literal: 'SEAMCALL', side: 'host', source: 'arch/x86/kvm/vmx/tdx.c, pr_tdx_error(); arch/x86/virt/vmx/tdx/tdx.c, seamcall_err()' },
  { literal: 'SEV-SNP: RMP table physical range', side: 'host', source: 'arch/x86/virt/svm/sev.c, snp_probe_rmptable_info()' },
  { literal: 'kvm_amd: SEV', side: 'host', source: 'arch/x86/kvm/svm/sev.c, sev_hardware_setup()' },
  { literal: 'Booting paravirtualized kernel on bare hardware', side: 'host', source: 'arch/x86/kernel/paravirt.c, default_banner()' },
  // KVM tracepoints (ftrace output of the host).
  { literal: 'kvm_page_fault:', side: 'host', source: 'arch/x86/kvm/trace.h, TRACE_EVENT(kvm_page_fault)' },
  { literal: 'kvm_exit:', side: 'host', source: 'arch/x86/kvm/trace.h, TRACE_EVENT_KVM_EXIT' },
  { literal: 'kvm_entry:', side: 'host', source: 'arch/x86/kvm/trace.h, TRACE_EVENT(kvm_entry)' },
  { literal: 'kvm_mmu_', side: 'host', source: 'arch/x86/kvm/mmu/mmutrace.h' },
  { literal: 'kvm_tdp_mmu_spte_changed:', side: 'host', source: 'arch/x86/kvm/mmu/mmutrace.h' },
  { literal: 'kvm_mmio:', side: 'host', source: 'include/trace/events/kvm.h, TRACE_EVENT(kvm_mmio)' },
  { literal: 'kvm_vm_set_mem_attributes:', side: 'host', source: 'include/trace/events/kvm.h' },
  // The VMM's process: ftrace's task column (`qemu-system-x86-8812 [005]`), a kernel message naming the current
  // task (`x86/PAT: qemu-system-x86:7734 map pfn …`, arch/x86/mm/pat/memtype.c) and QEMU's own error_report prefix.
  {
    literal: 'qemu-system-x86',
    side: 'host',
    source: 'the VMM process (QEMU runs on the host): ftrace task names, printk %s of current->comm',
  },
  { literal: 'cloud-hypervisor: ', side: 'host', source: 'cloud-hypervisor/cloud-hypervisor src/main.rs, its logger’s prefix' },
  // QEMU on the host (accel/kvm/trace-events).
  { literal: 'kvm_convert_memory start', side: 'host', source: 'qemu/qemu accel/kvm/trace-events, kvm_convert_memory' },
  { literal: 'kvm_memory_fault start', side: 'host', source: 'qemu/qemu accel/kvm/trace-events, kvm_memory_fault' },
  { literal: 'kvm_set_user_memory', side: 'host', source: 'qemu/qemu accel/kvm/trace-events, kvm_set_user_memory' },
];

/** A marker found in a document: its 0-based line, the line's text (trimmed, at most 200 characters) and the rule. */
export interface FoundMarker {
  readonly line: number;
  readonly text: string;
  readonly rule: SideMarkerRule;
}

/** What decides the side of one line: the marker (absent when no marker decides), or the user's setting. */
export interface SideAnswer {
  /** `undefined` when no marker and no setting says. */
  readonly side: DocumentSide | undefined;
  readonly marker?: FoundMarker;
  /** True when the user set the side by hand. */
  readonly manual?: boolean;
}

/** Read access to a document's text: its length, a line by number, the line holding an offset. */
export interface MarkerSource {
  readonly text: string;
  /** The 0-based line that holds character offset `offset`. */
  lineAt(offset: number): number;
  /** Line `line`'s text. */
  lineText(line: number): string;
}

/**
 * The side markers of one document, kept as the lines where the side changes (a long KVM trace, whose every line
 * is a host marker, keeps one). Built by a literal search of the whole text per marker — no classification — so it
 * is cheap enough to run before the visible lines are answered. Example: a document whose line 3 reads
 * `virt/tdx: module initialized` answers `sideAt(10)` with `{ side: 'host', marker: { line: 3, … } }`.
 */
export class DocumentSides {
  /** Markers where the side changes, in document order. */
  readonly changes: readonly FoundMarker[];

  constructor(changes: readonly FoundMarker[]) {
    this.changes = changes;
  }

  /** Finds every marker in `source` and keeps the side changes. */
  static find(source: MarkerSource): DocumentSides {
    const hits: { offset: number; rule: SideMarkerRule }[] = [];
    for (const rule of SIDE_MARKERS) {
      for (let at = source.text.indexOf(rule.literal); at >= 0; at = source.text.indexOf(rule.literal, at + rule.literal.length)) {
        hits.push({ offset: at, rule });
      }
    }
    hits.sort((a, b) => a.offset - b.offset);
    const changes: FoundMarker[] = [];
    let last: DocumentSide | undefined;
    for (const h of hits) {
      if (h.rule.side === last) continue;
      last = h.rule.side;
      const line = source.lineAt(h.offset);
      changes.push({ line, text: clip(source.lineText(line)), rule: h.rule });
    }
    return new DocumentSides(changes);
  }

  /** Finds the markers of a plain string (tests, the API's `scan` of a text). */
  static ofText(text: string): DocumentSides {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    const lineAt = (offset: number) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const lineText = (line: number) => text.slice(starts[line], line + 1 < starts.length ? starts[line + 1] - 1 : text.length);
    return DocumentSides.find({ text, lineAt, lineText });
  }

  /**
   * The side of line `line` (0-based): the nearest marker above it decides; lines above the first marker take the
   * first marker's side; a document without markers has none. `setting` other than `auto` wins.
   */
  sideAt(line: number, setting: SideSetting = 'auto'): SideAnswer {
    if (setting !== 'auto') return { side: setting, manual: true };
    const c = this.changes;
    if (c.length === 0) return { side: undefined };
    let lo = 0;
    let hi = c.length - 1;
    if (c[0].line > line) return { side: c[0].rule.side, marker: c[0] };
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (c[mid].line <= line) lo = mid;
      else hi = mid - 1;
    }
    return { side: c[lo].rule.side, marker: c[lo] };
  }

  /** True when markers of both sides appear. */
  get mixed(): boolean {
    return this.changes.length > 1;
  }
}

const SIDE_TITLES: { readonly [S in DocumentSide]: string } = { host: 'TDX host log', guest: 'TD guest log' };

/**
 * One line for a hover saying which line decided the side, e.g. "TDX host log: line 3, `virt/tdx: module
 * initialized`"; for a side set by hand "TD guest log (set by hand)"; with no marker "host or guest: unknown (no
 * marker line; set it with TDX: Set Document Side)".
 */
export function describeSide(answer: SideAnswer): string {
  if (answer.side === undefined) return 'host or guest: unknown (no marker line says; set it with **TDX: Set Document Side…**)';
  if (answer.manual) return `${SIDE_TITLES[answer.side]} (set by hand)`;
  const m = answer.marker;
  return m ? `${SIDE_TITLES[answer.side]}: line ${m.line + 1}, \`${m.text.replace(/`/g, "'")}\`` : SIDE_TITLES[answer.side];
}

function clip(text: string): string {
  const t = text.trim();
  return t.length > 200 ? t.slice(0, 199) + '…' : t;
}
