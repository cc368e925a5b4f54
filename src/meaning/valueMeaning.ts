import { Grouping } from '../tdx/format';

/** What a non-address number means: one plain-text line and markdown detail lines citing kernel sources. */
export interface ValueMeaning {
  /** One line, plain text, for the API and the Debug Console, e.g. "TDX_OPERAND_BUSY (error, recoverable), operand SEPT (0x92)". */
  readonly meaning: string;
  /** Markdown lines for the hover body (bullets/table rows), may be empty. */
  readonly details: readonly string[];
}

/** Where a value was printed: the tracepoint/message (`kvm_page_fault`, `kvm_memory_fault`) and the field label (`flags`), plus the hex grouping to use. */
export interface MeaningContext {
  readonly event?: string;
  readonly field?: string;
  readonly grouping?: Grouping;
}
