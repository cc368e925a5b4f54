import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hooks, openDocument, renderAfter, setSetting } from '../util/helpers';

function panelTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('tdx.inspector'));
}

describe('Address Inspector panel', () => {
  before(async () => {
    await activateExtension();
    await setSetting('tdx.gpaw', 48);
  });
  after(() => setSetting('tdx.gpaw', 48));

  it('opens one panel and shows an address sent by tdx.inspect', async () => {
    const r = await renderAfter(
      () => vscode.commands.executeCommand('tdx.inspect', '0x8000_0000_1234'),
      (r) => r.input === '0x8000_0000_1234',
      'the inspected address',
    );
    assert.equal(r.status, 'shared — bit 47 is set');
    assert.equal(r.gpaw, 48);
    assert.equal(r.sharedBitSet, true);
    assert.equal(r.error, '');
    assert.ok(r.historyLength >= 1);
    const tab = panelTab();
    assert.ok(tab, 'a tdx.inspector webview tab is open');
    assert.equal(tab.label, 'TDX Address Inspector');
    await vscode.commands.executeCommand('tdx.openInspector');
    assert.equal(
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('tdx.inspector')).length,
      1,
    );
  });

  it('re-analyses typed input, with an inline error for bad input', async () => {
    const tdx = await hooks();
    let r = await renderAfter(
      () => tdx.inspector.receive({ type: 'input', text: '0x8_0000_0000_1000', kind: 'gpa', seq: 101 }),
      (r) => r.input === '0x8_0000_0000_1000',
      'typed input',
    );
    assert.equal(r.status, 'invalid — reserved bit 51 set (bits 63:48 must be 0 under GPAW 48)');
    r = await renderAfter(
      () => tdx.inspector.receive({ type: 'input', text: '0x1.8p3', kind: 'gpa', seq: 102 }),
      (r) => r.input === '0x1.8p3',
      'bad input',
    );
    assert.equal(r.status, 'not an address');
    assert.match(r.error, /hex floats/);
    r = await renderAfter(
      () => tdx.inspector.receive({ type: 'input', text: '8000fee00', kind: 'gfn', seq: 103 }),
      (r) => r.input === '8000fee00',
      'a GFN via the toggle',
    );
    assert.match(r.error, /bare hex/);
    r = await renderAfter(
      () => tdx.inspector.receive({ type: 'input', text: '0x8000fee00', kind: 'gfn', seq: 104 }),
      (r) => r.input === '0x8000fee00' && r.kind === 'gfn',
      'a GFN via the toggle',
    );
    assert.equal(r.status, 'shared — bit 47 is set');
  });

  it('changes GPAW from the panel (writing tdx.gpaw) and toggles the shared bit', async () => {
    const tdx = await hooks();
    await renderAfter(
      () => tdx.inspector.receive({ type: 'input', text: '0x8000_0000_1234', kind: 'gpa', seq: 105 }),
      (r) => r.input === '0x8000_0000_1234',
      'the address',
    );
    let r = await renderAfter(
      () => tdx.inspector.receive({ type: 'setGpaw', gpaw: 52 }),
      (r) => r.gpaw === 52,
      'GPAW 52',
    );
    assert.equal(r.status, 'private — bit 51 is clear');
    assert.equal(r.sharedBitSet, false);
    assert.equal(vscode.workspace.getConfiguration('tdx', vscode.workspace.workspaceFolders![0].uri).get('gpaw'), 52);
    r = await renderAfter(
      () => tdx.inspector.receive({ type: 'toggleSharedBit' }),
      (r) => r.input !== '0x8000_0000_1234',
      'the toggled address',
    );
    assert.equal(r.input, '0x8_8000_0000_1234');
    assert.equal(r.sharedBitSet, true);
    assert.equal(r.status, 'shared — bit 51 is set');
    r = await renderAfter(
      () => tdx.inspector.receive({ type: 'setGpaw', gpaw: 48 }),
      (r) => r.gpaw === 48,
      'GPAW 48',
    );
    assert.equal(r.status, 'invalid — reserved bit 51 set (bits 63:48 must be 0 under GPAW 48)');
  });

  it('keeps a bounded, de-duplicated, clickable, clearable history', async () => {
    const tdx = await hooks();
    await vscode.commands.executeCommand('tdx.inspect', '0x1000');
    await vscode.commands.executeCommand('tdx.inspect', '0x2000');
    await vscode.commands.executeCommand('tdx.inspect', '0x0000000000001000');
    const state = tdx.inspector.state()!;
    assert.deepEqual(
      state.history.slice(0, 2).map((h) => h.input),
      ['0x0000000000001000', '0x2000'],
    );
    assert.equal(state.history.filter((h) => /^0x0*1000$/.test(h.input)).length, 1);
    let r = await renderAfter(
      () => tdx.inspector.receive({ type: 'pickHistory', index: 1 }),
      (r) => r.input === '0x2000',
      'the picked entry',
    );
    assert.equal(r.status, 'private — bit 47 is clear');
    for (let i = 0; i < 60; i++) await vscode.commands.executeCommand('tdx.inspect', `0x${(i + 1).toString(16)}000`);
    assert.equal(tdx.inspector.state()!.history.length, 50);
    r = await renderAfter(
      () => tdx.inspector.receive({ type: 'clearHistory' }),
      (r) => r.historyLength === 0,
      'an empty history',
    );
    assert.equal(tdx.inspector.state()!.history.length, 0);
  });

  it('ignores malformed messages: nothing changes, and the next valid message works', async () => {
    const tdx = await hooks();
    await setSetting('tdx.gpaw', 48);
    await renderAfter(
      () => vscode.commands.executeCommand('tdx.inspect', '0x8000_0000_1234'),
      (r) => r.input === '0x8000_0000_1234',
      'a known state',
    );
    const before = JSON.stringify(tdx.inspector.state());
    const gpaw = () => vscode.workspace.getConfiguration('tdx', vscode.workspace.workspaceFolders![0].uri).get('gpaw');
    const bad = [
      null,
      42,
      'input',
      { type: 'evil' },
      { type: 'input', text: 5, kind: 'gpa', seq: 2 },
      { type: 'input', text: '0x1', kind: 'gva', seq: 2 },
      { type: 'input', text: '0x1', kind: 'gpa' },
      { type: 'setGpaw', gpaw: 57 },
      { type: 'copy', text: 'x'.repeat(1000) },
      { type: 'pickHistory', index: -1 },
    ];
    for (const m of bad) assert.equal(tdx.inspector.receive(m), true, 'the panel is open to receive');
    // Each valid message is answered by a render; a render after the bad ones shows none of them took effect.
    const r = await renderAfter(
      () => tdx.inspector.receive({ type: 'ready' }),
      () => true,
      'a render after the bad messages',
    );
    assert.equal(JSON.stringify(tdx.inspector.state()), before, 'the panel state is unchanged');
    assert.equal(gpaw(), 48, 'tdx.gpaw was not written');
    assert.equal(r.input, '0x8000_0000_1234');
    assert.equal(r.status, 'shared — bit 47 is set');
    const ok = await renderAfter(
      () => tdx.inspector.receive({ type: 'input', text: '0x1000', kind: 'gpa', seq: 3 }),
      (r) => r.input === '0x1000',
      'a valid message after bad ones',
    );
    assert.equal(ok.status, 'private — bit 47 is clear');
  });

  it('restores its state when hidden and shown again (webview state, no retainContextWhenHidden)', async () => {
    await vscode.commands.executeCommand('tdx.inspect', '0x8000_0000_4321');
    const tab = panelTab()!;
    const doc = await openDocument('cover the panel');
    await vscode.window.showTextDocument(doc, { viewColumn: tab.group.viewColumn, preview: false });
    assert.equal(panelTab()!.isActive, false);
    const r = await renderAfter(
      () => vscode.commands.executeCommand('tdx.openInspector'),
      (r) => r.input === '0x8000_0000_4321',
      'the restored panel',
    );
    assert.equal(r.status, 'shared — bit 47 is set');
    assert.ok(r.historyLength >= 1);
  });
});
