import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AnalysisSummary } from '../../../src/tdx/summary';
import { activateExtension, exportsOf, hooks, hoverAt, openDocument, renderAfter, setSetting, statusOf, waitFor } from '../util/helpers';

// The launcher opens tdx.code-workspace: folder `alpha` inherits the workspace's tdx.gpaw 48, folder
// `beta` sets 52. Both hold trace.log with `address 0x0000800000001234` (bit 47 set).
const ADDRESS = '0x0000800000001234';

function folder(name: string): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.find((w) => w.name === name);
  assert.ok(f, `workspace folder ${name}`);
  return f;
}

async function openTrace(name: string): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(vscode.Uri.joinPath(folder(name).uri, 'trace.log'));
  const at = editor.document.positionAt(editor.document.getText().indexOf(ADDRESS) + 4);
  editor.selection = new vscode.Selection(at, at);
  return editor;
}

const gpawOf = (name: string) => vscode.workspace.getConfiguration('tdx', folder(name).uri).inspect<number>('gpaw');

describe('Multi-root: each document follows its own folder', () => {
  before(activateExtension);

  for (const [name, gpaw, status, panelStatus] of [
    ['alpha', 48, 'shared', 'shared — bit 47 is set'],
    ['beta', 52, 'private', 'private — bit 51 is clear'],
  ] as const) {
    it(`tdx.inspect from an editor in ${name}: the summary, the panel, the hover and the status bar all use GPAW ${gpaw}`, async () => {
      const editor = await openTrace(name);
      const tdx = await hooks();
      // The extension's own listener runs before this one: either it already updated, or the event is still to come.
      if (tdx.statusBar.text !== `GPAW ${gpaw}`) {
        await waitFor(
          vscode.window.onDidChangeActiveTextEditor,
          () => tdx.statusBar.text === `GPAW ${gpaw}`,
          'the status bar to follow the editor',
        );
      }
      assert.match(tdx.statusBar.tooltip, new RegExp(`\\(folder ${name}\\)`));
      let summary: AnalysisSummary | undefined;
      const r = await renderAfter(
        async () => (summary = await vscode.commands.executeCommand<AnalysisSummary>('tdx.inspect')),
        (r) => r.gpaw === gpaw && r.input === '0x800000001234',
        `the panel under GPAW ${gpaw}`,
      );
      assert.equal(summary?.gpaw, gpaw);
      assert.equal(summary?.status, status);
      assert.equal(r.status, panelStatus, 'the panel agrees with the summary');
      const hover = await hoverAt(editor.document.uri, 0, editor.selection.active.character);
      assert.match(hover, new RegExp(`GPAW ${gpaw}: shared bit ${gpaw - 1}`));
      assert.match(statusOf(hover), new RegExp(`^Status: \\*\\*${status}\\*\\*`));
    });
  }

  it("the panel's GPAW buttons write the folder it shows, and only that folder", async () => {
    await openTrace('beta');
    await vscode.commands.executeCommand('tdx.inspect');
    const tdx = await hooks();
    const changed = waitFor(
      vscode.workspace.onDidChangeConfiguration,
      (e) => e.affectsConfiguration('tdx.gpaw', folder('beta').uri),
      'beta to change',
    );
    const r = await renderAfter(
      () => tdx.inspector.receive({ type: 'setGpaw', gpaw: 48 }),
      (r) => r.gpaw === 48,
      'GPAW 48 in the panel',
    );
    await changed;
    assert.equal(r.status, 'shared — bit 47 is set');
    assert.equal(gpawOf('beta')?.workspaceFolderValue, 48);
    assert.equal(gpawOf('alpha')?.workspaceFolderValue, undefined, 'alpha is untouched');
    assert.equal(vscode.workspace.getConfiguration('tdx').inspect('gpaw')?.workspaceValue, 48, 'the workspace value is untouched');
    await vscode.workspace.getConfiguration('tdx', folder('beta').uri).update('gpaw', 52, vscode.ConfigurationTarget.WorkspaceFolder);
  });

  it("scan() without a uri reads the workspace's first folder (alpha), whichever folder's editor is active", async () => {
    const fields = (name: string) => vscode.workspace.getConfiguration('tdx', folder(name).uri);
    const line = `zork ${ADDRESS}`;
    try {
      await fields('alpha').update('detect.fields', { zork: 'gpa' }, vscode.ConfigurationTarget.WorkspaceFolder);
      await fields('beta').update('detect.fields', { zork: 'number' }, vscode.ConfigurationTarget.WorkspaceFolder);
      const beta = await openTrace('beta');
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), beta.document.uri.toString());
      const api = await exportsOf();
      const [first] = api.scan(line);
      assert.deepEqual([first.kind, first.status], ['gpa', 'shared'], "alpha's rule and GPAW 48, not beta's rule and GPAW 52");
      const [inBeta] = api.scan(line, { uri: beta.document.uri.toString() });
      assert.equal(inBeta.kind, 'number', "with beta's document as uri, beta's rule");
    } finally {
      await fields('alpha').update('detect.fields', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      await fields('beta').update('detect.fields', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
  });

  it('a file outside every folder follows the workspace settings', async () => {
    await setSetting('tdx.gpaw', 48);
    const doc = await openDocument(`fault ${ADDRESS}\n`, 'log');
    assert.equal(vscode.workspace.getWorkspaceFolder(doc.uri), undefined);
    assert.equal(statusOf(await hoverAt(doc.uri, 0, 10)), 'Status: **shared** — bit 47 is set');
  });
});
