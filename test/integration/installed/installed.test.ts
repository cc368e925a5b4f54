// The packaged .vsix as a user meets it: built from production bundles, installed with `--install-extension` into
// the host's extensions folder (scripts/run-integration.mjs, run `installed`), with no development extension of it
// loaded. What README and the walkthrough show must be inside the installed folder, and the walkthrough's sample works.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, hoverAt, setSetting, statusOf } from '../util/workbench';

const repoRoot = path.join(__dirname, '..', '..', '..', '..');

interface WalkthroughStep {
  id: string;
  description: string;
  media: Record<string, unknown>;
  completionEvents?: string[];
}

/** The installed extension, activated; fails unless it is the copy in the host's extensions folder. */
async function installedExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed in the host`);
  await ext.activate();
  return ext;
}

/** Every image a README shows (Markdown `![…](…)` and HTML `<img src>`), as written. */
function readmeImages(readme: string): string[] {
  return [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g), ...readme.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
}

/** The files a walkthrough step shows: `image` (one path, or one per theme), `svg` or `markdown`. */
function stepMedia(step: WalkthroughStep): string[] {
  return ['image', 'svg', 'markdown'].flatMap((k) => {
    const m = step.media[k];
    return typeof m === 'string'
      ? [m]
      : m && typeof m === 'object'
        ? Object.values(m).filter((v): v is string => typeof v === 'string')
        : [];
  });
}

function isFileInside(folder: string, relative: string): boolean {
  const file = path.resolve(folder, relative);
  return file.startsWith(folder + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
}

describe('The installed .vsix', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('is the extension VS Code runs: installed in the host’s extensions folder from production bundles, not loaded from the repository', async () => {
    const ext = await installedExtension();
    const extensionsDir = process.env.TDX_EXTENSIONS_DIR;
    assert.ok(extensionsDir, 'the launcher names the host’s extensions folder in TDX_EXTENSIONS_DIR');
    assert.equal(path.dirname(ext.extensionPath), fs.realpathSync(extensionsDir), `loaded from ${ext.extensionPath}`);
    assert.ok(!ext.extensionPath.startsWith(repoRoot + path.sep), `${ext.extensionPath} is inside the repository ${repoRoot}`);
    assert.equal(ext.isActive, true);
    assert.ok(fs.existsSync(path.join(ext.extensionPath, 'dist', 'extension.js')), 'the bundle is installed');
    assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'dist', 'extension.js.map')), 'a production bundle: no source map shipped');
    assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'src')), 'no sources shipped');
  });

  it('holds every image its README shows and every walkthrough medium, so the Extensions view and the walkthrough render them', async () => {
    const ext = await installedExtension();
    // vsce stores README.md as readme.md; the Extensions view reads whichever the folder has.
    const readmeName = fs.readdirSync(ext.extensionPath).find((f) => /^readme\.md$/i.test(f));
    assert.ok(readmeName, `no README in ${ext.extensionPath}`);
    const images = readmeImages(fs.readFileSync(path.join(ext.extensionPath, readmeName), 'utf8'));
    assert.ok(images.length >= 3, `README shows the icon and at least two screenshots (found ${images.join(', ')})`);
    const steps: WalkthroughStep[] = ext.packageJSON.contributes.walkthroughs.flatMap((w: { steps: WalkthroughStep[] }) => w.steps);
    const media = steps.flatMap(stepMedia);
    assert.ok(media.length >= steps.length, `every walkthrough step shows a medium (found ${media.join(', ')})`);
    const missing = [...images, ...media].filter((f) => /^[a-z]+:/i.test(f) || !isFileInside(ext.extensionPath, f));
    assert.deepEqual(missing, [], `shown but not installed (re-include them in .vscodeignore): ${missing.join(', ')}`);
  });

  it('opens the built-in sample from its walkthrough’s step, and the kvm_page_fault address there hovers as a shared GPA', async () => {
    const ext = await installedExtension();
    const step = ext.packageJSON.contributes.walkthroughs
      .flatMap((w: { steps: WalkthroughStep[] }) => w.steps)
      .find((s: WalkthroughStep) => s.completionEvents?.includes('onCommand:tdx.openSampleTrace'));
    assert.ok(step, 'a walkthrough step completes on TDX: Open Sample Trace');
    const command = /\(command:(tdx\.openSampleTrace)\)/.exec(step.description)?.[1];
    assert.ok(command, `the step "${step.id}" links the command: ${step.description}`);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#tdx.gettingStarted`);

    await setSetting('tdx.gpaw', 48); // the sample's own GPAW, as its first line says
    const uri = await vscode.commands.executeCommand<string>(command);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is active');
    assert.equal(editor.document.uri.toString(), uri, 'the command shows the document it returns');
    assert.equal(editor.document.uri.scheme, 'tdx-sample', 'the sample built into the package');
    const lines = editor.document.getText().split('\n');
    const line = lines.findIndex((l) => l.includes('kvm_page_fault:'));
    assert.ok(line >= 0, 'the sample has a kvm_page_fault line');
    const address = /address (0x[0-9a-f]+)/.exec(lines[line]);
    assert.ok(address, `the kvm_page_fault line has an address: ${lines[line]}`);
    const hover = await hoverAt(editor.document.uri, line, address.index + 'address '.length + 4);
    assert.match(hover, /\*\*TDX GPA\*\*/);
    assert.match(hover, /GPAW 48: shared bit 47/);
    assert.equal(statusOf(hover), 'Status: **shared** — bit 47 is set');
  });
});
