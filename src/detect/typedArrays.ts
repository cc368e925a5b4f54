/** The typed arrays the scanner, the classifier and the page index keep their results in. */
type Growable = Int32Array | Uint8Array | Int8Array | Uint16Array | Uint32Array | Float64Array;

/**
 * A typed array of the same type, twice as long (at least 16 elements), holding `a`'s elements first: for result
 * columns that start empty (a new scanner or classifier allocates nothing until it finds something) and fill up.
 */
export function doubled<T extends Growable>(a: T): T {
  const b = new (a.constructor as new (length: number) => T)(Math.max(16, a.length * 2));
  b.set(a);
  return b;
}
