// Takes README screenshots from the real workbench (code-server + Chromium): the inspector panel in a
// light and a dark theme, and a hover. Usage: node scripts/screenshots.mjs (after npm run build).
// With --web: only web-hover.png, a hover with the extension in the browser's web worker extension host.
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installHost, launchChromium, remoteUri, root, startCodeServer } from './host.mjs';
import { hoverOver, inspectorFrame, openFile, runCommand } from './ui-tests.mjs';

const out = join(root, 'media', 'screenshots');
mkdirSync(out, { recursive: true });
const hostDir = installHost();

/** code-server on a scratch copy of samples/ with the extension under development, in a light or dark theme. */
async function openWorkbench(theme, userSettings = {}, viewport = { width: 1400, height: 860 }) {
  const workspace = join(mkdtempSync(join(tmpdir(), 'tdx-shot-')), 'samples');
  cpSync(join(root, 'samples'), workspace, { recursive: true });
  const server = await startCodeServer({
    hostDir,
    workspace,
    userSettings: {
      'workbench.colorTheme': theme,
      'window.commandCenter': false,
      'workbench.tips.enabled': false,
      'git.enabled': false,
      ...userSettings,
    },
  });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport });
  await page.goto(server.url([['extensionDevelopmentPath', remoteUri(server.port, root)]]));
  await page.waitForSelector('.statusbar >> text=GPAW 48', { timeout: 60_000 });
  const close = async () => {
    await browser.close();
    server.stop();
  };
  return { page, close };
}

/** Opens the sample KVM trace and hovers its shared GPA (once its inlay hint shows), as a user's mouse would. */
async function hoverTraceAddress(page) {
  await openFile(page, 'kvm-trace.log');
  const token = page.locator('.view-line span span', { hasText: /^0x00008000fee00000$/ }).first();
  await token.waitFor();
  await page
    .locator('.view-line', { hasText: /0x00008000fee00000\s*shared/ })
    .first()
    .waitFor();
  await token.hover(); // scrolls the editor to it; hoverOver then arrives like a user's mouse
  await hoverOver(page, token);
}

async function shoot(theme, file, hoverFile) {
  const { page, close } = await openWorkbench(theme);
  try {
    if (hoverFile) {
      await hoverTraceAddress(page);
      await page.screenshot({ path: join(out, hoverFile) });
      await page.keyboard.press('Escape');
    }
    await runCommand(page, 'TDX: Inspect Address');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type('0x8000_0000_1234');
    await page.keyboard.press('Enter');
    const frame = await inspectorFrame(page);
    await frame.waitForSelector('#status.shared');
    await page.screenshot({ path: join(out, file) });
  } finally {
    await close();
  }
}

/**
 * The hover with the extension in the web worker extension host (as on vscode.dev), and below it VS Code's
 * Running Extensions editor, which names the host each extension runs in ("web worker").
 */
async function shootWeb(file) {
  const { page, close } = await openWorkbench(
    'Default Light Modern',
    { 'remote.extensionKind': { 'tdx-tools.tdx-address-inspector': ['web'] } },
    { width: 1400, height: 1080 },
  );
  try {
    await openFile(page, 'kvm-trace.log'); // first, so the left group keeps it when Running Extensions moves right
    await runCommand(page, 'Developer: Show Running Extensions');
    await page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: /tdx-address-inspector[\s\S]*web worker/ }).waitFor();
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    await runCommand(page, 'View: Move Editor into Group Below');
    await page.locator('.editor-group-container').nth(1).waitFor();
    await runCommand(page, 'View: Focus First Editor Group');
    await hoverTraceAddress(page);
    await page.screenshot({ path: join(out, file) });
  } finally {
    await close();
  }
}

if (process.argv.includes('--web')) {
  await shootWeb('web-hover.png');
} else {
  await shoot('Default Light Modern', 'inspector-light.png', 'hover-light.png');
  await shoot('Default Dark Modern', 'inspector-dark.png');
}
console.log(`screenshots written to ${out}`);
