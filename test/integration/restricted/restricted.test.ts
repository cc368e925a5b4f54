import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Notice } from '../../../src/platform/notify';
import { activateExtension, hooks, hoverAt, openText, statusOf, waitFor } from '../util/helpers';

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
  it("uses the default tdx.debug.gpawExpressions, not the workspace's, and says so", async () => {
    const tdx = await hooks();
    // The launcher put `system("touch /tmp/tdx-pwned")` into this workspace's tdx.debug.gpawExpressions.
    const settingsFile = path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, '.vscode', 'settings.json');
    assert.match(
      fs.readFileSync(settingsFile, 'utf8'),
      /system\(\\"touch \/tmp\/tdx-pwned\\"\)/,
      'the run has the hostile workspace value',
    );
    const notice = waitFor(tdx.onDidNotify, (n: Notice) => n.severity === 'warning', 'the explanation');
    assert.equal(await vscode.commands.executeCommand('tdx.readGpawFromDebuggee', { apply: true }), undefined);
    assert.equal(
      (await notice).text,
      'Read GPAW from Debug Session needs a debug session stopped at a breakpoint; it evaluates kvm->arch.gfn_direct_bits, ' +
        'kvm->arch.gfn_shared_mask, cc_mask (tdx.debug.gpawExpressions). In Restricted Mode a value of ' +
        'tdx.debug.gpawExpressions from the workspace is ignored; trust the workspace to use it.',
    );
  });
});
