// Activation cost of the production bundle, measured on Node: evaluating dist/extension.js and running
// activate() against a recording stand-in for the `vscode` module (every API call returns a disposable
// no-op, settings read as unset). This is the extension's own cost; VS Code's extension-host work around
// it is not included. The bundle is evaluated afresh each time; the median of the runs is reported.
import { readFileSync } from 'fs';
import Module from 'module';
import { join } from 'path';
import { performance } from 'perf_hooks';

type AnyFn = (...args: unknown[]) => unknown;

/**
 * A stand-in for the `vscode` module: any property is a callable, constructible stand-in; `get` reads `undefined`;
 * iterating one yields nothing (as the empty `window.visibleTextEditors` of a fresh window).
 */
function standIn(calls: { count: number }): unknown {
  const cache = new Map<PropertyKey, unknown>();
  const target = function () {} as unknown as AnyFn;
  return new Proxy(target, {
    get(_t, key) {
      if (key === 'then') return undefined;
      if (key === Symbol.iterator) return [][Symbol.iterator].bind([]);
      if (key === Symbol.toPrimitive) return () => 0;
      if (key === 'get') return () => undefined;
      if (key === 'prototype') return Object.prototype;
      if (!cache.has(key)) cache.set(key, standIn(calls));
      return cache.get(key);
    },
    set(_t, key, value) {
      cache.set(key, value);
      return true;
    },
    apply() {
      calls.count++;
      return standIn(calls);
    },
    construct() {
      calls.count++;
      return standIn(calls) as object;
    },
  });
}

/** The runtime names the `vscode` module exports (classes, enums, namespaces, functions), read from @types/vscode. */
function vscodeExportNames(): string[] {
  const dts = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  return [...new Set([...dts.matchAll(/^\s*export (?:class|enum|namespace|function|const|let) (\w+)/gm)].map((m) => m[1]))];
}

/** A module object with every export name bound to a stand-in (a plain object, so esbuild's ESM interop sees its keys). */
function vscodeModule(calls: { count: number }): Record<string, unknown> {
  return Object.fromEntries(vscodeExportNames().map((name) => [name, standIn(calls)]));
}

/** Median and extremes of `runs` fresh activations of `bundle`, in milliseconds, and the API calls one activation makes. */
export function measureActivation(
  bundle: string,
  runs = 9,
): { medianMs: number; minMs: number; maxMs: number; runs: number; apiCalls: number } {
  const calls = { count: 0 };
  const vscode = vscodeModule(calls);
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = (request, ...rest) => (request === 'vscode' ? vscode : original(request, ...rest));
  const times: number[] = [];
  let apiCalls = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const path = require.resolve(bundle);
      delete require.cache[path];
      calls.count = 0;
      const subscriptions: { dispose(): void }[] = [];
      const context = {
        subscriptions,
        extensionUri: standIn(calls),
        extensionMode: 1,
        globalState: standIn(calls),
        workspaceState: standIn(calls),
      };
      const t0 = performance.now();
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is evaluated afresh on each run
      const ext = require(path) as { activate(c: unknown): unknown };
      ext.activate(context);
      times.push(performance.now() - t0);
      apiCalls = calls.count;
    }
  } finally {
    loader._load = original;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], minMs: sorted[0], maxMs: sorted[sorted.length - 1], runs, apiCalls };
}

if (require.main === module) {
  console.log(measureActivation(join(__dirname, '..', '..', 'dist', 'extension.js')));
}
