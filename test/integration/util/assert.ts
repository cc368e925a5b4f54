// The part of node:assert (strict) the integration helpers use, without Node: the same helpers and the `web`
// suite run in the browser's web worker extension host, where there is no `assert` module.

export class AssertionError extends Error {
  override name = 'AssertionError';
}

const show = (v: unknown): string => {
  try {
    return typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x)) ?? String(v));
  } catch {
    return String(v);
  }
};

function fail(message: string | undefined, fallback: string): never {
  throw new AssertionError(message ? `${message}\n${fallback}` : fallback);
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${show(value)}`);
}

export function equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `expected ${show(expected)}\n     got ${show(actual)}`);
}

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same(ra[k], rb[k]));
}

/** Structural equality of plain objects, arrays and primitives (what node:assert/strict's deepEqual checks for JSON values). */
export function deepEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!same(actual, expected)) fail(message, `expected ${show(expected)}\n     got ${show(actual)}`);
}

export function match(actual: string, expected: RegExp, message?: string): void {
  if (typeof actual !== 'string' || !expected.test(actual)) fail(message, `expected a match for ${expected}, got ${show(actual)}`);
}

export function doesNotMatch(actual: string, unexpected: RegExp, message?: string): void {
  if (typeof actual !== 'string' || unexpected.test(actual)) fail(message, `expected no match for ${unexpected}, got ${show(actual)}`);
}

/** Resolves when `promise` rejects with an error whose message matches `expected`; throws when it fulfils. */
export async function rejects(promise: Promise<unknown> | (() => Promise<unknown>), expected?: RegExp, message?: string): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    if (expected && !expected.test(text)) fail(message, `rejected with ${show(text)}, expected a match for ${expected}`);
    return;
  }
  fail(message, 'expected a rejection, the promise fulfilled');
}
