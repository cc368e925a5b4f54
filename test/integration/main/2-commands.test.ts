import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hooks, openText, setSetting, SUMMARY_0x8000_0000_1234 } from '../util/helpers';

function caretIn(doc: vscode.TextDocument, needle: string, offset = 2): vscode.Selection {
  const at = doc.positionAt(doc.getText().indexOf(needle) + offset);
  return new vscode.Selection(at, at);
}

function selecting(doc: vscode.TextDocument, needle: string): vscode.Selection {
  const start = doc.getText().indexOf(needle);
  return new vscode.Selection(doc.positionAt(start), doc.positionAt(start + needle.length));
}

describe('Conversion commands', () => {
  before(async () => {
    await activateExtension();
    await setSetting('tdx.gpaw', 48);
  });

  it("converts every selection in one undoable edit, keeping each token's style", async () => {
    const original = [
      'a = 0x00001000ULL;',
      "b = 0x8000'0000'1234;",
      'c = nothing here;',
      'kvm_mmu_set_spte: gfn 8000FEE00 level 1',
      'd = 0X1_0000_u64;',
    ].join('\n');
    const editor = await openText(original, 'c');
    const doc = editor.document;
    editor.selections = [
      caretIn(doc, '0x00001000ULL'),
      selecting(doc, "0x8000'0000'1234"),
      caretIn(doc, 'nothing'),
      caretIn(doc, '8000FEE00'),
      caretIn(doc, '0X1_0000_u64'),
    ];
    await vscode.commands.executeCommand('tdx.toggleShared');
    assert.equal(
      doc.getText(),
      [
        'a = 0x800000001000ULL;',
        'b = 0x1234;',
        'c = nothing here;',
        'kvm_mmu_set_spte: gfn FEE00 level 1',
        'd = 0X8000_0001_0000_u64;',
      ].join('\n'),
    );
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original, 'one undo restores every selection');
  });

  it('converts every address inside a multi-line selection, and GPA⇄GFN', async () => {
    const editor = await openText('[mem 0x0000000100000000-0x000000047fffffff]\nfault 0x8000fee00000\n');
    editor.selection = new vscode.Selection(0, 0, 0, 44);
    await vscode.commands.executeCommand('tdx.toShared');
    assert.equal(editor.document.lineAt(0).text, '[mem 0x0000800100000000-0x000080047fffffff]');
    editor.selection = caretIn(editor.document, '0x8000fee00000');
    await vscode.commands.executeCommand('tdx.gpaToGfn');
    assert.equal(editor.document.lineAt(1).text, 'fault 0x8000fee00');
    await vscode.commands.executeCommand('tdx.gfnToGpa');
    assert.equal(editor.document.lineAt(1).text, 'fault 0x8000fee00000');
  });

  it('returns the converted string for a string argument and touches no editor', async () => {
    const editor = await openText('0x1000\n');
    assert.equal(await vscode.commands.executeCommand('tdx.toShared', '0x1000'), '0x800000001000');
    assert.equal(await vscode.commands.executeCommand('tdx.toPrivate', '0x8000_0000_1234'), '0x1234');
    assert.equal(await vscode.commands.executeCommand('tdx.toggleShared', '0x00001000ULL'), '0x800000001000ULL');
    assert.equal(await vscode.commands.executeCommand('tdx.gpaToGfn', '0x8000fee00000'), '0x8000fee00');
    assert.equal(await vscode.commands.executeCommand('tdx.gfnToGpa', '0x8000fee00'), '0x8000fee00000');
    assert.equal(await vscode.commands.executeCommand('tdx.toShared', '4096'), '140737488359424');
    assert.equal(editor.document.getText(), '0x1000\n');
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('tdx.toShared', 'deadbeef')),
      /bare hex without a 0x prefix.*Accepted: 0x-prefixed hex/,
    );
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('tdx.gpaToGfn', 'gfn 0x1')), /already a GFN/);
  });

  it('tdx.inspect returns the analysis summary', async () => {
    const summary = await vscode.commands.executeCommand('tdx.inspect', '0x8000_0000_1234');
    assert.deepEqual(summary, SUMMARY_0x8000_0000_1234);
    const gfn = await vscode.commands.executeCommand<{ kind: string; gpa: string; status: string }>('tdx.inspect', 'gfn 8000fee00');
    assert.equal(gfn.kind, 'gfn');
    assert.equal(gfn.gpa, '0x8000fee00000');
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('tdx.inspect', '#ff00ff')), /not an address/);
  });

  it('tdx.selectGpaw sets the folder setting and the status bar follows', async () => {
    const tdx = await hooks();
    assert.equal(tdx.statusBar.text, 'GPAW 48');
    const changed = new Promise<void>((r) => {
      const s = vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('tdx.gpaw') && (s.dispose(), r()));
    });
    assert.equal(await vscode.commands.executeCommand('tdx.selectGpaw', 52), 52);
    await changed;
    assert.equal(vscode.workspace.getConfiguration('tdx', vscode.workspace.workspaceFolders![0].uri).get('gpaw'), 52);
    assert.equal(tdx.statusBar.text, 'GPAW 52');
    assert.match(tdx.statusBar.tooltip, /bit 51 is the shared bit/);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('tdx.selectGpaw', 57)), /GPAW must be 48 or 52, got 57/);
    await setSetting('tdx.gpaw', 48);
    assert.equal(tdx.statusBar.text, 'GPAW 48');
  });

  it('replaces the hovered token through the hover link command, refusing stale edits', async () => {
    const editor = await openText('x = 0x8000_0000_1234;\n');
    const uri = editor.document.uri.toString();
    const args = { uri, line: 0, start: 4, end: 20, expected: '0x8000_0000_1234', text: '0x1234' };
    assert.equal(await vscode.commands.executeCommand('tdx.replaceToken', args), true);
    assert.equal(editor.document.lineAt(0).text, 'x = 0x1234;');
    assert.equal(await vscode.commands.executeCommand('tdx.replaceToken', args), false);
    assert.equal(editor.document.lineAt(0).text, 'x = 0x1234;');
  });
});

describe('Inlay hints', () => {
  it('label each address shared / private / invalid for the requested range', async () => {
    await setSetting('tdx.inlayHints.enabled', true);
    // The last line's number has no label: nothing says it is a GPA, so it gets no hint.
    const editor = await openText('gpa 0x8000_0000_1234 gpa 0x1000\ngpa 0x8_0000_0000_1000\nx 0x2000\n');
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
      'vscode.executeInlayHintProvider',
      editor.document.uri,
      new vscode.Range(0, 0, 2, 10),
    );
    const labels = hints.map((h) => [
      h.position.line,
      h.position.character,
      typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''),
    ]);
    assert.deepEqual(labels, [
      [0, 20, 'shared'],
      [0, 31, 'private'],
      [1, 22, 'invalid'],
    ]);
    await setSetting('tdx.inlayHints.enabled', false);
    const none = await vscode.commands.executeCommand<vscode.InlayHint[]>(
      'vscode.executeInlayHintProvider',
      editor.document.uri,
      new vscode.Range(0, 0, 2, 10),
    );
    assert.equal(none.length, 0);
    await setSetting('tdx.inlayHints.enabled', true);
  });
});
