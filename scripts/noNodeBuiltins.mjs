// An esbuild plugin for bundles that run in the browser's web worker extension host, which has no Node.
import { builtinModules } from 'node:module';

const names = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/**
 * Fails the build on any import of a Node built-in (`fs`, `node:path`, `child_process`…), naming the importer:
 * esbuild would otherwise leave a `require` that throws only when the worker evaluates the bundle.
 */
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) =>
      names.has(args.path) || args.path.startsWith('node:')
        ? { errors: [{ text: `Node built-in '${args.path}' imported by ${args.importer}: the web worker extension host has no Node` }] }
        : undefined,
    );
  },
};
