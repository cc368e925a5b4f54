import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, exportsOf, hoverAt, hoverOn, openDocument, setSetting, statusOf } from '../util/helpers';

const title = (hover: string) => hover.split('\n')[0];

async function hints(doc: vscode.TextDocument): Promise<string[]> {
  const found = await vscode.commands.executeCommand<vscode.InlayHint[]>(
    'vscode.executeInlayHintProvider',
    doc.uri,
    new vscode.Range(0, 0, doc.lineCount, 0),
  );
  return found.map((h) => `${h.position.line}:${typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')}`);
}

/** The page highlights at `text`: VS Code's own word highlights (all `Text`) are left out, the page's are Read/Write. */
async function pageHighlights(doc: vscode.TextDocument, text: string, into = 3): Promise<number[]> {
  const at = doc.getText().indexOf(text) + into;
  const found = await vscode.commands.executeCommand<vscode.DocumentHighlight[] | undefined>(
    'vscode.executeDocumentHighlights',
    doc.uri,
    doc.positionAt(at),
  );
  return (found ?? []).filter((h) => h.kind !== vscode.DocumentHighlightKind.Text).map((h) => h.range.start.line);
}

const E820 = '[    0.000000] BIOS-e820: [mem 0x0000000100000000-0x000000047fffffff] usable';

describe('No claim without evidence: numbers, the document side, taught labels', () => {
  before(async () => {
    await activateExtension();
    await setSetting('tdx.gpaw', 48);
    await setSetting('tdx.inlayHints.enabled', true);
  });
  after(async () => {
    await setSetting('tdx.inlayHints.enabled', undefined);
    await setSetting('tdx.detect.fields', undefined);
  });

  it('hovers a number nothing identifies with the whole analysis, but gives it no hint and no highlight', async () => {
    const doc = await openDocument('vmm: moved 0x8000fee00000 and 0x8000fee00000 again\ngpa 0x8000fee00000\n', 'log');
    const hover = await hoverOn(doc, '0x8000fee00000', 3);
    assert.match(title(hover), /^\*\*TDX: a number nothing identifies\*\* `0x8000fee00000` — read as a GPA: `0x8000_fee0_0000`/);
    assert.equal(statusOf(hover), 'Status: **shared** — bit 47 is set');
    assert.match(hover, /\| GFN \| `0x8_000f_ee00` \|/);
    assert.match(hover, /command:tdx\.teachLabel/);
    assert.deepEqual(await hints(doc), ['1:shared'], 'only the labelled GPA on line 2 gets a hint');
    assert.deepEqual(await pageHighlights(doc, '0x8000fee00000'), [], 'a number is not a page: no highlight');
    assert.deepEqual(
      await pageHighlights(doc, 'gpa 0x8000fee00000', 'gpa 0x'.length + 2),
      [1],
      'the labelled GPA highlights itself, not the numbers of line 1',
    );
    assert.deepEqual(
      await vscode.commands.executeCommand('tdx.listPages', doc.uri.toString()),
      [{ gfn: '0xfee00', occurrences: 1, shared: 1, private: 0, invalid: 0, firstLine: 1, conversions: 0, mismatches: 0 }],
      'the page index holds the labelled GPA only',
    );
    const api = await exportsOf();
    const [number] = api.scan('vmm: moved 0x8000fee00000', { gpaw: 48 });
    assert.equal(number.kind, 'number');
    assert.equal(number.confidence, 'guess');
    assert.equal(number.status, undefined);
  });

  it('hovers the same [mem a-b] line as host physical in a TDX host log and as a GPA in a TD guest log, naming the line that decided', async () => {
    const host = await openDocument(`[    2.915532] virt/tdx: BIOS enabled: private KeyID range [64, 128)\n${E820}\n`, 'log');
    const onHost = await hoverOn(host, '0x0000000100000000', 4);
    assert.match(title(onHost), /^\*\*TDX: host physical address\*\* `0x0000000100000000` — not a guest physical address/);
    assert.match(onHost, /host physical in a TDX host’s log \(TDX host log: line 1, `\[ {4}2\.915532\] virt\/tdx: BIOS enabled/);

    const guest = await openDocument(`[    0.000000] tdx: Guest detected\n${E820}\n`, 'log');
    const inGuest = await hoverOn(guest, '0x0000000100000000', 4);
    assert.match(title(inGuest), /^\*\*TDX GPA\*\* `0x1_0000_0000`/);
    assert.match(inGuest, /guest physical in a TD guest’s log \(TD guest log: line 1, `\[ {4}0\.000000\] tdx: Guest detected`\)/);

    const unknown = await openDocument(`${E820}\n`, 'log');
    assert.match(await hoverOn(unknown, '0x0000000100000000', 4), /no marker line says which machine wrote this document/);

    // Set by hand, the side wins over the markers, for that document only.
    await vscode.commands.executeCommand('tdx.setDocumentSide', { uri: host.uri.toString(), side: 'guest' });
    const byHand = await hoverOn(host, '0x0000000100000000', 4);
    assert.match(title(byHand), /^\*\*TDX GPA\*\*/);
    assert.match(byHand, /TD guest log \(set by hand\)/);
    await vscode.commands.executeCommand('tdx.setDocumentSide', { uri: host.uri.toString(), side: 'auto' });
    assert.match(title(await hoverOn(host, '0x0000000100000000', 4)), /host physical address/);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('tdx.setDocumentSide', { uri: host.uri.toString(), side: 'hypervisor' })),
      /tdx\.setDocumentSide got an object; it takes \{ uri: string, side: "auto" \| "host" \| "guest" \}/,
    );
  });

  it("reads a host log's own addresses as host physical and its VMM's lines as GPAs; a TDVMCALL's registers by its leaf", async () => {
    const log = await openDocument(
      [
        '[    2.915532] virt/tdx: BIOS enabled: private KeyID range [64, 128)',
        '[ 5012.771003] mce: [Hardware Error]: TSC 3d1c6e7f8a2b ADDR 1a4c3b000 MISC 86',
        "qemu-system-x86_64: failed to set memory (0x7fe3a000+0x200000) with attr 0x8 error 'Invalid argument'",
        ' qemu-system-x86-8812 [003] .....  2211.731552: kvm_tdvmcall: rip: ffffffff81a0c9d2 reason: MAP_GPA p1: 80007fe3a000 p2: 200000 p3: 0 p4: 0',
        ' qemu-system-x86-8812 [003] .....  2211.731601: kvm_tdvmcall: rip: ffffffff81a0c9d2 reason: GET_TD_VM_CALL_INFO p1: 80007fe3a000 p2: 0 p3: 0 p4: 0',
        '',
      ].join('\n'),
      'log',
    );
    // The hover on `text` in line `line` (0-based), one character in.
    const on = (line: number, text: string) => hoverAt(log.uri, line, log.lineAt(line).text.indexOf(text) + 1);
    const mce = await on(1, '1a4c3b000');
    assert.match(title(mce), /^\*\*TDX: host physical address\*\* `1a4c3b000`/);
    assert.match(mce, /MCi_ADDR.*host physical in a TDX host’s log \(TDX host log: line 1/);
    const qemu = await on(2, '0x7fe3a000');
    assert.match(title(qemu), /^\*\*TDX GPA\*\*/);
    const mapGpa = await on(3, '80007fe3a000');
    assert.match(title(mapGpa), /^\*\*TDX GPA\*\*/);
    assert.match(mapGpa, /R12 of MapGPA/);
    assert.match(title(await on(4, '80007fe3a000')), /register value/);
  });

  it('reads a label taught through the hover in scan() and the hints at once, without a reload', async () => {
    const line = 'kvm_vmgexit_enter: vcpu 0, exit_reason 0x7b, exit_info1 0x8000fee00000, exit_info2 0x0';
    const doc = await openDocument(`${line}\n`, 'log');
    const api = await exportsOf();
    const before = api.scan(line, { uri: doc.uri.toString() }).find((v) => v.text === '0x8000fee00000');
    assert.notEqual(before?.kind, 'gpa');
    assert.deepEqual(await hints(doc), []);
    const hover = await hoverOn(doc, '0x8000fee00000', 3);
    const link = /\[Teach this label…\]\(command:tdx\.teachLabel\?([^ )]+)/.exec(hover);
    assert.ok(link, hover);
    const [arg] = JSON.parse(decodeURIComponent(link[1])) as [{ label: string; event?: string; uri?: string }];
    assert.equal(arg.label, 'exit_info1');
    assert.equal(arg.uri, doc.uri.toString());
    // The link's quick pick gives the kind; a test passes it with the link's own argument.
    assert.equal(await vscode.commands.executeCommand('tdx.teachLabel', { ...arg, kind: 'gpa' }), 'gpa');
    const written = vscode.workspace.getConfiguration('tdx').get<Record<string, string>>('detect.fields');
    assert.equal(written?.[arg.event ? `${arg.event}/exit_info1` : 'exit_info1'], 'gpa');
    const after = api.scan(line, { uri: doc.uri.toString() }).find((v) => v.text === '0x8000fee00000');
    assert.equal(after?.kind, 'gpa');
    assert.equal(after?.status, 'shared');
    assert.match(after?.why ?? '', /taught in tdx\.detect\.fields/);
    assert.deepEqual(await hints(doc), ['0:shared']);
  });
});
