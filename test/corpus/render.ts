import { Gpaw } from '../../src/tdx/tdx';
import { ValueKind } from '../../src/detect/valueKind';

/** A `%pR` argument: a kernel `struct resource`, printed as `[mem 0xfe000000-0xfe7fffff pref]`. */
export interface Resource {
  readonly resource: 'mem' | 'io';
  readonly start: bigint;
  readonly end: bigint;
  readonly flags: string;
}

/** A nested format, for `%s` arguments that carry numbers themselves (`KVM_MMU_PAGE_PRINTK()`, PCI `BAR 0`). */
export interface Nested {
  readonly format: string;
  readonly convs: readonly Conversion[];
}

/** One printf argument: a number, a plain string, a `%pR` resource or a nested format. */
export type Arg = bigint | string | Resource | Nested;

/**
 * One conversion of a format and how to make a realistic value. Its truth kind is the rule row's for `field` (a key
 * of the row's fields, `'*other'` or `'*leading<n>'`, resolved by the caller of `render`), else `kind` (none for strings).
 */
export interface Conversion {
  readonly field?: string;
  readonly kind?: ValueKind;
  readonly gen: (g: Gen) => Arg;
}

/** The truth kind of a conversion: its `kind`, when no rule row is involved. */
export const ownKind = (c: Conversion): ValueKind | undefined => c.kind;

/** One number of a rendered line: `[start, end)` as the scanner would span it (with `0x` and a C suffix), its text and truth kind. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: ValueKind;
}

/**
 * Realistic values for one line, from a seeded PRNG: GPAs (with or without the shared bit of the line's GPAW),
 * GFNs stripped of it, kernel RIPs, host PFNs, SPTEs and real TDX status codes. Example: `g.gpa(true)` under
 * GPAW 48 may return `0x8000fee00000`.
 */
export class Gen {
  /** The arguments rendered so far on this line, so a later one can depend on an earlier one (`gfn` of `addr`). */
  readonly args: Arg[] = [];
  constructor(
    private readonly r: () => number,
    readonly gpaw: Gpaw,
  ) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  big(lo: number, hi: number): bigint {
    return BigInt(this.int(lo, hi));
  }
  /** 0, 1 or 2 with equal odds: which of three line dressings to use. */
  r3(): number {
    return Math.floor(this.r() * 3);
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)];
  }
  get sharedMask(): bigint {
    return 1n << BigInt(this.gpaw - 1);
  }
  /** A page-aligned GPA without the shared bit: low RAM, high RAM, 32-bit MMIO or 64-bit MMIO. */
  gpaPage(): bigint {
    const region = this.r();
    if (region < 0.4) return this.big(0x100, 0x7ffff) << 12n;
    if (region < 0.7) return (0x100000n + this.big(0, 0x3fffff)) << 12n;
    if (region < 0.85) return (0xfe000n + this.big(0, 0x1fff)) << 12n;
    return (0x8000000n + this.big(0, 0xffffff)) << 12n;
  }
  /** A GPA with a byte offset sometimes, with the shared bit half of the time when `maybeShared`. */
  gpa(maybeShared: boolean): bigint {
    const page = this.gpaPage() | (this.chance(0.3) ? this.big(0, 0xfff) : 0n);
    return maybeShared && this.chance(0.5) ? page | this.sharedMask : page;
  }
  /** A GFN with the shared bit stripped, as KVM's MMU tracepoints print it. */
  gfn(): bigint {
    return this.gpaPage() >> 12n;
  }
  /** A GFN that may carry the GFN shared bit (bit GPAW − 13). */
  rawGfn(): bigint {
    return this.gpa(true) >> 12n;
  }
  kernelRip(): bigint {
    return 0xffffffff81000000n + this.big(0, 0xffffff);
  }
  userRip(): bigint {
    return this.chance(0.5) ? 0x401000n + this.big(0, 0xfff) : 0x7ffff7000000n + this.big(0, 0xffffff);
  }
  rip(): bigint {
    return this.chance(0.6) ? this.kernelRip() : this.userRip();
  }
  kernelPointer(): bigint {
    return 0xffff888100000000n + (this.big(0, 0xfffffff) << 6n);
  }
  userPointer(): bigint {
    return this.chance(0.5) ? 0x555555558000n + this.big(0, 0xffff) : 0x7fffffffd000n + this.big(0, 0x2fff);
  }
  /** A host physical page address (up to 512 GiB of host RAM). */
  hpa(): bigint {
    return this.big(0x1000, 0x7fffffff) << 12n;
  }
  hpfn(): bigint {
    return this.hpa() >> 12n;
  }
  /** An SPTE: host PFN in bits 51:12, RWX/memtype low bits, sometimes bit 63 (suppress #VE) and bit 62 (host writable). */
  spte(): bigint {
    const low = this.pick([0x7n, 0x77n, 0xb77n, 0xf77n, 0x877n, 0x0n]);
    const high = (this.chance(0.5) ? 1n << 63n : 0n) | (this.chance(0.3) ? 1n << 62n : 0n) | (this.chance(0.2) ? 1n << 61n : 0n);
    return high | (this.hpfn() << 12n) | low;
  }
  /** A real TDX completion status (arch/x86/include/asm/shared/tdx_errno.h) with an operand id in bits 31:0 sometimes. */
  tdxStatus(): bigint {
    const base = this.pick([
      0x8000020000000000n, // TDX_OPERAND_BUSY
      0xc000010000000000n, // TDX_OPERAND_INVALID
      0xc0000b0000000000n, // TDX_EPT_WALK_FAILED
      0xc0000b0d00000000n, // TDX_EPT_ENTRY_STATE_INCORRECT
      0x8000020100000000n, // TDX_PREVIOUS_TLB_EPOCH_BUSY
      0x8000070200000000n, // TDX_VCPU_NOT_ASSOCIATED
      0x0000081500000000n, // TDX_KEY_CONFIGURED (bits 63:62 clear: looks like a GPA)
      0x8000082400000000n, // TDX_FLUSHVP_NOT_DONE
      0xc000081100000000n, // TDX_KEY_STATE_INCORRECT
    ]);
    return base | (this.chance(0.6) ? this.pick([0x1n, 0x2n, 0x80n, 0x92n, 0xa9n]) : 0n);
  }
  seamcallName(): string {
    return this.pick(['TDH_MEM_PAGE_AUG', 'TDH_MEM_SEPT_ADD', 'TDH_MEM_PAGE_REMOVE', 'TDH_MEM_RANGE_BLOCK', 'TDH_PHYMEM_PAGE_RECLAIM']);
  }
  hex(digits: number): bigint {
    let v = 0n;
    for (let i = 0; i < digits; i++) v = (v << 4n) | BigInt(Math.floor(this.r() * 16));
    return v;
  }
}

/** A nested format argument. */
export const nested = (format: string, ...convs: Conversion[]): Nested => ({ format, convs });

const PRI: { [macro: string]: string } = {
  PRIx64: 'llx',
  PRIX64: 'llX',
  PRIu64: 'llu',
  PRId64: 'lld',
  PRIi64: 'lli',
  PRIx32: 'x',
  PRIu32: 'u',
  PRId32: 'd',
};

/**
 * The printf format a source format string denotes: C literal concatenation joined, `PRIx64` and friends
 * expanded, other macros between literals (`__fn_str`) read as `%s`, `\n` dropped.
 * Example: `"start 0x%" PRIx64 " size 0x%" PRIx64` → `start 0x%llx size 0x%llx`.
 */
export function normalizeFormat(source: string): string {
  let out = '';
  if (!source.startsWith('"')) return source.replace(/\\n$/, '').replace(/\\n/g, ' ');
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '"') {
      i++;
      while (i < source.length && source[i] !== '"') {
        if (source[i] === '\\') {
          const e = source[i + 1];
          out += e === 'n' ? '' : e === 't' ? '\t' : e;
          i += 2;
        } else {
          out += source[i++];
        }
      }
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i))![0];
      out += PRI[m] ?? '%s';
      i += m.length;
    } else {
      i++;
    }
  }
  return out;
}

const CONVERSION = /%([-#0 +]*)(\d*)(?:\.(\d+))?(hh|h|ll|l|L|z|j|t)?([diuxXscp%])(a|R)?/y;

function pad(s: string, width: number, zero: boolean, left: boolean): string {
  if (s.length >= width) return s;
  return left ? s.padEnd(width) : zero ? s.padStart(width, '0') : s.padStart(width);
}

/** A rendered piece of text with the numbers in it. */
export interface Rendered {
  readonly text: string;
  readonly spans: readonly Span[];
}

/**
 * Renders a printf format the way the kernel, QEMU or GDB would, recording where each number with a truth kind
 * landed (`kindOf` gives it). Numbers are spanned as the scanner sees them: `0x` included (from the literal or `%#`), digits only otherwise.
 */
export function render(
  format: string,
  convs: readonly Conversion[],
  g: Gen,
  kindOf: (c: Conversion, before: string) => ValueKind | undefined = ownKind,
): Rendered {
  let text = '';
  const spans: Span[] = [];
  let ci = 0;
  let i = 0;
  const push = (start: number, kind: ValueKind | undefined) => {
    let end = text.length;
    while (text[start] === ' ') start++;
    while (end > start && text[end - 1] === ' ') end--;
    if (kind) spans.push({ start, end, text: text.slice(start, end), kind });
  };
  while (i < format.length) {
    const p = format.indexOf('%', i);
    if (p < 0) {
      text += format.slice(i);
      break;
    }
    text += format.slice(i, p);
    CONVERSION.lastIndex = p;
    const m = CONVERSION.exec(format);
    if (!m) throw new Error(`bad conversion at ${p} in ${JSON.stringify(format)}`);
    i = CONVERSION.lastIndex;
    const [, flags, widthText, precision, , conv, ext] = m;
    if (conv === '%') {
      text += '%';
      continue;
    }
    const c = convs[ci++];
    if (!c) throw new Error(`missing conversion ${ci} for ${JSON.stringify(format)}`);
    const arg = c.gen(g);
    g.args.push(arg);
    const kind = typeof arg === 'string' ? undefined : kindOf(c, text);
    const width = widthText ? Number(widthText) : 0;
    const zero = flags.includes('0');
    const left = flags.includes('-');
    if (typeof arg === 'object' && 'format' in arg) {
      const inner = render(normalizeFormat(arg.format), arg.convs, g, kindOf);
      const base = text.length;
      text += inner.text;
      for (const s of inner.spans) spans.push({ ...s, start: s.start + base, end: s.end + base });
      continue;
    }
    if (conv === 's' || conv === 'c') {
      if (typeof arg !== 'string') throw new Error(`%${conv} needs a string in ${JSON.stringify(format)}`);
      text += pad(precision ? arg.slice(0, Number(precision)) : arg, width, false, left);
      continue;
    }
    if (conv === 'p' && ext === 'R') {
      if (typeof arg !== 'object') throw new Error('%pR needs a resource');
      const digits = arg.resource === 'mem' ? 8 : 4;
      text += `[${arg.resource === 'mem' ? 'mem' : 'io '} `;
      let s = text.length;
      text += '0x' + arg.start.toString(16).padStart(digits, '0');
      push(s, kind);
      text += '-';
      s = text.length;
      text += '0x' + arg.end.toString(16).padStart(digits, '0');
      push(s, kind);
      text += (arg.flags ? ' ' + arg.flags : '') + ']';
      continue;
    }
    if (typeof arg !== 'bigint') throw new Error(`%${conv} needs a number in ${JSON.stringify(format)}`);
    let start = text.length;
    if (conv === 'p') {
      text += (ext === 'a' ? '0x' : '') + arg.toString(16).padStart(16, '0');
    } else if (conv === 'x' || conv === 'X') {
      let digits = arg.toString(16);
      if (conv === 'X') digits = digits.toUpperCase();
      if (precision) digits = digits.padStart(Number(precision), '0');
      if (flags.includes('#')) {
        const body = '0x' + (zero ? digits.padStart(width - 2, '0') : digits);
        text += pad(body, width, false, left);
      } else {
        if (text.endsWith('0x') || text.endsWith('0X')) start -= 2;
        text += pad(digits, width, zero, left);
      }
    } else {
      const negative = arg < 0n;
      const digits = (negative ? -arg : arg).toString().padStart(precision ? Number(precision) : 0, '0');
      if (negative) {
        text += '-';
        start++;
      }
      text += pad(digits, width, zero, left);
    }
    push(start, kind);
  }
  return { text, spans };
}
