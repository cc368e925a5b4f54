// Builds the .vsix as `npm run package` does (production bundles, then `vsce package --no-dependencies`), in a
// scratch copy of the repository so the working tree's development dist/ is left alone. Used by the packaging
// tier (test/package) and the integration tier's `installed` run. Usage: node scripts/package-vsix.mjs OUT.vsix
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './host.mjs';

/** Writes the packaged extension to `out` (an absolute path) and returns it; throws with the failing step's output. */
export function packageVsix(out) {
  const dir = mkdtempSync(join(tmpdir(), 'tdx-vsix-'));
  try {
    for (const p of ['src', 'webview', 'media', 'scripts', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'tsconfig.json'])
      cpSync(join(root, p), join(dir, p), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    // The production build runs here explicitly, so vsce need not run it again through vscode:prepublish.
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    delete manifest.scripts['vscode:prepublish'];
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
    const run = (cmd, args) => {
      // stdin closed: vsce never waits on a prompt.
      const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}:\n${r.stdout}\n${r.stderr}`);
    };
    run(process.execPath, ['scripts/build.mjs', '--production']);
    run(join(root, 'node_modules/.bin/vsce'), [
      'package',
      '--no-dependencies',
      '--allow-missing-repository',
      '--no-rewrite-relative-links',
      '-o',
      out,
    ]);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node scripts/package-vsix.mjs OUT.vsix');
    process.exit(2);
  }
  packageVsix(resolve(out));
}
