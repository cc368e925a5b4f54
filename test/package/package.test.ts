// The packaging tier of `npm test` (not the fast unit tier): what `vsce` would put into the .vsix.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

/** What `vsce ls --no-dependencies` says the .vsix would contain, sorted. */
function packagedFiles(): string[] {
  const r = spawnSync(join(root, 'node_modules/.bin/vsce'), ['ls', '--no-dependencies'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout
    .trim()
    .split('\n')
    .map((f) => f.trim())
    .sort();
}

/** Every image README shows (Markdown `![…](…)` and HTML `<img src>`), as written. */
function readmeImages(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  return [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g), ...readme.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
}

/** The files the walkthrough's steps show. */
function walkthroughMedia(): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return manifest.contributes.walkthroughs.flatMap((w: { steps: { media: Record<string, unknown> }[] }) =>
    w.steps.flatMap((s) => ['image', 'svg', 'markdown'].flatMap((k) => (typeof s.media[k] === 'string' ? [s.media[k] as string] : []))),
  );
}

/** The names of the entries of a zip file (a .vsix), read from its central directory. */
function zipEntries(file: string): string[] {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, `${file} has no zip end-of-central-directory record`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

describe('packaging', () => {
  it('vsce would package only the bundle (one for both extension hosts), the webview, the icon, the walkthrough images, the screenshots README shows, README, CHANGELOG, LICENSE and package.json', function () {
    this.timeout(60_000);
    assert.deepEqual(packagedFiles(), [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/extension.js',
      'dist/webview/inspector.css',
      'dist/webview/inspector.js',
      'media/icon.png',
      'media/screenshots/flow.png',
      'media/screenshots/gpaw-default.png',
      'media/screenshots/hover-light.png',
      'media/screenshots/page-history.png',
      'media/walkthrough/debug.svg',
      'media/walkthrough/gpaw.svg',
      'media/walkthrough/hover.svg',
      'media/walkthrough/inspector.svg',
      'package.json',
    ]);
  });

  // The Extensions view shows README from the installed package, resolving relative links inside it.
  it('ships every image README shows, so they render in the Extensions view of an installed .vsix', function () {
    this.timeout(60_000);
    const files = new Set(packagedFiles());
    const images = readmeImages();
    assert.ok(images.length >= 3, `README shows the icon and at least two screenshots (found ${images.join(', ')})`);
    for (const image of images) {
      assert.doesNotMatch(image, /^[a-z]+:/i, `${image}: README's images are relative, resolved inside the package`);
      const path = image.replace(/^\.\//, '');
      assert.ok(files.has(path), `README shows ${image}, which the .vsix would not contain: re-include it in .vscodeignore`);
    }
  });

  // A tripwire, not a budget: 1 MB leaves room for README's screenshots; activation time is what users pay for.
  it('the .vsix, built from production bundles as `npm run package` builds it, stays within 1 MB and holds the walkthrough media and README images', function () {
    this.timeout(180_000);
    // Built in a scratch copy by the same script the integration tier's `installed` run installs from.
    const dir = mkdtempSync(join(tmpdir(), 'tdx-vsix-'));
    try {
      const vsix = join(dir, 'x.vsix');
      const r = spawnSync(process.execPath, [join(root, 'scripts/package-vsix.mjs'), vsix], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      assert.equal(r.status, 0, `scripts/package-vsix.mjs: ${r.stderr}`);
      const kb = statSync(vsix).size / 1024;
      assert.ok(kb <= 1024, `the .vsix is ${kb.toFixed(2)} KB`);
      // What an installed user sees: the walkthrough's media and README's images, inside the built package.
      const entries = new Set(zipEntries(vsix));
      for (const file of [...walkthroughMedia(), ...readmeImages().map((i) => i.replace(/^\.\//, ''))])
        assert.ok(entries.has(`extension/${file}`), `the built .vsix has no ${file}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
