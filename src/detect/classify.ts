import { FieldRule, RangeForm } from './fieldRules';
import { isDecimalDigit, labelKindAt } from './lexer';
import { GENERIC, isSelectorName, LABELLED, LABELLED_DECIMAL, LabelKey, SELECTOR_NAME, WordFamilies } from './labels';
import { CODE_LANGUAGES, mayHoldMessageWithoutTokens, Message, MessageFields, MessageFinder } from './messages';
import { LineScanner, TOKEN_REACH } from './scanner';
import {
  isRangeEndToken,
  wordBeforeParen,
  isSymbolAfter,
  RANGE_SHAPE,
  isUserPointerToken,
  KERNEL_CODE,
  KERNEL_POINTER,
  kernelHalfOfToken,
  statusOfToken,
  symbolPart,
  USER_CODE,
  USER_POINTER,
} from './shapes';
import { ClassifiedValue, classifiedNumber, NOT_SCANNED, Value, ValueRow } from './values';
import { Confidence, ValueKind } from './valueKind';
import { AddressKind } from '../tdx/tdx';
import { doubled } from './typedArrays';
import { DocumentSide } from './side';
import { NO_USER_RULES, UserFieldRules, userKindOf } from './userRules';

export type { ClassifiedValue } from './values';

/**
 * What to classify: `labelledBareHex` as for `scanLine`; `languageId` `c`/`cpp`/`rust`… skips log-message detection;
 * `from`/`to` limit the starts; `side` is the side of the document at this line (host or guest; undefined: unknown),
 * which decides physical addresses, with `sideNote` saying which line decided it (for hovers); `userRules` are the
 * folder's `tdx.detect.fields`, which win over every built-in rule.
 */
export interface ClassifyOptions {
  readonly labelledBareHex: boolean;
  readonly languageId?: string;
  readonly from?: number;
  readonly to?: number;
  readonly side?: DocumentSide;
  readonly sideNote?: string;
  readonly userRules?: UserFieldRules;
}

/** One scanned token as the evidence steps see it: where it is, the message of its line and the key before it. */
export class TokenEvidence {
  line = '';
  /** Index of the token in `scanner`'s columns. */
  token = 0;
  start = 0;
  end = 0;
  message: Message | undefined = undefined;
  /** The GPA/GFN kind the label word before the token names (`gfn`, `base_gfn`, `address`…), if any. */
  labelled: AddressKind | undefined = undefined;
  /** The user's field rules (`tdx.detect.fields`). */
  userRules: UserFieldRules = NO_USER_RULES;
  /** The line is source code (`languageId` c, cpp, rust…), not a log. */
  code = false;
  readonly key = new LabelKey();
  constructor(
    readonly scanner: LineScanner,
    readonly families: WordFamilies,
  ) {}
}

/** One kind of evidence about a value, in the order of `EVIDENCE` (the first step with a rule decides). */
export interface EvidenceStep {
  /** What the step looks at, e.g. `'message field'`. */
  readonly name: string;
  /** The rule the evidence gives the token, or undefined when this step has nothing to say about it. */
  readonly decide: (t: TokenEvidence) => FieldRule | undefined;
  /** What the hover's reason cites: the label word before the value, the message of the line. */
  readonly cites: { readonly label: boolean; readonly message: boolean };
  /** The confidence of a rule that names none. */
  readonly confidence: Confidence;
  /** A rule with `radix: 10` reads an all-decimal value as decimal (GDB prints integers so). */
  readonly decimal?: true;
}

const BOTH = { label: true, message: true } as const;
const LABEL = { label: true, message: false } as const;
const MESSAGE = { label: false, message: true } as const;
const NOTHING = { label: false, message: false } as const;

/** The verdict of the last step, when no other evidence speaks: a number, with no claim about what it is. */
const NO_EVIDENCE: FieldRule = {
  kind: 'number',
  why: 'no message, label or shape the extension knows says what it is',
  confidence: 'guess',
};

/** The rule the user taught for the label `[start, end)` of `line` in `message` (`tdx.detect.fields`), if any. */
function taughtRule(rules: UserFieldRules, line: string, start: number, end: number, message: Message | undefined): FieldRule | undefined {
  if (start < 0 || (rules.byLabel.size === 0 && rules.byEventLabel.size === 0)) return undefined;
  const label = line.slice(start, end);
  const kind = userKindOf(rules, message?.name, label);
  if (!kind) return undefined;
  const named =
    message && rules.byEventLabel.has(`${message.name.toLowerCase()}/${label.toLowerCase()}`) ? `${message.name}/${label}` : label;
  return { kind, why: `taught in tdx.detect.fields: "${named}" is ${kind}`, confidence: 'certain' };
}

/**
 * The order in which evidence wins, top to bottom: the first step that gives a rule decides a token's kind.
 * Roughly: the message's own field rules, then line shapes (`%pS`, GDB symbols), then label words, then the value's
 * own shape, then the fallback. Values the scanner does not read (bare fields of a message) are decided by their
 * message rule alone (see `LineClassifier.classify`).
 */
export const EVIDENCE: readonly EvidenceStep[] = [
  {
    // `tdx.detect.fields`: what the user taught about a label (or a message's label) wins over every built-in rule.
    name: 'user rule',
    decide: (t) => (t.key.isWord ? taughtRule(t.userRules, t.line, t.key.start, t.key.end, t.message) : undefined),
    cites: BOTH,
    confidence: 'certain',
  },
  {
    // `address` of `kvm_page_fault`, `'['` of `BIOS-e820: [mem …`.
    name: 'message field',
    decide: (t) => t.message && t.key.ruleIn(t.message.fields, t.line),
    cites: BOTH,
    confidence: 'certain',
    decimal: true,
  },
  {
    // The kernel's `%pS`: `kvm_mmu_page_fault+0x3a/0x610` in every call trace and WARN line: an offset and a length.
    name: 'symbol offset or length',
    decide: (t) => symbolPart(t.line, t.start, t.end),
    cites: MESSAGE,
    confidence: 'certain',
  },
  {
    // GDB writes a code address with its symbol after it: `0xffffffffc0c1a2b0 <tdx_handle_ept_violation+24>`.
    name: 'symbol after the value',
    decide: (t) => (isSymbolAfter(t.line, t.end) ? (kernelHalfOfToken(t.line, t.scanner, t.token) ? KERNEL_CODE : USER_CODE) : undefined),
    cites: MESSAGE,
    confidence: 'certain',
  },
  {
    // `#define TDVMCALL_MAP_GPA 0x10001`: a constant named after the call, operand or field it selects is its number.
    // A status by its value wins: cloud-hypervisor names TDVMCALL statuses `TDG_VP_VMCALL_ALIGN_ERROR`.
    name: 'TDX selector name',
    decide: (t) =>
      t.key.isWord && isSelectorName(t.line, t.key.start, t.key.end)
        ? (statusOfToken(t.line, t.scanner, t.token) ?? SELECTOR_NAME)
        : undefined,
    cites: BOTH,
    confidence: 'certain',
  },
  {
    // GDB's `frame` and `info locals` print a `gpa`/`gfn` variable in decimal.
    name: 'GPA/GFN label in decimal debugger output',
    decide: (t) =>
      t.labelled && t.message?.decimalLabels ? (isAllDecimal(t.line, t.start, t.end) ? LABELLED_DECIMAL : LABELLED)[t.labelled] : undefined,
    cites: BOTH,
    confidence: 'certain',
    decimal: true,
  },
  {
    name: 'message default',
    decide: (t) => t.message?.other,
    cites: BOTH,
    confidence: 'certain',
  },
  {
    // The scanner's GPA/GFN labels: `gfn`, `base_gfn`, `address`…
    name: 'GPA/GFN label',
    decide: (t) => t.labelled && LABELLED[t.labelled],
    cites: LABEL,
    confidence: 'likely',
  },
  {
    // Label words any message may use: `error_code`, `spte`, `pfn`…
    name: 'label word',
    decide: (t) => t.key.ruleIn(GENERIC, t.line),
    cites: LABEL,
    confidence: 'likely',
  },
  {
    // Weaker evidence than a named label, so a kernel pointer's own form wins over a label's form (`slot = 0xffff…`).
    name: 'kernel pointer',
    decide: (t) => {
      const half = kernelHalfOfToken(t.line, t.scanner, t.token);
      return half && KERNEL_POINTER[half];
    },
    cites: NOTHING,
    confidence: 'certain',
  },
  {
    // `…_gfn`, `…_size`, `…_mask`: what a label word's form says.
    name: 'label word form',
    decide: (t) => (t.key.isWord ? t.families.of(t.line, t.key.start, t.key.end) : undefined),
    cites: LABEL,
    confidence: 'likely',
  },
  {
    // `GuestAddress(0xfee0_0000)` (vm-memory), `Page at Address (0x7F000000)` (edk2): the word the value is the
    // argument of, read by its form as a label is.
    name: 'word before the parenthesis',
    decide: (t) => {
      const word = wordBeforeParen(t.line, t.start);
      return word && t.families.of(t.line, word.start, word.end);
    },
    cites: NOTHING,
    confidence: 'likely',
  },
  {
    name: 'unknown word of a message',
    decide: (t) => (t.key.isWord ? t.message?.unknownWord : undefined),
    cites: BOTH,
    confidence: 'certain',
  },
  {
    // 16 digits with bit 63 or 62 set that spell a TDX or TDVMCALL status.
    name: 'status code by value',
    decide: (t) => statusOfToken(t.line, t.scanner, t.token),
    cites: NOTHING,
    confidence: 'certain',
  },
  {
    name: 'user-space pointer',
    decide: (t) => (isUserPointerToken(t.line, t.scanner, t.token) ? USER_POINTER : undefined),
    cites: NOTHING,
    confidence: 'certain',
  },
  {
    // `0xfd000000-0xfd001000`, `MpAccept : 0x800000 - 0x80000000`, `[0x7fbffff000, 0x7ffffff000)`: the shape of an
    // address range, in logs (in source code `0x10 - 0x4` is arithmetic).
    name: 'address range shape',
    decide: (t) => (!t.code && isRangeEndToken(t.line, t.start, t.end) ? RANGE_SHAPE : undefined),
    cites: NOTHING,
    confidence: 'likely',
  },
  {
    name: 'no evidence',
    decide: () => NO_EVIDENCE,
    cites: BOTH,
    confidence: 'certain',
  },
];

/** `LineClassifier.sided`: the side did not decide; the host's; the guest's; no side is known (read as the guest's). */
export const SIDE_NONE = 0;
export const SIDE_HOST = 1;
export const SIDE_GUEST = 2;
export const SIDE_UNKNOWN = 3;

const SIDE_READINGS = [
  '',
  'host physical in a TDX host’s log',
  'guest physical in a TD guest’s log',
  'host or guest physical: no marker line says which machine wrote this document, read as guest physical',
];

/**
 * A line a VMM wrote: QEMU's `error_report` prefix (`qemu-system-x86_64: `) and its trace-events
 * (`7731@1710411751.962230:event `, `-trace` to stderr), cloud-hypervisor's log prefix (`cloud-hypervisor: 3.1s:`), and
 * other VMMs' program prefixes. The VMM runs on the host but names its guest's physical addresses, so in a host's
 * document its physical addresses are guest physical.
 */
const VMM_LINE = /^\s*(?:(?:qemu-system-[\w-]+|qemu-kvm|cloud-hypervisor|crosvm|firecracker|kvmtool|lkvm)(?::|\[\d+\])|\d+@\d+\.\d+:\w)/;

/** How far after a value the other end of its range (`size 0x1000`, `-0x47fffffff]`) is looked for. */
const RANGE_REACH = 48;

/** Empty columns of a classifier that has classified nothing yet (`doubled` replaces them). */
const NO_I32 = new Int32Array(0);
const NO_U8 = new Uint8Array(0);
const NO_I8 = new Int8Array(0);

const SCAN_BARE = { labelledBareHex: true };
const SCAN_PREFIXED = { labelledBareHex: false };
const NO_VALUES = Object.freeze([]) as unknown as ClassifiedValue[];

/**
 * Classifies the numbers of lines, keeping what it found in the last line in its own columns (one classifier per
 * page index, hover or request; values are made objects only when asked for): after `classify(line, …)` returns
 * `count`, value `k < count` spans `[start[k], end[k])`, is a `kind[k]`, and was read in `form[k]` (the scanner's
 * `Form`, or `NOT_SCANNED` for bare fields of a message) or in decimal (`decimal[k]` 1). A value in a range is linked
 * to the range's two values (`linkFirst[k]`, `linkLast[k]`; -1 otherwise), combined as `rangeForm` says.
 * Example: `kvm_page_fault: vcpu 0 rip 0xffffffff81a01234 address 0x12345000 error_code 0x2` gives `count`, `gva`,
 * `gpa`, `exitQualification`. Linear in the line length.
 */
export class LineClassifier {
  count = 0;
  rangeForm: RangeForm = 'inclusive';
  start: Int32Array = NO_I32;
  end: Int32Array = NO_I32;
  readonly kind: ValueKind[] = [];
  readonly confidence: Confidence[] = [];
  fieldStart: Int32Array = NO_I32;
  fieldEnd: Int32Array = NO_I32;
  readonly reason: string[] = [];
  /** The message that decided each value (cited by its reason), if any. */
  readonly message: (Message | undefined)[] = [];
  decimal: Uint8Array = NO_U8;
  form: Int8Array = NO_I8;
  labelStart: Int32Array = NO_I32;
  labelEnd: Int32Array = NO_I32;
  joined: Uint8Array = NO_U8;
  linkFirst: Int32Array = NO_I32;
  linkLast: Int32Array = NO_I32;
  /** How the document's side decided a physical address (`SIDE_NONE`, `SIDE_HOST`, `SIDE_GUEST`, `SIDE_UNKNOWN`). */
  sided: Uint8Array = NO_U8;

  /** The options of the line being classified (its side and the user's rules). */
  private side: DocumentSide | undefined = undefined;
  private sideNote: string | undefined = undefined;
  /** The line is a VMM's (see `VMM_LINE`) in a host's document: its physical addresses are guest physical. */
  private vmmLine = false;

  private readonly scanner = new LineScanner();
  private readonly messages = new MessageFinder();
  private readonly fields = new MessageFields();
  private readonly evidence = new TokenEvidence(this.scanner, new WordFamilies());
  private readonly row = new Row(this);

  /** Classifies every number of `line` (those starting in `[from, to)` when given) into the columns; returns how many. */
  classify(line: string, options: ClassifyOptions): number {
    this.count = 0;
    this.side = options.side;
    this.sideNote = options.sideNote;
    const from = Math.max(options.from ?? 0, 0);
    const to = Math.min(options.to ?? line.length, line.length);
    const code = options.languageId !== undefined && CODE_LANGUAGES.has(options.languageId);
    const whole = options.from === undefined && options.to === undefined;
    const scanner = this.scanner;
    const count = scanner.scan(
      line,
      whole ? (options.labelledBareHex ? SCAN_BARE : SCAN_PREFIXED) : { labelledBareHex: options.labelledBareHex, from, to },
    );
    // A line without tokens can only hold bare fields of a message, and such a message has a `name: ` or is one of
    // the few printed without (`PGD 7d201067 P4D …`).
    if (!count && (code || !options.labelledBareHex || (line.indexOf(': ') < 0 && !mayHoldMessageWithoutTokens(line)))) return 0;
    const message = code ? undefined : this.messages.find(line);
    const floor = message ? this.messages.end : 0;
    // A VMM's line, or a debugger's of a user-space program (no kernel address in it: QEMU under GDB), names the
    // guest's physical addresses even in a host's document.
    this.vmmLine =
      options.side === 'host' &&
      (VMM_LINE.test(line) || (message !== undefined && message.name.startsWith('gdb ') && !this.hasKernelPointer(line, count)));
    const fields = this.fields;
    fields.count = 0;
    if (message && options.labelledBareHex) fields.read(line, message, floor, from, to, scanner);
    const extra = fields.count;
    if (!count && !extra) return 0;

    const t = this.evidence;
    t.line = line;
    t.message = message;
    t.userRules = options.userRules ?? NO_USER_RULES;
    t.code = code;
    let k = 0;
    let x = 0;
    while (k < count || x < extra) {
      if (x < extra && (k >= count || fields.start[x] <= scanner.start[k])) {
        // A message's bare field: its rule decides, unless the user taught its label.
        if (k < count && fields.start[x] === scanner.start[k]) k++;
        const rule = taughtRule(t.userRules, line, fields.fieldStart[x], fields.fieldEnd[x], message) ?? fields.rule[x];
        this.add(fields.start[x], fields.end[x], rule, 'certain', fields.fieldStart[x], fields.fieldEnd[x], message, rule.radix === 10, -1);
        x++;
      } else {
        this.decideToken(t, k++, floor);
      }
    }
    this.linkRanges((this.rangeForm = message?.range ?? 'inclusive'));
    return this.count;
  }

  /** Runs the evidence steps on scanned token `k`; the first that gives a rule decides. */
  private decideToken(t: TokenEvidence, k: number, floor: number): void {
    const line = t.line;
    const start = (t.start = this.scanner.start[k]);
    const end = (t.end = this.scanner.end[k]);
    t.token = k;
    const key = t.key;
    key.find(line, start, start >= floor ? floor : 0);
    t.labelled = key.isWord ? labelKindAt(line, key.start, key.end) : undefined;
    for (const step of EVIDENCE) {
      const rule = step.decide(t);
      // The second end of a range (`-`) with no first end before it (`page size - 0x40000000`) says nothing.
      if (!rule || (rule.sameAsPrevious === true && this.count === 0)) continue;
      const label = step.cites.label && key.isWord;
      const decimal = step.decimal === true && rule.radix === 10 && isAllDecimal(line, start, end);
      this.add(
        start,
        end,
        rule,
        step.confidence,
        label ? key.start : -1,
        label ? key.end : -1,
        step.cites.message ? t.message : undefined,
        decimal,
        k,
      );
      return;
    }
  }

  /** True when one of the `count` tokens just scanned is a kernel-half address (`kernelHalfOfToken`). */
  private hasKernelPointer(line: string, count: number): boolean {
    for (let k = 0; k < count; k++) if (kernelHalfOfToken(line, this.scanner, k)) return true;
    return false;
  }

  /** Appends a value decided by `rule`, with the scanner's form and label of token `token` (-1: not a scanned token). */
  private add(
    start: number,
    end: number,
    rule: FieldRule,
    confidence: Confidence,
    fieldStart: number,
    fieldEnd: number,
    message: Message | undefined,
    decimal: boolean,
    token: number,
  ): void {
    const k = this.count++;
    if (k === this.start.length) this.grow();
    const joined = rule.sameAsPrevious === true && k > 0;
    const s = this.scanner;
    this.start[k] = start;
    this.end[k] = end;
    let why = rule.why;
    if (joined) {
      this.kind[k] = this.kind[k - 1];
      this.sided[k] = this.sided[k - 1];
    } else if (rule.physical === true && (rule.kind === 'gpa' || rule.kind === 'gfn')) {
      // A physical address or frame: the document's side says whose.
      const side = this.vmmLine ? 'guest' : this.side;
      this.kind[k] = side !== 'host' ? rule.kind : rule.kind === 'gfn' ? 'hpfn' : 'hpa';
      this.sided[k] = side === 'host' ? SIDE_HOST : side === 'guest' ? SIDE_GUEST : SIDE_UNKNOWN;
      why = this.vmmLine
        ? `${why}: guest physical: a VMM wrote this line (it runs on the host and names its guest’s addresses)`
        : `${why}: ${SIDE_READINGS[this.sided[k]]}${this.sideNote ? ` (${this.sideNote})` : ''}`;
    } else {
      this.kind[k] = rule.kind;
      this.sided[k] = SIDE_NONE;
    }
    this.confidence[k] = rule.confidence ?? confidence;
    this.fieldStart[k] = fieldStart;
    this.fieldEnd[k] = fieldEnd;
    this.reason[k] = why;
    this.message[k] = message;
    this.decimal[k] = decimal ? 1 : 0;
    this.form[k] = token < 0 ? NOT_SCANNED : s.form[token];
    this.labelStart[k] = token < 0 ? -1 : s.labelStart[token];
    this.labelEnd[k] = token < 0 ? -1 : s.labelEnd[token];
    this.joined[k] = joined ? 1 : 0;
    this.linkFirst[k] = -1;
    this.linkLast[k] = -1;
  }

  private grow(): void {
    this.start = doubled(this.start);
    this.end = doubled(this.end);
    this.fieldStart = doubled(this.fieldStart);
    this.fieldEnd = doubled(this.fieldEnd);
    this.decimal = doubled(this.decimal);
    this.form = doubled(this.form);
    this.labelStart = doubled(this.labelStart);
    this.labelEnd = doubled(this.labelEnd);
    this.joined = doubled(this.joined);
    this.linkFirst = doubled(this.linkFirst);
    this.linkLast = doubled(this.linkLast);
    this.sided = doubled(this.sided);
  }

  /** Links the values of each range (see `linkFirst`), as `[mem a-b]`, `[a, b)` or `start … size …` pair them. */
  private linkRanges(form: RangeForm): void {
    for (let b = 1; b < this.count; b++) {
      const a = b - 1;
      if (form === 'startSize') {
        if (this.kind[b] === 'size' && (this.kind[a] === 'gpa' || this.kind[a] === 'hpa')) {
          this.linkFirst[a] = a;
          this.linkLast[a] = b;
        }
      } else if (this.joined[b] && (this.kind[b] === 'gpa' || this.kind[b] === 'hpa')) {
        this.linkFirst[a] = this.linkFirst[b] = a;
        this.linkLast[a] = this.linkLast[b] = b;
      }
    }
  }

  /** The number of value `k` of the last `classify` of `line` (as `ClassifiedValue.value`). */
  number(line: string, k: number): bigint {
    return classifiedNumber(line, this.start[k], this.end[k], this.form[k], this.decimal[k] === 1);
  }

  /** Every value of `line`, as objects with their ranges (see `classifyLine`). */
  values(line: string, options: ClassifyOptions): ClassifiedValue[] {
    const n = this.classify(line, options);
    if (!n) return NO_VALUES;
    const out = new Array<Value>(n);
    for (let k = 0; k < n; k++) out[k] = this.valueOf(line, k);
    for (let k = 0; k < n; k++) if (this.linkFirst[k] >= 0) out[k].linkRange(out[this.linkFirst[k]], out[this.linkLast[k]], this.rangeForm);
    return out;
  }

  /** The value covering `offset` of `line` (see `classifiedValueAt`). */
  valueAt(line: string, offset: number, options: Omit<ClassifyOptions, 'from' | 'to'>): ClassifiedValue | undefined {
    // Values just after the position are classified too, so `start … size …` and `[mem a-b]` pairs form their range.
    const n = this.classify(line, {
      ...options,
      from: Math.max(0, offset - TOKEN_REACH),
      to: Math.min(line.length, offset + RANGE_REACH),
    });
    // Only the value under the cursor (and the two ends of its range) becomes an object.
    for (let k = n - 1; k >= 0; k--) {
      if (this.start[k] > offset || offset > this.end[k]) continue;
      const v = this.valueOf(line, k);
      const first = this.linkFirst[k];
      if (first >= 0) {
        const last = this.linkLast[k];
        v.linkRange(first === k ? v : this.valueOf(line, first), last === k ? v : this.valueOf(line, last), this.rangeForm);
      }
      return v;
    }
    return undefined;
  }

  /** Value `k` of the last `classify` of `line`, as an object (without its range link). */
  private valueOf(line: string, k: number): Value {
    this.row.k = k;
    return new Value(line, this.row);
  }
}

/** Row `k` of a classifier's columns, read by `Value`'s constructor. */
class Row implements ValueRow {
  k = 0;
  constructor(private readonly c: LineClassifier) {}
  get start() {
    return this.c.start[this.k];
  }
  get end() {
    return this.c.end[this.k];
  }
  get kind() {
    return this.c.kind[this.k];
  }
  get confidence() {
    return this.c.confidence[this.k];
  }
  get fieldStart() {
    return this.c.fieldStart[this.k];
  }
  get fieldEnd() {
    return this.c.fieldEnd[this.k];
  }
  get message() {
    return this.c.message[this.k];
  }
  get reason() {
    return this.c.reason[this.k];
  }
  get decimal() {
    return this.c.decimal[this.k] === 1;
  }
  get form() {
    return this.c.form[this.k];
  }
  get labelStart() {
    return this.c.labelStart[this.k];
  }
  get labelEnd() {
    return this.c.labelEnd[this.k];
  }
  get joined() {
    return this.c.joined[this.k] === 1;
  }
  get sided() {
    return this.c.sided[this.k];
  }
}

function isAllDecimal(line: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isDecimalDigit(line.charCodeAt(k))) return false;
  return true;
}

/**
 * Classifies every number of one line (see `LineClassifier`): reads `0x`/backtick/labelled-bare tokens, finds the
 * message that printed the line, and decides each value's kind by the `EVIDENCE` steps. For many lines, keep one
 * `LineClassifier` instead. Example: `classifyLine('kvm_mmu_set_spte: gfn 8000fee00 …', { labelledBareHex: true })[0].kind` → `'gfn'`.
 */
export function classifyLine(line: string, options: ClassifyOptions): ClassifiedValue[] {
  return new LineClassifier().values(line, options);
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
  return new LineClassifier().valueAt(line, offset, options);
}
