// The packaging tier of `npm test` (not the fast unit tier): what `vsce` would put into the .vsix.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

describe('packaging', () => {
  it('vsce would package only the bundles (one extension bundle for both hosts, the webview), the icon, the walkthrough images, README, CHANGELOG, LICENSE and package.json', function () {
    this.timeout(60_000);
    const r = spawnSync(join(root, 'node_modules/.bin/vsce'), ['ls', '--no-dependencies'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout
      .trim()
      .split('\n')
      .map((f) => f.trim())
      .sort();
    assert.deepEqual(files, [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/extension.js',
      'dist/webview/inspector.css',
      'dist/webview/inspector.js',
      'media/icon.png',
      'media/walkthrough/debug.svg',
      'media/walkthrough/gpaw.svg',
      'media/walkthrough/hover.svg',
      'media/walkthrough/inspector.svg',
      'package.json',
    ]);
  });

  // A tripwire, not a budget: 1 MB leaves room for README's screenshots; activation time is what users pay for.
  it('the .vsix, built from production bundles as `npm run package` builds it, stays within 1 MB', function () {
    this.timeout(180_000);
    // In a copy, so the tier's own (development) dist/ is left alone for the integration tier.
    const dir = mkdtempSync(join(tmpdir(), 'tdx-vsix-'));
    try {
      for (const p of ['src', 'webview', 'media', 'scripts', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'tsconfig.json'])
        cpSync(join(root, p), join(dir, p), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      delete manifest.scripts['vscode:prepublish'];
      writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
      const run = (cmd: string, args: string[]) => {
        const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        assert.equal(r.status, 0, `${cmd} ${args.join(' ')}: ${r.stderr}`);
      };
      run(process.execPath, ['scripts/build.mjs', '--production']);
      const vsix = join(dir, 'x.vsix');
      run(join(root, 'node_modules/.bin/vsce'), [
        'package',
        '--no-dependencies',
        '--allow-missing-repository',
        '--no-rewrite-relative-links',
        '-o',
        vsix,
      ]);
      const kb = statSync(vsix).size / 1024;
      assert.ok(kb <= 1024, `the .vsix is ${kb.toFixed(2)} KB`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
