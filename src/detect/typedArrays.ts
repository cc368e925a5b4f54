/** The typed arrays the scanner, the classifier and the page index keep their results in. */
type Growable = Int32Array | Uint8Array | Int8Array | Uint16Array | Uint32Array | Float64Array;

/** A typed array of the same type, twice as long, holding `a`'s elements first (for reused result arrays that fill up). */
export function doubled<T extends Growable>(a: T): T {
  const b = new (a.constructor as new (length: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
