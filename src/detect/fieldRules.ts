import { Confidence, ValueKind } from './valueKind';
import { RULE_ROWS } from './rules';
import { Field, RangeForm, RuleRow, rowNames } from './rules/row';
import { LAST_PFN, MAX_ARCH_PFN } from './rules/guest';
import { GMEM_OFFSET } from './rules/qemu';

export { RangeForm };

/**
 * What one field of one message means, compiled from a rule row's `Field`: `address` of `kvm_page_fault` is a raw
 * `gpa`, `at` of `kvm_mmu_set_spte` an `hpa`. `radix` 10 marks fields printed in decimal (`level %d`, GDB integers);
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
  /** Guest or host physical as the document's side says (see `FieldMore.physical`); the kind is `gpa`. */
  readonly physical?: boolean;
}

/**
 * The fields of one tracepoint or message, compiled from the rule rows that share its names (see `RuleRow`).
 * Example: `kvm_mmu_spte_requested` maps `gfn` to `gfn` and `pfn` to `hpfn`.
 */
export interface EventRules {
  readonly names: readonly string[];
  readonly source: string;
  readonly fields?: { readonly [key: string]: FieldRule };
  readonly other?: FieldRule;
  readonly range?: RangeForm;
  readonly leading?: readonly FieldRule[];
  readonly leadingSeparator?: string;
  readonly unknownWord?: FieldRule;
  /** Printed without a `name: ` (see `RuleRow.colonless`). */
  readonly colonless?: boolean;
  /** Recognised only before its `: ` (see `RuleRow.colonOnly`). */
  readonly colonOnly?: boolean;
  /** Fields that a neighbour's text decides (see `RuleRow.cases`). */
  readonly cases?: readonly { readonly text: string; readonly fields: { readonly [key: string]: FieldRule } }[];
}

/**
 * The classifier's rule for a row's field: `'bare'` → `bare`, `'decimal'` → `bare` + `radix: 10`. A field of a row
 * whose source is not the event's first cites its own file: `guest RSP (dump_vmcs()) (arch/x86/kvm/vmx/vmx.c)`.
 * Example: `fieldRule(['gfn', 'bare', 'GFN…'])` → `{ kind: 'gfn', why: 'GFN…', bare: true }`.
 */
export function fieldRule([kind, printedAs, why, more]: Field, citedSource?: string): FieldRule {
  return {
    kind,
    why: citedSource ? `${why} (${citedSource})` : why,
    ...(printedAs === 'bare' ? { bare: true } : printedAs === 'decimal' ? { bare: true, radix: 10 as const } : {}),
    ...more,
  };
}

/** A rule decided by a word's or a value's form (`confidence: 'likely'`), for the classifier's own fallbacks. */
export const likely = (kind: ValueKind, why: string): FieldRule => ({ kind, why, confidence: 'likely' });

const compiled = (f: Field | undefined, citedSource?: string): FieldRule | undefined => f && fieldRule(f, citedSource);

/** Joins the rows that share their names into one event; rows of a second source add fields that cite it. */
export function compileRows(rows: readonly RuleRow[]): EventRules[] {
  const byNames = new Map<string, RuleRow[]>();
  for (const row of rows) {
    const key = rowNames(row).join('|');
    const group = byNames.get(key);
    if (group) group.push(row);
    else byNames.set(key, [row]);
  }
  return [...byNames.values()].map(([first, ...more]) => {
    const fields: { [key: string]: FieldRule } = {};
    for (const row of [first, ...more]) {
      const cited = row.source === first.source ? undefined : row.source;
      for (const [key, f] of Object.entries(row.fields ?? {})) fields[key] = fieldRule(f, cited);
    }
    return {
      names: rowNames(first),
      source: first.source,
      ...(Object.keys(fields).length ? { fields } : {}),
      ...(first.other ? { other: compiled(first.other) } : {}),
      ...(first.range ? { range: first.range } : {}),
      ...(first.leading ? { leading: first.leading.map((f) => fieldRule(f)) } : {}),
      ...(first.leadingSeparator ? { leadingSeparator: first.leadingSeparator } : {}),
      ...(first.colonless ? { colonless: true } : {}),
      ...(first.colonOnly ? { colonOnly: true } : {}),
      ...(first.cases
        ? {
            cases: first.cases.map((c) => ({
              text: c.text,
              fields: Object.fromEntries(Object.entries(c.fields).map(([k, f]) => [k, fieldRule(f)])),
            })),
          }
        : {}),
      ...(first.unknownWord ? { unknownWord: compiled(first.unknownWord) } : {}),
    };
  });
}

/**
 * The rules table the classifier looks events up in: one entry per event, compiled from `RULE_ROWS`
 * (src/detect/rules/*.ts, one file per upstream tree).
 */
export const EVENT_RULES: readonly EventRules[] = compileRows(RULE_ROWS);

const LABELLED_SPTE: Field = ['spte', '0x', 'labelled SPTE contents'];
const LABELLED_ERROR: Field = ['errorCode', '0x', 'labelled error code'];
const LABELLED_STATUS: Field = ['tdxStatus', '0x', 'labelled status code'];
const LABELLED_REGISTER: Field = ['register', '0x', 'labelled register value'];

/** Label words that mean the same in any text, as fields (see `GENERIC_FIELDS`). */
const GENERIC_FIELD_ROWS: { readonly [label: string]: Field } = {
  mem: ['gpa', '0x', 'start of a kernel `[mem a-b]` range', { physical: true }],
  io: ['count', '0x', 'I/O port of a kernel `[io a-b]` range'],
  '-': ['gpa', '0x', 'end of the range', { sameAsPrevious: true }],
  '+': ['size', '0x', 'a length after `start+`'],
  rip: ['gva', '0x', 'guest RIP (a guest virtual address)'],
  gva: ['gva', '0x', 'labelled guest virtual address'],
  hva: ['pointer', '0x', 'labelled host virtual address'],
  hpa: ['hpa', '0x', 'labelled host physical address'],
  pfn: ['hpfn', '0x', 'labelled host PFN'],
  spte: LABELLED_SPTE,
  old_spte: LABELLED_SPTE,
  new_spte: LABELLED_SPTE,
  error_code: LABELLED_ERROR,
  pferr: LABELLED_ERROR,
  exit_qual: ['exitQualification', '0x', 'labelled exit qualification'],
  status: LABELLED_STATUS,
  err: LABELLED_STATUS,
  intr_info: ['flags', '0x', 'labelled interruption information'],
  info1: ['exitQualification', '0x', 'labelled exit information (qualification)'],
  info2: ['flags', '0x', 'labelled exit information'],
  last_pfn: LAST_PFN,
  max_arch_pfn: MAX_ARCH_PFN,
  guest_memfd_offset: GMEM_OFFSET,
  vendor_id: ['count', '0x', 'labelled vendor id'],
  ...Object.fromEntries(
    ['rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15']
      .flatMap((r) => [r, r.toUpperCase()])
      .map((r) => [r, LABELLED_REGISTER]),
  ),
};

/**
 * Label words that mean the same in any text, used when no event is recognised (source code, prose,
 * unknown logs): `rip` → `gva`, `spte` → `spte`, `hva` → `pointer`. GPA/GFN labels come from the scanner.
 */
export const GENERIC_FIELDS: { readonly [label: string]: FieldRule } = Object.fromEntries(
  Object.entries(GENERIC_FIELD_ROWS).map(([label, f]) => [label, fieldRule(f)]),
);

/**
 * Label words no table names that still say what their value is by their form: `flags`, `processor_mask`, `int_ctl`,
 * `event_inj`, `inhibits`, `XFAM` are masks or flags; `…_id`, `vector`, `reason`, `type` ids; `value`, `data`
 * data; `…_len` sizes. Tried in order, after the GPA/GFN labels and `GENERIC_FIELDS`, so `gpa_mask` stays a
 * GPA label. Example: `wordFamily('processor_mask')?.kind` → `'flags'`.
 */
const WORD_FAMILIES: readonly (readonly [RegExp, FieldRule])[] = (
  [
    [
      /(?:mask|flags|_ctls?|_inj|inhibits|attributes?|(?:^|_)attrs?|xfam|supported|unknown|bits|config)$/i,
      ['flags', '0x', 'its label names a mask or flags'],
    ],
    [
      /^(?:is|has|can)_|_(?:enabled|disabled|allowed|disallowed)$|^(?:write|exec|present|user|rsvd|prefetch|valid|yielded|map_writable)$/i,
      ['flags', '0x', 'a yes/no field'],
    ],
    [
      /(?:^|_)(?:id|nr|vec|vector|index|idx|cnt|count|num|reason|type|ring|slot|level|msr|version|seq|format|width|bus|devfn|func|function|domain|leaf|subleaf)$|^msr_/i,
      ['count', '0x', 'its label names an id, level, count or PCI/CPUID selector'],
    ],
    [/(?:^|_)(?:data|value|val)$/i, ['data', '0x', 'its label names a data value']],
    [/(?:^|_)(?:len|length|size|offset)$/i, ['size', '0x', 'its label names a size or offset']],
    // A label that says virtual in its words (KVM's `userspace_addr`, `uaddr`, `vaddr`, `hva`): a pointer.
    [
      /^(?:userspace|user|virt|virtual|host_virt|kernel)_?(?:addr|address)$|(?:^|_)(?:uaddr|vaddr|hva)$/i,
      ['pointer', '0x', 'its label names a virtual address'],
    ],
    // TDX's names for a GPA's two aliases (a variable `shared` or `private_alias` holding an address, not a kernel
    // pointer, which the kernel-pointer step reads first): a GPA.
    [
      /^(?:shared|private)(?:_alias)?$/i,
      ['gpa', '0x', 'its label names one of a TD’s two GPA aliases (shared or private)', { confidence: 'likely' }],
    ],
    // A label that says guest physical in its words (KVM's `guest_phys_addr`, vm-memory's `GuestAddress`, edk2's
    // `GuestPhysicalAddress`): a GPA whichever machine printed it.
    [
      /(?:^|_)guest_?(?:phys|physical|address|addr|paddr|pa|mem_?addr)(?:_addr|_address)?$/i,
      ['gpa', '0x', 'its label names a guest physical address', { confidence: 'likely' }],
    ],
    // Address words, as firmware (`PhysicalStart`, `MemoryBaseAddress`, `Pci64Base`), the kernel (`phys_addr`,
    // `paddr`, `base … end`) and VMMs (`start=… end=…`) write them: a physical address, whose side the document says.
    [
      /(?:^|_)(?:base|addr|address|phys|physical|paddr|pa|start|end|limit|top)(?:_addr|_address)?$|^phys_/i,
      ['gpa', '0x', 'its label names a physical address', { confidence: 'likely', physical: true }],
    ],
  ] as const satisfies readonly (readonly [RegExp, Field])[]
).map(([re, f]) => [re, fieldRule(f)] as const);

/** The rule a label word's form gives (see `WORD_FAMILIES`), or undefined. */
export function wordFamily(word: string): FieldRule | undefined {
  // CamelCase parts count as words too (edk2's `ResourceLength`, `HostBridgeDeviceId`): `Resource_Length`.
  const snake = word.replace(/([a-z0-9])(?=[A-Z])/g, '$1_');
  for (const [re, r] of WORD_FAMILIES) if (re.test(snake)) return r;
  return undefined;
}
