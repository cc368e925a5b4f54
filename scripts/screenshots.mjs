// Takes README screenshots from the real workbench (code-server + Chromium): the inspector panel in a
// light and a dark theme, and a hover. Usage: node scripts/screenshots.mjs (after npm run build).
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { installHost, remoteUri, root, startCodeServer } from './host.mjs';

const out = join(root, 'media', 'screenshots');
mkdirSync(out, { recursive: true });
const hostDir = installHost();

async function shoot(theme, file, hoverFile) {
  const workspace = join(mkdtempSync(join(tmpdir(), 'tdx-shot-')), 'samples');
  cpSync(join(root, 'samples'), workspace, { recursive: true });
  const server = await startCodeServer({ hostDir, workspace, userSettings: { 'workbench.colorTheme': theme, 'window.commandCenter': false, 'workbench.tips.enabled': false, 'git.enabled': false } });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(server.url([['extensionDevelopmentPath', remoteUri(server.port, root)]]));
    await page.waitForSelector('.statusbar >> text=GPAW 48', { timeout: 60_000 });
    if (hoverFile) {
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget input');
      await page.keyboard.type('kvm-trace.log');
      await page.waitForSelector('.quick-input-list .monaco-list-row');
      await page.keyboard.press('Enter');
      const token = page.locator('.view-line span span', { hasText: /^0x00008000fee00000$/ }).first();
      await token.waitFor();
      await token.hover();
      await page.mouse.move(10, 10);
      const box = await token.boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
      await page.waitForSelector('.monaco-hover:visible', { timeout: 15_000 }).catch(async (e) => { await page.screenshot({ path: '/tmp/hoverfail.png' }); throw e; });
      await page.screenshot({ path: join(out, hoverFile) });
      await page.keyboard.press('Escape');
    }
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type('TDX: Inspect Address');
    await page.waitForSelector('.quick-input-list .monaco-list-row >> text=Inspect Address');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.quick-input-widget input[placeholder], .quick-input-box input');
    await page.keyboard.type('0x8000_0000_1234');
    await page.keyboard.press('Enter');
    const frame = await (await page.waitForSelector('iframe.webview.ready')).contentFrame();
    const inner = await (await frame.waitForSelector('iframe')).contentFrame();
    await inner.waitForSelector('#status.shared');
    await page.screenshot({ path: join(out, file) });
  } finally {
    await browser.close();
    server.stop();
  }
}

await shoot('Default Light Modern', 'inspector-light.png', 'hover-light.png');
await shoot('Default Dark Modern', 'inspector-dark.png');
console.log(`screenshots written to ${out}`);
