import { TokenStyle } from './format';
import {
  isIdentChar,
  labelOf,
  NumberMatch,
  readBacktickHex,
  readBareHex,
  readDecimal,
  readPrefixedHex,
  ReadResult,
  skipLabelSeparator,
} from '../detect/lexer';
import { AddressKind } from './tdx';

/** One parsed address: its value, kind (from a label, the caller's default, or GPA) and source style. */
export interface ParsedAddress {
  readonly value: bigint;
  readonly kind: AddressKind;
  readonly label?: string;
  readonly style: TokenStyle;
}

/** A parse verdict; `error` says what was wrong and what is accepted. */
export type ParseResult = ({ ok: true } & ParsedAddress) | { ok: false; error: string };

/** Caller's choices: the kind when no label says (default GPA), and whether plain digits are decimal. */
export interface ParseOptions {
  readonly kind?: AddressKind;
  readonly allowDecimal?: boolean;
}

/** The accepted forms, for error messages. */
export function acceptedForms(allowDecimal: boolean): string {
  return (
    "Accepted: 0x-prefixed hex of up to 16 digits (0x8000_0000_1234, 0x8000'0000'1234, 0x1000ULL, 0x1000_u64), " +
    'WinDbg 00008000`00001234, a gpa/gfn label before bare hex (gfn 8000fee00)' +
    (allowDecimal ? ', or a decimal integer (2251799813689908).' : '.')
  );
}

const MAX_INPUT = 200;

/**
 * Parses one address as typed or selected, e.g. `gfn 0x8000fee00`, `0x8000'0000'1234ULL`, or (with
 * `allowDecimal`) `2251799813689908`. Surrounding whitespace and a trailing `,` or `;` are ignored.
 */
export function parseAddress(input: string, options: ParseOptions = {}): ParseResult {
  const allowDecimal = options.allowDecimal ?? false;
  const fail = (why: string): ParseResult => ({ ok: false, error: `${why}. ${acceptedForms(allowDecimal)}` });
  if (input.length > MAX_INPUT) return fail(`Input of ${input.length} characters is too long for one address`);
  const s = input.trim().replace(/[,;]$/, '').trimEnd();
  if (s === '') return fail('No address given');
  const shown = `'${s}'`;

  let i = 0;
  let kind: AddressKind = options.kind ?? 'gpa';
  let label: string | undefined;
  let j = 0;
  while (j < s.length && isIdentChar(s.charCodeAt(j))) j++;
  const found = labelOf(s.slice(0, j));
  if (found && !/^0[xX]/.test(s)) {
    const start = skipLabelSeparator(s, j);
    if (start < 0 || start >= s.length) return fail(`${shown} has the label '${found.text}' but no number after it`);
    kind = found.kind;
    label = found.text;
    i = start;
  }
  if (s[i] === '-') return fail(`${shown} is negative; addresses are unsigned`);

  let result: ReadResult;
  if (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')) {
    result = readPrefixedHex(s, i);
  } else {
    result = readBacktickHex(s, i);
    if (!result && label) result = readBareHex(s, i);
    if (!result && allowDecimal) result = readDecimal(s, i);
  }
  if (result && 'error' in result) return fail(`${shown}: ${result.error}`);
  if (!result) {
    if (/^[0-9a-fA-F]+$/.test(s.slice(i))) {
      return fail(`${shown} is bare hex without a 0x prefix or a gpa/gfn label, so it could be a word or a hash`);
    }
    return fail(`${shown} is not an address`);
  }
  const match: NumberMatch = result;
  if (match.end !== s.length) return fail(`${shown} has '${s.slice(match.end, match.end + 12)}' after the number`);
  return { ok: true, value: match.value, kind, ...(label ? { label } : {}), style: match.style };
}

/** Parses what a user typed, selected or passed to a command: every detector form plus decimal, e.g. `2251799813689908`. */
export function parseUserInput(text: string, kind?: AddressKind): ParseResult {
  return parseAddress(text, { allowDecimal: true, kind });
}
