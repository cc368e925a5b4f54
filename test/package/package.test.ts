// The packaging tier of `npm test` (not the fast unit tier): what `vsce` would put into the .vsix.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

describe('packaging', () => {
  it('vsce would package only the bundles (Node and web worker), the icon, the walkthrough images, README, CHANGELOG, LICENSE and package.json', function () {
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
      'dist/web/extension.js',
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
});
