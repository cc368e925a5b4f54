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

/** Runs `command` and answers its input box, once that box (titled `title`) replaced the command palette. */
async function prompt(page, command, title, text) {
  await runCommand(page, command);
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
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
  await prompt(page, 'TDX: Pin as TDX Address', 'Pin Expression', 'gpa');
  await prompt(page, 'TDX: Pin as TDX Address', 'Pin Expression', 'gfn');
  await prompt(page, 'TDX: Pin as TDX Address', 'Pin Expression', 'private_gpa');
  const header = page.locator('.pane-header', { hasText: 'TDX Addresses' });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  // Collapse Breakpoints and Watch so the view has room.
  for (const name of ['Breakpoints', 'Watch']) {
    const h = page.locator('.pane-header', { hasText: name }).first();
    if ((await h.getAttribute('aria-expanded')) === 'true') await h.click();
  }
  const view = page.locator('.pane', { has: header });
  await view.locator('.monaco-list-row', { hasText: 'private_gpa' }).waitFor();
  // Step over twice: onto the flip, then past it; each step is done when the Call Stack shows the next line.
  const stack = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Call Stack' }) });
  for (const line of [breakLine('gpa_demo.c') + 1, breakLine('gpa_demo.c') + 2]) {
    await page.locator('.monaco-editor').first().click();
    await page.keyboard.press('F10');
    await stack.locator('.monaco-list-row', { hasText: new RegExp(`gpa_demo\\.c\\s*${line}\\b`) }).waitFor();
  }
  await view
    .locator('.monaco-list-row', { hasText: 'shared → private' })
    .waitFor()
    .catch(async (e) => {
      await page.screenshot({ path: join(tmpdir(), 'tdx-shot-failure.png') });
      throw e;
    });
  // A wider side bar, so each pin's description shows whole: drag the sash between it and the editor.
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  await page.mouse.move(sidebar.x + sidebar.width + 1, 300);
  await page.mouse.down();
  await page.mouse.move(sidebar.x + sidebar.width + 260, 300, { steps: 8 });
  await page.mouse.up();
  await page.screenshot({ path: join(out, 'addresses-view.png') });
  await page.keyboard.press('Shift+F5');
  await page.keyboard.press('Shift+F5');
  await page.locator('.debug-toolbar').waitFor({ state: 'hidden' });

  // A 5-level EPT walk: the second stop of ept_demo is the GPAW-52 vCPU.
  await runCommand(page, 'TDX: Unpin All TDX Addresses');
  await setBreakpoint(page, 'ept_demo.c');
  await startDebugging(page, 'Debug ept_demo (GDB)');
  await page.keyboard.press('F5');
  await page.locator('.debug-toolbar .codicon-debug-continue').waitFor();
  await page.locator('.statusbar-item', { hasText: 'GPAW 48' }).click();
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'GPAW 52' }).waitFor();
  await page.keyboard.type('GPAW 52');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.statusbar >> text=GPAW 52');
  await prompt(page, 'TDX: Walk EPT for Address…', 'Walk EPT', '0x8000040203abc');
  const frame = await inspectorFrame(page);
  await frame.waitForSelector('#walk-result.walk-ok');
  // Room for the walk: no side bar or panel, and the inspector's editor group maximized.
  await page.keyboard.press('Control+B');
  await page.keyboard.press('Control+J');
  await runCommand(page, 'TDX: Open Address Inspector');
  const walkFrame = await inspectorFrame(page);
  await walkFrame.locator('#walk-result').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(out, 'ept-walk.png') });
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  server.stop();
}
