import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hooks, hoverAt, openDocument, report, setSetting } from '../util/helpers';

/**
 * One page (private GFN 0x12345 under GPAW 48) accessed privately, converted to shared by a range containing it
 * (QEMU's request, then KVM's completion), accessed through both aliases and by a memory fault, converted back and
 * accessed again; a line of another page between.
 */
const STORY = [
  ' qemu-kvm-4187 [001] d..1. 100.000100: kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x12345010 error_code 0x181',
  '4187@1700000000.200000:kvm_convert_memory start 0x12300000 size 0x100000 private_to_shared',
  ' qemu-kvm-4187 [001] .... 100.000300: kvm_vm_set_mem_attributes: 0x00000000012345 -- 0x00000000012346 [0x0]',
  ' qemu-kvm-4187 [001] d..1. 100.000400: kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x800012345020 error_code 0x181',
  ' qemu-kvm-4187 [001] d..1. 100.000450: kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x77777000 error_code 0x181',
  ' qemu-kvm-4187 [001] d..1. 100.000500: kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x12345030 error_code 0x181',
  '4187@1700000000.600000:kvm_memory_fault start 0x12345000 size 0x1000 flags 0x8',
  '4187@1700000000.700000:kvm_convert_memory start 0x12345000 size 0x1000 shared_to_private',
  ' qemu-kvm-4187 [001] d..1. 100.000800: kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x800012345040 error_code 0x181',
  ' qemu-kvm-4187 [001] d..1. 100.000900: kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x12345050 error_code 0x181',
];

/** The rows of STORY's page asked for by its shared GPA: `exact` is the shared alias. */
const ROWS = [
  { line: 0, time: '100.000100', event: 'kvm_page_fault', relation: 'alias', access: 'private' },
  { line: 1, time: '1700000000.200000', event: 'kvm_convert_memory', relation: 'range', access: null, conversion: 'toShared' },
  { line: 2, time: '100.000300', event: 'kvm_vm_set_mem_attributes', relation: 'alias', access: null, conversion: 'toShared' },
  { line: 3, time: '100.000400', event: 'kvm_page_fault', relation: 'exact', access: 'shared' },
  { line: 5, time: '100.000500', event: 'kvm_page_fault', relation: 'alias', access: 'private', mismatch: true },
  { line: 6, time: '1700000000.600000', event: 'kvm_memory_fault', relation: 'range', access: 'private', mismatch: true },
  { line: 7, time: '1700000000.700000', event: 'kvm_convert_memory', relation: 'range', access: null, conversion: 'toPrivate' },
  { line: 8, time: '100.000800', event: 'kvm_page_fault', relation: 'exact', access: 'shared', mismatch: true },
  { line: 9, time: '100.000900', event: 'kvm_page_fault', relation: 'alias', access: 'private' },
];

describe('Page history: tdx.pageHistory and the story in tdx.listPages', () => {
  before(async () => {
    await activateExtension();
    await setSetting('tdx.gpaw', 48);
  });

  it('returns every line of a page converted to shared and back: accesses, conversions counted once, mismatches', async () => {
    const doc = await openDocument(STORY.join('\n') + '\n', 'log');
    const history = await vscode.commands.executeCommand('tdx.pageHistory', { uri: doc.uri.toString(), address: '0x8000_1234_5000' });
    assert.deepEqual(history, { gfn: '0x12345', rows: ROWS, conversions: 2, mismatches: 3 });
    // The same page asked for by its GFN: the relations flip, the story does not.
    const byGfn = await vscode.commands.executeCommand<{ rows: { relation: string }[]; mismatches: number }>('tdx.pageHistory', {
      uri: doc.uri.toString(),
      address: '0x12345',
      kind: 'gfn',
    });
    assert.deepEqual(
      byGfn.rows.map((r) => r.relation),
      ROWS.map((r) => (r.relation === 'range' ? 'range' : r.relation === 'exact' ? 'alias' : 'exact')),
    );
    assert.equal(byGfn.mismatches, 3);
    const pages = await vscode.commands.executeCommand<{ gfn: string; conversions: number; mismatches: number }[]>(
      'tdx.listPages',
      doc.uri.toString(),
    );
    assert.deepEqual(pages[0], {
      gfn: '0x12345',
      occurrences: 6,
      shared: 2,
      private: 4,
      invalid: 0,
      firstLine: 0,
      conversions: 2,
      mismatches: 3,
    });
    assert.ok(
      pages.slice(1).every((p) => p.mismatches === 0),
      JSON.stringify(pages),
    );
    assert.match(await hoverAt(doc.uri, 0, STORY[0].indexOf('0x12345010') + 3), /\[History\]\(command:tdx\.pageHistory\?/);
  });

  it('follows edits and the GPAW, and refuses a bad address saying what is accepted', async () => {
    const doc = await openDocument(STORY.join('\n') + '\n', 'log');
    const editor = await vscode.window.showTextDocument(doc);
    // A private access after the conversion back is fine; one through the shared alias before it is a mismatch.
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(7, 0), STORY[3] + '\n')));
    const after = await vscode.commands.executeCommand<{ rows: { line: number; mismatch?: true }[]; mismatches: number }>(
      'tdx.pageHistory',
      { uri: doc.uri.toString(), address: '0x12345000' },
    );
    assert.equal(after.mismatches, 3, 'a shared access while the page is shared is no mismatch');
    assert.deepEqual(
      after.rows.filter((r) => r.mismatch).map((r) => r.line),
      [5, 6, 9],
    );
    try {
      // Under GPAW 52 bit 47 is no alias: 0x800012345020 is another frame, and the story changes.
      await setSetting('tdx.gpaw', 52);
      const wide = await vscode.commands.executeCommand<{ gfn: string; rows: unknown[] }>('tdx.pageHistory', {
        uri: doc.uri.toString(),
        address: '0x12345000',
      });
      assert.equal(wide.gfn, '0x12345');
      assert.ok(wide.rows.length < after.rows.length, `${wide.rows.length} rows under GPAW 52, ${after.rows.length} under 48`);
    } finally {
      await setSetting('tdx.gpaw', 48);
    }
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('tdx.pageHistory', { uri: doc.uri.toString(), address: 'not hex' })),
      /tdx\.pageHistory: "not hex" is not an address \(.+\); pass \{ uri: "file:\/\/\/home\/me\/trace\.log", address: "0x8000_1234_5000"/,
    );
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('tdx.pageHistory', { uri: doc.uri.toString(), address: '0x1000', kind: 'hva' })),
      /kind "hva" is neither "gpa" nor "gfn"/,
    );
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('tdx.pageHistory', 42)),
      /tdx\.pageHistory got a number; pass \{ uri/,
    );
  });

  it('on a 45 MB trace: answers a highlight near its end before its index completes', async function () {
    this.timeout(600_000);
    const lines: string[] = [];
    let bytes = 0;
    for (let i = 0; bytes < 45 * 1024 * 1024; i++) {
      const gpa = (0x100000000 + (i % 50_000) * 0x1000).toString(16).padStart(16, '0');
      const line =
        i % 100 === 7
          ? ` qemu-kvm-4187 [003] d..1. ${(i / 1000).toFixed(6)}: kvm_mmu_set_spte: gfn abcde spte 8000000fee00677 (rwxu) level 1 at 1031d8000`
          : ` qemu-kvm-4187 [003] d..1. ${(i / 1000).toFixed(6)}: kvm_page_fault: vcpu ${i % 8} rip 0xffffffff81c2a1f4 address 0x${gpa} error_code 0x182`;
      lines.push(line);
      bytes += line.length + 1;
    }
    const doc = await openDocument(lines.join('\n') + '\n', 'log');
    const { pageIndex } = await hooks();
    const target = lines.length - 100 + ((7 - ((lines.length - 100) % 100) + 100) % 100);
    // Not shown in an editor: the index starts with the request, which reads its own line's block first.
    assert.equal(pageIndex.progress(doc.uri.toString()), undefined, 'no index before the request');
    const t0 = Date.now();
    const found = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
      'vscode.executeDocumentHighlights',
      doc.uri,
      new vscode.Position(target, lines[target].indexOf('abcde') + 2),
    );
    const ms = Date.now() - t0;
    const progress = pageIndex.progress(doc.uri.toString());
    assert.ok(progress && !progress.complete, `the index was still being built (${JSON.stringify(progress)})`);
    const highlighted = [...new Set(found.map((h) => h.range.start.line))].sort((a, b) => a - b);
    assert.ok(highlighted.includes(target), 'the cursor line is answered');
    // The block of the cursor line (1024 lines) is read before the rest: the frame's lines around it are answered.
    const near = lines
      .map((l, i) => (Math.abs(i - target) <= 200 && l.includes('gfn abcde') && i >> 10 === target >> 10 ? i : -1))
      .filter((i) => i >= 0);
    assert.deepEqual(
      near.filter((i) => !highlighted.includes(i)),
      [],
      `every line of the frame in the cursor's block is highlighted (${highlighted.length} lines answered)`,
    );
    report(
      `45 MB trace (${lines.length} lines): first highlight near the end in ${ms} ms (the workbench's round trip included), ${progress.indexedLines} of ${progress.lineCount} lines indexed then`,
    );
  });
});
