// Bundles the extension once — one CommonJS file, free of Node built-ins, that both the Node extension host
// (package.json `main`) and the browser's web worker extension host (`browser`) load as dist/extension.js — and the
// inspector webview (browser, iife) with esbuild. Usage: node scripts/build.mjs [--production]
import * as esbuild from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { noNodeBuiltins } from './noNodeBuiltins.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');

// A clean dist/ each time, so a production build carries no stale source maps.
await rm(join(root, 'dist'), { recursive: true, force: true });

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

// Non-ASCII text (em dashes, `·`) stays UTF-8 rather than \u escapes: Node and the web worker's loader read UTF-8.
await esbuild.build({
  ...common,
  charset: 'utf8',
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  plugins: [noNodeBuiltins],
});

if (existsSync(join(root, 'webview/inspector.ts'))) {
  await esbuild.build({
    ...common,
    entryPoints: ['webview/inspector.ts'],
    outfile: 'dist/webview/inspector.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  });
  await mkdir(join(root, 'dist/webview'), { recursive: true });
  await copyFile(join(root, 'webview/inspector.css'), join(root, 'dist/webview/inspector.css'));
}
