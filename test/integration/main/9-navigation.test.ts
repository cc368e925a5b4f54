import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hooks, hoverAt, openDocument, openText, report, setSetting, waitFor } from '../util/helpers';

const { Text, Read, Write } = vscode.DocumentHighlightKind;
const KIND_NAMES = { [Text]: 'text', [Read]: 'read', [Write]: 'write' } as const;

/** One page (private GFN 0x12345 under GPAW 48) in five forms, a neighbour page, and two traps (a host PFN, a host address). */
const FIVE_FORMS = [
  ' qemu-kvm-4187 [003] d..1. 5125.204133: kvm_page_fault: vcpu 0 rip 0xffffffff81c2a1f4 address 0x0000000012345678 error_code 0x182',
  ' qemu-kvm-4187 [001] d..1. 5125.204140: kvm_page_fault: vcpu 1 rip 0xffffffff81c2a1f4 address 0x0000800012345abc error_code 0x181',
  ' qemu-kvm-4187 [003] d..1. 5125.204151: kvm_mmu_spte_requested: gfn 12345 pfn 12345 level 1',
  // QEMU names GPAs on the host; a host log's e820 `[mem a-b]` would be host physical.
  '4187@1700000000.123400:kvm_memory_fault start 0x12300000 size 0x100000 flags 0x8',
  '4187@1700000000.123456:kvm_convert_memory start 0x12340000 size 0x10000 shared_to_private',
  ' qemu-kvm-4187 [003] d..1. 5125.204188: kvm_page_fault: vcpu 0 rip 0xffffffff81001e35 address 0x0000000012346000 error_code 0x184',
  ' qemu-kvm-4187 [003] d..1. 5125.204201: kvm_mmu_set_spte: gfn 12346 spte 8000000fee00677 (rwxu) level 1 at 12345000',
];

/** The position `into` characters into the `nth` appearance of `text` on `line` of the five-forms trace. */
function on(line: number, text: string, into = 2, nth = 0): vscode.Position {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = FIVE_FORMS[line].indexOf(text, at + 1);
  assert.ok(at >= 0, `${text} is on line ${line}`);
  return new vscode.Position(line, at + into);
}

/** `[line, text, kind]` of each highlight, in document order. */
async function highlights(doc: vscode.TextDocument, pos: vscode.Position): Promise<[number, string, string][] | undefined> {
  const found = await vscode.commands.executeCommand<vscode.DocumentHighlight[] | undefined>(
    'vscode.executeDocumentHighlights',
    doc.uri,
    pos,
  );
  return found
    ?.map((h) => [h.range.start.line, doc.getText(h.range), KIND_NAMES[h.kind ?? Text]] as [number, string, string])
    .sort((a, b) => a[0] - b[0]);
}

type Ref = [string, number, string];
const byPlace = (a: Ref, b: Ref) => a[0].localeCompare(b[0]) || a[1] - b[1];

/** `[file, line, text]` of each reference location, sorted. */
async function references(doc: vscode.TextDocument, pos: vscode.Position): Promise<[string, number, string][]> {
  const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, pos);
  const out: [string, number, string][] = [];
  for (const l of found) {
    const d = await vscode.workspace.openTextDocument(l.uri);
    out.push([l.uri.path.slice(l.uri.path.lastIndexOf('/') + 1), l.range.start.line, d.getText(l.range)]);
  }
  return out.sort(byPlace);
}

/** Resolves once the page index of `doc` is complete (it must exist: ask for highlights or a hover first). */
async function indexed(doc: vscode.TextDocument, ms = 120_000): Promise<void> {
  const { pageIndex } = await hooks();
  const uri = doc.uri.toString();
  const done = waitFor(pageIndex.onDidComplete, (u) => u.toString() === uri, `the page index of ${doc.fileName}`, ms);
  if (pageIndex.progress(uri)?.complete) return;
  await done;
}

const name = (doc: vscode.TextDocument) => doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1);

describe('Following a page: highlights, references and tdx.listPages', () => {
  before(async () => {
    await activateExtension();
    await setSetting('tdx.gpaw', 48);
  });
  after(async () => {
    await setSetting('tdx.gpaw', 48);
    await setSetting('tdx.references.openDocuments', undefined);
  });

  it('highlights the five forms of one page, telling exact matches (write) from the alias (read) and ranges (text)', async () => {
    const doc = await openDocument(FIVE_FORMS.join('\n') + '\n', 'log');
    const fromPrivate: [number, string, string][] = [
      [0, '0x0000000012345678', 'write'],
      [1, '0x0000800012345abc', 'read'],
      [2, '12345', 'write'],
      [3, '0x12300000 size 0x100000', 'text'],
      [4, '0x12340000 size 0x10000', 'text'],
    ];
    assert.deepEqual(await highlights(doc, on(0, '0x0000000012345678', 5)), fromPrivate, 'from the raw private GPA (offset 0x678)');
    assert.deepEqual(await highlights(doc, on(2, 'gfn 12345', 5)), fromPrivate, 'from the stripped GFN of kvm_mmu_spte_requested');
    assert.deepEqual(
      await highlights(doc, on(1, '0x0000800012345abc', 10)),
      [
        [0, '0x0000000012345678', 'read'],
        [1, '0x0000800012345abc', 'write'],
        [2, '12345', 'read'],
        [3, '0x12300000 size 0x100000', 'text'],
        [4, '0x12340000 size 0x10000', 'text'],
      ],
      'from the shared alias the private forms are the alias',
    );
    assert.deepEqual(
      await highlights(doc, on(5, '0x0000000012346000', 4)),
      [
        [3, '0x12300000 size 0x100000', 'text'],
        [4, '0x12340000 size 0x10000', 'text'],
        [5, '0x0000000012346000', 'write'],
        [6, '12346', 'write'],
      ],
      'the neighbour page shares only the ranges',
    );
    // The host PFN and the host address `at` are not guest frames: the editor's own word highlights answer there.
    const pfn = await highlights(doc, on(2, 'pfn 12345', 5));
    assert.ok(!pfn || pfn.every(([, , kind]) => kind === 'text'), `no guest-frame highlights on a host PFN: ${JSON.stringify(pfn)}`);
  });

  it('follows edits, and the GPAW: under GPAW 52 bit 47 no longer makes an alias', async () => {
    const editor = await openText(FIVE_FORMS.join('\n') + '\n', 'log');
    const doc = editor.document;
    assert.equal((await highlights(doc, on(0, '0x0000000012345678')))?.length, 5);
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'gpa 0x12345fff\ngfn 800012345\n')));
    const moved = (p: vscode.Position) => p.translate(2);
    assert.deepEqual(
      (await highlights(doc, moved(on(0, '0x0000000012345678'))))?.map(([line, text, kind]) => [line, text, kind]),
      [
        [0, '0x12345fff', 'write'],
        [1, '800012345', 'read'],
        [2, '0x0000000012345678', 'write'],
        [3, '0x0000800012345abc', 'read'],
        [4, '12345', 'write'],
        [5, '0x12300000 size 0x100000', 'text'],
        [6, '0x12340000 size 0x10000', 'text'],
      ],
    );
    assert.ok(await editor.edit((e) => e.delete(new vscode.Range(0, 0, 2, 0))));
    assert.equal((await highlights(doc, on(0, '0x0000000012345678')))?.length, 5, 'back to the five forms');
    await setSetting('tdx.gpaw', 52);
    try {
      assert.deepEqual(await highlights(doc, on(0, '0x0000000012345678')), [
        [0, '0x0000000012345678', 'write'],
        [2, '12345', 'write'],
        [3, '0x12300000 size 0x100000', 'text'],
        [4, '0x12340000 size 0x10000', 'text'],
      ]);
    } finally {
      await setSetting('tdx.gpaw', 48);
    }
    assert.equal((await highlights(doc, on(0, '0x0000000012345678')))?.length, 5, 'GPAW 48 again');
  });

  it('says in the hover how many of each occurrence the file has', async () => {
    const doc = await openDocument(FIVE_FORMS.join('\n') + '\n', 'log');
    await highlights(doc, on(0, '0x0000000012345678'));
    await indexed(doc);
    const hover = await hoverAt(doc.uri, 0, on(0, '0x0000000012345678').character);
    assert.match(hover, /In this file: 2 × this frame, 1 × its shared alias, 2 ranges containing it/);
    const shared = await hoverAt(doc.uri, 1, on(1, '0x0000800012345abc').character);
    assert.match(shared, /In this file: 1 × this frame, 2 × its private alias, 2 ranges containing it/);
  });

  it('lists the same set as references, in this and the other open documents (tdx.references.openDocuments)', async () => {
    const doc = await openDocument(FIVE_FORMS.join('\n') + '\n', 'log');
    const other = await openDocument(
      'kvm_mmio: mmio write len 4 gpa 0x12345ff0 val 0x0\nkvm_mmio: mmio write len 4 gpa 0x12346000 val 0x0\n',
      'log',
    );
    const here: Ref[] = [
      [name(doc), 0, '0x0000000012345678'],
      [name(doc), 1, '0x0000800012345abc'],
      [name(doc), 2, '12345'],
      [name(doc), 3, '0x12300000 size 0x100000'],
      [name(doc), 4, '0x12340000 size 0x10000'],
    ];
    const all = await references(doc, on(0, '0x0000000012345678'));
    assert.deepEqual(
      all.filter(([file]) => file === name(doc) || file === name(other)),
      [...here, [name(other), 0, '0x12345ff0'] as Ref].sort(byPlace),
    );
    const fromOther = await references(other, new vscode.Position(0, 35));
    assert.deepEqual(
      fromOther.filter(([file]) => file === name(doc) || file === name(other)),
      [...here, [name(other), 0, '0x12345ff0'] as Ref].sort(byPlace),
      'and from the other document back',
    );
    await setSetting('tdx.references.openDocuments', false);
    try {
      assert.deepEqual(await references(doc, on(0, '0x0000000012345678')), here, 'this document only');
    } finally {
      await setSetting('tdx.references.openDocuments', undefined);
    }
  });

  it('tdx.listPages returns the frames of a document by URI, most frequent first; bad input gets a clear error', async () => {
    const doc = await openDocument(FIVE_FORMS.join('\n') + '\n', 'log');
    assert.deepEqual(await vscode.commands.executeCommand('tdx.listPages', doc.uri.toString()), [
      // Both pages are in the range line 4 converts to private; no access after it uses the shared alias.
      { gfn: '0x12345', occurrences: 3, shared: 1, private: 2, invalid: 0, firstLine: 0, conversions: 1, mismatches: 0 },
      { gfn: '0x12346', occurrences: 2, shared: 0, private: 2, invalid: 0, firstLine: 5, conversions: 1, mismatches: 0 },
    ]);
    const invalid = await openDocument('gpa 0x0008000000001000\ngpa 0x1000\n', 'log');
    assert.deepEqual(await vscode.commands.executeCommand('tdx.listPages', invalid.uri.toString()), [
      { gfn: '0x8000000001', occurrences: 1, shared: 0, private: 0, invalid: 1, firstLine: 0, conversions: 0, mismatches: 0 },
      { gfn: '0x1', occurrences: 1, shared: 0, private: 1, invalid: 0, firstLine: 1, conversions: 0, mismatches: 0 },
    ]);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('tdx.listPages', 'no uri here')),
      /tdx\.listPages: "no uri here" is not a URI .*; pass a document URI string such as "file:\/\/\/home\/me\/trace\.log"/,
    );
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('tdx.listPages', doc.uri.toString() + '.missing')),
      /tdx\.listPages: .*\.missing is not open and cannot be opened as a text document \(.+\); pass a document URI string/,
    );
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('tdx.listPages', 42)),
      /tdx\.listPages got a number; pass a document URI string/,
    );
  });

  it('on a 200k-line trace: answers arrive, and a hover in another document answers while the index is built', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      const gpa = (0x100000000 + (i % 5000) * 0x1000 + (i % 4096)).toString(16).padStart(16, '0');
      lines.push(
        i % 1000 === 500
          ? ` qemu-kvm-4187 [003] d..1. ${(i / 1000).toFixed(6)}: kvm_mmu_set_spte: gfn abcde spte 8000000fee00677 (rwxu) level 1 at 1031d8000`
          : ` qemu-kvm-4187 [003] d..1. ${(i / 1000).toFixed(6)}: kvm_page_fault: vcpu ${i % 8} rip 0xffffffff81c2a1f4 address 0x${gpa} error_code 0x182`,
      );
    }
    const big = await openDocument(lines.join('\n') + '\n', 'log');
    const small = await openDocument('kvm_mmio: mmio write len 4 gpa 0xfee000b0 val 0x0\n', 'log');
    const { pageIndex } = await hooks();
    const t0 = Date.now();
    const at = new vscode.Position(150_500, lines[150_500].indexOf('abcde') + 2);
    // A hover starts the index and does not wait for it.
    assert.match(await hoverAt(big.uri, at.line, at.character), /In this file: counting… \(\d+% of 200,001 lines read\)/);
    assert.ok(pageIndex.progress(big.uri.toString()), 'the big trace is being indexed');
    // A highlight request during the build answers within its wait, from what is read so far plus its own line.
    const first = highlights(big, at);
    let hovers = 0;
    let duringBuild = 0;
    let slowest = 0;
    while (!pageIndex.progress(big.uri.toString())?.complete) {
      const h0 = Date.now();
      assert.match(await hoverAt(small.uri, 0, 35), /\*\*TDX GPA\*\*/);
      slowest = Math.max(slowest, Date.now() - h0);
      hovers++;
      if (!pageIndex.progress(big.uri.toString())?.complete) duringBuild++;
    }
    const built = Date.now() - t0;
    const answer = await first;
    assert.ok(
      answer?.some(([line, text]) => line === 150_500 && text === 'abcde'),
      'the cursor line is always answered',
    );
    assert.ok(duringBuild >= 1, `hovers in another document answered while the index was built (${duringBuild} of ${hovers})`);
    await indexed(big);
    const all = await highlights(big, new vscode.Position(500, lines[500].indexOf('abcde') + 2));
    assert.equal(all?.length, 200, 'every line that mentions frame 0xabcde');
    assert.ok(all?.every(([line, text, kind]) => line % 1000 === 500 && text === 'abcde' && kind === 'write'));
    report(
      `page index: 200k lines (${(big.getText().length / 1e6).toFixed(1)} MB) built in ${built} ms; ${duringBuild} hovers answered meanwhile, slowest ${slowest} ms`,
    );
  });
});
