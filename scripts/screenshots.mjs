// Takes README screenshots from the real workbench (code-server + Chromium): the inspector panel in a
// light and a dark theme, and a hover. Usage: node scripts/screenshots.mjs (after npm run build).
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installHost, launchChromium, remoteUri, root, startCodeServer } from './host.mjs';
import { hoverOver, inspectorFrame, openFile, runCommand } from './ui-tests.mjs';

const out = join(root, 'media', 'screenshots');
mkdirSync(out, { recursive: true });
const hostDir = installHost();

async function shoot(theme, file, hoverFile) {
  const workspace = join(mkdtempSync(join(tmpdir(), 'tdx-shot-')), 'samples');
  cpSync(join(root, 'samples'), workspace, { recursive: true });
  const server = await startCodeServer({
    hostDir,
    workspace,
    userSettings: { 'workbench.colorTheme': theme, 'window.commandCenter': false, 'workbench.tips.enabled': false, 'git.enabled': false },
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(server.url([['extensionDevelopmentPath', remoteUri(server.port, root)]]));
    await page.waitForSelector('.statusbar >> text=GPAW 48', { timeout: 60_000 });
    if (hoverFile) {
      await openFile(page, 'kvm-trace.log');
      const token = page.locator('.view-line span span', { hasText: /^0x00008000fee00000$/ }).first();
      await token.waitFor();
      await page
        .locator('.view-line', { hasText: /0x00008000fee00000\s*shared/ })
        .first()
        .waitFor();
      await token.hover(); // scrolls the editor to it; hoverOver then arrives like a user's mouse
      await hoverOver(page, token);
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
    await browser.close();
    server.stop();
  }
}

await shoot('Default Light Modern', 'inspector-light.png', 'hover-light.png');
await shoot('Default Dark Modern', 'inspector-dark.png');
console.log(`screenshots written to ${out}`);
