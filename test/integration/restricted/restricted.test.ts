import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hoverAt, openText, statusOf } from '../util/helpers';

describe('Restricted Mode (workspace trust on, workspace not trusted)', () => {
  before(activateExtension);

  it('runs untrusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('still hovers, with the workspace GPAW', async () => {
    const editor = await openText('gpa 0x8000_0000_1234\n');
    const hover = await hoverAt(editor.document.uri, 0, 8);
    assert.match(hover, /GPAW 48/);
    assert.equal(statusOf(hover), 'Status: **shared** — bit 47 is set');
  });

  it('converts through commands', async () => {
    assert.equal(await vscode.commands.executeCommand('tdx.toPrivate', '0x8000_0000_1234'), '0x1234');
  });
});

describe('Restricted Mode: nothing from workspace settings is executed', () => {
  it('ignores tdx.debug.gpawExpressions from the untrusted workspace', () => {
    const expressions = vscode.workspace.getConfiguration('tdx', vscode.workspace.workspaceFolders![0].uri).get('debug.gpawExpressions');
    assert.deepEqual(expressions, ['kvm->arch.gfn_direct_bits', 'kvm->arch.gfn_shared_mask', 'cc_mask']);
  });

  it('answers Read GPAW without a debug session by explaining, not evaluating', async () => {
    assert.equal(await vscode.commands.executeCommand('tdx.readGpawFromDebuggee', { apply: true }), undefined);
  });
});
