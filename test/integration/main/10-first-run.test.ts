// The first five minutes of a user: the walkthrough's sample trace, and a GPAW nobody chose yet.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hoverAt, hooks, openWorkspaceDocument, setSetting, statusOf } from '../util/helpers';

const PAGE_FAULT = 'kvm_page_fault: vcpu 0 rip 0xffffffff81c2a1f4 address 0x00008000fee00000 error_code 0x181\n';

/** The hover on the `address` of the first kvm_page_fault line of `doc`. */
function hoverPageFault(doc: vscode.TextDocument): Promise<string> {
  const lines = doc.getText().split('\n');
  const line = lines.findIndex((l) => l.includes('kvm_page_fault:'));
  assert.ok(line >= 0, 'the document has a kvm_page_fault line');
  return hoverAt(doc.uri, line, lines[line].indexOf('0x00008000fee00000') + 4);
}

describe('First run: the sample trace and the assumed GPAW', () => {
  before(activateExtension);
  after(async () => {
    await setSetting('tdx.gpaw', undefined, vscode.ConfigurationTarget.Global);
    await setSetting('tdx.gpaw', 48);
  });

  it('TDX: Open Sample Trace opens the built-in trace, which says its GPAW, and its kvm_page_fault address hovers as a shared GPA', async () => {
    await setSetting('tdx.gpaw', 48);
    const uri = await vscode.commands.executeCommand<string>('tdx.openSampleTrace');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is active');
    assert.equal(editor.document.uri.toString(), uri, 'the command returns the URI of the document it shows');
    assert.equal(editor.document.uri.scheme, 'tdx-sample', 'built into the extension: no file of the repository');
    assert.equal(editor.document.isDirty, false, 'read-only: closing it asks nothing');
    assert.equal(editor.document.languageId, 'log');
    const text = editor.document.getText();
    assert.match(text.split('\n')[0], /^# TDX host: KVM trace of a TD with GPAW 48 \(tdx\.gpaw 48\)/);
    for (const marker of [
      'kvm_page_fault: vcpu',
      'kvm_intel: SEAMCALL',
      'failed: 0x8000020000000092',
      'BIOS-e820: [mem',
      'kvm_convert_memory start',
    ])
      assert.ok(text.includes(marker), `the sample has ${marker}`);
    const hover = await hoverPageFault(editor.document);
    assert.match(hover, /\*\*TDX GPA\*\* `0x8000_fee0_0000` — label `address`/);
    assert.match(hover, /GPAW 48: shared bit 47, 4-level EPT/);
    assert.equal(statusOf(hover), 'Status: **shared** — bit 47 is set');
    assert.match(hover, /`address` of kvm_page_fault/);
    assert.match(hover, /\| To private \(GPA\) \| `0xfee0_0000` \|/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('says "GPAW 52 (default)" in the status bar and "Assuming GPAW 52 (default)" in hovers until tdx.gpaw is set at some level, then neither', async () => {
    const tdx = await hooks();
    const doc = await openWorkspaceDocument(PAGE_FAULT);
    await vscode.window.showTextDocument(doc);

    await setSetting('tdx.gpaw', undefined);
    const set = vscode.workspace.getConfiguration('tdx', doc.uri).inspect('gpaw');
    assert.deepEqual(
      [set?.globalValue, set?.workspaceValue, set?.workspaceFolderValue],
      [undefined, undefined, undefined],
      'no level sets it',
    );
    assert.equal(tdx.statusBar.text, 'GPAW 52 (default)');
    assert.match(tdx.statusBar.tooltip, /assumed/);
    assert.match(tdx.statusBar.tooltip, /click to choose 48 or 52/);
    let hover = await hoverPageFault(doc);
    assert.match(hover, /GPAW 52 \(default\): shared bit 51, 5-level EPT/);
    assert.match(hover, /_Assuming GPAW 52 \(default\): a wrong GPAW swaps shared and private\._ \[Set it\]\(command:tdx\.selectGpaw "/);
    assert.equal(statusOf(hover), 'Status: **private** — bit 51 is clear', 'read under the assumed 52');

    // Set explicitly to the default's value: no longer assumed.
    await setSetting('tdx.gpaw', 52);
    assert.equal(tdx.statusBar.text, 'GPAW 52');
    assert.doesNotMatch(tdx.statusBar.tooltip, /assumed|default/);
    hover = await hoverPageFault(doc);
    assert.match(hover, /GPAW 52: shared bit 51, 5-level EPT/);
    assert.doesNotMatch(hover, /assum|default/i);

    // Set in the user settings only: a value at any level counts.
    await setSetting('tdx.gpaw', undefined);
    await setSetting('tdx.gpaw', 48, vscode.ConfigurationTarget.Global);
    assert.equal(tdx.statusBar.text, 'GPAW 48');
    hover = await hoverPageFault(doc);
    assert.equal(statusOf(hover), 'Status: **shared** — bit 47 is set');
    assert.doesNotMatch(hover, /assum|default/i);
  });
});
