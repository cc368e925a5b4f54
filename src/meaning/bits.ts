import { NamedBit } from './bitNames';
import { U64_MAX } from '../tdx/tdx';

// Bit helpers shared by the decoders: set bits of a 64-bit value and their names from bitNames.ts tables.
export const LOW32 = 0xffff_ffffn;
export const PAGE_SIZE = 4096n;

/** Set bit indices of a 64-bit value, lowest first: `0x9n` → `[0, 3]`. */
export function setBitIndices(value: bigint): number[] {
  const out: number[] = [];
  if (value < 0n || value > U64_MAX) {
    const binary = value.toString(2);
    for (let i = binary.length - 1; i >= 0; i--) if (binary.charCodeAt(i) === 49) out.push(binary.length - 1 - i);
    return out;
  }
  // The two 32-bit halves as numbers; `x & -x` is the lowest set bit, `x &= x - 1` clears it.
  for (let x = Number(value & LOW32); x !== 0; x &= x - 1) out.push(31 - Math.clz32(x & -x));
  for (let x = Number(value >> 32n); x !== 0; x &= x - 1) out.push(63 - Math.clz32(x & -x));
  return out;
}

/** `1n << bit` for bits 0..63, so testing a bit is one `&`. */
const BIT_MASKS: readonly bigint[] = Array.from({ length: 64 }, (_, bit) => 1n << BigInt(bit));

export function isBitSet(value: bigint, bit: number): boolean {
  return (value & BIT_MASKS[bit]) !== 0n;
}

/** Each bit table indexed by bit number (the first entry of a bit wins, as a search of the table would). */
const BY_BIT = new WeakMap<readonly NamedBit[], readonly (NamedBit | undefined)[]>();

function byBit(table: readonly NamedBit[]): readonly (NamedBit | undefined)[] {
  let index = BY_BIT.get(table);
  if (!index) {
    const built: (NamedBit | undefined)[] = [];
    for (const b of table) built[b.bit] ??= b;
    BY_BIT.set(table, (index = built));
  }
  return index;
}

export function splitBits(value: bigint, table: readonly NamedBit[]): { named: NamedBit[]; unnamed: number[] } {
  const named: NamedBit[] = [];
  const unnamed: number[] = [];
  const index = byBit(table);
  for (const bit of setBitIndices(value)) {
    const entry = index[bit];
    if (entry) named.push(entry);
    else unnamed.push(bit);
  }
  return { named, unnamed };
}

/** Each named bit's detail line, written once. */
const BIT_LINES = new Map<NamedBit, string>();

export function bitLine(b: NamedBit): string {
  let line = BIT_LINES.get(b);
  if (line === undefined) BIT_LINES.set(b, (line = `- bit ${b.bit} \`${b.name}\`: ${b.what} (\`${b.source}\`)`));
  return line;
}

export function bitLines(named: readonly NamedBit[], unnamed: readonly number[], unnamedWhat: string): string[] {
  const lines = named.map(bitLine);
  if (unnamed.length > 0) lines.push(`- ${unnamed.length === 1 ? 'bit' : 'bits'} ${unnamed.join(', ')}: ${unnamedWhat}`);
  return lines;
}

export function bitNamesLine(named: readonly NamedBit[], unnamed: readonly number[]): string {
  let line = '';
  for (const b of named) line += line ? ' | ' + b.name : b.name;
  for (const bit of unnamed) line += line ? ' | bit ' + bit : 'bit ' + bit;
  return line;
}
