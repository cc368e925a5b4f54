// End-to-end UI checks driven from outside VS Code: real clicks and keys in the workbench and the
// inspector webview (code-server + Chromium). Used by run-integration.mjs as the 'ui' run.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './host.mjs';

/** The inspector webview's inner frame (VS Code nests the page in two iframes). */
export async function inspectorFrame(page) {
  const outer = await (await page.waitForSelector('iframe.webview.ready')).contentFrame();
  return (await outer.waitForSelector('iframe')).contentFrame();
}

export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input');
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row >> text=${title.replace(/^[A-Za-z]+: /, '')}`);
  await page.keyboard.press('Enter');
}

/** Opens a workspace file by Quick Open, waiting for its own row before accepting. */
export async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input');
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: name }).waitFor();
}

/** Moves the mouse onto `locator` as a user would and resolves with the editor hover that appears. */
export async function hoverOver(page, locator) {
  const box = await locator.boundingBox();
  await page.mouse.move(10, 10);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  const hover = page.locator('.monaco-hover:visible');
  await hover.waitFor();
  return hover;
}

/** The text of the visible notification toasts. */
async function notifications(page) {
  return page.locator('.notification-toast').allInnerTexts();
}

/** Each step is one test; a failing step fails only itself unless later steps depend on it. */
export const UI_STEPS = [
  [
    'the status bar shows the workspace GPAW',
    async ({ page }) => {
      await page.waitForSelector('.statusbar >> text=GPAW 48', { timeout: 120_000 });
    },
  ],
  [
    'a mouse hover on a trace address shows its status',
    async ({ page }) => {
      await openFile(page, 'kvm-trace.log');
      const token = page.locator('.view-line span span', { hasText: /^0xfee000b0$/ }).first();
      await token.waitFor();
      // Inlay hints (on in samples/) shift text when they arrive: measure the token after they did.
      await page
        .locator('.view-line', { hasText: /0xfee000b0\s*private/ })
        .first()
        .waitFor();
      const hover = await hoverOver(page, token);
      const text = await hover.innerText();
      assert.match(text, /TDX GPA\s+0xfee0_00b0\s+— label\s+gpa/, text);
      assert.match(text, /Status: private — bit 47 is clear/, text);
      await page.keyboard.press('Escape');
    },
  ],
  [
    'TDX: List Pages in This File lists the frames, most frequent first, and peeks the references of the chosen one',
    async ({ page }) => {
      // kvm-trace.log is the active editor (the previous step).
      await runCommand(page, 'TDX: List Pages in This File');
      const first = page.locator('.quick-input-list .monaco-list-row').first();
      await first.waitFor();
      const row = await first.innerText();
      assert.match(row, /GFN 0xf_ee00/, row);
      assert.match(row, /3 occurrences: 1 shared · 2 private · 0 invalid/, row);
      assert.match(row, /first on line 3: /, row);
      await page.keyboard.press('Enter');
      const peek = page.locator('.peekview-widget');
      await peek.waitFor();
      const title = await peek.locator('.peekview-title').innerText();
      assert.match(title, /kvm-trace\.log[\s\S]*\(3\)/, title); // "Locations (3)"
      await page.keyboard.press('Escape');
      await peek.waitFor({ state: 'hidden' });
    },
  ],
  [
    'TDX: Show Page History lists the lines of the page under the cursor, marks the mismatches and reveals a chosen line',
    async ({ page }) => {
      await openFile(page, 'page-history.log');
      const token = page.locator('.view-line span span', { hasText: /^0x800012345020$/ }).first();
      await token.waitFor();
      await page
        .locator('.view-line', { hasText: /0x800012345020\s*shared/ })
        .first()
        .waitFor();
      await token.click();
      await runCommand(page, 'TDX: Show Page History');
      const header = page.locator('.pane-header', { hasText: 'TDX Page History' });
      await header.waitFor();
      const view = page.locator('.pane', { has: header });
      await view.locator('.monaco-list-row').first().waitFor();
      // The view's list draws only the rows it shows: collapse the file tree above it to give it the height.
      const folder = page.locator('.pane-header[aria-expanded="true"]', { hasText: /samples/i }).first();
      await folder.click();
      await view.locator('.monaco-list-row', { hasText: 'kvm_memory_fault' }).waitFor();
      const rows = (await view.locator('.monaco-list-row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
      assert.equal(rows.length, 9, rows.join(' | '));
      assert.match(rows[1], /^5 kvm_convert_memory ?1700000000\.200000 · converts to shared$/, rows[1]);
      assert.deepEqual(
        rows.filter((r) => r.includes('mismatch')).map((r) => r.split(' ')[0]),
        ['9', '10', '12'],
        rows.join(' | '),
      );
      assert.match(rows[4], /private access · mismatch: the page is shared/, rows[4]);
      assert.match(
        await view.locator('.tree-explorer-viewlet-tree-view-message, .message').first().innerText(),
        /GFN 0x1_2345 .*2 conversions, 3 mismatches/,
      );
      // Choosing a row reveals its line in the editor.
      await view.locator('.monaco-list-row', { hasText: 'kvm_memory_fault' }).click();
      await page.locator('.statusbar-item', { hasText: /Ln 10, Col 1/ }).waitFor();
      await page
        .locator('.pane-header[aria-expanded="false"]', { hasText: /samples/i })
        .first()
        .click();
    },
  ],
  [
    'typing in the panel re-analyses as you type',
    async (ctx) => {
      await runCommand(ctx.page, 'TDX: Open Address Inspector');
      ctx.frame = await inspectorFrame(ctx.page);
      const input = ctx.frame.locator('#address');
      await input.click();
      await input.pressSequentially('0x8000_0000_1234');
      await ctx.frame.waitForSelector('#status.shared');
      assert.equal(await ctx.frame.locator('#status').innerText(), 'shared — bit 47 is set');
      await input.press('End');
      await input.pressSequentially('.5');
      await ctx.frame.waitForSelector('#status.error');
      assert.match(await ctx.frame.locator('#error').innerText(), /hex floats/);
      await input.press('Backspace');
      await input.press('Backspace');
      await ctx.frame.waitForSelector('#status.shared');
    },
  ],
  [
    'clicking the shared bit toggles it',
    async ({ frame }) => {
      await frame.locator('#shared-bit').click();
      await frame.waitForSelector('#status.private');
      assert.equal(await frame.locator('#address').inputValue(), '0x1234');
      assert.equal(await frame.locator('#shared-bit').innerText(), '0');
      await frame.locator('#shared-bit').click();
      await frame.waitForSelector('#status.shared');
      // '0x1234' had no separators to keep, so the way back is ungrouped.
      assert.equal(await frame.locator('#address').inputValue(), '0x800000001234');
    },
  ],
  [
    'the GPAW buttons write tdx.gpaw and the status bar follows',
    async ({ page, frame }) => {
      await frame.locator('[data-gpaw="52"]').click();
      await frame.waitForSelector('#status.private');
      assert.equal(await frame.locator('#status').innerText(), 'private — bit 51 is clear');
      await page.waitForSelector('.statusbar >> text=GPAW 52');
      await frame.locator('[data-gpaw="48"]').click();
      await frame.waitForSelector('#status.shared');
      await page.waitForSelector('.statusbar >> text=GPAW 48');
    },
  ],
  [
    'the panel is keyboard-navigable',
    async ({ frame }) => {
      await frame.locator('#address').focus();
      await frame.locator('#address').press('Enter');
      await frame.waitForSelector('#history .history-item');
      await frame.locator('#address').press('Tab');
      assert.equal(await frame.evaluate(() => globalThis.document.activeElement?.getAttribute('data-kind')), 'gpa');
      await frame.locator('[data-kind="gpa"]').press('Tab');
      await frame.locator('[data-kind="gfn"]').press('Enter');
      await frame.waitForSelector('[data-kind="gfn"][aria-pressed="true"]');
      assert.match(await frame.locator('#status').innerText(), /^invalid — reserved bit 59 set/);
      await frame.locator('[data-kind="gpa"]').click();
      await frame.waitForSelector('#status.shared');
    },
  ],
  [
    'the panel and its history survive a window reload (serializer + webview state), and so do TDX Addresses pins',
    async (ctx) => {
      await runCommand(ctx.page, 'TDX: Pin as TDX Address');
      await ctx.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Pin Expression' }).waitFor();
      await ctx.page.keyboard.type('fault_gpa');
      await ctx.page.keyboard.press('Enter');
      await ctx.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      await runCommand(ctx.page, 'Developer: Reload Window');
      await ctx.page.waitForEvent('load', { timeout: 120_000 });
      await ctx.page.waitForSelector('.statusbar >> text=GPAW 48', { timeout: 120_000 });
      ctx.frame = await inspectorFrame(ctx.page);
      await ctx.frame.waitForSelector('#history .history-item');
      assert.match(await ctx.frame.locator('#history').innerText(), /0x8000_0000_1234/);
      assert.equal(await ctx.frame.locator('#address').inputValue(), '0x800000001234');
      // The pin is still there after the reload, in the Run and Debug side bar.
      await runCommand(ctx.page, 'View: Show Run and Debug');
      const header = ctx.page.locator('.pane-header', { hasText: 'TDX Addresses' });
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      const view = ctx.page.locator('.pane', { has: header });
      await view.locator('.monaco-list-row', { hasText: 'fault_gpa' }).waitFor();
      assert.match(await view.locator('.monaco-list-row', { hasText: 'fault_gpa' }).innerText(), /not evaluated/);
      await runCommand(ctx.page, 'TDX: Unpin All TDX Addresses');
      await runCommand(ctx.page, 'View: Show Explorer');
    },
  ],
  [
    'a conversion with no address under the cursor prompts, validates as you type and offers Copy',
    async ({ page }) => {
      await openFile(page, 'guest-dmesg.log');
      await page.keyboard.press('Control+Home');
      await runCommand(page, 'TDX: Convert to Shared');
      const box = page.locator('.quick-input-widget input');
      await box.waitFor();
      await page.keyboard.type('deadbeef');
      await page.waitForSelector('.quick-input-message >> text=/bare hex without a 0x prefix/');
      await box.fill('0x1000');
      await page.keyboard.press('Enter');
      const toast = page.locator('.notification-toast', { hasText: '0x1000 to shared (GPAW 48): 0x8000_0000_1000' });
      await toast.waitFor();
      assert.ok(
        (await toast.locator('a.monaco-button, .monaco-button', { hasText: 'Copy' }).count()) >= 1,
        (await notifications(page)).join(' | '),
      );
    },
  ],
  [
    'the status-bar item opens the GPAW quick pick and switches GPAW',
    async ({ page }) => {
      await page.locator('.statusbar-item', { hasText: 'GPAW 48' }).click();
      await page.waitForSelector('.quick-input-list .monaco-list-row >> text=GPAW 52');
      const rows = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
      assert.ok(
        rows.some((r) => /GPAW 48.*\(current\)/s.test(r)),
        rows.join(' | '),
      );
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'GPAW 52' }).click();
      await page.waitForSelector('.statusbar >> text=GPAW 52');
    },
  ],
  ...[
    ['GDB', 'Debug gpa_demo (GDB)'],
    ['lldb-dap', 'Debug gpa_demo (LLDB, lldb-dap)'],
  ].map(([adapter, config], k) => [
    `the Debug Console shows the TDX line after the value it annotates (${adapter})`,
    async ({ page }) => {
      const line =
        readFileSync(join(root, 'samples', 'gpa_demo.c'), 'utf8')
          .split('\n')
          .findIndex((l) => l.includes('/* break here */')) + 1;
      if (k === 0) {
        await openFile(page, 'gpa_demo.c');
        await page.keyboard.press('Control+G');
        await page.waitForSelector('.quick-input-widget input');
        await page.keyboard.type(String(line));
        await page.keyboard.press('Enter');
        // F9 toggles a breakpoint only once Go to Line has closed and given the focus back to the editor; on a
        // loaded machine a key pressed before that is lost, and the debug sessions below never stop.
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        await page.locator('.part.editor .monaco-editor.focused').waitFor();
        await page.keyboard.press('F9');
        await page.locator('.codicon-debug-breakpoint').first().waitFor();
      }
      await runCommand(page, 'Debug: Select and Start Debugging');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: config }).first().click();
      await page.locator('.debug-toolbar .codicon-debug-continue').waitFor({ timeout: 120_000 });
      await runCommand(page, 'Debug: Focus on Debug Console View');
      // Type only once the console's input editor has the focus, or the keys land in the source editor.
      await page.locator('.repl-input-wrapper .monaco-editor.focused').waitFor();
      await page.keyboard.type('gpa');
      await page.keyboard.press('Enter');
      const repl = page.locator('.repl');
      // An earlier step left GPAW 52: the annotation reads the value under it.
      const annotation = repl.locator('.monaco-list-row', { hasText: 'TDX (GPAW 52): private GPA 0x8000_0000_1234' });
      await annotation.first().waitFor(); // each session has a console of its own
      const rows = (await repl.locator('.monaco-list-row').allInnerTexts()).map((r) => r.trim());
      const tdx = rows.findIndex((r) => r.includes('TDX (GPAW 52): private GPA 0x8000_0000_1234'));
      const value = rows.slice(0, tdx).findLastIndex((r) => r.includes('140737488359988'));
      const input = rows.slice(0, tdx).findLastIndex((r) => r === 'gpa');
      assert.ok(input >= 0 && value > input && tdx > value, `input, value, then the TDX line: ${JSON.stringify(rows)}`);
      // cdt-gdb-adapter acknowledges the first stop without ending a plain launch; the second disconnects.
      await page.keyboard.press('Shift+F5');
      await page.keyboard.press('Shift+F5');
      await page.locator('.debug-toolbar').waitFor({ state: 'hidden' });
    },
  ]),
];
