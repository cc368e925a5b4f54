import { RangeForm } from './fieldRules';
import { TokenStyle } from '../tdx/format';
import { isHexDigit, NumberMatch } from './lexer';
import { Form, readScanned } from './scanner';
import { Confidence, ValueKind } from './valueKind';

/**
 * A number found in a line with what it is, decided from the message that prints it and the label before it.
 * Example: in `kvm_mmu_set_spte: gfn 8000fee00 spte 600000012345677 (rwx-) level 1 at 1a2b3c000`, `8000fee00`
 * is a `gfn`, `600000012345677` an `spte`, `1` a `count` and `1a2b3c000` an `hpa`.
 */
export interface ClassifiedValue {
  /** UTF-16 offsets of the number only (with its `0x`, without its label). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: bigint;
  readonly kind: ValueKind;
  readonly confidence: Confidence;
  /** The label word that decided, e.g. `error_code`. */
  readonly field?: string;
  /** The tracepoint or message that decided, e.g. `kvm_page_fault`. */
  readonly event?: string;
  /** One phrase for the hover, e.g. "`address` of kvm_page_fault (arch/x86/kvm/trace.h): raw GPA, shared bit included". */
  readonly why: string;
  /** Inclusive range for `[mem a-b]`, `TDMR [a, b)` and `start … size …` pairs. */
  readonly range?: { readonly first: bigint; readonly last: bigint };
  readonly style: TokenStyle;
  /** As the scanner's `AddressToken.label` (for values the scanner does not read: the field word). */
  readonly label?: string;
  /**
   * For a physical address whose side the document decides (`[mem a-b]`, `/proc/iomem`, PCI BARs): the side that
   * decided it, or `unknown` when no marker line says (read as guest physical).
   */
  readonly side?: 'host' | 'guest' | 'unknown';
}

/** A message as a value cites it: its name and the upstream file that prints it. */
export interface CitedMessage {
  readonly name: string;
  readonly source: string;
}

/** `form` of values the scanner did not read (bare fields of a message). */
export const NOT_SCANNED = -1;

const DECIMAL_STYLE: TokenStyle = { radix: 10, prefix: '', upperDigits: false, width: 0, separator: '', groupSize: 0, suffix: '' };

/** Where a value is, how it was read and what decided it: the row of a `LineClassifier` a `Value` is made from. */
export interface ValueRow {
  readonly start: number;
  readonly end: number;
  readonly kind: ValueKind;
  readonly confidence: Confidence;
  /** Where the deciding label word is in the line (-1 when a character or nothing decided). */
  readonly fieldStart: number;
  readonly fieldEnd: number;
  readonly message: CitedMessage | undefined;
  readonly reason: string;
  readonly decimal: boolean;
  /** How the scanner read the number (`NOT_SCANNED` for values found by the message's fields). */
  readonly form: number;
  /** The scanner's label, as `AddressToken.label` (-1 without one). */
  readonly labelStart: number;
  readonly labelEnd: number;
  /** Decided by a `sameAsPrevious` rule: the second end of a range. */
  readonly joined: boolean;
  /** How the document's side decided it: 0 not at all, 1 host, 2 guest, 3 unknown (see `LineClassifier.sided`). */
  readonly sided: number;
}

const SIDES = [undefined, 'host', 'guest', 'unknown'] as const;

/** A classified value of one line; its text, number, style and range are read from the line when first asked for. */
export class Value implements ClassifiedValue {
  readonly start: number;
  readonly end: number;
  readonly kind: ValueKind;
  readonly confidence: Confidence;
  readonly joined: boolean;
  readonly side: 'host' | 'guest' | 'unknown' | undefined;
  private readonly fieldStart: number;
  private readonly fieldEnd: number;
  private readonly message: CitedMessage | undefined;
  private readonly reason: string;
  private readonly decimal: boolean;
  private readonly form: number;
  private readonly labelStart: number;
  private readonly labelEnd: number;
  /** The two values a range is computed from when asked for (see `linkRange`). */
  private link: { readonly first: Value; readonly last: Value; readonly form: RangeForm } | undefined = undefined;
  private read: NumberMatch | undefined = undefined;
  private parsed: bigint | undefined = undefined;
  private rangeRead = false;
  private rangeValue: { readonly first: bigint; readonly last: bigint } | undefined = undefined;

  constructor(
    private readonly line: string,
    row: ValueRow,
  ) {
    this.start = row.start;
    this.end = row.end;
    this.kind = row.kind;
    this.confidence = row.confidence;
    this.joined = row.joined;
    this.side = SIDES[row.sided];
    this.fieldStart = row.fieldStart;
    this.fieldEnd = row.fieldEnd;
    this.message = row.message;
    this.reason = row.reason;
    this.decimal = row.decimal;
    this.form = row.form;
    this.labelStart = row.labelStart;
    this.labelEnd = row.labelEnd;
  }
  private scannedNumber(): NumberMatch {
    return (this.read ??= readScanned(this.line, this.form, this.start));
  }
  get field(): string | undefined {
    return this.fieldStart < 0 ? undefined : this.line.slice(this.fieldStart, this.fieldEnd);
  }
  get event(): string | undefined {
    return this.message?.name;
  }
  get text(): string {
    return this.line.slice(this.start, this.end);
  }
  get value(): bigint {
    return (this.parsed ??= this.read ? this.read.value : classifiedNumber(this.line, this.start, this.end, this.form, this.decimal));
  }
  get style(): TokenStyle {
    if (this.decimal) return DECIMAL_STYLE;
    if (this.form !== NOT_SCANNED) return this.scannedNumber().style;
    const text = this.text;
    return {
      radix: 16,
      prefix: '',
      upperDigits: /[A-F]/.test(text),
      width: text.length > 1 && text[0] === '0' ? text.length : 0,
      separator: '',
      groupSize: 0,
      suffix: '',
    };
  }
  get range(): { readonly first: bigint; readonly last: bigint } | undefined {
    if (!this.rangeRead) {
      const link = this.link;
      this.rangeValue = link && rangeOfPair(link.first.value, link.last.value, link.form);
      this.rangeRead = true;
    }
    return this.rangeValue;
  }
  /** Makes this value an end (or the start) of the range `first`–`last` combine into as `form` says. */
  linkRange(first: Value, last: Value, form: RangeForm): void {
    this.link = { first, last, form };
  }
  get label(): string | undefined {
    if (this.form === NOT_SCANNED) return this.field;
    return this.labelStart < 0 ? undefined : this.line.slice(this.labelStart, this.labelEnd);
  }
  get why(): string {
    const field = this.field;
    const where = this.message ? `${this.message.name} (${this.message.source})` : '';
    if (field && where) return `\`${field}\` of ${where}: ${this.reason}`;
    if (where) return `${where}: ${this.reason}`;
    return field ? `\`${field}\`: ${this.reason}` : this.reason;
  }
}

/**
 * The number of a classified value from where and how it was read: decimal (GDB), the scanner's `form`, or
 * bare hex found by a message's fields (`NOT_SCANNED`). Example: `classifiedNumber('gfn 8000fee00', 4, 13, Form.Bare, false)` → `0x8000fee00n`.
 */
export function classifiedNumber(line: string, start: number, end: number, form: number, decimal: boolean): bigint {
  if (decimal) return BigInt(line.slice(start, end));
  if (form === NOT_SCANNED || form === Form.Bare) return BigInt('0x' + line.slice(start, end));
  // `0x…` without separators or a suffix converts directly, without reading the token's style.
  if (form === Form.Prefixed && isPlainHex(line, start + 2, end)) return BigInt(line.slice(start, end));
  return readScanned(line, form, start).value;
}

/** The inclusive range two linked values stand for (`[a-b]`, `[a, b)`, `a size b`); none for a size of 0. */
export function rangeOfPair(first: bigint, last: bigint, form: RangeForm): { readonly first: bigint; readonly last: bigint } | undefined {
  if (form === 'startSize') return last > 0n ? { first, last: first + last - 1n } : undefined;
  return { first, last: form === 'halfOpen' ? last - 1n : last };
}

function isPlainHex(line: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isHexDigit(line.charCodeAt(k))) return false;
  return true;
}
