// Takes the screenshots of README and docs/ from the real workbench (code-server + Chromium): the inspector panel in a
// light and a dark theme, a hover, the highlights of one page in five forms, the status bar before a GPAW is set and
// the page history view.
// Usage: node scripts/screenshots.mjs [file.png …] (after npm run build); with names, only those shots are taken.
// With --web: only web-hover.png, a hover with the extension in the browser's web worker extension host.
// With --flow: only flow.png, the flagship flow in three steps (hover, inspector, debug session) cut from the shots
// already taken (hover-light.png, inspector-light.png, addresses-view.png) and laid out in Chromium; no workbench needed.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installHost, launchChromium, remoteUri, root, startCodeServer } from './host.mjs';
import { hoverOver, inspectorFrame, openFile, runCommand } from './ui-tests.mjs';

const out = join(root, 'media', 'screenshots');
mkdirSync(out, { recursive: true });
const hostDir = process.argv.includes('--flow') ? undefined : installHost();
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const wanted = (file) => file !== undefined && (only.length === 0 || only.includes(file));

/** One guest page (private GFN 0x12345 under GPAW 48) in five forms, with a neighbour page and a host PFN around it. */
const PAGE_TRACE = [
  '# GPAW 48: one guest page in five forms (raw private GPA, its shared alias, stripped GFNs, a QEMU memory region, a QEMU conversion)',
  ' qemu-kvm-4187 [003] 5125.204133: kvm_page_fault: vcpu 0 rip 0xffffffff81c2a1f4 address 0x0000000012345678 error_code 0x182',
  ' qemu-kvm-4187 [003] 5125.204151: kvm_mmu_spte_requested: gfn 12345 pfn 1a2b3c level 1',
  ' qemu-kvm-4187 [003] 5125.204160: kvm_mmu_set_spte: gfn 12345 spte 80000001a2b3c677 (rwxu) level 1 at 1031d8000',
  ' qemu-kvm-4187 [001] 5125.311093: kvm_page_fault: vcpu 1 rip 0xffffffff81a0f5c0 address 0x0000800012345abc error_code 0x181',
  ' qemu-kvm-4187 [001] 5125.311120: kvm_page_fault: vcpu 1 rip 0xffffffff81a0f5c0 address 0x0000000012346000 error_code 0x184',
  '    0000000012300000-00000000123fffff (prio 0, ram): pc.ram KVM',
  '4187@1700000000.123456:kvm_convert_memory start 0x12340000 size 0x10000 shared_to_private',
  '',
].join('\n');

/**
 * code-server on a scratch copy of samples/ with the extension under development, in a light or dark theme. With
 * `workspaceSettings`, they replace samples/.vscode/settings.json (which sets tdx.gpaw 48), and `status` is the status-bar
 * text to wait for.
 */
async function openWorkbench(theme, userSettings = {}, viewport = { width: 1400, height: 860 }, workspaceSettings, status = 'GPAW 48') {
  const workspace = join(mkdtempSync(join(tmpdir(), 'tdx-shot-')), 'samples');
  cpSync(join(root, 'samples'), workspace, { recursive: true });
  writeFileSync(join(workspace, 'page-trace.log'), PAGE_TRACE);
  if (workspaceSettings) writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify(workspaceSettings, null, 2));
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
  await page.waitForSelector(`.statusbar >> text=${status}`, { timeout: 60_000 });
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
  await settled(await hoverOver(page, token));
}

/** Resolves once `locator`'s element and its children have finished their CSS animations (the hover fades in). */
async function settled(locator) {
  await locator.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
}

async function shoot(theme, file, hoverFile, highlightsFile) {
  if (!wanted(file) && !wanted(hoverFile) && !wanted(highlightsFile)) return;
  const { page, close } = await openWorkbench(theme);
  try {
    if (wanted(highlightsFile)) {
      await openFile(page, 'page-trace.log');
      await page.keyboard.press('Control+B'); // the side bar off: the lines fit without scrolling
      const token = page.locator('.view-line span span', { hasText: /^0x0000000012345678$/ }).first();
      await token.waitFor();
      // Inlay hints shift text when they arrive: click the token after they did.
      await page
        .locator('.view-line', { hasText: /0x0000000012345678\s*private/ })
        .first()
        .waitFor();
      await token.click();
      // Write (this frame, same alias), read (the other alias) and text (ranges containing it) highlights.
      for (const kind of ['wordHighlightStrong', 'wordHighlight', 'wordHighlightText'])
        await page.locator(`.view-overlays .${kind}`).first().waitFor();
      await page.mouse.move(700, 600);
      await page.screenshot({ path: join(out, highlightsFile), clip: { x: 0, y: 0, width: 1400, height: 300 } });
      await page.keyboard.press('Control+B');
    }
    if (wanted(hoverFile)) {
      await page.keyboard.press('Control+B'); // the side bar off: the trace's lines fit without scrolling sideways
      await hoverTraceAddress(page);
      const hover = await page.locator('.monaco-hover:visible').boundingBox();
      await page.screenshot({
        path: join(out, hoverFile),
        clip: { x: 0, y: 0, width: 1400, height: Math.ceil(hover.y + hover.height + 24) },
      });
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+B');
    }
    if (wanted(file)) {
      await runCommand(page, 'TDX: Inspect Address');
      await page.waitForSelector('.quick-input-widget input');
      await page.keyboard.type('0x8000_0000_1234');
      await page.keyboard.press('Enter');
      const frame = await inspectorFrame(page);
      await frame.waitForSelector('#status.shared');
      await page.screenshot({ path: join(out, file) });
    }
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

/**
 * The TDX Page History view beside a trace: the page's lines in order, its conversions and the mismatched accesses
 * (page-history.log of samples/, the cursor on the shared access of line 7).
 */
async function shootHistory(file) {
  if (!wanted(file)) return;
  const { page, close } = await openWorkbench('Default Light Modern');
  try {
    await openFile(page, 'page-history.log');
    const token = page.locator('.view-line span span', { hasText: /^0x800012345020$/ }).first();
    await token.waitFor();
    await page
      .locator('.view-line', { hasText: /0x800012345020\s*shared/ })
      .first()
      .waitFor();
    await token.click();
    await runCommand(page, 'TDX: Show Page History');
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'TDX Page History' }) });
    await view.locator('.monaco-list-row').first().waitFor();
    // The view as tall as its rows (its list draws only the rows it shows): collapse the file tree above it.
    await page
      .locator('.pane-header[aria-expanded="true"]', { hasText: /samples/i })
      .first()
      .click();
    // The side bar wide enough for the rows' descriptions: drag its sash.
    const sash = await page.locator('.part.sidebar').boundingBox();
    await page.mouse.move(sash.x + sash.width + 1, 400);
    await page.mouse.down();
    await page.mouse.move(760, 400, { steps: 8 });
    await page.mouse.up();
    await view.locator('.monaco-list-row', { hasText: '100.000900' }).waitFor();
    await page.mouse.move(1000, 800);
    await settled(page.locator('.part.sidebar'));
    await page.screenshot({ path: join(out, file), clip: { x: 0, y: 0, width: 1400, height: 390 } });
  } finally {
    await close();
  }
}

/**
 * Before any tdx.gpaw is set: the status bar's `GPAW 52 (default)` with its tooltip, which says the width is assumed
 * and how to set it (cropped to the bottom right of the window).
 */
async function shootDefaultGpaw(file) {
  if (!wanted(file)) return;
  const { page, close } = await openWorkbench(
    'Default Light Modern',
    {},
    { width: 1400, height: 860 },
    { 'tdx.inlayHints.enabled': true },
    'GPAW 52 (default)',
  );
  try {
    const item = page.locator('.statusbar-item', { hasText: 'GPAW 52 (default)' });
    const box = await item.boundingBox();
    await page.mouse.move(10, 10);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    const tooltip = page.locator('.workbench-hover:visible, .monaco-hover:visible').filter({ hasText: 'assumed' }).first();
    await tooltip.waitFor();
    await settled(tooltip);
    const tip = await tooltip.boundingBox();
    const x = Math.max(0, Math.min(tip.x, box.x) - 24);
    const y = Math.max(0, tip.y - 24);
    await page.screenshot({ path: join(out, file), clip: { x, y, width: 1400 - x, height: 860 - y } });
  } finally {
    await close();
  }
}

/** The three steps of flow.png: the shot each is cut from, the part of it shown (CSS pixels), its height in flow.png and its caption. */
const FLOW_STEPS = [
  ['hover-light.png', { x: 400, y: 122, width: 990, height: 282 }, 330, '1 · Hover an address in a trace'],
  ['inspector-light.png', { x: 874, y: 66, width: 526, height: 700 }, 520, '2 · The inspector: one address bit by bit'],
  ['addresses-view.png', { x: 48, y: 66, width: 558, height: 540 }, 520, '3 · While debugging: variables inspected and pinned'],
];

/** flow.png: the hover above, the inspector and the debug session below, each cut from its shot, with captions. */
async function composeFlow(file) {
  const figure = ([shot, c, height, caption]) => {
    const scale = height / c.height;
    const data = readFileSync(join(out, shot)).toString('base64');
    return (
      `<figure><div class="cut" style="width:${Math.round(c.width * scale)}px;height:${height}px">` +
      `<img src="data:image/png;base64,${data}" style="width:${1400 * scale}px;` +
      `position:absolute;left:${-c.x * scale}px;top:${-c.y * scale}px"></div><figcaption>${caption}</figcaption></figure>`
    );
  };
  const html =
    '<!doctype html><style>body{margin:0;background:#f3f3f3;font:600 18px system-ui,sans-serif;color:#1f1f1f}' +
    '#flow{display:flex;flex-wrap:wrap;gap:20px;padding:20px;width:1180px}figure{margin:0}.cut{position:relative;overflow:hidden;' +
    'border:1px solid #c8c8c8;border-radius:6px;background:#fff}.cut img{max-width:none}figcaption{margin-top:10px}</style>' +
    `<div id="flow">${FLOW_STEPS.map(figure).join('')}</div>`;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 2000, height: 600 } });
    await page.setContent(html);
    await page.locator('#flow').screenshot({ path: join(out, file) });
  } finally {
    await browser.close();
  }
}

if (process.argv.includes('--flow')) {
  await composeFlow('flow.png');
} else if (process.argv.includes('--web')) {
  await shootWeb('web-hover.png');
} else {
  await shoot('Default Light Modern', 'inspector-light.png', 'hover-light.png', 'highlights.png');
  await shoot('Default Dark Modern', 'inspector-dark.png');
  await shootDefaultGpaw('gpaw-default.png');
  await shootHistory('page-history.png');
}
console.log(`screenshots written to ${out}`);
