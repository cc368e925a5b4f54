import * as vscode from 'vscode';
import type { AnalysisSummary } from '../../../src/tdx/summary';
import * as assert from '../util/assert';
import {
  EXTENSION_ID,
  exportsOf,
  hooks,
  hoverOn,
  openWorkspaceDocument,
  renderAfter,
  setSetting,
  statusOf,
  SUMMARY_0x8000_0000_1234,
} from '../util/workbench';

const TRACE = 'kvm_page_fault: vcpu 0 rip 0xffffffff81a01234 address 0x0000800000001234 error_code 0x181\n';

const title = (hover: string) => hover.split('\n')[0];

describe("In the browser's web worker extension host", () => {
  before(async () => {
    await exportsOf();
    await setSetting('tdx.gpaw', 48);
  });
  after(() => setSetting('tdx.gpaw', 48));

  it('runs in a web worker, not in Node, and is active with its test hooks', async () => {
    assert.ok(typeof process === 'undefined' || !process.versions?.node, 'no Node process in the web worker extension host');
    assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a worker global scope');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext?.isActive, 'the extension is active');
    assert.equal(ext.extensionKind, vscode.ExtensionKind.UI, 'it runs on the UI side, not in the remote Node host');
    assert.ok((await exportsOf()).testing, 'ExtensionMode.Test: the test hooks are exported');
  });

  it('hovers a GPA in a KVM trace: shared under GPAW 48, private under GPAW 52', async () => {
    const doc = await openWorkspaceDocument(TRACE);
    let gpa = await hoverOn(doc, '0x0000800000001234');
    assert.match(title(gpa), /^\*\*TDX GPA\*\* `0x8000_0000_1234` — label `address`/);
    assert.match(gpa, /GPAW 48: shared bit 47, 4-level EPT/);
    assert.equal(statusOf(gpa), 'Status: **shared** — bit 47 is set');
    assert.match(gpa, /\| GFN \| `0x8_0000_0001` \|/);
    assert.match(gpa, /\| To private \(GPA\) \| `0x1234` \|/);
    assert.match(gpa, /\| EPT indices \| PML4 256 · PDPT 0 · PD 0 · PT 1 \|/);
    assert.match(
      gpa,
      /_Read as a GPA: `address` of kvm_page_fault \(arch\/x86\/kvm\/trace\.h\): raw GPA, shared bit included \(certain\)\._/,
    );
    assert.match(title(await hoverOn(doc, '0xffffffff81a01234')), /^\*\*TDX: guest virtual address\*\* `0xffffffff81a01234`/);
    assert.match(await hoverOn(doc, '0x181'), /EPT_VIOLATION_ACC_READ \| EPT_VIOLATION_GVA_IS_VALID \| EPT_VIOLATION_GVA_TRANSLATED/);
    await setSetting('tdx.gpaw', 52);
    gpa = await hoverOn(doc, '0x0000800000001234');
    assert.equal(statusOf(gpa), 'Status: **private** — bit 51 is clear');
    assert.equal((await hooks()).statusBar.text, 'GPAW 52', 'the status bar follows the setting');
    await setSetting('tdx.gpaw', 48);
    assert.equal((await hooks()).statusBar.text, 'GPAW 48');
  });

  it('puts an inlay hint after the guest-physical value only', async () => {
    const doc = await openWorkspaceDocument(TRACE);
    await setSetting('tdx.inlayHints.enabled', true);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
      'vscode.executeInlayHintProvider',
      doc.uri,
      new vscode.Range(0, 0, 0, TRACE.length),
    );
    const labels = hints.map((h) => [h.position.character, typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')]);
    assert.deepEqual(labels, [[TRACE.indexOf(' error_code'), 'shared']]);
  });

  it('converts a string argument and returns the result; converts the address under the caret in an editor', async () => {
    assert.equal(await vscode.commands.executeCommand('tdx.toShared', '0x1000'), '0x800000001000');
    assert.equal(await vscode.commands.executeCommand('tdx.toPrivate', '0x8000_0000_1234'), '0x1234');
    assert.equal(await vscode.commands.executeCommand('tdx.toggleShared', '0x00001000ULL'), '0x800000001000ULL');
    assert.equal(await vscode.commands.executeCommand('tdx.gpaToGfn', '0x8000fee00000'), '0x8000fee00');
    assert.equal(await vscode.commands.executeCommand('tdx.gfnToGpa', '0x8000fee00'), '0x8000fee00000');
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('tdx.toShared', 'deadbeef')),
      /bare hex without a 0x prefix.*Accepted: 0x-prefixed hex/,
    );
    const editor = await vscode.window.showTextDocument(await openWorkspaceDocument(TRACE));
    const at = editor.document.positionAt(TRACE.indexOf('0x0000800000001234') + 4);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('tdx.toPrivate');
    assert.equal(editor.document.lineAt(0).text, TRACE.trim().replace('0x0000800000001234', '0x0000000000001234'));
  });

  it('tdx.inspect returns the analysis summary', async () => {
    const summary = await vscode.commands.executeCommand<AnalysisSummary>('tdx.inspect', '0x8000_0000_1234');
    assert.deepEqual(summary, SUMMARY_0x8000_0000_1234);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('tdx.inspect', '#ff00ff')), /not an address/);
  });

  it('renders the inspector panel (its webview reports what it shows) and toggles the shared bit from it', async () => {
    let r = await renderAfter(
      () => vscode.commands.executeCommand('tdx.inspect', '0x8000_0000_abcd'),
      (r) => r.input === '0x8000_0000_abcd',
      'the inspected address',
    );
    assert.equal(r.status, 'shared — bit 47 is set');
    assert.equal(r.gpaw, 48);
    assert.equal(r.sharedBitSet, true);
    assert.equal(r.error, '');
    const tabs = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('tdx.inspector'));
    assert.equal(tabs.length, 1, 'one inspector tab');
    assert.equal(tabs[0].label, 'TDX Address Inspector');
    const tdx = await hooks();
    r = await renderAfter(
      () => tdx.inspector.receive({ type: 'toggleSharedBit' }),
      (r) => r.input !== '0x8000_0000_abcd',
      'the toggled address',
    );
    assert.equal(r.status, 'private — bit 47 is clear');
    assert.equal(r.sharedBitSet, false);
  });
});
