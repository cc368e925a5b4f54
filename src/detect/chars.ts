/** Character codes the detectors compare with `charCodeAt`, by name (`Char.Zero` is `'0'`). */
export const enum Char {
  Tab = 9,
  Space = 32,
  Bang = 33,
  DoubleQuote = 34,
  Hash = 35,
  Dollar = 36,
  Ampersand = 38,
  Quote = 39,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Slash = 47,
  Zero = 48,
  Three = 51,
  Five = 53,
  Seven = 55,
  Nine = 57,
  Period = 46,
  Colon = 58,
  Semicolon = 59,
  Less = 60,
  Equals = 61,
  Greater = 62,
  OpenBracket = 91,
  CloseBracket = 93,
  OpenBrace = 123,
  OpenParen = 40,
  CloseParen = 41,
  Caret = 94,
  Underscore = 95,
  Backtick = 96,
  LowerA = 97,
  LowerF = 102,
  LowerI = 105,
  LowerN = 110,
  LowerR = 114,
  LowerU = 117,
  LowerX = 120,
  LowerZ = 122,
  Bar = 124,
}

/** OR-ing an ASCII letter's code with this gives its lower case (`'X' | 0x20` is `'x'`). */
export const LOWER_CASE_BIT = 0x20;

/** True for `0x` / `0X` at `i`. */
export function isHexPrefixAt(line: string, i: number): boolean {
  return line.charCodeAt(i) === Char.Zero && (line.charCodeAt(i + 1) | LOWER_CASE_BIT) === Char.LowerX;
}

/** A space or a tab. */
export const isSpace = (c: number): boolean => c === Char.Space || c === Char.Tab;
