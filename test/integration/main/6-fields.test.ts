import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { DebugAnnotation } from '../../../src/debugConsole/index';
import type { AnalysisSummary } from '../../../src/tdx/summary';
import { activateExtension, exportsOf, hooks, hoverOn, openDocument, setSetting, waitFor } from '../util/helpers';
import { startGdbSession, stopSession } from '../util/gdb';

/** A sample file of the workspace the launcher copied (samples/). */
async function sample(name: string): Promise<vscode.TextDocument> {
  const workspace = process.env.TDX_TEST_WORKSPACE;
  assert.ok(workspace, 'TDX_TEST_WORKSPACE is set by the launcher');
  return vscode.workspace.openTextDocument(vscode.Uri.file(path.join(workspace, name)));
}

const title = (hover: string) => hover.split('\n')[0];

describe('Field-aware detection in a real VS Code', () => {
  before(async () => {
    await activateExtension();
    await setSetting('tdx.gpaw', 48);
  });

  it('says what each number of a KVM page fault is: RIP, raw GPA, exit qualification', async () => {
    const doc = await sample('tdx-host.log');
    assert.match(
      title(await hoverOn(doc, '0xffffffff81a01234')),
      /^\*\*TDX: guest virtual address\*\* `0xffffffff81a01234` — not a guest physical address/,
    );
    const gpa = await hoverOn(doc, '0x0000800012345000');
    assert.match(title(gpa), /^\*\*TDX GPA\*\* `0x8000_1234_5000` — label `address`/);
    assert.match(gpa, /Status: \*\*shared\*\* — bit 47 is set/);
    assert.match(
      gpa,
      /_Read as a GPA: `address` of kvm_page_fault \(arch\/x86\/kvm\/trace\.h\): raw GPA, shared bit included \(certain\)\._/,
    );
    const ec = await hoverOn(doc, 'error_code 0x2');
    assert.equal(ec, '', 'the label itself has no hover');
    const qual = await hoverOn(doc, 'error_code 0x2', 'error_code 0x'.length);
    assert.match(title(qual), /^\*\*TDX: EPT-violation exit qualification\*\* `0x2`/);
    assert.match(qual, /EPT_VIOLATION_ACC_WRITE/);
    assert.match(qual, /\[Inspect as GPA anyway\]\(command:tdx\.inspect\?/);
    assert.doesNotMatch(qual, /Status: /, 'no shared/private/invalid for a non-address');
  });

  it('decodes a failed SEAMCALL: the status by name and operand, the registers as registers', async () => {
    const doc = await sample('tdx-host.log');
    const busy = await hoverOn(doc, '0x8000020000000092');
    assert.match(title(busy), /^\*\*TDX: TDX status code\*\*/);
    assert.match(busy, /TDX_OPERAND_BUSY \(error, recoverable\), operand SEPT \(0x92\)/);
    const rcx = await hoverOn(doc, '0x8000000012345000');
    assert.match(title(rcx), /^\*\*TDX: register value\*\*/);
    assert.match(await hoverOn(doc, '0xc0000b0d00000092'), /TDX_EPT_ENTRY_STATE_INCORRECT \(error, non-recoverable\), operand SEPT/);
  });

  it('knows the label traps: a page-table walk addr is a GVA, a TDMR is host physical, pfn is a host PFN', async () => {
    const doc = await sample('tdx-host.log');
    assert.match(title(await hoverOn(doc, '7f3a16a8a001')), /^\*\*TDX: guest virtual address\*\*/);
    assert.match(title(await hoverOn(doc, '0x100000000')), /^\*\*TDX: host physical address\*\*/);
    assert.match(title(await hoverOn(doc, '1a2b3c')), /^\*\*TDX: host page frame number \(PFN\)\*\*/);
    assert.match(title(await hoverOn(doc, '12345 pfn')), /^\*\*TDX GFN \(frame number\)\*\*/);
  });

  it('reads QEMU memory faults: start is a GPA with its range, size a size, flags KVM_MEMORY_EXIT_FLAG_PRIVATE', async () => {
    const doc = await sample('qemu-trace.log');
    const start = await hoverOn(doc, '0x12345000');
    assert.match(start, /Status: \*\*private\*\*/);
    assert.match(start, /Range: 0x1234_5000–0x1234_5fff: 4 KiB, 1 page of 4 KiB; both ends private under GPAW 48/);
    assert.match(title(await hoverOn(doc, '0x1000 flags')), /^\*\*TDX: size\*\*/);
    assert.match(await hoverOn(doc, '0x8\n'), /KVM_MEMORY_EXIT_FLAG_PRIVATE/);
  });

  it('puts inlay hints only after guest-physical values', async () => {
    await setSetting('tdx.inlayHints.enabled', true);
    try {
      const doc = await sample('tdx-host.log');
      const last = doc.lineCount - 1;
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
        'vscode.executeInlayHintProvider',
        doc.uri,
        new vscode.Range(0, 0, last, doc.lineAt(last).text.length),
      );
      const at = hints.map((h) => {
        const line = doc.lineAt(h.position.line).text;
        const start = line.lastIndexOf(' ', h.position.character - 1) + 1;
        return `${line.slice(start, h.position.character)}:${h.label}`;
      });
      assert.deepEqual(at, ['0x0000800012345000:shared', '12345:private']);
    } finally {
      await setSetting('tdx.inlayHints.enabled', undefined);
    }
  });

  it('reads formats the rule generator never wrote: a memory-attribute change, a GDB symbolic address, a mask', async () => {
    await setSetting('tdx.inlayHints.enabled', true);
    try {
      const doc = await openDocument(
        [
          ' qemu-kvm-5120  [007]   812.117305: kvm_vm_set_mem_attributes: 0x00000000080000 -- 0x00000000080200 [0x8]',
          'Line 1834 of "arch/x86/kvm/vmx/tdx.c" starts at address 0xffffffffc0c1a2b0 <tdx_handle_ept_violation> and ends at 0xffffffffc0c1a2c8 <tdx_handle_ept_violation+24>.',
          ' qemu-kvm-4189  [011]  7722.118004: kvm_hv_flush_tlb:     processor_mask 0x3 address_space 0x10a4de000 flags 0x2',
        ].join('\n') + '\n',
        'log',
      );
      const first = await hoverOn(doc, '0x00000000080000');
      assert.match(title(first), /^\*\*TDX GFN \(frame number\)\*\* `0x8_0000`/);
      assert.match(
        first,
        /_Read as a GFN: kvm_vm_set_mem_attributes \(include\/trace\/events\/kvm\.h\): first GFN of the range \(certain\)/,
      );
      const attr = await hoverOn(doc, '0x8]');
      assert.match(title(attr), /^\*\*TDX: flags\*\* `0x8`/);
      assert.match(attr, /KVM_MEMORY_ATTRIBUTE_PRIVATE: the range becomes private/);
      assert.match(title(await hoverOn(doc, '0xffffffffc0c1a2b0')), /^\*\*TDX: virtual pointer\*\*/);
      assert.match(await hoverOn(doc, '0xffffffffc0c1a2b0'), /a symbol follows it/);
      assert.match(title(await hoverOn(doc, '0x3 ')), /^\*\*TDX: flags\*\* `0x3`/);
      assert.match(title(await hoverOn(doc, '0x10a4de000')), /^\*\*TDX GPA\*\*/);
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
        'vscode.executeInlayHintProvider',
        doc.uri,
        new vscode.Range(0, 0, doc.lineCount - 1, 0),
      );
      const at = hints.map((h) => {
        const line = doc.lineAt(h.position.line).text;
        return `${line.slice(line.lastIndexOf(' ', h.position.character - 1) + 1, h.position.character)}:${h.label}`;
      });
      assert.deepEqual(at, ['0x00000000080000:private', '0x00000000080200:private', '0x10a4de000:private']);
    } finally {
      await setSetting('tdx.inlayHints.enabled', undefined);
    }
  });

  it('inspects a non-address as a GPA when asked through the hover link', async () => {
    const summary = await vscode.commands.executeCommand<AnalysisSummary>('tdx.inspect', { address: '0x181', kind: 'gpa' });
    assert.deepEqual([summary.kind, summary.gpa, summary.status], ['gpa', '0x181', 'private']);
  });

  it('offers scan and analyze to other extensions, the same for plaintext and log', async () => {
    const tdx = await exportsOf();
    assert.equal(tdx.apiVersion, 1);
    const line = 'kvm_page_fault: vcpu 0 rip 0xffffffff81a01234 address 0x0000000012345000 error_code 0x2';
    const values = tdx.scan(line, { gpaw: 48, languageId: 'log' });
    assert.deepEqual(
      values.map((v) => [v.text, v.kind]),
      [
        ['0', 'count'],
        ['0xffffffff81a01234', 'gva'],
        ['0x0000000012345000', 'gpa'],
        ['0x2', 'exitQualification'],
      ],
    );
    assert.equal(values[2].status, 'private');
    assert.equal(values[2].start, line.indexOf('0x0000000012345000'));
    assert.match(values[3].meaning ?? '', /^EPT_VIOLATION_ACC_WRITE/);
    assert.deepEqual(tdx.scan(line, { gpaw: 48, languageId: 'plaintext' }), values);
    assert.equal(tdx.analyze('gfn 8000fee00', { gpaw: 48 }).gpa, '0x8000fee00000');
    assert.throws(() => tdx.analyze('deadbeef', { gpaw: 48 }), /bare hex without a 0x prefix/);
  });

  it('converts only guest-physical values in a selection and names the rest', async () => {
    const tdxHooks = await hooks();
    const doc = await openDocument('kvm_page_fault: vcpu 0 rip 0xffffffff81a01234 address 0x0000000012345000 error_code 0x2\n', 'log');
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(0, 0, 0, doc.lineAt(0).text.length);
    const notice = waitFor(tdxHooks.onDidNotify, (n) => n.severity === 'warning', 'the note on what was left alone');
    await vscode.commands.executeCommand('tdx.toShared');
    assert.equal(doc.lineAt(0).text, 'kvm_page_fault: vcpu 0 rip 0xffffffff81a01234 address 0x0000800012345000 error_code 0x2');
    const text = (await notice).text;
    assert.match(text, /0xffffffff81a01234 \(line 1\) is not a guest address \(guest virtual address\)/);
    assert.match(text, /0x2 \(line 1\) is not a guest address \(EPT-violation exit qualification\)/);
  });
});

describe('Field-aware Debug Console annotations with a real GDB', function () {
  let session: vscode.DebugSession;
  let frameId: number;

  before(async function () {
    this.timeout(180_000);
    await activateExtension();
    await setSetting('tdx.gpaw', 48);
    ({ session, frameId } = await startGdbSession());
  });

  after(async () => {
    if (session) await stopSession(session);
  });

  it('decodes an error code instead of calling it a GPA', async () => {
    const tdx = await hooks();
    const next = waitFor(tdx.onDidAnnotateDebugConsole, (a: DebugAnnotation) => a.source === 'console', 'a console annotation');
    await session.customRequest('evaluate', { expression: 'f->error_code', frameId, context: 'repl' });
    assert.equal(
      (await next).line,
      'TDX: page-fault error code 0x1_0000_0002, not a guest address — PFERR_WRITE_MASK | PFERR_GUEST_FINAL_MASK',
    );
  });
});
