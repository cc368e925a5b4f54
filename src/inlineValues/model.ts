import { isAddressType, looksLikeAddressExpression, readDebugInteger, typeKind, TYPED_HOST_KINDS, valueKindOf } from '../detect/debugValue';
import { DocumentSide } from '../detect/side';
import { formatHex, Grouping } from '../tdx/format';
import { isDecimalDigit, isHexDigit, isIdentChar } from '../detect/lexer';
import { analyzeAddress, Gpaw } from '../tdx/tdx';
import { isGuestPhysical } from '../detect/valueKind';

/** The languages inline values are offered for (VS Code language ids). */
export type InlineLanguage = 'c' | 'cpp' | 'rust';

// prettier-ignore
const C_KEYWORDS = [
  'auto', 'break', 'case', 'char', 'const', 'continue', 'default', 'do', 'double', 'else', 'enum', 'extern', 'float', 'for',
  'goto', 'if', 'inline', 'int', 'long', 'register', 'restrict', 'return', 'short', 'signed', 'sizeof', 'static', 'struct',
  'switch', 'typedef', 'union', 'unsigned', 'void', 'volatile', 'while', 'bool', 'true', 'false', 'asm', 'typeof', 'alignas',
  'alignof', 'static_assert', 'thread_local', 'nullptr', 'constexpr', 'noreturn',
  // Linux kernel fixed-width types, which have no `_t`.
  'u8', 'u16', 'u32', 'u64', 's8', 's16', 's32', 's64',
];
// prettier-ignore
const CPP_KEYWORDS = [
  ...C_KEYWORDS, 'catch', 'class', 'consteval', 'constinit', 'const_cast', 'decltype', 'delete', 'dynamic_cast', 'explicit',
  'export', 'final', 'friend', 'mutable', 'namespace', 'new', 'noexcept', 'operator', 'override', 'private', 'protected',
  'public', 'reinterpret_cast', 'static_cast', 'template', 'this', 'throw', 'try', 'typeid', 'typename', 'using', 'virtual',
  'co_await', 'co_return', 'co_yield', 'concept', 'requires', 'wchar_t',
];
// prettier-ignore
const RUST_KEYWORDS = [
  'as', 'async', 'await', 'break', 'const', 'continue', 'crate', 'dyn', 'else', 'enum', 'extern', 'false', 'fn', 'for', 'if',
  'impl', 'in', 'let', 'loop', 'match', 'mod', 'move', 'mut', 'pub', 'ref', 'return', 'self', 'static', 'struct', 'super',
  'trait', 'true', 'type', 'unsafe', 'use', 'where', 'while', 'yield', 'union', 'macro_rules', 'abstract', 'become', 'box',
  'do', 'final', 'macro', 'override', 'priv', 'try', 'typeof', 'unsized', 'virtual',
  // Primitive types.
  'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'f32', 'f64', 'bool', 'char', 'str',
];

const KEYWORDS: { readonly [L in InlineLanguage]: ReadonlySet<string> } = {
  c: new Set(C_KEYWORDS),
  cpp: new Set(CPP_KEYWORDS),
  rust: new Set(RUST_KEYWORDS),
};

/** Keywords whose next identifier names a type, module, label or item, never a variable of the frame. */
const NAMING_KEYWORDS: { readonly [L in InlineLanguage]: ReadonlySet<string> } = {
  c: new Set(['struct', 'union', 'enum', 'goto']),
  cpp: new Set(['struct', 'union', 'enum', 'goto', 'class', 'namespace', 'typename', 'concept']),
  rust: new Set(['struct', 'enum', 'union', 'trait', 'impl', 'type', 'mod', 'fn', 'crate', 'macro_rules']),
};

/** Identifier characters: ASCII letters, digits and `_`, and any non-ASCII unit (so `naïve` stays one word). */
function isWordChar(c: number): boolean {
  return isIdentChar(c) || c > 127;
}

function isWordStart(c: number): boolean {
  return isWordChar(c) && !isDecimalDigit(c);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13 || c === 10;
}

/** End (exclusive) of a quoted literal opened at `i`, honouring backslash escapes; the line's end when unterminated. */
function quotedEnd(line: string, i: number, quote: number): number {
  for (let j = i + 1; j < line.length; j++) {
    const c = line.charCodeAt(j);
    if (c === 92) j++;
    else if (c === quote) return j + 1;
  }
  return line.length;
}

/** End of the text closed by `close` searched from `from`; the line's end when it is not on this line. */
function endAfter(line: string, from: number, close: string): number {
  const at = line.indexOf(close, from);
  return at < 0 ? line.length : at + close.length;
}

/** End of a number literal at `i` (digits, letters of suffixes and exponents, `.` before a digit, C++14 `'` separators). */
function numberEnd(line: string, i: number, rust: boolean): number {
  let j = i + 1;
  while (j < line.length) {
    const c = line.charCodeAt(j);
    const next = line.charCodeAt(j + 1);
    if (isIdentChar(c)) j++;
    else if (c === 46 /* . */ && isDecimalDigit(next)) j++;
    else if (c === 39 /* ' */ && !rust && isHexDigit(next)) j++;
    else break;
  }
  return j;
}

/** End of a Rust character literal or lifetime/label opened by `'` at `i`. */
function rustQuoteEnd(line: string, i: number): number {
  if (line.charCodeAt(i + 1) === 92) return quotedEnd(line, i, 39);
  if (line.charCodeAt(i + 2) === 39) return i + 3;
  if (line.charCodeAt(i + 3) === 39 && line.charCodeAt(i + 1) >= 0xd800 && line.charCodeAt(i + 1) < 0xdc00) return i + 4;
  let j = i + 1;
  while (j < line.length && isWordChar(line.charCodeAt(j))) j++;
  return j;
}

/**
 * If the word `[start, end)` is a string prefix directly followed by its literal (C `L"…"`, `u8"…"`,
 * C++ `R"d(…)d"`, Rust `b"…"`, `r#"…"#`, `b'x'`), the literal's end; else undefined.
 */
function prefixedLiteralEnd(line: string, start: number, end: number, rust: boolean): number | undefined {
  const word = line.slice(start, end);
  const c = line.charCodeAt(end);
  if (rust) {
    if ((word === 'b' || word === 'c') && c === 34) return quotedEnd(line, end, 34);
    if (word === 'b' && c === 39) return quotedEnd(line, end, 39);
    if (word === 'r' || word === 'br' || word === 'cr') {
      let j = end;
      while (line.charCodeAt(j) === 35 /* # */) j++;
      if (line.charCodeAt(j) === 34) return endAfter(line, j + 1, '"' + '#'.repeat(j - end));
    }
    return undefined;
  }
  if (c !== 34 && c !== 39) return undefined;
  if (!/^(?:L|u8?|U)?R?$/.test(word) || word === '') return undefined;
  if (word.endsWith('R') && c === 34) {
    const open = line.indexOf('(', end + 1);
    if (open < 0) return line.length;
    return endAfter(line, open + 1, ')' + line.slice(end + 1, open) + '"');
  }
  return word.endsWith('R') ? undefined : quotedEnd(line, end, c);
}

/** Index of the last non-space character before `i`, or -1. */
function previousNonSpace(line: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isSpace(line.charCodeAt(j))) j--;
  return j;
}

/** Index of the first non-space character at or after `i` (the line's length when none). */
function nextNonSpace(line: string, i: number): number {
  let j = i;
  while (j < line.length && isSpace(line.charCodeAt(j))) j++;
  return j;
}

/** Where code starts on a line that may continue a block comment (` * text`, code after `*\/`); -1 for a comment-only line. */
function codeStart(line: string): number {
  const close = line.indexOf('*/');
  if (close >= 0 && !line.slice(0, close).includes('/*')) return close + 2;
  return /^\s*\*(?:\s|$)/.test(line) ? -1 : 0;
}

/**
 * Identifiers in one source line that may name a local, parameter or global of the stopped frame, each
 * once (first occurrence) with its UTF-16 range, e.g. C `if (f->gpa != gpa) x = gfn_to_gpa(gfn); // gpa`
 * → `f`, `gpa`, `x`, `gfn`. Skipped: comments (`//`, `/* … *\/` on the line, ` * …` continuation lines),
 * strings and character literals (with C/C++ and Rust prefixes and raw forms), numbers, C preprocessor
 * lines, Rust `use`/`mod` lines and `#[…]` attributes, keywords and primitive types, calls and macros
 * (`name(`, `name!`), path segments (`a::b`), type names (`*_t`, `__*`, ALL_CAPS macros in C/C++, names
 * after `struct`/`enum`/`union`/`class`, a C/C++ word followed by another word as in `hwaddr addr`,
 * capitalised names and `_` in Rust) and members: `f->addr` and `s.gpa` yield only `f` and `s`,
 * because the glue resolves plain names in the frame's DAP `variables` and a member name would find
 * an unrelated local of the same name.
 */
export function identifiersIn(line: string, languageId: InlineLanguage): { name: string; start: number; end: number }[] {
  const rust = languageId === 'rust';
  const out: { name: string; start: number; end: number }[] = [];
  const seen = new Set<string>();
  let i = codeStart(line);
  if (i < 0) return out;
  const code = line.slice(i).trimStart();
  if (!rust && code.startsWith('#')) return out;
  if (rust && /^(?:pub(?:\([^)]*\))?\s+)?(?:use|mod|extern\s+crate)\b/.test(code)) return out;
  const keywords = KEYWORDS[languageId];
  const naming = NAMING_KEYWORDS[languageId];
  let lastWordEnd = -1;
  let lastWord = '';
  while (i < line.length) {
    const c = line.charCodeAt(i);
    const next = line.charCodeAt(i + 1);
    if (c === 47 /* / */ && next === 47) break;
    if (c === 47 && next === 42 /* * */) {
      i = endAfter(line, i + 2, '*/');
      continue;
    }
    if (c === 34 /* " */) {
      i = quotedEnd(line, i, 34);
      continue;
    }
    if (c === 39 /* ' */) {
      i = rust ? rustQuoteEnd(line, i) : quotedEnd(line, i, 39);
      continue;
    }
    if (rust && c === 35 /* # */ && (next === 91 /* [ */ || (next === 33 && line.charCodeAt(i + 2) === 91))) {
      i = endAfter(line, i + 1, ']');
      continue;
    }
    if (isDecimalDigit(c)) {
      i = numberEnd(line, i, rust);
      continue;
    }
    if (!isWordStart(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < line.length && isWordChar(line.charCodeAt(i))) i++;
    const end = i;
    const literalEnd = prefixedLiteralEnd(line, start, end, rust);
    if (literalEnd !== undefined) {
      i = literalEnd;
      continue;
    }
    const name = line.slice(start, end);
    if (rust && name === 'r' && line.charCodeAt(end) === 35 && isWordStart(line.charCodeAt(end + 1))) {
      i = end + 1; // raw identifier `r#type`: the word after it is skipped as a keyword or kept as a name
      continue;
    }
    const afterWord = lastWordEnd >= 0 && previousNonSpace(line, start) === lastWordEnd - 1 ? lastWord : '';
    lastWord = name;
    lastWordEnd = end;
    if (seen.has(name) || keywords.has(name) || naming.has(afterWord)) continue;
    if (rust ? /^[A-Z]/.test(name) || name === '_' : /_t$|^__/.test(name) || /^[A-Z][A-Z0-9_]+$/.test(name)) continue;
    const p = previousNonSpace(line, start);
    const before = p >= 0 ? line.charCodeAt(p) : 0;
    if (before === 46 /* . */ && line.charCodeAt(p - 1) !== 46) continue;
    if (before === 62 /* > */ && line.charCodeAt(p - 1) === 45 /* - */) continue;
    if (before === 58 /* : */ && line.charCodeAt(p - 1) === 58) continue;
    const n = nextNonSpace(line, end);
    const after = line.charCodeAt(n);
    if (after === 40 /* ( */) continue;
    if (after === 58 && line.charCodeAt(n + 1) === 58) continue;
    if (rust && after === 33 /* ! */ && line.charCodeAt(n + 1) !== 61 /* = */) continue;
    if (!rust && n > end && isWordStart(after)) {
      let w = n;
      while (w < line.length && isWordChar(line.charCodeAt(w))) w++;
      if (!keywords.has(line.slice(n, w))) continue; // `hwaddr addr`: a declaration's type
    }
    seen.add(name);
    out.push({ name, start, end });
  }
  return out;
}

/** 64-bit unsigned integer types that hold an address only when the name says so (`uint64_t gpa`, `usize addr`). */
const WIDE_UNSIGNED =
  /^(?:uint64_t|__uint64_t|u_int64_t|u64|__u64|uintptr_t|hwaddr|usize|unsigned long(?: long)?(?: int)?|long(?: long)? unsigned(?: int)?)$/;

/** A DAP type without qualifiers and with single spaces: `const volatile  uint64_t` → `uint64_t`. */
function plainType(type: string | undefined): string {
  return (type ?? '')
    .replace(/\b(?:const|volatile|restrict)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Does a variable's type (and, for plain 64-bit integers, its name) say it holds an address? See `inlineValueText`. */
function typeSaysAddress(name: string, type: string | undefined, value: bigint): boolean {
  const t = plainType(type);
  if (isAddressType(t)) return true;
  if (t.includes('*')) return value !== 0n && !t.includes('(*');
  return (t === '' || WIDE_UNSIGNED.test(t)) && looksLikeAddressExpression(name, undefined);
}

/**
 * The text shown after a line for one variable, e.g. `fault_gpa` = `"140737489015348"` (`uint64_t`)
 * → `fault_gpa = 0x8000_000a_1234 · shared` (`· shared GFN` for GFNs), or undefined. The rule, stricter
 * than `tdx.inspectVariable` so ordinary code stays quiet: the value must read as an unsigned integer
 * (`readDebugInteger`), `valueKindOf` must call it a GPA or GFN (not `pfn`, `error_code`, `spte`, a kernel
 * virtual `0xffff…`), and its type must say address: `gpa_t`, `gfn_t`, `phys_addr_t`, `dma_addr_t`; a
 * non-null raw data pointer (`T *`, `*const T`; not a function pointer); or a 64-bit unsigned integer
 * (`uint64_t`, `u64`, `unsigned long`, `usize`, `hwaddr`) or unknown type whose name looks like an address
 * (`gpa`, `gfn`, `addr`, `phys`, `pfn`, masks). So `int`, `char`, `bool`, `double`, structs, strings, loop
 * counters (`size_t i`, `u64 count`) and null pointers get nothing. A value whose type names a host address
 * shows which: `root = 0x1000 · host physical` for `hpa_t`, and for `phys_addr_t` / `dma_addr_t` when `side`
 * (the debuggee's) is the host; `· host PFN` for `kvm_pfn_t`.
 */
export function inlineValueText(
  name: string,
  value: string,
  type: string | undefined,
  gpaw: Gpaw,
  grouping: Grouping,
  side?: DocumentSide,
): string | undefined {
  const read = readDebugInteger(value, type);
  if (!read.ok) return undefined;
  const typed = typeKind(type, side);
  const host = typed && TYPED_HOST_KINDS.get(typed.kind);
  if (host) return `${name} = ${formatHex(read.value, grouping)} · ${host}`;
  const { kind } = valueKindOf(name, type, read.value, side);
  if (!isGuestPhysical(kind) || !typeSaysAddress(name, type, read.value)) return undefined;
  const { status } = analyzeAddress(read.value, kind, gpaw);
  return `${name} = ${formatHex(read.value, grouping)} · ${status}${kind === 'gfn' ? ' GFN' : ''}`;
}
