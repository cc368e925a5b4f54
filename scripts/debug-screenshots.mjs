// Takes the README's debugging screenshots in the real workbench (code-server + Chromium + GDB): the TDX
// Addresses view after stepping over the line that flips the shared bit, and the inspector showing a
// 5-level EPT walk of test/fixtures/ept_demo.c. Usage: node scripts/debug-screenshots.mjs (after npm run build).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installHost, launchChromium, remoteUri, root, startCodeServer } from './host.mjs';
import { inspectorFrame, openFile, runCommand } from './ui-tests.mjs';

const out = join(root, 'media', 'screenshots');
mkdirSync(out, { recursive: true });
const hostDir = installHost();
const workspace = join(mkdtempSync(join(tmpdir(), 'tdx-shot-')), 'samples');
cpSync(join(root, 'samples'), workspace, { recursive: true });
cpSync(join(root, 'test', 'fixtures', 'ept_demo.c'), join(workspace, 'ept_demo.c'));
mkdirSync(join(workspace, 'build'), { recursive: true });
for (const name of ['gpa_demo', 'ept_demo']) execFileSync('gcc', ['-g', '-O0', '-o', `build/${name}`, `${name}.c`], { cwd: workspace });
const launch = JSON.parse(readFileSync(join(workspace, '.vscode', 'launch.json'), 'utf8'));
launch.configurations.unshift({
  name: 'Debug ept_demo (GDB)',
  type: 'gdb',
  request: 'launch',
  program: '${workspaceFolder}/build/ept_demo',
  gdb: 'gdb',
});
launch.configurations = launch.configurations.map((c) => ({ ...c, preLaunchTask: undefined }));
writeFileSync(join(workspace, '.vscode', 'launch.json'), JSON.stringify(launch, null, 2));

const breakLine = (file) =>
  readFileSync(join(workspace, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes('/* break here */')) + 1;

async function setBreakpoint(page, file) {
  await openFile(page, file);
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input');
  await page.keyboard.type(String(breakLine(file)));
  await page.keyboard.press('Enter');
  await page.keyboard.press('F9');
}

async function startDebugging(page, name) {
  await runCommand(page, 'Debug: Select and Start Debugging');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click();
  await page.locator('.debug-toolbar .codicon-debug-continue').waitFor({ timeout: 120_000 });
}

async function prompt(page, command, text) {
  await runCommand(page, command);
  await page.waitForSelector('.quick-input-widget input');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

const server = await startCodeServer({
  hostDir,
  workspace,
  extraExtensions: [join(root, 'test', 'gdb-extension')],
  userSettings: {
    'workbench.colorTheme': 'Default Light Modern',
    'window.commandCenter': false,
    'workbench.tips.enabled': false,
    'git.enabled': false,
  },
});
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.setDefaultTimeout(60_000);
  await page.goto(server.url([['extensionDevelopmentPath', remoteUri(server.port, root)]]));
  await page.waitForSelector('.statusbar >> text=GPAW 48', { timeout: 120_000 });

  // The TDX Addresses view after the shared bit of `gpa` flipped.
  await setBreakpoint(page, 'gpa_demo.c');
  await startDebugging(page, 'Debug gpa_demo (GDB)');
  await prompt(page, 'TDX: Pin as TDX Address', 'gpa');
  await prompt(page, 'TDX: Pin as TDX Address', 'gfn');
  await prompt(page, 'TDX: Pin as TDX Address', 'private_gpa');
  const view = page.locator('.pane', { hasText: 'TDX Addresses' });
  await view.locator('.monaco-list-row', { hasText: 'private_gpa' }).waitFor();
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press('F10');
    await page.locator('.debug-toolbar .codicon-debug-continue').waitFor();
  }
  await view.locator('.monaco-list-row', { hasText: 'shared → private' }).waitFor();
  await page.screenshot({ path: join(out, 'addresses-view.png') });
  await page.keyboard.press('Shift+F5');
  await page.keyboard.press('Shift+F5');
  await page.locator('.debug-toolbar').waitFor({ state: 'hidden' });

  // A 5-level EPT walk: the second stop of ept_demo is the GPAW-52 vCPU.
  await setBreakpoint(page, 'ept_demo.c');
  await startDebugging(page, 'Debug ept_demo (GDB)');
  await page.keyboard.press('F5');
  await page.locator('.debug-toolbar .codicon-debug-continue').waitFor();
  await runCommand(page, 'TDX: Select Guest Physical Address Width (GPAW)');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'GPAW 52' }).click();
  await page.waitForSelector('.statusbar >> text=GPAW 52');
  await prompt(page, 'TDX: Walk EPT for Address…', '0x8000040203abc');
  const frame = await inspectorFrame(page);
  await frame.waitForSelector('#walk-result.walk-ok');
  await page.screenshot({ path: join(out, 'ept-walk.png') });
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  server.stop();
}
