import { Confidence, ValueKind } from '../valueKind';

/** How a field's number is printed: `%llx` bare hex, `0x%llx` or `%#llx` hex with `0x`, `%d`/`%u` decimal. */
export type PrintedAs = 'bare' | '0x' | 'decimal';

/** How two values of a message form an inclusive range: `[mem a-b]` (inclusive), `TDMR [a, b)` (half open), `start … size …`. */
export type RangeForm = 'inclusive' | 'halfOpen' | 'startSize';

/**
 * One field of a message: `[kind, printedAs, why]`, plus `sameAsPrevious` for the second end of a range
 * (it takes the kind of the value before it) and `confidence` for rules decided by a label's form.
 * Example: `at` of `kvm_mmu_set_spte` is `['hpa', 'bare', '`virt_to_phys(sptep)`: …']`.
 */
export type Field = readonly [kind: ValueKind, printedAs: PrintedAs, why: string, more?: FieldMore];

export interface FieldMore {
  readonly sameAsPrevious?: true;
  readonly confidence?: Confidence;
  /**
   * A physical address whose side the document decides: guest physical (`gpa`) in a TD guest's log, host physical
   * (`hpa`) in a TDX host's. `[mem a-b]` of e820, PAT or crashkernel lines, `/proc/iomem`, PCI BARs, ACPI tables.
   */
  readonly physical?: true;
}

/**
 * One message family as its source prints it: the event or prefix names it is recognised by, the upstream file
 * (full path in its repository), the printf formats as that file writes them, and one `Field` per label word.
 * Keys that are not words: `'['` `'('` `'-'` `','` `'.'` `']'` `')'` `'@'` `'+'` (the character before the value),
 * `'#'` (another number before it), `'^'` (the value starts the message). Rows sharing their names are one event:
 * a field from a row of another source cites that source in its reason (`dump_vmcs()` lines of `kvm_intel`).
 */
export interface RuleRow {
  readonly event: string | readonly string[];
  readonly source: string;
  /** The printf formats (C literals as written, `PRIx64` macros kept), newest first. None for output no one printf makes (GDB). */
  readonly formats?: readonly string[];
  readonly fields?: { readonly [key: string]: Field };
  /** A `0x` value whose key is not in `fields`. */
  readonly other?: Field;
  /** Bare hex values right after the event name, separated by `:` or `leadingSeparator` (`kvm_emulate_insn: 0:ffffffff81a01234:…`). */
  readonly leading?: readonly Field[];
  readonly leadingSeparator?: string;
  /** A value after a label word no field names and whose form says nothing (`mmu_seq = 0x1a2`). */
  readonly unknownWord?: Field;
  readonly range?: RangeForm;
  /**
   * Printed without a `name: ` and with bare hex only (`Expansion ROM at feb80000`): a line with no `0x` token is
   * still searched for it. Rows whose `leadingSeparator` is a space are so already (`PGD 7d201067 P4D …`).
   */
  readonly colonless?: true;
  /** Recognised only before its `: ` (`page: refcount:1 …`), never as a line's first word: prose starts with `page` too. */
  readonly colonOnly?: true;
  /**
   * Fields that depend on a neighbour: when the message's text holds `text` (`reason: MAP_GPA`), `fields` replace
   * those of the same keys. The first case whose text is found applies.
   */
  readonly cases?: readonly { readonly text: string; readonly fields: { readonly [key: string]: Field } }[];
}

/** The names of a row, as a list. */
export const rowNames = (row: RuleRow): readonly string[] => (typeof row.event === 'string' ? [row.event] : row.event);
