import { TokenStyle } from '../tdx/format';
import {
  isIdentChar,
  labelKindAt,
  NumberMatch,
  bareHexEnd,
  prefixedHexEnd,
  readBacktickHex,
  readBareHex,
  readPrefixedHex,
  skipLabelSeparator,
} from './lexer';
import { AddressKind } from '../tdx/tdx';
import { doubled } from './typedArrays';
import { Char, isHexPrefixAt, LOWER_CASE_BIT } from './chars';

/** An address found in a line: `[start, end)` covers the number only (not its label), in UTF-16 units. */
export interface AddressToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: bigint;
  readonly kind: AddressKind;
  /** The label that decided the kind (`gfn`, `base_gfn`, `address`…), if any. */
  readonly label?: string;
  readonly style: TokenStyle;
}

/** What the scanner looks for; `labelledBareHex` enables `gfn 8000fee00` (no `0x`) after a label. */
export interface ScanOptions {
  readonly labelledBareHex: boolean;
  /** Only tokens starting in `[from, to)` are returned; defaults to the whole line. */
  readonly from?: number;
  readonly to?: number;
}

/** Longest text a token plus its label can span; a window this wide around a position finds the token there. */
export const TOKEN_REACH = 128;
const MAX_LABEL = 40;
/**
 * How far past the window's end the trigger search looks: a label (up to MAX_LABEL) or 8 WinDbg digits
 * before the value, then the longest token (`0x` + 16 digits + 15 separators + a suffix) and its boundary.
 */
const TOKEN_TAIL = 9 + MAX_LABEL + 64;

/**
 * Everything that can start a token or a label: `0x`, the WinDbg backtick after a hex digit (`00008000`00001234`),
 * and the letters a label must contain. The regex only finds candidates (no nesting, no backtracking); each is
 * verified by hand. Every alternative is at least two characters long, which lets the regex engine skip ahead
 * (a lone backtick alternative made it about 20% slower on text without any). `addr` is found by its `ddr`: an
 * alternative starting with a letter as common as `a` made the engine stop at every `a` of the text (the whole
 * search took about 30% longer); the `a` before it is checked by hand.
 */
const TRIGGER = /0[xX]|[0-9a-fA-F]`|gfn|gpa|ddr|phys/gi;
/**
 * `TRIGGER` for text without a backtick (almost every line): without the alternative that may start at any hex
 * digit, the engine rejects more positions from their first character (about 10% faster on the benchmark's text).
 */
const TRIGGER_NO_BACKTICK = /0[xX]|gfn|gpa|ddr|phys/gi;

/** How a scanned token was written, so its value and style can be read when first asked for. */
export const enum Form {
  Prefixed,
  Backtick,
  Bare,
}

/** Reads the number of a token the scanner found at `start` in the form it found it. */
export function readScanned(line: string, form: Form, start: number): NumberMatch {
  const r =
    form === Form.Prefixed
      ? readPrefixedHex(line, start)
      : form === Form.Backtick
        ? readBacktickHex(line, start)
        : readBareHex(line, start);
  if (!r || !('value' in r)) throw new Error(`scanner and reader disagree at ${start} in ${JSON.stringify(line.slice(start, start + 40))}`);
  return r;
}

/** Empty columns of a scanner that has found nothing yet (`doubled` replaces them). */
const NO_I32 = new Int32Array(0);
const NO_U8 = new Uint8Array(0);

/** Where the scanner reports each token it finds, left to right (see `scanInto`). */
export interface TokenSink {
  /** A token `[start, end)` written in `form`, a GFN when `gfn`, labelled by `[labelStart, labelEnd)` (-1 without a label). */
  found(form: Form, start: number, end: number, gfn: boolean, labelStart: number, labelEnd: number): void;
}

/**
 * A scanner with its own result columns, for callers that read many lines and want no object per token (the
 * classifier owns one): after `scan(line, …)` returns `count`, token `k < count` spans `[start[k], end[k])`, was
 * written in `form[k]`, is a GFN when `gfn[k]` is 1, and its label (if any) spans `[labelStart[k], labelEnd[k])`
 * (`labelStart[k]` is -1 without one). The columns hold until the next `scan`.
 */
export class LineScanner implements TokenSink {
  count = 0;
  start = NO_I32;
  end = NO_I32;
  form = NO_U8;
  gfn = NO_U8;
  labelStart = NO_I32;
  labelEnd = NO_I32;

  /** Finds the tokens of one line into the columns (allocating nothing) and returns their count. */
  scan(line: string, options: ScanOptions): number {
    this.count = 0;
    scanInto(line, options, this);
    return this.count;
  }

  found(form: Form, start: number, end: number, gfn: boolean, labelStart: number, labelEnd: number): void {
    const k = this.count++;
    if (k === this.start.length) this.grow();
    this.start[k] = start;
    this.end[k] = end;
    this.form[k] = form;
    this.gfn[k] = gfn ? 1 : 0;
    this.labelStart[k] = labelStart;
    this.labelEnd[k] = labelEnd;
  }

  /** Token `k` of the last scan of `line`, as an object. */
  token(line: string, k: number): AddressToken {
    return new ScannedToken(
      line,
      this.form[k],
      this.start[k],
      this.end[k],
      this.gfn[k] ? 'gfn' : 'gpa',
      this.labelStart[k],
      this.labelEnd[k],
    );
  }

  private grow(): void {
    this.start = doubled(this.start);
    this.end = doubled(this.end);
    this.form = doubled(this.form);
    this.gfn = doubled(this.gfn);
    this.labelStart = doubled(this.labelStart);
    this.labelEnd = doubled(this.labelEnd);
  }
}

/** Collects the tokens of one line as objects (what `scanLine` returns). */
class TokenList implements TokenSink {
  tokens: AddressToken[] | undefined = undefined;
  constructor(private readonly line: string) {}
  found(form: Form, start: number, end: number, gfn: boolean, labelStart: number, labelEnd: number): void {
    (this.tokens ??= []).push(new ScannedToken(this.line, form, start, end, gfn ? 'gfn' : 'gpa', labelStart, labelEnd));
  }
}

/** A scanned token; its text, label, value and style are computed only when asked for, so scanning allocates little. */
class ScannedToken implements AddressToken {
  private read: NumberMatch | undefined;
  constructor(
    private readonly line: string,
    private readonly form: Form,
    readonly start: number,
    readonly end: number,
    readonly kind: AddressKind,
    private readonly labelStart: number,
    private readonly labelEnd: number,
  ) {}
  private match(): NumberMatch {
    return (this.read ??= readScanned(this.line, this.form, this.start));
  }
  get text(): string {
    return this.line.slice(this.start, this.end);
  }
  get label(): string | undefined {
    return this.labelStart < 0 ? undefined : this.line.slice(this.labelStart, this.labelEnd);
  }
  get value(): bigint {
    return this.match().value;
  }
  get style(): TokenStyle {
    return this.match().style;
  }
  toJSON() {
    return { start: this.start, end: this.end, text: this.text, value: this.value.toString(), kind: this.kind, label: this.label };
  }
}

/** Start of the identifier run that contains position k (looking back at most MAX_LABEL + 1 characters). */
function wordStart(line: string, k: number): number {
  let ws = k;
  while (ws > 0 && k - ws <= MAX_LABEL && isIdentChar(line.charCodeAt(ws - 1))) ws--;
  return ws;
}

function skipRun(line: string, j: number): number {
  while (j < line.length && isIdentChar(line.charCodeAt(j))) j++;
  return j;
}

/** Start of the trigger that ended at `end` (the regex is only tested, to avoid allocating match arrays). */
function triggerStart(line: string, end: number): number {
  switch (line.charCodeAt(end - 1) | LOWER_CASE_BIT) {
    case Char.LowerX: // 0x
      return end - 2;
    case Char.Backtick:
      return end - 1;
    case Char.LowerN: // gfn
    case Char.LowerA: // gpa
      return end - 3;
    default: // (a)ddr, phys
      return end - 4;
  }
}

/**
 * Finds the address tokens of one line and reports each to `sink`: left to right, without overlaps, in time linear
 * in the line length. `LineScanner.scan` keeps them in columns, `scanLine` as objects.
 */
export function scanInto(line: string, options: ScanOptions, sink: TokenSink): void {
  const len = line.length;
  const to = Math.min(options.to ?? len, len);
  let start = Math.max(options.from ?? 0, 0);
  // Never start inside an identifier run that began before the window.
  while (start > 0 && start < to && isIdentChar(line.charCodeAt(start - 1))) start++;
  let lastEnd = start;
  // The last label seen: its kind, its extent, and where the value it labels must start.
  let pendingKind: AddressKind = 'gpa';
  let pendingStart = -1;
  let pendingEnd = -1;
  let pendingAt = -1;

  // No token that starts before `to` reaches past `to + TOKEN_TAIL`: the trigger search stops there instead of
  // running to the end of a long line (a prefix slice is O(1) in V8; offsets stay the same).
  const searched = to + TOKEN_TAIL < len ? line.slice(0, to + TOKEN_TAIL) : line;
  const re = searched.indexOf('`') < 0 ? TRIGGER_NO_BACKTICK : TRIGGER;
  re.lastIndex = start;
  for (let searchedFrom = start; re.test(searched); searchedFrom = re.lastIndex) {
    const k = triggerStart(line, re.lastIndex);
    if (k >= to + 9 + MAX_LABEL) break;
    // `ddr` (the only trigger ending in `r`) counts only as the end of an `addr` starting where the search did or after.
    if (
      (line.charCodeAt(re.lastIndex - 1) | LOWER_CASE_BIT) === Char.LowerR &&
      (k < searchedFrom || (line.charCodeAt(k) | LOWER_CASE_BIT) !== Char.LowerA)
    )
      continue;
    const c = line.charCodeAt(k);
    if (c === Char.Zero) {
      // 0x / 0X: a token if it does not continue an identifier.
      if (k < lastEnd || k >= to || (k > 0 && isIdentChar(line.charCodeAt(k - 1)))) continue;
      const end = prefixedHexEnd(line, k);
      if (end > 0) {
        const labelled = pendingAt === k;
        sink.found(Form.Prefixed, k, end, labelled && pendingKind === 'gfn', labelled ? pendingStart : -1, pendingEnd);
        lastEnd = re.lastIndex = end;
      } else {
        lastEnd = re.lastIndex = skipRun(line, k + 2);
      }
    } else if (c === Char.Backtick) {
      // WinDbg 00008000`00001234: the token starts 8 digits before the backtick.
      const s0 = k - 8;
      if (s0 < lastEnd || s0 >= to || (s0 > 0 && isIdentChar(line.charCodeAt(s0 - 1)))) continue;
      const r = readBacktickHex(line, s0);
      if (r && 'value' in r) {
        const labelled = pendingAt === s0;
        sink.found(Form.Backtick, s0, r.end, labelled && pendingKind === 'gfn', labelled ? pendingStart : -1, pendingEnd);
        lastEnd = re.lastIndex = r.end;
      }
    } else {
      // A label candidate. `gfn`/`gpa` can only be a label as a whole word, a `gfn_…` prefix or a
      // `…_gfn` suffix; anywhere else inside an identifier it is skipped without walking the word.
      let ws = k;
      let we = re.lastIndex;
      if (we - k === 3) {
        const before = k > 0 && isIdentChar(line.charCodeAt(k - 1));
        const after = isIdentChar(line.charCodeAt(we));
        if (!before && after && line.charCodeAt(we) === Char.Underscore) we = skipRun(line, we);
        else if (before && !after && line.charCodeAt(k - 1) === Char.Underscore) ws = wordStart(line, k);
        else if (before || after) continue;
      } else {
        ws = wordStart(line, k);
        we = skipRun(line, we);
      }
      re.lastIndex = we;
      if (ws < lastEnd || ws >= to || we - ws > MAX_LABEL) continue;
      const kind = labelKindAt(line, ws, we);
      const valueStart = kind ? skipLabelSeparator(line, we) : -1;
      if (!kind || valueStart < 0) continue;
      pendingKind = kind;
      pendingStart = ws;
      pendingEnd = we;
      pendingAt = valueStart;
      if (!options.labelledBareHex || valueStart >= to) continue;
      if (isHexPrefixAt(line, valueStart)) continue; // the next match takes it
      const backtick = readBacktickHex(line, valueStart);
      const end = backtick && 'value' in backtick ? backtick.end : backtick ? -1 : bareHexEnd(line, valueStart);
      if (end > 0) {
        sink.found(backtick ? Form.Backtick : Form.Bare, valueStart, end, kind === 'gfn', ws, we);
        lastEnd = re.lastIndex = end;
      }
    }
  }
}

/**
 * Finds address tokens in one line, left to right, without overlaps, in time linear in the line length.
 * Example: `kvm_mmu_set_spte: gfn 8000fee00 spte 0x…` yields a GFN token `8000fee00` and a GPA token.
 */
export function scanLine(line: string, options: ScanOptions): AddressToken[] {
  const list = new TokenList(line);
  scanInto(line, options, list);
  return list.tokens ?? NO_TOKENS;
}

const NO_TOKENS = Object.freeze([]) as unknown as AddressToken[];

/** The token covering `offset` (or ending exactly there), scanning only a window around it: cost is independent of line length. */
export function tokenAt(line: string, offset: number, labelledBareHex: boolean): AddressToken | undefined {
  const from = Math.max(0, offset - TOKEN_REACH);
  const tokens = scanLine(line, { labelledBareHex, from, to: Math.min(line.length, offset + 1) });
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.start <= offset && offset <= t.end) return t;
  }
  return undefined;
}
