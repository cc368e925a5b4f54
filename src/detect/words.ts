/**
 * A map from words to rules, looked up with a range of a line without slicing it: keys are bucketed by first
 * character and length, and the few keys of a bucket are compared in place. Example: a table of
 * `{ gfn: …, pfn: … }` finds the rule of `pfn` in `kvm_mmu_spte_requested: gfn 1 pfn 2` from the offsets 29–32.
 */
export class WordTable<T> {
  private readonly map: Map<string, T>;
  /** Keys and rules by shape (first character and length), compared in place with `startsWith`. */
  private readonly buckets: ({ readonly keys: string[]; readonly rules: T[] } | undefined)[] = new Array(64 * 16);
  /** True when some key is two words (`ports at`), looked up with the word before a label first. */
  readonly hasPhrases: boolean;
  constructor(entries: Iterable<readonly [string, T]>) {
    this.map = new Map(entries);
    this.hasPhrases = [...this.map.keys()].some((k) => k.includes(' '));
    for (const [k, v] of this.map) {
      const b = (this.buckets[shape(k.charCodeAt(0), k.length)] ??= { keys: [], rules: [] });
      b.keys.push(k);
      b.rules.push(v);
    }
  }
  /** The rule for the word `line[start, end)`. */
  word(line: string, start: number, end: number): T | undefined {
    const b = this.buckets[shape(line.charCodeAt(start), end - start)];
    if (!b) return undefined;
    for (let k = 0; k < b.keys.length; k++) {
      const key = b.keys[k];
      if (key.length === end - start && line.startsWith(key, start)) return b.rules[k];
    }
    return undefined;
  }
  /** The rule for a one-character key (`'['`, `'#'`, `'^'`…), by its character code. */
  char(code: number): T | undefined {
    const key = KEY_CHARS[code];
    return key === undefined ? undefined : this.map.get(key);
  }
  /** The rule for a whole word. */
  name(name: string): T | undefined {
    return this.map.get(name);
  }
}

/** Slot of a word in a 1,024-slot table: 6 bits of its first character, 4 of its length (a slot's keys are compared). */
const shape = (first: number, length: number) => ((first & 63) << 4) | (length & 15);

/** The one-character keys of the rules table (see `EventRules.fields`), by character code. */
const KEY_CHARS: { readonly [code: number]: string } = Object.fromEntries([...'[]().,-+@>#$*/^&|!'].map((ch) => [ch.charCodeAt(0), ch]));
