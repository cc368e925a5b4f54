import { EVENT_RULES, EventRules, FieldRule, GENERIC_FIELDS, likely, RangeForm, wordFamily } from './fieldRules';
import { TokenStyle } from '../tdx/format';
import { bareHexEnd, isDecimalDigit, isHexDigit, isIdentChar, labelKindAt } from './lexer';
import { Form, readScanned, scanned, scanTokens, TOKEN_REACH } from './scanner';
import { NumberMatch } from './lexer';
import { statusKindOf } from '../meaning/meaning';
import { Confidence, ValueKind } from './valueKind';
import { doubled } from './typedArrays';

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
  /** One short phrase for the hover, e.g. "`address` of kvm_page_fault (arch/x86/kvm/trace.h): raw GPA, shared bit included". */
  readonly why: string;
  /** Inclusive range for `[mem a-b]`, `TDMR [a, b)` and `start … size …` pairs. */
  readonly range?: { readonly first: bigint; readonly last: bigint };
  readonly style: TokenStyle;
  /** As the scanner's `AddressToken.label` (for values the scanner does not read: the field word). */
  readonly label?: string;
}

/** What to classify: `labelledBareHex` as for `scanTokens`; `languageId` `c`/`cpp`/`rust`… skips log-message detection; `from`/`to` limit the starts. */
export interface ClassifyOptions {
  readonly labelledBareHex: boolean;
  readonly languageId?: string;
  readonly from?: number;
  readonly to?: number;
}

interface CompiledEvent {
  readonly name: string;
  readonly source: string;
  readonly fields: WordTable<FieldRule>;
  /** Fields printed without `0x` that the scanner does not read (or reads in the wrong radix), found with `indexOf`. */
  readonly bareNames: readonly string[];
  readonly bareRules: readonly FieldRule[];
  /** Length of the longest of `bareNames`. */
  readonly longestBare: number;
  readonly other: FieldRule | undefined;
  readonly range: RangeForm | undefined;
  readonly leading: readonly FieldRule[] | undefined;
  /** GDB prints integers in decimal: a bare number after a GPA/GFN label is decimal. */
  readonly decimalLabels: boolean;
  readonly unknownWord: FieldRule | undefined;
  readonly leadingSeparator: number | undefined;
}

/** One word table per rules entry, shared by its names (`kvm_mmu_get_page`, `kvm_mmu_sync_page`…). */
const FIELD_TABLES = new Map<EventRules, WordTable<FieldRule>>();

function fieldTable(rules: EventRules, fields: [string, FieldRule][]): WordTable<FieldRule> {
  let table = FIELD_TABLES.get(rules);
  if (!table) FIELD_TABLES.set(rules, (table = new WordTable(fields)));
  return table;
}

function compile(rules: EventRules, name: string): CompiledEvent {
  const fields = Object.entries(rules.fields ?? {});
  // Hex after a GPA/GFN label (`gfn`, `addr`, `address`) is read by the scanner already; decimal is not.
  const bare = fields.filter(([n, r]) => r.bare && (r.radix === 10 || !labelKindAt(n, 0, n.length)));
  return {
    name,
    source: rules.source,
    fields: fieldTable(rules, fields),
    bareNames: bare.map(([n]) => n),
    bareRules: bare.map(([, r]) => r),
    longestBare: Math.max(0, ...bare.map(([n]) => n.length)),
    other: rules.other,
    range: rules.range,
    leading: rules.leading,
    decimalLabels: name === 'gdb frame' || name === 'gdb locals',
    unknownWord: rules.unknownWord,
    leadingSeparator: rules.leadingSeparator?.charCodeAt(0),
  };
}

/**
 * A map from words to rules, looked up with a range of a line without slicing it: keys are bucketed by first
 * character and length, and the few keys of a bucket are compared in place.
 */
class WordTable<T> {
  private readonly map: Map<string, T>;
  /** Keys and rules by shape (first character and length), compared in place with `startsWith`. */
  private readonly buckets: ({ readonly keys: string[]; readonly rules: T[] } | undefined)[] = new Array(64 * 16);
  constructor(entries: Iterable<readonly [string, T]>) {
    this.map = new Map(entries);
    for (const [k, v] of this.map) {
      const b = (this.buckets[shape(k.charCodeAt(0), k.length)] ??= { keys: [], rules: [] });
      b.keys.push(k);
      b.rules.push(v);
    }
  }
  /** The rule for the word `line[start, end)`. */
  word(line: string, start: number, end: number): T | undefined {
    const b = this.buckets[shape(line.charCodeAt(start), end - start)];
    if (!b) return undefined;
    for (let k = 0; k < b.keys.length; k++) {
      const key = b.keys[k];
      if (key.length === end - start && line.startsWith(key, start)) return b.rules[k];
    }
    return undefined;
  }
  /** The rule for a one-character key (`'['`, `'#'`, `'^'`…). */
  char(code: number): T | undefined {
    const key = KEY_CHARS[code];
    return key === undefined ? undefined : this.map.get(key);
  }
  name(name: string): T | undefined {
    return this.map.get(name);
  }
}

/** Slot of a word in a 1,024-slot table: 6 bits of its first character, 4 of its length (a slot's keys are compared). */
const shape = (first: number, length: number) => ((first & 63) << 4) | (length & 15);

/** The one-character keys of the rules table, by character code. */
const KEY_CHARS: { [code: number]: string } = {};
for (const ch of '[]().,-+@>#$*/^&|') KEY_CHARS[ch.charCodeAt(0)] = ch;

const EVENTS = new WordTable<CompiledEvent>(EVENT_RULES.flatMap((r) => r.names.map((n) => [n, compile(r, n)] as const)));
const GENERIC = new WordTable<FieldRule>(Object.entries(GENERIC_FIELDS));
const CODE_LANGUAGES = new Set(['c', 'cpp', 'rust', 'go', 'python', 'java', 'javascript', 'typescript', 'zig']);

/** How far after a value the other end of its range (`size 0x1000`, `-0x47fffffff]`) is looked for. */
const RANGE_REACH = 48;

/** How far into a line the message name is looked for. */
const EVENT_REACH = 256;
/** How far before the window a label may start and still label a value inside it. */
const LABEL_REACH = 48;

const DECIMAL_STYLE: TokenStyle = { radix: 10, prefix: '', upperDigits: false, width: 0, separator: '', groupSize: 0, suffix: '' };

const isSpace = (c: number) => c === 32 || c === 9;

/** `Value.form` of values the scanner did not read. */
const NOT_SCANNED = -1;

class Value implements ClassifiedValue {
  /** The two values a range is computed from when asked for (see `addRanges`). */
  private link: { readonly first: Value; readonly last: Value; readonly form: RangeForm } | undefined = undefined;
  constructor(
    private readonly line: string,
    readonly start: number,
    readonly end: number,
    readonly kind: ValueKind,
    readonly confidence: Confidence,
    /** Where the deciding label word is in the line (-1 when a character or nothing decided). */
    private readonly fieldStart: number,
    private readonly fieldEnd: number,
    private readonly ev: CompiledEvent | undefined,
    private readonly reason: string,
    private readonly decimal: boolean,
    /** How the scanner read the number (`NOT_SCANNED` for values found by the message's fields). */
    private readonly form: number,
    /** The scanner's label, as `AddressToken.label` (-1 without one). */
    private readonly labelStart: number,
    private readonly labelEnd: number,
    /** Decided by a `sameAsPrevious` rule: the second end of a range. */
    readonly joined: boolean,
  ) {}
  private read: NumberMatch | undefined = undefined;
  private scannedNumber(): NumberMatch {
    return (this.read ??= readScanned(this.line, this.form, this.start));
  }
  get field(): string | undefined {
    return this.fieldStart < 0 ? undefined : this.line.slice(this.fieldStart, this.fieldEnd);
  }
  get event(): string | undefined {
    return this.ev?.name;
  }
  get text(): string {
    return this.line.slice(this.start, this.end);
  }
  private parsed: bigint | undefined = undefined;
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
  private rangeRead = false;
  private rangeValue: { readonly first: bigint; readonly last: bigint } | undefined = undefined;
  get range(): { readonly first: bigint; readonly last: bigint } | undefined {
    if (!this.rangeRead) {
      const link = this.link;
      this.rangeValue = link && rangeOfPair(link.first.value, link.last.value, link.form);
      this.rangeRead = true;
    }
    return this.rangeValue;
  }
  linkRange(first: Value, last: Value, form: RangeForm): void {
    this.link = { first, last, form };
  }
  get label(): string | undefined {
    if (this.form === NOT_SCANNED) return this.field;
    return this.labelStart < 0 ? undefined : this.line.slice(this.labelStart, this.labelEnd);
  }
  get why(): string {
    const field = this.field;
    const where = this.ev ? `${this.ev.name} (${this.ev.source})` : '';
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

/** Where the message text after the event name begins, set by `findEvent`. */
let eventEnd = 0;

function lookup(line: string, start: number, end: number, after: number): CompiledEvent | undefined {
  if (end - start < 2 || end - start > 40) return undefined;
  const ev = EVENTS.word(line, start, end);
  if (ev) eventEnd = after;
  return ev;
}

function skipSpaces(line: string, i: number): number {
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  return i;
}

function identEnd(line: string, i: number): number {
  while (i < line.length && isIdentChar(line.charCodeAt(i))) i++;
  return i;
}

function synthetic(name: string, end: number): CompiledEvent {
  eventEnd = end;
  return EVENTS.name(name)!;
}

/** GDB output shapes, recognised from the start of the line: `$1 = …`, `#0  0x… in f (…)`, `0x…:`, `rax  0x…`, `gpa = …`. */
function gdbShape(line: string, i: number): CompiledEvent | undefined {
  const c = line.charCodeAt(i);
  if (c === 36 /* $ */ || c === 35 /* # */) {
    let j = i + 1;
    while (isDecimalDigit(line.charCodeAt(j))) j++;
    if (j === i + 1) return undefined;
    if (c === 36) return line.startsWith(' = ', j) ? synthetic('gdb print', j + 3) : undefined;
    return isSpace(line.charCodeAt(j)) ? synthetic('gdb frame', j) : undefined;
  }
  if (c === 48 && (line.charCodeAt(i + 1) | 0x20) === 0x78) {
    let j = i + 2;
    while (isHexDigit(line.charCodeAt(j))) j++;
    const d = line.charCodeAt(j);
    if (d === 58 || (d === 32 && line.charCodeAt(j + 1) === 60)) return synthetic('gdb examine', i);
    // `info proc mappings` / `info sharedlibrary`: columns of addresses, sizes and offsets.
    if (isSpace(d) && isSpace(line.charCodeAt(j + 1)) && line.startsWith('0x', skipSpaces(line, j))) return synthetic('gdb mappings', i);
    return undefined;
  }
  // QEMU's `x` / `xp` monitor commands: `000000007f4c1000: 0x0000000000000001 0x…` (the address without 0x).
  if (isHexDigit(c)) {
    let j = i + 1;
    while (isHexDigit(line.charCodeAt(j))) j++;
    if (j - i >= 8 && j - i <= 16 && line.startsWith(': 0x', j)) return synthetic('qemu examine', j + 1);
    // QEMU's `info tlb`: `ffff888102e5e000: 0000000102e5e000 XG-DA---W` (16 digits, `: `, 16 digits, flags).
    if (j - i === 16 && line.startsWith(': ', j) && isHexDigit(line.charCodeAt(j + 17)) && line.charCodeAt(j + 18) === 32)
      return synthetic('qemu tlb', j + 1);
    // QEMU's `info mtree`: `  0000000100000000-000000047fffffff (prio 0, ram): pc.ram KVM`.
    if (j - i === 16 && line.charCodeAt(j) === 45 && line.startsWith(' (prio ', j + 17)) return synthetic('qemu mtree', i);
    // `/proc/iomem`: `  100000000-47fffffff : System RAM`.
    if (j - i >= 4 && line.charCodeAt(j) === 45) {
      let k = j + 1;
      while (isHexDigit(line.charCodeAt(k))) k++;
      if (k - j > 4 && line.startsWith(' : ', k)) return synthetic('iomem', i);
    }
  }
  if (c < 97 || c > 122) return undefined;
  // `name = value` (info locals) or `name   0x…` (info registers): a short identifier, then the separator.
  let we = i + 1;
  while (we - i <= 12 && isIdentChar(line.charCodeAt(we))) we++;
  if (line.charCodeAt(we) !== 32) return undefined;
  if (line.charCodeAt(we + 1) === 61 /* = */) {
    if (line.charCodeAt(we + 2) !== 32) return undefined;
    return line.charCodeAt(line.length - 1) === 59 /* ; */ ? undefined : synthetic('gdb locals', i);
  }
  if (line.charCodeAt(we + 1) !== 32) return undefined;
  const v = skipSpaces(line, we);
  if (line.charCodeAt(v) === 48 && line.charCodeAt(v + 1) === 120) return synthetic('gdb registers', i);
  return undefined;
}

/**
 * The tracepoint or message a line comes from: an ftrace `event_name: ` after the header, a `kvm_intel: ` /
 * `virt/tdx: ` / `tdx: ` prefix, `BIOS-e820: `, `pci …: BAR`, a QEMU `pid@time:event ` or bare `event `, GDB shapes.
 */
function findEvent(line: string): CompiledEvent | undefined {
  const limit = Math.min(line.length, EVENT_REACH);
  let i = skipSpaces(line, 0);
  if (line.charCodeAt(i) === 91 /* [ */) {
    const close = line.indexOf('] ', i);
    if (close > 0 && close < 32) i = skipSpaces(line, close + 2);
  } else {
    const gdb = gdbShape(line, i);
    if (gdb) return gdb;
  }
  // QEMU's log backend: `pid@sec.usec:event …`.
  if (isDecimalDigit(line.charCodeAt(i))) {
    const at = line.indexOf('@', i);
    const colon = at > 0 && at < i + 12 ? line.indexOf(':', at) : -1;
    if (colon > 0 && colon < at + 24) {
      const we = identEnd(line, colon + 1);
      const found = lookup(line, colon + 1, we, we);
      if (found) return found;
    }
  }
  // Words before ": ": ftrace events after their header, pr_fmt prefixes (`kvm_intel: `, `virt/tdx: `).
  // Only a word whose last character ends some event name is looked up (timestamps end in digits, as do only
  // `e820` and `qemu-system-x86_64`).
  for (let k = line.indexOf(': ', i); k >= 0 && k < limit; k = line.indexOf(': ', k + 2)) {
    const last = line.charCodeAt(k - 1);
    if (LAST_CHARS[last & 127] !== 1 || (isDecimalDigit(last) && !endsDigitEvent(line, k))) continue;
    const ws = Math.max(line.lastIndexOf(' ', k - 1) + 1, i);
    const found = lookup(line, ws, k, k + 1);
    if (found) return found;
    // `perf script` names events with their subsystem: `kvm:kvm_page_fault:`.
    const sub = line.lastIndexOf(':', k - 1);
    if (sub > ws) {
      const named = lookup(line, sub + 1, k, k + 1);
      if (named) return named;
    }
    if (k - ws === 6 && line.startsWith('kernel', ws)) i = k + 2;
  }
  // The first word of the message (after a journal `kernel: `): `pci 0000:00:02.0: BAR 0 …`, QEMU `kvm_memory_fault start …`.
  if (FIRST_CHARS[line.charCodeAt(i) & 127] !== 1) return undefined;
  const we = line.indexOf(' ', i);
  return we > i ? lookup(line, i, we, we) : undefined;
}

/** How the values of `line`'s message form ranges, if it names one (for `bench/indexFloor.ts`). */
export function messageRangeForm(line: string): RangeForm | undefined {
  return findEvent(line)?.range;
}

/** Event names that end in a digit (`e820`, `qemu-system-x86_64`): timestamps do too, so these are checked by name. */
const DIGIT_ENDED = EVENT_RULES.flatMap((r) => r.names.filter((n) => isDecimalDigit(n.charCodeAt(n.length - 1))));

/** True when one of `DIGIT_ENDED` ends at `k`. */
function endsDigitEvent(line: string, k: number): boolean {
  for (const n of DIGIT_ENDED) if (line.startsWith(n, k - n.length)) return true;
  return false;
}

/** Bitmaps of the first and last characters of event names, to skip words that cannot be one without a lookup. */
const FIRST_CHARS = new Uint8Array(128);
const LAST_CHARS = new Uint8Array(128);
for (const r of EVENT_RULES) {
  for (const n of r.names) {
    FIRST_CHARS[n.charCodeAt(0) & 127] = 1;
    LAST_CHARS[n.charCodeAt(n.length - 1) & 127] = 1;
  }
}

/** Where the label word found by `keyBefore` starts and ends (valid when it returns `WORD`). */
let keyStart = 0;
let keyEnd = 0;
const WORD = 0;

/**
 * The key of the value at `start`, without allocating: `WORD` for a label word before it (its bounds in
 * `keyStart`/`keyEnd`), else a character code: `'#'` after another number, `'^'` at the start, or the
 * punctuation before it.
 */
function keyBefore(line: string, start: number, floor: number): number {
  let j = skipSpacesBack(line, start, floor);
  // A quoted value (`base='0x…'` in XML, `"gpa": "0x…"` in JSON): its opening quote belongs to the separator.
  if (isQuote(line.charCodeAt(j - 1)) && j - 1 > floor && isSeparator(line.charCodeAt(skipSpacesBack(line, j - 1, floor) - 1)))
    j = skipSpacesBack(line, j - 1, floor);
  if (j > floor) {
    const c = line.charCodeAt(j - 1);
    if (isSeparator(c)) {
      j--;
      // Compound assignments (`&=`, `|=`) and comparisons (`==`, `>=`) separate like `=`.
      if (c === 61 && j > floor && COMPOUND.includes(line.charCodeAt(j - 1))) j--;
      j = skipSpacesBack(line, j, floor);
      // A quoted key (`"gpa": …`): the closing quote is not the key.
      if (j - 1 > floor && isQuote(line.charCodeAt(j - 1))) j--;
    }
  }
  if (j <= floor) return 94; // ^
  const c = line.charCodeAt(j - 1);
  if (!isIdentChar(c)) return c;
  let ws = j - 1;
  while (ws > floor && j - ws <= 40 && isIdentChar(line.charCodeAt(ws - 1))) ws--;
  if (isDecimalDigit(line.charCodeAt(ws))) return 35; // #
  keyStart = ws;
  keyEnd = j;
  return WORD;
}

const RUST_TYPES = new Set(['u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize']);

/** True when `line[start, end)` is a Rust integer type; slices only words that can be one (`u…`/`i…`, ≤ 5 characters). */
function isRustType(line: string, start: number, end: number): boolean {
  const c = line.charCodeAt(start);
  return end - start <= 5 && (c === 117 || c === 105) && RUST_TYPES.has(line.slice(start, end));
}

/** Where the spaces before `i` begin (not before `floor`). */
function skipSpacesBack(line: string, i: number, floor = 0): number {
  while (i > floor && isSpace(line.charCodeAt(i - 1))) i--;
  return i;
}

const isQuote = (c: number) => c === 39 || c === 34;
/** `=` or `:` between a label and its value. */
const isSeparator = (c: number) => c === 61 || c === 58;

const COMPOUND = [38 /* & */, 124 /* | */, 43 /* + */, 45 /* - */, 94 /* ^ */, 61 /* == */, 33 /* != */, 60 /* <= */, 62 /* >= */];

function decimalEnd(line: string, i: number): number {
  let j = i;
  while (j < line.length && isDecimalDigit(line.charCodeAt(j))) j++;
  if (j === i || j - i > 20 || (j < line.length && isIdentChar(line.charCodeAt(j)))) return -1;
  return j;
}

function isPlainHex(line: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isHexDigit(line.charCodeAt(k))) return false;
  return true;
}

function isAllDecimal(line: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isDecimalDigit(line.charCodeAt(k))) return false;
  return true;
}

/**
 * True for 16-digit values whose bits 63:57 are all ones: kernel virtual addresses under 4-level paging
 * (`0xffff888…`, bits 63:48 all ones) and 5-level paging (`PAGE_OFFSET` `0xff11000000000000`).
 */
function looksKernelVirtual(line: string, token: number): boolean {
  const start = scanned.start[token];
  if (scanned.end[token] - start < 16) return false;
  const first = line.charCodeAt(digitsStart(line, start));
  return (
    (first | 0x20) === 0x66 &&
    significantDigits(line, start, scanned.end[token]) === 16 &&
    readScanned(line, scanned.form[token], start).value >> 57n === 0x7fn
  );
}

const LABELLED = { gpa: 'labelled GPA', gfn: 'labelled GFN' } as const;
const LABELLED_DECIMAL = { gpa: 'labelled GPA printed in decimal by GDB', gfn: 'labelled GFN printed in decimal by GDB' } as const;
const UNLABELLED_GPA: FieldRule = { kind: 'gpa', why: 'no label or message says otherwise: read as a GPA', confidence: 'guess' };
const UNLABELLED_POINTER = likely('pointer', 'bits 63:48 all ones: a kernel virtual address, never a GPA');

/** Values found by `readEventFields`, in parallel arrays reused from line to line (classification is not re-entrant). */
const pending = {
  count: 0,
  start: [] as number[],
  end: [] as number[],
  fieldStart: [] as number[],
  fieldEnd: [] as number[],
  rule: [] as FieldRule[],
};

function addPending(start: number, end: number, fieldStart: number, fieldEnd: number, rule: FieldRule): void {
  // Insertion keeps the values sorted by start (a handful per line).
  let k = pending.count++;
  while (k > 0 && pending.start[k - 1] > start) {
    pending.start[k] = pending.start[k - 1];
    pending.end[k] = pending.end[k - 1];
    pending.fieldStart[k] = pending.fieldStart[k - 1];
    pending.fieldEnd[k] = pending.fieldEnd[k - 1];
    pending.rule[k] = pending.rule[k - 1];
    k--;
  }
  pending.start[k] = start;
  pending.end[k] = end;
  pending.fieldStart[k] = fieldStart;
  pending.fieldEnd[k] = fieldEnd;
  pending.rule[k] = rule;
}

/**
 * What `classifyInto` found in the last line it read, as parallel arrays reused by every call (classification is
 * not re-entrant): value `k < count` spans `[start[k], end[k])`, is a `kind[k]`, and was read in `form[k]` (the
 * scanner's `Form`, or -1 for bare fields of a message) or in decimal (`decimal[k]` 1). A value in a range is
 * linked to the range's two values (`linkFirst[k]`, `linkLast[k]`; -1 otherwise), combined as `rangeForm` says.
 */
export const classified = {
  count: 0,
  rangeForm: 'inclusive' as RangeForm,
  start: new Int32Array(16),
  end: new Int32Array(16),
  kind: [] as ValueKind[],
  confidence: [] as Confidence[],
  fieldStart: new Int32Array(16),
  fieldEnd: new Int32Array(16),
  reason: [] as string[],
  decimal: new Uint8Array(16),
  form: new Int8Array(16),
  labelStart: new Int32Array(16),
  labelEnd: new Int32Array(16),
  joined: new Uint8Array(16),
  linkFirst: new Int32Array(16),
  linkLast: new Int32Array(16),
};
/** The message that decided each value of `classified` (module-private: `CompiledEvent` is internal). */
const valueEvent: (CompiledEvent | undefined)[] = [];

function growClassified(): void {
  const c = classified;
  c.start = doubled(c.start);
  c.end = doubled(c.end);
  c.fieldStart = doubled(c.fieldStart);
  c.fieldEnd = doubled(c.fieldEnd);
  c.decimal = doubled(c.decimal);
  c.form = doubled(c.form);
  c.labelStart = doubled(c.labelStart);
  c.labelEnd = doubled(c.labelEnd);
  c.joined = doubled(c.joined);
  c.linkFirst = doubled(c.linkFirst);
  c.linkLast = doubled(c.linkLast);
}

/**
 * Classifies every number of one line: reads `0x`/backtick/labelled-bare tokens with `scanTokens`, finds the message
 * that printed the line, and decides each value's kind from the rules table (`fieldRules.ts`) by its label.
 * Example: `kvm_page_fault: vcpu 0 rip 0xffffffff81a01234 address 0x12345000 error_code 0x2` gives `count`, `gva`,
 * `gpa`, `exitQualification`. Linear in the line length.
 */
export function classifyLine(line: string, options: ClassifyOptions): ClassifiedValue[] {
  const n = classifyInto(line, options);
  if (!n) return NO_VALUES;
  const c = classified;
  const out = new Array<Value>(n);
  for (let k = 0; k < n; k++) out[k] = valueOf(line, k);
  for (let k = 0; k < n; k++) if (c.linkFirst[k] >= 0) out[k].linkRange(out[c.linkFirst[k]], out[c.linkLast[k]], c.rangeForm);
  return out;
}

/** Value `k` of the last `classifyInto`, as an object (without its range link). */
function valueOf(line: string, k: number): Value {
  const c = classified;
  return new Value(
    line,
    c.start[k],
    c.end[k],
    c.kind[k],
    c.confidence[k],
    c.fieldStart[k],
    c.fieldEnd[k],
    valueEvent[k],
    c.reason[k],
    c.decimal[k] === 1,
    c.form[k],
    c.labelStart[k],
    c.labelEnd[k],
    c.joined[k] === 1,
  );
}

/** `classifyLine` into `classified` (allocating nothing per value); returns the number of values. */
export function classifyInto(line: string, options: ClassifyOptions): number {
  classified.count = 0;
  const from = Math.max(options.from ?? 0, 0);
  const to = Math.min(options.to ?? line.length, line.length);
  const code = options.languageId !== undefined && CODE_LANGUAGES.has(options.languageId);
  const whole = options.from === undefined && options.to === undefined;
  const count = scanTokens(
    line,
    whole ? (options.labelledBareHex ? SCAN_BARE : SCAN_PREFIXED) : { labelledBareHex: options.labelledBareHex, from, to },
  );
  // A line without tokens can only hold bare fields of a message, and such a message has a `name: ` or is one of
  // the few printed without (`PGD 7d201067 P4D …`).
  if (!count && (code || !options.labelledBareHex || (line.indexOf(': ') < 0 && !hasColonlessMessage(line)))) return 0;
  const ev = code ? undefined : findEvent(line);
  const floor = ev ? eventEnd : 0;
  pending.count = 0;
  if (ev && options.labelledBareHex) readEventFields(line, ev, floor, from, to);
  const extra = pending.count;
  if (!count && !extra) return 0;

  const starts = scanned.start;
  let t = 0;
  let x = 0;
  while (t < count || x < extra) {
    if (x < extra && (t >= count || pending.start[x] <= starts[t])) {
      if (t < count && pending.start[x] === starts[t]) t++;
      const rule = pending.rule[x];
      fromRule(pending.start[x], pending.end[x], rule, pending.fieldStart[x], pending.fieldEnd[x], ev, -1, rule.radix === 10);
      x++;
    } else {
      classifyToken(line, t++, ev, floor);
    }
  }
  linkRanges((classified.rangeForm = ev?.range ?? 'inclusive'));
  return classified.count;
}

/** Names (with their space) of the messages whose values follow the name without a `:` (`leadingSeparator` ' '). */
const COLONLESS = EVENT_RULES.filter((r) => r.leadingSeparator === ' ').flatMap((r) => r.names.map((n) => n + ' '));

function hasColonlessMessage(line: string): boolean {
  for (const name of COLONLESS) if (line.includes(name)) return true;
  return false;
}

const NO_VALUES = Object.freeze([]) as unknown as ClassifiedValue[];
const SCAN_BARE = { labelledBareHex: true };
const SCAN_PREFIXED = { labelledBareHex: false };

function fromRule(
  start: number,
  end: number,
  rule: FieldRule,
  fieldStart: number,
  fieldEnd: number,
  ev: CompiledEvent | undefined,
  /** Index of the scanned token the value is (-1 for values found by the message's fields). */
  token: number,
  decimal: boolean,
  confidence: Confidence = 'certain',
): void {
  const previous = classified.count - 1;
  const joined = rule.sameAsPrevious === true && previous >= 0;
  const kind = joined ? classified.kind[previous] : rule.kind;
  push(start, end, kind, rule.confidence ?? confidence, fieldStart, fieldEnd, ev, rule.why, decimal, token, joined);
}

/** Appends a value to `classified`, with the scanner's form and label of token `token` (-1: not a scanned token). */
function push(
  start: number,
  end: number,
  kind: ValueKind,
  confidence: Confidence,
  fieldStart: number,
  fieldEnd: number,
  ev: CompiledEvent | undefined,
  reason: string,
  decimal: boolean,
  token: number,
  joined: boolean,
): void {
  const c = classified;
  const k = c.count++;
  if (k === c.start.length) growClassified();
  c.start[k] = start;
  c.end[k] = end;
  c.kind[k] = kind;
  c.confidence[k] = confidence;
  c.fieldStart[k] = fieldStart;
  c.fieldEnd[k] = fieldEnd;
  c.reason[k] = reason;
  c.decimal[k] = decimal ? 1 : 0;
  c.form[k] = token < 0 ? NOT_SCANNED : scanned.form[token];
  c.labelStart[k] = token < 0 ? -1 : scanned.labelStart[token];
  c.labelEnd[k] = token < 0 ? -1 : scanned.labelEnd[token];
  c.joined[k] = joined ? 1 : 0;
  c.linkFirst[k] = -1;
  c.linkLast[k] = -1;
  valueEvent[k] = ev;
}

function classifyToken(line: string, token: number, ev: CompiledEvent | undefined, floor: number): void {
  const start = scanned.start[token];
  const end = scanned.end[token];
  let key = keyBefore(line, start, start >= floor ? floor : 0);
  // Rust's `const IOAPIC_SIZE: u64 = 0x20;`: the name before the type is the label.
  if (key === WORD && isRustType(line, keyStart, keyEnd) && line.charCodeAt(skipSpacesBack(line, keyStart) - 1) === 58)
    key = keyBefore(line, keyStart, start >= floor ? floor : 0);
  const ks = key === WORD ? keyStart : -1;
  const ke = keyEnd;
  if (ev) {
    const r = key === WORD ? ev.fields.word(line, ks, ke) : ev.fields.char(key);
    if (r) return fromRule(start, end, r, ks, ke, ev, token, r.radix === 10 && isAllDecimal(line, start, end));
  }
  // The kernel's `%pS`: `kvm_mmu_page_fault+0x3a/0x610` in every call trace and WARN line: an offset and a length.
  const inSymbol = symbolPart(line, start, end);
  if (inSymbol) return fromRule(start, end, inSymbol, -1, -1, ev, token, false);
  // GDB writes a code address with its symbol after it: `0xffffffffc0c1a2b0 <tdx_handle_ept_violation+24>`.
  if (isSymbolAfter(line, end))
    return fromRule(start, end, looksKernelVirtual(line, token) ? KERNEL_CODE : USER_CODE, -1, -1, ev, token, false);
  // `#define TDVMCALL_MAP_GPA 0x10001`: a constant named after the call, operand or field it selects is its number.
  // A status by its value wins: cloud-hypervisor names TDVMCALL statuses `TDG_VP_VMCALL_ALIGN_ERROR`.
  if (key === WORD && line.startsWith('TD', ks) && SELECTOR.test(line.slice(ks, ke)))
    return fromRule(start, end, statusByValue(line, token) ?? SELECTOR_NAME, ks, ke, ev, token, false);
  // The scanner's GPA/GFN labels (`gfn`, `base_gfn`, `address`…), read again here without allocating the label.
  const labelled = key === WORD ? labelKindAt(line, ks, ke) : undefined;
  if (ev && labelled && ev.decimalLabels) {
    const decimal = isAllDecimal(line, start, end);
    return push(
      start,
      end,
      labelled,
      'likely',
      ks,
      ke,
      ev,
      decimal ? LABELLED_DECIMAL[labelled] : LABELLED[labelled],
      decimal,
      token,
      false,
    );
  }
  if (ev?.other) return fromRule(start, end, ev.other, ks, ke, ev, token, false);
  if (labelled) return push(start, end, labelled, 'likely', ks, ke, undefined, LABELLED[labelled], false, token, false);
  const generic = key === WORD ? GENERIC.word(line, ks, ke) : GENERIC.char(key);
  if (generic) return fromRule(start, end, generic, ks, ke, undefined, token, false, 'likely');
  // Weaker evidence than a named label, so a kernel pointer's own form wins over a label's form (`slot = 0xffff…`).
  if (looksKernelVirtual(line, token)) return fromRule(start, end, UNLABELLED_POINTER, -1, -1, undefined, token, false);
  const family = key === WORD ? familyOf(line, ks, ke) : undefined;
  if (family) return fromRule(start, end, family, ks, ke, undefined, token, false, 'likely');
  if (key === WORD && ev?.unknownWord) return fromRule(start, end, ev.unknownWord, ks, ke, ev, token, false);
  const r = statusByValue(line, token) ?? (looksUserPointer(line, token) ? USER_POINTER : UNLABELLED_GPA);
  return fromRule(start, end, r, -1, -1, undefined, token, false);
}

const SELECTOR_NAME = likely('count', 'named as a TDX leaf, operand or field: an id');
/** The TDX ABI's leaf, operand and field names (`tdx.h`, `tdx_errno.h`, `tdx_arch.h`), but not its `…STATUS…` ones. */
const SELECTOR = /^TD(?:H|G|VMCALL|X_OPERAND_ID|_MD_FIELD_ID)_(?!.*STATUS)/;

const USER_POINTER: FieldRule = {
  kind: 'pointer',
  why: 'where Linux puts a process’s heap or mappings: a user-space pointer',
  confidence: 'guess',
};

/** True for 12-digit values in 0x5500_0000_0000–0x56ff_ffff_ffff or 0x7f00_0000_0000–0x7fff_ffff_ffff (a QEMU pointer). */
function looksUserPointer(line: string, token: number): boolean {
  const start = scanned.start[token];
  let digits = digitsStart(line, start);
  if (scanned.end[token] - digits < 12) return false;
  while (line.charCodeAt(digits) === 48) digits++;
  const first = line.charCodeAt(digits);
  if ((first !== 53 && first !== 55) || significantDigits(line, start, scanned.end[token]) !== 12) return false;
  const v = readScanned(line, scanned.form[token], start).value >> 40n;
  return v === 0x7fn || v === 0x55n || v === 0x56n;
}

const STATUS_RULES = {
  tdxStatus: likely('tdxStatus', 'bits 63:32 name a TDX status'),
  tdvmcallStatus: likely('tdvmcallStatus', 'a TDVMCALL error status'),
};

/** The rule for a 16-digit value with bit 63 or 62 set that is a known TDX or TDVMCALL status (see `statusKindOf`). */
function statusByValue(line: string, token: number): FieldRule | undefined {
  const start = scanned.start[token];
  if (scanned.end[token] - start < 16) return undefined;
  // Bit 63 or 62 set needs 16 digits the first of which is 4–f: a leading 0 (after any 0x) rules it out without parsing.
  const first = line.charCodeAt(digitsStart(line, start));
  if (first === 48 || !isHexDigit(first) || (first >= 49 && first <= 51) || significantDigits(line, start, scanned.end[token]) !== 16)
    return undefined;
  const kind = statusKindOf(readScanned(line, scanned.form[token], start).value);
  return kind && STATUS_RULES[kind];
}

/** Where a token's digits begin, after its `0x`. */
const digitsStart = (line: string, start: number) =>
  line.charCodeAt(start) === 48 && (line.charCodeAt(start + 1) | 0x20) === 0x78 ? start + 2 : start;

/**
 * How many hex digits a token's value has after its leading zeros (separators and a WinDbg backtick skipped, a
 * suffix not counted): 16 for anything with bit 63 set, 12 for `0x7f…` user pointers. Counting first spares the
 * checks above a parse (and a bigint) for every long token that cannot pass them (`0x…ULL`, zero-padded values).
 */
function significantDigits(line: string, start: number, end: number): number {
  let n = 0;
  for (let i = digitsStart(line, start); i < end; i++) {
    const c = line.charCodeAt(i);
    if (isHexDigit(c)) {
      if (n > 0 || c !== 48) n++;
    } else if (c !== 95 && c !== 39 && c !== 96) break;
  }
  return n;
}

/** Rules that label words give by their form (`WORD_FAMILIES`), remembered per word: labels repeat line after line. */
const FAMILIES = new Map<string, FieldRule | null>();

function familyOf(line: string, start: number, end: number): FieldRule | undefined {
  const word = line.slice(start, end);
  let r = FAMILIES.get(word);
  if (r === undefined) {
    if (FAMILIES.size >= 4096) FAMILIES.clear();
    FAMILIES.set(word, (r = wordFamily(word) ?? null));
  }
  return r ?? undefined;
}

const SYMBOL_OFFSET: FieldRule = { kind: 'size', why: 'offset in the function (symbol+offset/length)', confidence: 'certain' };
const SYMBOL_LENGTH: FieldRule = { kind: 'size', why: 'length of the function (symbol+offset/length)', confidence: 'certain' };

/** The rule for the offset or the length of `symbol+0x3a/0x610` (the kernel's `%pS`), or undefined. */
function symbolPart(line: string, start: number, end: number): FieldRule | undefined {
  const before = line.charCodeAt(start - 1);
  if (before === 43 /* + */) return isIdentChar(line.charCodeAt(start - 2)) && line.startsWith('/0x', end) ? SYMBOL_OFFSET : undefined;
  if (before !== 47 /* / */) return undefined;
  // Back over the offset `0x3a` to its `+` and the symbol before it.
  let k = start - 2;
  while (k > 0 && isHexDigit(line.charCodeAt(k))) k--;
  return line.charCodeAt(k) === 120 && line.charCodeAt(k - 1) === 48 && line.charCodeAt(k - 2) === 43 && isIdentChar(line.charCodeAt(k - 3))
    ? SYMBOL_LENGTH
    : undefined;
}

const KERNEL_CODE = likely('pointer', 'a symbol follows it: a kernel code or data address');
const USER_CODE = likely('gva', 'a symbol follows it: a code or data address');

/** True when ` <identifier` follows position `end`, as GDB prints a symbolic address (`0x401136 <main+4>`). */
function isSymbolAfter(line: string, end: number): boolean {
  return line.charCodeAt(end) === 32 && line.charCodeAt(end + 1) === 60 && isIdentStart(line.charCodeAt(end + 2));
}

const isIdentStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Values the scanner does not read: bare hex and decimal fields after the labels of a known message
 * (`spte 600000012345677`, `level 1`, `at 1a2b3c000`), and the `:`-separated values right after the event name.
 */
function readEventFields(line: string, ev: CompiledEvent, floor: number, from: number, to: number): void {
  let i = floor;
  if (ev.leading) {
    i = skipSpaces(line, i);
    // Ports, not addresses: `info mtree` lists `address-space: I/O` in the same shape, below 0x10000.
    const rules = ev.name === 'qemu mtree' && isPortRange(line, i) ? MTREE_PORTS : ev.leading;
    for (let n = 0; n < rules.length; n++) {
      const r = rules[n];
      let j = i;
      while (j < line.length && isHexDigit(line.charCodeAt(j))) j++;
      // Each value ends at `:` (or the event's separator); with a separator, the last one at a space.
      const sep = line.charCodeAt(j);
      const last = ev.leadingSeparator !== undefined && n === rules.length - 1 && isSpace(sep);
      if (j === i || j - i > 16 || (sep !== 58 && sep !== ev.leadingSeparator && !last)) break;
      if (i >= from && i < to) addPending(i, j, -1, -1, r);
      i = j + 1;
    }
  }
  const names = ev.bareNames;
  const origin = Math.max(i, from - LABEL_REACH);
  // A label that starts before `to` ends by `to + ev.longestBare`: searching a prefix of a long line up to there
  // keeps a hover's cost independent of the line's length (a prefix slice is O(1) in V8; offsets stay the same).
  const searched = to + ev.longestBare < line.length ? line.slice(0, to + ev.longestBare) : line;
  for (let n = 0; n < names.length; n++) {
    const name = names[n];
    const rule = ev.bareRules[n];
    for (let ws = searched.indexOf(name, origin); ws >= 0 && ws < to; ws = searched.indexOf(name, ws + 1)) {
      const we = ws + name.length;
      if ((ws > 0 && isIdentChar(line.charCodeAt(ws - 1))) || isIdentChar(line.charCodeAt(we))) continue;
      let v = we;
      while (v < line.length && isSpace(line.charCodeAt(v))) v++;
      const sep = line.charCodeAt(v);
      if (sep === 58 || sep === 61) v = skipSpaces(line, v + 1);
      if (v === we) continue;
      if (rule.radix === 10 && line.charCodeAt(v) === 45 /* - */) v++;
      const end = rule.radix === 10 ? decimalEnd(line, v) : bareHexEnd(line, v);
      if (end < 0 || v < from || v >= to || scannerRead(v, end)) continue;
      addPending(v, end, ws, we, rule);
    }
  }
}

const MTREE_PORTS: readonly FieldRule[] = [likely('count', 'first I/O port of a region (info mtree)'), likely('count', 'last I/O port')];

/** True for an `info mtree` range `0000000000000cf8-0000000000000cfb` whose end is below 0x10000 (an I/O port range). */
function isPortRange(line: string, i: number): boolean {
  return line.startsWith('000000000000', i + 17) && line.charCodeAt(i + 16) === 45;
}

/** True when the scanner already read exactly `[start, end)` (then its token is classified instead). */
function scannerRead(start: number, end: number): boolean {
  for (let k = 0; k < scanned.count; k++) if (scanned.start[k] === start) return scanned.end[k] === end;
  return false;
}

/** Links the values of each range (see `classified.linkFirst`), as `[mem a-b]`, `[a, b)` or `start … size …` pair them. */
function linkRanges(form: RangeForm): void {
  const c = classified;
  for (let b = 1; b < c.count; b++) {
    const a = b - 1;
    if (form === 'startSize') {
      if (c.kind[b] === 'size' && (c.kind[a] === 'gpa' || c.kind[a] === 'hpa')) {
        c.linkFirst[a] = a;
        c.linkLast[a] = b;
      }
    } else if (c.joined[b] && (c.kind[b] === 'gpa' || c.kind[b] === 'hpa')) {
      c.linkFirst[a] = c.linkFirst[b] = a;
      c.linkLast[a] = c.linkLast[b] = b;
    }
  }
}

/**
 * The classified value covering `offset` (or ending exactly there), for hovers: classifies only the values starting
 * in a window before the offset, but detects the message from the start of the whole line, so pass the whole line.
 * Example: `classifiedValueAt('kvm_mmu_set_spte: gfn 8000fee00 …', 24, { labelledBareHex: true })?.kind` → `'gfn'`.
 */
export function classifiedValueAt(
  line: string,
  offset: number,
  options: Omit<ClassifyOptions, 'from' | 'to'>,
): ClassifiedValue | undefined {
  // Values just after the position are classified too, so `start … size …` and `[mem a-b]` pairs form their range.
  const n = classifyInto(line, {
    labelledBareHex: options.labelledBareHex,
    languageId: options.languageId,
    from: Math.max(0, offset - TOKEN_REACH),
    to: Math.min(line.length, offset + RANGE_REACH),
  });
  // Only the value under the cursor (and the two ends of its range) becomes an object.
  const c = classified;
  for (let k = n - 1; k >= 0; k--) {
    if (c.start[k] > offset || offset > c.end[k]) continue;
    const v = valueOf(line, k);
    const first = c.linkFirst[k];
    if (first >= 0) {
      const last = c.linkLast[k];
      v.linkRange(first === k ? v : valueOf(line, first), last === k ? v : valueOf(line, last), c.rangeForm);
    }
    return v;
  }
  return undefined;
}
