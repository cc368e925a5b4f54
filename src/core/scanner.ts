import { TokenStyle } from './format';
import { isIdentChar, Label, labelOf, readBacktickHex, readBareHex, readPrefixedHex, ReadResult, skipLabelSeparator } from './lexer';
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

/**
 * Finds address tokens in one line, left to right, without overlaps, in time linear in the line length.
 * Example: `kvm_mmu_set_spte: gfn 8000fee00 spte 0x…` yields a GFN token `8000fee00` and a GPA token.
 */
export function scanLine(line: string, options: ScanOptions): AddressToken[] {
  const tokens: AddressToken[] = [];
  const to = Math.min(options.to ?? line.length, line.length);
  let i = Math.max(options.from ?? 0, 0);
  // Never start inside an identifier run that began before the window.
  while (i > 0 && i < to && isIdentChar(line.charCodeAt(i - 1))) i++;
  let pending: { label: Label; valueStart: number } | undefined;

  while (i < to) {
    const c = line.charCodeAt(i);
    if (!isIdentChar(c)) {
      i++;
      continue;
    }
    const label = pending && pending.valueStart === i ? pending.label : undefined;
    pending = undefined;
    let result: ReadResult;
    if (c === 48 && (line[i + 1] === 'x' || line[i + 1] === 'X')) {
      result = readPrefixedHex(line, i);
    } else {
      result = readBacktickHex(line, i) ?? (label && options.labelledBareHex ? readBareHex(line, i) : undefined);
      // A rejected bare read is just a word, which may itself be a label (`gfn_t base_gfn = …`).
      if (result && 'error' in result) result = undefined;
    }
    if (result && 'value' in result) {
      tokens.push({
        start: i,
        end: result.end,
        text: line.slice(i, result.end),
        value: result.value,
        kind: label?.kind ?? 'gpa',
        ...(label ? { label: label.text } : {}),
        style: result.style,
      });
      i = result.end;
      continue;
    }
    let j = result ? Math.max(result.end, i + 1) : i + 1;
    while (j < to && isIdentChar(line.charCodeAt(j))) j++;
    if (!result && j - i <= 40) {
      const found = labelOf(line.slice(i, j));
      const valueStart = found ? skipLabelSeparator(line, j) : -1;
      if (found && valueStart >= 0) pending = { label: found, valueStart };
    }
    i = j;
  }
  return tokens;
}

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
