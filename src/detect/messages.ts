import { EVENT_RULES, EventRules, FieldRule, likely, RangeForm, wordFamily } from './fieldRules';
import { Char, isHexPrefixAt, isSpace } from './chars';
import { bareHexEnd, isDecimalDigit, isHexDigit, isIdentChar, labelKindAt } from './lexer';
import { LineScanner } from './scanner';
import { CitedMessage } from './values';
import { WordTable } from './words';

/** A message of the rules table (`fieldRules.ts`) ready for lookups: one per name of each entry. */
export interface Message extends CitedMessage {
  readonly fields: WordTable<FieldRule>;
  /** Fields printed without `0x` that the scanner does not read (or reads in the wrong radix), found with `indexOf`. */
  readonly bareNames: readonly string[];
  readonly bareRules: readonly FieldRule[];
  /** Length of the longest of `bareNames`. */
  readonly longestBare: number;
  readonly other: FieldRule | undefined;
  readonly range: RangeForm | undefined;
  readonly leading: readonly FieldRule[] | undefined;
  readonly leadingSeparator: number | undefined;
  readonly unknownWord: FieldRule | undefined;
  /** GDB prints integers in decimal: a bare number after a GPA/GFN label is decimal (see `MESSAGE_TRAITS`). */
  readonly decimalLabels: boolean;
  /** The `leading` rules for a line whose leading range is of I/O ports (see `MESSAGE_TRAITS`). */
  readonly portRules: readonly FieldRule[] | undefined;
  /** Recognised only before its `: `, not as a line's first word (see `RuleRow.colonOnly`). */
  readonly colonOnly: boolean;
  /** The message as a neighbour's text makes it (see `RuleRow.cases`), tried in order. */
  readonly cases: readonly { readonly text: string; readonly message: Message }[];
}

/**
 * What some messages need beyond their rules, by message name: GDB's `frame` and `info locals` print integers in
 * decimal, so a number after a GPA/GFN label there is decimal; `info mtree` lists `address-space: I/O` in the same
 * `start-end` shape as memory, below 0x10000 (ports, not addresses).
 */
const MESSAGE_TRAITS: { readonly [name: string]: { readonly decimalLabels?: true; readonly portRules?: readonly FieldRule[] } } = {
  'gdb frame': { decimalLabels: true },
  'gdb locals': { decimalLabels: true },
  json: { decimalLabels: true },
  'qemu mtree': { portRules: [likely('count', 'first I/O port of a region (info mtree)'), likely('count', 'last I/O port')] },
};

/** Languages whose text is code, not logs: no message is looked for. */
export const CODE_LANGUAGES: ReadonlySet<string> = new Set(['c', 'cpp', 'rust', 'go', 'python', 'java', 'javascript', 'typescript', 'zig']);

/** How far into a line the message name is looked for. */
const MESSAGE_REACH = 256;
/** How far before the window a label may start and still label a value inside it. */
export const LABEL_REACH = 48;

/** One word table per rules entry, shared by its names (`kvm_mmu_get_page`, `kvm_mmu_sync_page`…); filled once below. */
const FIELD_TABLES = new Map<EventRules, WordTable<FieldRule>>();

function compile(rules: EventRules, name: string): Message {
  const fields = Object.entries(rules.fields ?? {});
  let table = FIELD_TABLES.get(rules);
  if (!table) FIELD_TABLES.set(rules, (table = new WordTable(fields)));
  const cases = (rules.cases ?? []).map((c) => ({
    text: c.text,
    message: compile({ ...rules, cases: undefined, fields: { ...rules.fields, ...c.fields } }, name),
  }));
  // Hex after a GPA/GFN label (`gfn`, `addr`, `address`) is read by the scanner already; decimal is not.
  const bare = fields.filter(([n, r]) => r.bare && (r.radix === 10 || !labelKindAt(n, 0, n.length)));
  const traits = MESSAGE_TRAITS[name];
  return {
    name,
    source: rules.source,
    fields: table,
    bareNames: bare.map(([n]) => n),
    bareRules: bare.map(([, r]) => r),
    longestBare: Math.max(0, ...bare.map(([n]) => n.length)),
    other: rules.other,
    range: rules.range,
    leading: rules.leading,
    leadingSeparator: rules.leadingSeparator?.charCodeAt(0),
    unknownWord: rules.unknownWord,
    decimalLabels: traits?.decimalLabels === true,
    portRules: traits?.portRules,
    colonOnly: rules.colonOnly === true,
    cases,
  };
}

const MESSAGES = new WordTable<Message>(EVENT_RULES.flatMap((r) => r.names.map((n) => [n, compile(r, n)] as const)));

/** Bitmaps of the first and last characters of event names, to skip words that cannot be one without a lookup. */
const FIRST_CHARS = new Uint8Array(128);
const LAST_CHARS = new Uint8Array(128);
for (const r of EVENT_RULES) {
  for (const n of r.names) {
    FIRST_CHARS[n.charCodeAt(0) & 127] = 1;
    LAST_CHARS[n.charCodeAt(n.length - 1) & 127] = 1;
  }
}

/** The last words of the event names of two or three words (`Kernel command line` → `line`). */
const PHRASE_ENDS = new WordTable<true>(
  EVENT_RULES.flatMap((r) => r.names.filter((n) => n.includes(' ')).map((n) => [n.slice(n.lastIndexOf(' ') + 1), true] as const)),
);

/** Names of the messages printed without `name: ` (`leadingSeparator` ' ', or `colonless`). */
const COLONLESS = new WordTable<true>(
  EVENT_RULES.filter((r) => r.leadingSeparator === ' ' || r.colonless).flatMap((r) => r.names.map((n) => [n, true] as const)),
);

/** Where a line's message begins: after leading spaces and a dmesg `[timestamp] `. */
function messageStart(line: string): number {
  const i = skipSpaces(line, 0);
  if (line.charCodeAt(i) !== Char.OpenBracket) return i;
  const close = line.indexOf('] ', i);
  return close > 0 && close < 32 ? skipSpaces(line, close + 2) : i;
}

/**
 * True when a line without `0x` tokens and without `: ` may still hold a message's values: one printed without
 * `name: ` (`PGD 7d201067 P4D …`, `CR0=80050033 …`, whose name is the line's first word followed by a space or
 * `=`, as `find` reads it), or output whose numbers are decimal (GDB's `#0  f (start=2145624064)`, `$1 = {…}`,
 * LLDB's `(hwaddr) start = …`, QMP's `{"gpa": 1234}`, `-device {"addr":6442450944}`; see `debuggerShape`).
 */
export function mayHoldMessageWithoutTokens(line: string): boolean {
  const i = messageStart(line);
  const c = line.charCodeAt(i);
  if (c === Char.Hash || c === Char.Dollar || c === Char.OpenBrace || c === Char.OpenParen) return true;
  if (line.startsWith('-device {', i) || line.startsWith('-object {', i)) return true;
  const we = identEnd(line, i);
  const after = line.charCodeAt(we);
  return we > i && (after === Char.Space || after === Char.Equals) && COLONLESS.word(line, i, we) !== undefined;
}

/** `message` as the text of `line` from `from` makes it: the first of its cases whose text is there (`RuleRow.cases`). */
function caseOf(message: Message, line: string, from: number): Message {
  const cases = message.cases;
  for (let n = 0; n < cases.length; n++) if (line.includes(cases[n].text, from)) return cases[n].message;
  return message;
}

function skipSpaces(line: string, i: number): number {
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  return i;
}

function identEnd(line: string, i: number): number {
  while (i < line.length && isIdentChar(line.charCodeAt(i))) i++;
  return i;
}

/**
 * Finds the tracepoint or message a line comes from (`find`) and where the message text after its name begins
 * (`end`, valid after `find` returned a message): an ftrace `event_name: ` after the header, a `kvm_intel: ` /
 * `virt/tdx: ` / `tdx: ` prefix, `BIOS-e820: `, `pci …: BAR`, a QEMU `pid@time:event ` or bare `event `, GDB shapes.
 */
export class MessageFinder {
  end = 0;

  find(line: string): Message | undefined {
    const limit = Math.min(line.length, MESSAGE_REACH);
    let i = skipSpaces(line, 0);
    if (line.charCodeAt(i) === Char.OpenBracket) i = messageStart(line);
    else {
      const gdb = this.debuggerShape(line, i);
      if (gdb) return gdb;
    }
    // QEMU's log backend: `pid@sec.usec:event …`.
    if (isDecimalDigit(line.charCodeAt(i))) {
      const at = line.indexOf('@', i);
      const colon = at > 0 && at < i + 12 ? line.indexOf(':', at) : -1;
      if (colon > 0 && colon < at + 24) {
        const we = identEnd(line, colon + 1);
        const found = this.lookup(line, colon + 1, we, we);
        if (found) return found;
      }
    }
    // Words before ": ": ftrace events after their header, pr_fmt prefixes (`kvm_intel: `, `virt/tdx: `).
    // Only a word whose last character ends some event name is looked up (timestamps end in digits, as do only
    // `e820` and `qemu-system-x86_64`).
    for (let k = line.indexOf(': ', i); k >= 0 && k < limit; k = line.indexOf(': ', k + 2)) {
      let last = line.charCodeAt(k - 1);
      let we = k;
      // A prefix with an index, `IOAPIC[1]: `, is looked up without it.
      if (last === Char.CloseBracket) {
        const open = line.lastIndexOf('[', k - 1);
        if (open > i && k - open <= 6) {
          we = open;
          last = line.charCodeAt(we - 1);
        }
      }
      if (LAST_CHARS[last & 127] !== 1) continue;
      if (isDecimalDigit(last)) {
        // A name that ends in digits has a letter, `_` or `-` before them (`e820`, `CR2`, `qemu-system-x86_64`); a
        // timestamp (`904.563127: `) does not.
        let d = we - 1;
        while (d > i && isDecimalDigit(line.charCodeAt(d - 1))) d--;
        const before = line.charCodeAt(d - 1);
        if (d === i || !isIdentChar(before) || isDecimalDigit(before)) continue;
      }
      const ws = Math.max(line.lastIndexOf(' ', we - 1) + 1, i);
      if (we !== k) {
        const indexed = this.lookup(line, ws, we, k + 1);
        if (indexed) return indexed;
        continue;
      }
      // Names of three or two words first (`Kernel command line: `, `Memory failure: `, `gpa page: `), then one;
      // only a word that ends such a name (`line`, `failure`, `page`) is looked up with the words before it.
      if (PHRASE_ENDS.word(line, ws, k) && ws - 2 > i) {
        const w2 = Math.max(line.lastIndexOf(' ', ws - 2) + 1, i);
        const w3 = w2 - 2 > i ? Math.max(line.lastIndexOf(' ', w2 - 2) + 1, i) : -1;
        const phrase = (w3 >= 0 && this.lookup(line, w3, k, k + 1)) || this.lookup(line, w2, k, k + 1);
        if (phrase) return phrase;
      }
      const found = this.lookup(line, ws, k, k + 1);
      if (found) return found;
      // `perf script` names events with their subsystem: `kvm:kvm_page_fault:`.
      const sub = line.lastIndexOf(':', k - 1);
      if (sub > ws) {
        const named = this.lookup(line, sub + 1, k, k + 1);
        if (named) return named;
      }
      if (k - ws === 6 && line.startsWith('kernel', ws)) i = k + 2;
    }
    // The first word of the message (after a journal `kernel: `): `pci 0000:00:02.0: BAR 0 …`, QEMU `kvm_memory_fault start …`.
    if (FIRST_CHARS[line.charCodeAt(i) & 127] !== 1) return undefined;
    const we = line.indexOf(' ', i);
    if (we <= i) return undefined;
    // `CR0=80050033 CR2=…` (QEMU's register dump): the name ends at its `=`.
    let eq = i + 1;
    while (eq < we && line.charCodeAt(eq) !== Char.Equals) eq++;
    const first = eq < we ? this.lookup(line, i, eq, i) : this.lookup(line, i, we, we);
    return first?.colonOnly ? undefined : first;
  }

  private lookup(line: string, start: number, end: number, after: number): Message | undefined {
    if (end - start < 2 || end - start > 40) return undefined;
    const found = MESSAGES.word(line, start, end);
    if (!found) return undefined;
    this.end = after;
    return caseOf(found, line, after);
  }

  /** The message of the rules table named `name`, whose text begins at `end`. */
  private named(name: string, end: number, line?: string): Message {
    this.end = end;
    const found = MESSAGES.name(name)!;
    return line === undefined ? found : caseOf(found, line, end);
  }

  /**
   * Debugger and monitor output, recognised from the start of the line: GDB `$1 = …`, `#0  0x… in f (…)`, `0x…:`,
   * `rax  0x…`, `gpa = …`, `info proc mappings`; QEMU `x`/`xp`, `info tlb`, `info mtree`; `/proc/iomem`.
   */
  private debuggerShape(line: string, i: number): Message | undefined {
    const c = line.charCodeAt(i);
    // JSON (QMP replies and events, `-device {…}` in a QEMU command line): integers are decimal.
    if (c === Char.OpenBrace && line.charCodeAt(skipSpaces(line, i + 1)) === Char.DoubleQuote) return this.named('json', i, line);
    if (c === Char.Minus && (line.startsWith('-device {"', i) || line.startsWith('-object {"', i))) return this.named('json', i + 8, line);
    if (c === Char.Dollar || c === Char.Hash) {
      let j = i + 1;
      while (isDecimalDigit(line.charCodeAt(j))) j++;
      if (j === i + 1) return undefined;
      if (c === Char.Dollar) return line.startsWith(' = ', j) ? this.named('gdb print', j + 3) : undefined;
      return isSpace(line.charCodeAt(j)) ? this.named('gdb frame', j) : undefined;
    }
    if (isHexPrefixAt(line, i)) {
      let j = i + 2;
      while (isHexDigit(line.charCodeAt(j))) j++;
      const d = line.charCodeAt(j);
      if (d === Char.Colon || (d === Char.Space && line.charCodeAt(j + 1) === Char.Less)) return this.named('gdb examine', i);
      // `info proc mappings` / `info sharedlibrary`: columns of addresses, sizes and offsets.
      if (isSpace(d) && isSpace(line.charCodeAt(j + 1)) && line.startsWith('0x', skipSpaces(line, j))) return this.named('gdb mappings', i);
      return undefined;
    }
    // QEMU's `x` / `xp` monitor commands: `000000007f4c1000: 0x0000000000000001 0x…` (the address without 0x).
    if (isHexDigit(c)) {
      let j = i + 1;
      while (isHexDigit(line.charCodeAt(j))) j++;
      if (j - i >= 8 && j - i <= 16 && line.startsWith(': 0x', j)) return this.named('qemu examine', j + 1);
      // QEMU's `info tlb`: `ffff888102e5e000: 0000000102e5e000 XG-DA---W` (16 digits, `: `, 16 digits, flags).
      if (j - i === 16 && line.startsWith(': ', j) && isHexDigit(line.charCodeAt(j + 17)) && line.charCodeAt(j + 18) === Char.Space)
        return this.named('qemu tlb', j + 1);
      // QEMU's `info mtree`: `  0000000100000000-000000047fffffff (prio 0, ram): pc.ram KVM`.
      if (j - i === 16 && line.charCodeAt(j) === Char.Minus && line.startsWith(' (prio ', j + 17)) return this.named('qemu mtree', i);
      // `/proc/iomem`: `  100000000-47fffffff : System RAM`.
      if (j - i >= 4 && line.charCodeAt(j) === Char.Minus) {
        let k = j + 1;
        while (isHexDigit(line.charCodeAt(k))) k++;
        if (k - j > 4 && line.startsWith(' : ', k)) return this.named('iomem', i);
      }
    }
    // A QEMU monitor command as its console echoes it: `(qemu) xp /2gx 0x7f4c1000`.
    if (c === Char.OpenParen && line.startsWith('(qemu) ', i)) return this.named('qemu command', i + 7, line);
    // LLDB's `frame variable`: `(hwaddr) start = 2145624064`, integers in decimal as GDB's locals.
    if (c === Char.OpenParen) {
      const close = line.indexOf(') ', i);
      if (close > i && close < i + 80) {
        let we = close + 2;
        while (isIdentChar(line.charCodeAt(we))) we++;
        if (we > close + 2 && line.startsWith(' = ', we)) return this.named('gdb locals', close + 2);
      }
      return undefined;
    }
    if (c < Char.LowerA || c > Char.LowerZ) return undefined;
    // `name = value` (info locals) or `name   0x…` (info registers): a short identifier, then the separator.
    let we = i + 1;
    while (we - i <= 12 && isIdentChar(line.charCodeAt(we))) we++;
    if (line.charCodeAt(we) !== Char.Space) return undefined;
    if (line.charCodeAt(we + 1) === Char.Equals) {
      if (line.charCodeAt(we + 2) !== Char.Space) return undefined;
      return line.charCodeAt(line.length - 1) === Char.Semicolon ? undefined : this.named('gdb locals', i);
    }
    if (line.charCodeAt(we + 1) !== Char.Space) return undefined;
    const v = skipSpaces(line, we);
    if (line.charCodeAt(v) === Char.Zero && line.charCodeAt(v + 1) === Char.LowerX) return this.named('gdb registers', i);
    return undefined;
  }
}

/** How the values of `line`'s message form ranges, if it names one (for `bench/indexFloor.ts`). */
export function messageRangeForm(line: string): RangeForm | undefined {
  return new MessageFinder().find(line)?.range;
}

/**
 * Values a message prints that the scanner does not read, sorted by start: bare hex and decimal fields after the
 * labels of a known message (`spte 600000012345677`, `level 1`, `at 1a2b3c000`), and the `:`-separated values right
 * after the message name. Value `k < count` spans `[start[k], end[k])`, its label `[fieldStart[k], fieldEnd[k])`
 * (-1 for leading values), and `rule[k]` decides it. Filled by `read`, valid until the next `read`.
 */
export class MessageFields {
  count = 0;
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly fieldStart: number[] = [];
  readonly fieldEnd: number[] = [];
  readonly rule: FieldRule[] = [];

  /**
   * Reads the fields of `message` in `line` from `floor` (where the message text begins) whose values start in
   * `[from, to)`, leaving out those `scanner` (which has just scanned the line) read as tokens.
   */
  read(line: string, message: Message, floor: number, from: number, to: number, scanner: LineScanner): void {
    this.count = 0;
    let i = floor;
    if (message.leading) {
      i = skipSpaces(line, i);
      // A first-word message's text may begin with its own `:` (edk2's `SecFv : …`).
      if (line.charCodeAt(i) === Char.Colon) i = skipSpaces(line, i + 1);
      const rules = message.portRules && isPortRange(line, i) ? message.portRules : message.leading;
      for (let n = 0; n < rules.length; n++) {
        const r = rules[n];
        let j = i;
        while (j < line.length && isHexDigit(line.charCodeAt(j))) j++;
        // Each value ends at `:` (or the message's separator); with a separator, the last one at a space.
        const sep = line.charCodeAt(j);
        const last = message.leadingSeparator !== undefined && n === rules.length - 1 && (isSpace(sep) || j === line.length);
        if (j === i || j - i > 16 || (sep !== Char.Colon && sep !== message.leadingSeparator && !last)) break;
        if (i >= from && i < to) this.add(i, j, -1, -1, r);
        i = j + 1;
      }
    }
    const names = message.bareNames;
    const origin = Math.max(i, from - LABEL_REACH);
    // A label that starts before `to` ends by `to + longestBare`: searching a prefix of a long line up to there
    // keeps a hover's cost independent of the line's length (a prefix slice is O(1) in V8; offsets stay the same).
    const searched = to + message.longestBare < line.length ? line.slice(0, to + message.longestBare) : line;
    for (let n = 0; n < names.length; n++) {
      const name = names[n];
      const rule = message.bareRules[n];
      for (let ws = searched.indexOf(name, origin); ws >= 0 && ws < to; ws = searched.indexOf(name, ws + 1)) {
        const we = ws + name.length;
        // A word is whole (`at`, not the end of `Bat`); punctuation (`,`, `=>`) may follow a value directly.
        const word = isIdentChar(name.charCodeAt(0));
        if (word && ((ws > 0 && isIdentChar(line.charCodeAt(ws - 1))) || isIdentChar(line.charCodeAt(we)))) continue;
        let v = we;
        // A quoted JSON key: `"gpa": 140739633979392`.
        if (line.charCodeAt(v) === Char.DoubleQuote && line.charCodeAt(ws - 1) === Char.DoubleQuote) v++;
        while (v < line.length && isSpace(line.charCodeAt(v))) v++;
        const sep = line.charCodeAt(v);
        if (sep === Char.Colon || sep === Char.Equals) v = skipSpaces(line, v + 1);
        if (v === we) continue;
        if (rule.radix === 10 && line.charCodeAt(v) === Char.Minus) v++;
        const end = rule.radix === 10 ? decimalEnd(line, v) : bareHexEnd(line, v);
        if (end < 0 || v < from || v >= to || scannerRead(scanner, v, end)) continue;
        // Two keys may read one value (`at` and `ports at` in `I/O ports at c040`): the longer key wins.
        let seen = this.count - 1;
        while (seen >= 0 && this.start[seen] !== v) seen--;
        if (seen >= 0) {
          if (this.fieldEnd[seen] - this.fieldStart[seen] >= we - ws) continue;
          this.fieldStart[seen] = ws;
          this.fieldEnd[seen] = we;
          this.rule[seen] = rule;
          continue;
        }
        this.add(v, end, ws, we, rule);
      }
    }
    if (message.decimalLabels) this.readDecimalAddressWords(line, origin, from, to, scanner);
  }

  /**
   * GDB prints a frame's integer arguments and locals in decimal (`kvm_convert_memory (start=2145624064, …)`): a
   * decimal value after an address word (`start`, `base`, `phys_addr`; see `wordFamily`) is an address.
   */
  private readDecimalAddressWords(line: string, origin: number, from: number, to: number, scanner: LineScanner): void {
    for (let eq = line.indexOf('=', origin); eq >= 0 && eq < to; eq = line.indexOf('=', eq + 1)) {
      let v = eq + 1;
      if (line.charCodeAt(v) === Char.Space) v++;
      const end = decimalEnd(line, v);
      if (end < 0 || v < from || line.charCodeAt(end) === Char.Period) continue;
      let we = eq;
      if (line.charCodeAt(we - 1) === Char.Space) we--;
      const ws = identStart(line, we);
      if (ws === we || isDecimalDigit(line.charCodeAt(ws)) || scannerRead(scanner, v, end)) continue;
      let seen = this.count - 1;
      while (seen >= 0 && this.start[seen] !== v) seen--;
      if (seen >= 0) continue;
      const r = wordFamily(line.slice(ws, we));
      if (r?.physical === true && r.kind === 'gpa') this.add(v, end, ws, we, DECIMAL_ADDRESS_WORD);
    }
  }

  private add(start: number, end: number, fieldStart: number, fieldEnd: number, rule: FieldRule): void {
    // Insertion keeps the values sorted by start (a handful per line).
    let k = this.count++;
    while (k > 0 && this.start[k - 1] > start) {
      this.start[k] = this.start[k - 1];
      this.end[k] = this.end[k - 1];
      this.fieldStart[k] = this.fieldStart[k - 1];
      this.fieldEnd[k] = this.fieldEnd[k - 1];
      this.rule[k] = this.rule[k - 1];
      k--;
    }
    this.start[k] = start;
    this.end[k] = end;
    this.fieldStart[k] = fieldStart;
    this.fieldEnd[k] = fieldEnd;
    this.rule[k] = rule;
  }
}

/** Where the identifier that ends at `end` begins. */
function identStart(line: string, end: number): number {
  let i = end;
  while (i > 0 && isIdentChar(line.charCodeAt(i - 1))) i--;
  return i;
}

/** A physical address word in GDB's decimal output (see `MessageFields.readDecimalAddressWords`). */
const DECIMAL_ADDRESS_WORD: FieldRule = {
  kind: 'gpa',
  why: 'its label names a physical address, printed in decimal by GDB',
  confidence: 'likely',
  radix: 10,
  physical: true,
};

/** True for an `info mtree` range `0000000000000cf8-0000000000000cfb` whose end is below 0x10000 (an I/O port range). */
function isPortRange(line: string, i: number): boolean {
  return line.startsWith('000000000000', i + 17) && line.charCodeAt(i + 16) === Char.Minus;
}

/** True when the scanner read exactly `[start, end)` (then its token is classified instead). */
function scannerRead(scanner: LineScanner, start: number, end: number): boolean {
  for (let k = 0; k < scanner.count; k++) if (scanner.start[k] === start) return scanner.end[k] === end;
  return false;
}

function decimalEnd(line: string, i: number): number {
  let j = i;
  while (j < line.length && isDecimalDigit(line.charCodeAt(j))) j++;
  if (j === i || j - i > 20 || (j < line.length && isIdentChar(line.charCodeAt(j)))) return -1;
  return j;
}
