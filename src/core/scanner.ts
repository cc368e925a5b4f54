import { TokenStyle } from './format';
import { isIdentChar, Label, labelAt, NumberMatch, bareHexEnd, prefixedHexEnd, readBacktickHex, readBareHex, readPrefixedHex, skipLabelSeparator } from './lexer';
import { AddressKind } from './tdx';

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
 * Everything that can start a token or a label: `0x`, the WinDbg backtick, and the letters a label
 * must contain. The regex only finds candidates (no nesting, no backtracking); each is verified by hand.
 */
const TRIGGER = /0[xX]|`|gfn|gpa|addr|phys/gi;

/** How a scanned token was written, so its value and style can be read when first asked for. */
const enum Form {
  Prefixed,
  Backtick,
  Bare,
}

/** A scanned token; its text, value and style are computed only when asked for, so scanning allocates little. */
class ScannedToken implements AddressToken {
  private read: NumberMatch | undefined;
  constructor(
    private readonly line: string,
    private readonly form: Form,
    readonly start: number,
    readonly end: number,
    readonly kind: AddressKind,
    readonly label: string | undefined,
  ) {}
  private match(): NumberMatch {
    if (!this.read) {
      const r = this.form === Form.Prefixed ? readPrefixedHex(this.line, this.start) : this.form === Form.Backtick ? readBacktickHex(this.line, this.start) : readBareHex(this.line, this.start);
      if (!r || !('value' in r)) throw new Error(`scanner and reader disagree on ${JSON.stringify(this.text)}`);
      this.read = r;
    }
    return this.read;
  }
  get text(): string {
    return this.line.slice(this.start, this.end);
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

function skipRun(line: string, j: number): number {
  while (j < line.length && isIdentChar(line.charCodeAt(j))) j++;
  return j;
}

/** Start of the trigger that ended at `end` (the regex is only tested, to avoid allocating match arrays). */
function triggerStart(line: string, end: number): number {
  switch (line.charCodeAt(end - 1) | 0x20) {
    case 0x78: // 0x
      return end - 2;
    case 0x60: // `
      return end - 1;
    case 0x6e: // gfn
    case 0x61: // gpa
      return end - 3;
    default: // addr, phys
      return end - 4;
  }
}

/**
 * Finds address tokens in one line, left to right, without overlaps, in time linear in the line length.
 * Example: `kvm_mmu_set_spte: gfn 8000fee00 spte 0x…` yields a GFN token `8000fee00` and a GPA token.
 */
export function scanLine(line: string, options: ScanOptions): AddressToken[] {
  let tokens: AddressToken[] | undefined;
  const len = line.length;
  const to = Math.min(options.to ?? len, len);
  let start = Math.max(options.from ?? 0, 0);
  // Never start inside an identifier run that began before the window.
  while (start > 0 && start < to && isIdentChar(line.charCodeAt(start - 1))) start++;
  let lastEnd = start;
  let pendingLabel: Label | undefined;
  let pendingAt = -1;

  const re = TRIGGER;
  re.lastIndex = start;
  while (re.test(line)) {
    const k = triggerStart(line, re.lastIndex);
    if (k >= to + 9 + MAX_LABEL) break;
    const c = line.charCodeAt(k);
    if (c === 48) {
      // 0x / 0X: a token if it does not continue an identifier.
      if (k < lastEnd || k >= to || (k > 0 && isIdentChar(line.charCodeAt(k - 1)))) continue;
      const end = prefixedHexEnd(line, k);
      if (end > 0) {
        const label = pendingAt === k ? pendingLabel : undefined;
        (tokens ??= []).push(new ScannedToken(line, Form.Prefixed, k, end, label ? label.kind : 'gpa', label?.text));
        lastEnd = re.lastIndex = end;
      } else {
        lastEnd = re.lastIndex = skipRun(line, k + 2);
      }
    } else if (c === 96) {
      // WinDbg 00008000`00001234: the token starts 8 digits before the backtick.
      const s0 = k - 8;
      if (s0 < lastEnd || s0 >= to || (s0 > 0 && isIdentChar(line.charCodeAt(s0 - 1)))) continue;
      const r = readBacktickHex(line, s0);
      if (r && 'value' in r) {
        const label = pendingAt === s0 ? pendingLabel : undefined;
        (tokens ??= []).push(new ScannedToken(line, Form.Backtick, s0, r.end, label ? label.kind : 'gpa', label?.text));
        lastEnd = re.lastIndex = r.end;
      }
    } else {
      // A label candidate: the identifier run around the match must be a label word.
      let ws = k;
      while (ws > 0 && k - ws <= MAX_LABEL && isIdentChar(line.charCodeAt(ws - 1))) ws--;
      const we = skipRun(line, re.lastIndex);
      re.lastIndex = we;
      if (ws < lastEnd || ws >= to || we - ws > MAX_LABEL) continue;
      const label = labelAt(line, ws, we);
      const valueStart = label ? skipLabelSeparator(line, we) : -1;
      if (!label || valueStart < 0) continue;
      pendingLabel = label;
      pendingAt = valueStart;
      if (!options.labelledBareHex || valueStart >= to) continue;
      if (line.charCodeAt(valueStart) === 48 && (line.charCodeAt(valueStart + 1) | 0x20) === 0x78) continue; // 0x: the next match takes it
      const backtick = readBacktickHex(line, valueStart);
      const end = backtick && 'value' in backtick ? backtick.end : backtick ? -1 : bareHexEnd(line, valueStart);
      if (end > 0) {
        (tokens ??= []).push(new ScannedToken(line, backtick ? Form.Backtick : Form.Bare, valueStart, end, label.kind, label.text));
        lastEnd = re.lastIndex = end;
      }
    }
  }
  return tokens ?? NO_TOKENS;
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
