import { FieldRule, GENERIC_FIELDS, likely, wordFamily } from './fieldRules';
import { Char, isSpace } from './chars';
import { isDecimalDigit, isIdentChar } from './lexer';
import { AddressKind } from '../tdx/tdx';
import { WordTable } from './words';

/** The label words any message may use (`error_code`, `spte`, `pfn`…), from `GENERIC_FIELDS`. */
export const GENERIC = new WordTable<FieldRule>(Object.entries(GENERIC_FIELDS));

/** `LabelKey.key` when the key is a label word (its bounds in `start`/`end`). */
export const WORD = 0;

/**
 * The key a value is looked up by in the rules (see `EventRules.fields`), found by `find`: `key` is `WORD` for a
 * label word before the value (it spans `[start, end)`), else a character code: `'#'` after another number, `'^'`
 * at the start, or the punctuation before the value. Example: in `gfn 8000fee00`, the key of `8000fee00` is the word
 * `gfn`; in `[mem 0x1000-0x1fff]`, the key of `0x1fff` is `'-'`.
 */
export class LabelKey {
  key = WORD;
  start = -1;
  end = -1;

  /** True when a label word decided the key. */
  get isWord(): boolean {
    return this.key === WORD;
  }

  /** Finds the key of the value at `start` (not looking before `floor`); a Rust `name: u64 = value` is keyed by `name`. */
  find(line: string, start: number, floor: number): void {
    this.before(line, start, floor);
    // Rust's `const IOAPIC_SIZE: u64 = 0x20;`: the name before the type is the label.
    if (this.key === WORD && isRustType(line, this.start, this.end) && line.charCodeAt(skipSpacesBack(line, this.start) - 1) === Char.Colon)
      this.before(line, this.start, floor);
    if (this.key !== WORD) this.start = -1;
  }

  private before(line: string, start: number, floor: number): void {
    let j = skipSpacesBack(line, start, floor);
    // A quoted value (`base='0x…'` in XML, `"gpa": "0x…"` in JSON): its opening quote belongs to the separator.
    if (isQuote(line.charCodeAt(j - 1)) && j - 1 > floor && isSeparator(line.charCodeAt(skipSpacesBack(line, j - 1, floor) - 1)))
      j = skipSpacesBack(line, j - 1, floor);
    if (j > floor) {
      const c = line.charCodeAt(j - 1);
      if (isSeparator(c)) {
        j--;
        // Compound assignments (`&=`, `|=`) and comparisons (`==`, `>=`) separate like `=`.
        if (c === Char.Equals && j > floor && COMPOUND.includes(line.charCodeAt(j - 1))) j--;
        j = skipSpacesBack(line, j, floor);
        // A quoted key (`"gpa": …`): the closing quote is not the key.
        if (j - 1 > floor && isQuote(line.charCodeAt(j - 1))) j--;
      }
    }
    if (j <= floor) return this.char(Char.Caret);
    const c = line.charCodeAt(j - 1);
    if (!isIdentChar(c)) return this.char(c);
    let ws = j - 1;
    while (ws > floor && j - ws <= 40 && isIdentChar(line.charCodeAt(ws - 1))) ws--;
    if (isDecimalDigit(line.charCodeAt(ws))) return this.char(Char.Hash);
    this.key = WORD;
    this.start = ws;
    this.end = j;
  }

  private char(c: number): void {
    this.key = c;
    this.start = this.end = -1;
  }

  /** The rule `table` gives this key in `line`. */
  ruleIn(table: WordTable<FieldRule>, line: string): FieldRule | undefined {
    if (this.key !== WORD) return table.char(this.key);
    // A two-word key (`ports at` of lspci's `I/O ports at c040`) wins over its last word (`at`).
    if (table.hasPhrases) {
      let ps = this.start - 1;
      if (line.charCodeAt(ps) === Char.Space) {
        while (ps > 0 && !isSpace(line.charCodeAt(ps - 1))) ps--;
        const phrase = ps < this.start - 1 ? table.word(line, ps, this.end) : undefined;
        if (phrase) return phrase;
      }
    }
    return table.word(line, this.start, this.end);
  }
}

const RUST_TYPES = new Set(['u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize']);

/** True when `line[start, end)` is a Rust integer type; slices only words that can be one (`u…`/`i…`, ≤ 5 characters). */
function isRustType(line: string, start: number, end: number): boolean {
  const c = line.charCodeAt(start);
  return end - start <= 5 && (c === Char.LowerU || c === Char.LowerI) && RUST_TYPES.has(line.slice(start, end));
}

/** Where the spaces before `i` begin (not before `floor`). */
function skipSpacesBack(line: string, i: number, floor = 0): number {
  while (i > floor && isSpace(line.charCodeAt(i - 1))) i--;
  return i;
}

const isQuote = (c: number) => c === Char.Quote || c === Char.DoubleQuote;
/** `=` or `:` between a label and its value. */
const isSeparator = (c: number) => c === Char.Equals || c === Char.Colon;

/** The first characters of compound assignments and comparisons: `&=`, `|=`, `+=`, `-=`, `^=`, `==`, `!=`, `<=`, `>=`. */
const COMPOUND: readonly number[] = [
  Char.Ampersand,
  Char.Bar,
  Char.Plus,
  Char.Minus,
  Char.Caret,
  Char.Equals,
  Char.Bang,
  Char.Less,
  Char.Greater,
];

/** The rules a GPA/GFN label (`labelKindAt`: `gfn`, `base_gfn`, `address`…) gives, in hex and in GDB's decimal. */
export const LABELLED: { readonly [K in AddressKind]: FieldRule } = {
  gpa: likely('gpa', 'labelled GPA'),
  gfn: likely('gfn', 'labelled GFN'),
};
export const LABELLED_DECIMAL: { readonly [K in AddressKind]: FieldRule } = {
  gpa: { kind: 'gpa', why: 'labelled GPA printed in decimal by GDB', confidence: 'likely', radix: 10 },
  gfn: { kind: 'gfn', why: 'labelled GFN printed in decimal by GDB', confidence: 'likely', radix: 10 },
};

/**
 * The TDX ABI's leaf, operand and field names (`arch/x86/include/asm/shared/tdx.h`,
 * `arch/x86/include/asm/shared/tdx_errno.h`, `arch/x86/include/asm/tdx_arch.h`), but not its `…STATUS…` ones.
 */
const SELECTOR = /^TD(?:H|G|VMCALL|X_OPERAND_ID|_MD_FIELD_ID)_(?!.*STATUS)/;
export const SELECTOR_NAME = likely('count', 'named as a TDX leaf, operand or field: an id');

/** True when `line[start, end)` names a TDX leaf, operand or field (`TDH_MEM_PAGE_ADD`, `TDVMCALL_MAP_GPA`). */
export function isSelectorName(line: string, start: number, end: number): boolean {
  return line.startsWith('TD', start) && SELECTOR.test(line.slice(start, end));
}

/**
 * The rules label words give by their form (`wordFamily`: `…_gfn`, `…_size`…), remembered per word for the life of
 * the owner (a page index or one request): labels repeat line after line.
 */
export class WordFamilies {
  private known: Map<string, FieldRule | null> | undefined = undefined;

  of(line: string, start: number, end: number): FieldRule | undefined {
    const word = line.slice(start, end);
    const known = (this.known ??= new Map());
    let r = known.get(word);
    if (r === undefined) {
      if (known.size >= 4096) known.clear();
      known.set(word, (r = wordFamily(word) ?? null));
    }
    return r ?? undefined;
  }
}
