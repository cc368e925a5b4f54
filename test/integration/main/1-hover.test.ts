import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hoverAt, openText, outputDocument, setSetting, statusOf } from '../util/helpers';

describe('Hovers in a real VS Code', () => {
  before(async () => {
    await activateExtension();
    await setSetting('tdx.gpaw', 48);
  });
  after(() => setSetting('tdx.gpaw', 48));

  it('explains a GPA in a C file under GPAW 48: shared, GFN, aliases, EPT, command links', async () => {
    const editor = await openText('u64 gpa = 0x8000_0000_1234ULL;\n', 'c');
    const hover = await hoverAt(editor.document.uri, 0, 14);
    assert.match(hover, /\*\*TDX GPA\*\* `0x8000_0000_1234` — label `gpa`/);
    assert.match(hover, /GPAW 48: shared bit 47, 4-level EPT/);
    assert.equal(statusOf(hover), 'Status: **shared** — bit 47 is set');
    assert.match(hover, /\| GFN \| `0x8_0000_0001` \|/);
    assert.match(hover, /\| Page offset \| `0x234` \|/);
    assert.match(hover, /\| To private \(GPA\) \| `0x1234` \|/);
    assert.match(hover, /\| To shared \(GFN\) \| `0x8_0000_0001` \|/);
    assert.match(hover, /\| EPT indices \| PML4 256 · PDPT 0 · PD 0 · PT 1 \|/);
    assert.match(hover, /\[Open in Inspector\]\(command:tdx\.inspect\?/);
    assert.match(hover, /\[Replace to private\]\(command:tdx\.replaceToken\?/);
    assert.match(hover, /\[Use GPAW 52\]\(command:tdx\.selectGpaw\?/);
    assert.doesNotMatch(hover, /Walk EPT/, 'no EPT walk without a stopped debug session');
  });

  it('reads a GFN after a gfn label in a KVM trace, under both GPAWs', async () => {
    const editor = await openText('kvm_mmu_set_spte: gfn 8000fee00 spte 600000012345677 level 1\n', 'log');
    let hover = await hoverAt(editor.document.uri, 0, 25);
    assert.match(hover, /\*\*TDX GFN \(frame number\)\*\* `0x8_000f_ee00` — label `gfn`/);
    assert.equal(statusOf(hover), 'Status: **shared** — bit 47 is set');
    assert.match(hover, /\| GPA \| `0x8000_fee0_0000` \|/);
    assert.match(hover, /\| To private \(GFN\) \| `0xf_ee00` \|/);
    await setSetting('tdx.gpaw', 52);
    hover = await hoverAt(editor.document.uri, 0, 25);
    assert.match(hover, /GPAW 52: shared bit 51, 5-level EPT/);
    assert.equal(statusOf(hover), 'Status: **private** — bit 51 is clear');
    assert.match(hover, /\| To shared \(GFN\) \| `0x88_000f_ee00` \|/);
    await setSetting('tdx.gpaw', 48);
  });

  it('calls out invalid addresses with the reserved bits, and kernel virtual addresses', async () => {
    const editor = await openText('a 0x8_0000_0000_1000 b 0xffff888000001000\n');
    const inv = await hoverAt(editor.document.uri, 0, 5);
    assert.equal(statusOf(inv), 'Status: **invalid** — reserved bit 51 set (bits 63:48 must be 0 under GPAW 48)');
    assert.match(inv, /one-bit test alone would still call it private/);
    const pointer = await hoverAt(editor.document.uri, 0, 30);
    assert.match(
      pointer,
      /^\*\*TDX: virtual pointer\*\* `0xffff888000001000` — not a guest physical address/,
      'unlabelled, it is a kernel pointer',
    );
    assert.match(pointer, /kernel direct map/);
    const labelled = await openText('fault_gpa = 0xffff888000001000\n', 'c');
    const kva = await hoverAt(labelled.document.uri, 0, 16);
    assert.match(statusOf(kva), /^Status: \*\*invalid\*\* — reserved bits 63:48 set/, 'labelled as a GPA, it is an invalid one');
    assert.match(kva, /kernel virtual address/);
    await setSetting('tdx.gpaw', 52);
    const valid52 = await hoverAt(editor.document.uri, 0, 5);
    assert.equal(statusOf(valid52), 'Status: **shared** — bit 51 is set');
    await setSetting('tdx.gpaw', 48);
  });

  it('shows the new GPAW on the very next hover after a settings change (no reload)', async () => {
    const editor = await openText('0x8000000001234\n');
    assert.match(statusOf(await hoverAt(editor.document.uri, 0, 3)), /invalid/);
    await setSetting('tdx.gpaw', 52);
    assert.match(statusOf(await hoverAt(editor.document.uri, 0, 3)), /\*\*shared\*\* — bit 51/);
    await setSetting('tdx.gpaw', 48);
    assert.match(statusOf(await hoverAt(editor.document.uri, 0, 3)), /invalid/);
  });

  it('stays silent on colours, UUIDs, hashes, hex words and hex floats', async () => {
    const lines = [
      'color: #ff00ff;',
      'id 123e4567-e89b-12d3-a456-426614174000',
      'sha 0xda39a3ee5e6b4b0d3255bfef95601890afd80709',
      'deadbeef cafe added',
      'double d = 0x1.8p3;',
    ];
    const editor = await openText(lines.join('\n'));
    for (let line = 0; line < lines.length; line++) {
      for (let ch = 0; ch < lines[line].length; ch += 2) {
        assert.equal(await hoverAt(editor.document.uri, line, ch), '', `unexpected hover on line ${line} col ${ch}: ${lines[line]}`);
      }
    }
  });

  it('hovers addresses in an output channel', async () => {
    const channel = vscode.window.createOutputChannel('TDX test trace');
    try {
      channel.appendLine('kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x00008000fee00000 error_code 0x181');
      channel.show(true);
      const doc = await outputDocument('kvm_page_fault');
      const line = doc
        .getText()
        .split('\n')
        .findIndex((l) => l.includes('kvm_page_fault'));
      const col = doc.lineAt(line).text.indexOf('0x00008000fee00000') + 4;
      const hover = await hoverAt(doc.uri, line, col);
      assert.match(hover, /label `address`/);
      assert.equal(statusOf(hover), 'Status: **shared** — bit 47 is set');
    } finally {
      channel.dispose();
    }
  });

  it('can be turned off with tdx.hover.enabled', async () => {
    const editor = await openText('0x1000\n');
    await setSetting('tdx.hover.enabled', false);
    try {
      assert.equal(await hoverAt(editor.document.uri, 0, 2), '');
    } finally {
      await setSetting('tdx.hover.enabled', undefined);
    }
    assert.notEqual(await hoverAt(editor.document.uri, 0, 2), '');
  });
});
