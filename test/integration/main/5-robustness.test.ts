import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DebugAnnotation } from '../../../src/debugConsole/index';
import type { Notice } from '../../../src/platform/notify';
import { activateExtension, hooks, hoverAt, openDocument, report, setSetting, statusOf, waitFor } from '../util/helpers';

async function hints(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.InlayHint[]> {
  return vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, range);
}

/** What a hover at one position must say: a status line with this word, or no TDX hover at all (''). */
type Expected = [line: number, character: number, status: 'shared' | 'private' | ''];

describe('Robustness: adversarial documents', () => {
  before(async () => {
    await activateExtension();
    await setSetting('tdx.gpaw', 48);
    await setSetting('tdx.inlayHints.enabled', true);
  });

  const traceLine = (i: number) =>
    `kvm_mmu_set_spte: gfn ${(0x8000fee00 + i).toString(16)} spte 600000012345677 (rwxu) level 1 at ${(0x12345000 + i * 8).toString(16)}`;
  // [name, content, hovers with what each must say, inlay hints for the whole document (2000 is the cap)]
  const cases: [string, () => string, Expected[], number][] = [
    // 'gpa=0x8000_0000_1234 ' repeats every 21 characters: columns 4..19 of each period are the address (labelled, so
    // each gets an inlay hint; the last period is cut short by the 1 MB slice).
    [
      'a 1 MB single line',
      () => 'gpa=0x8000_0000_1234 '.repeat(48_000).slice(0, 1_000_000),
      [
        [0, 5, 'shared'],
        [0, 500_000, 'shared'],
        [0, 999_999, ''],
      ],
      2000,
    ],
    [
      'a 100,000-line trace',
      () => Array.from({ length: 100_000 }, (_, i) => traceLine(i)).join('\n'),
      [
        [0, 24, 'shared'],
        [50_000, 24, 'shared'],
        [99_999, 5, ''],
      ],
      2000,
    ],
    [
      'binary content with NUL bytes',
      () =>
        Array.from({ length: 4096 }, (_, i) => String.fromCharCode(i % 7 === 0 ? 0 : 32 + (i % 90))).join('') + '\u0000gpa=0x1000\u0000',
      [
        [0, 100, ''],
        [0, 4103, 'private'],
      ],
      1,
    ],
    [
      '100,000 consecutive hex digits',
      () => '0x' + 'f'.repeat(100_000),
      [
        [0, 1, ''],
        [0, 50_000, ''],
        [0, 100_001, ''],
      ],
      0,
    ],
    [
      '0x followed by a million underscores',
      () => '0x' + '_'.repeat(1_000_000) + '1',
      [
        [0, 1, ''],
        [0, 500_000, ''],
        [0, 1_000_002, ''],
      ],
      0,
    ],
  ];

  for (const [name, make, expected, expectedHints] of cases) {
    it(`answers hovers and inlay hints on ${name}`, async () => {
      const doc = await openDocument(make());
      await vscode.window.showTextDocument(doc);
      const t0 = Date.now();
      for (const [line, ch, status] of expected) {
        const hover = await hoverAt(doc.uri, line, ch);
        if (status === '') assert.equal(hover, '', `no TDX hover at ${line}:${ch}`);
        else assert.match(statusOf(hover), new RegExp(`^Status: \\*\\*${status}\\*\\*`), `hover at ${line}:${ch}`);
      }
      const last = doc.lineCount - 1;
      const all = await hints(doc, new vscode.Range(0, 0, last, doc.lineAt(last).text.length));
      assert.equal(all.length, expectedHints);
      report(`${name}: ${expected.length} hovers + ${all.length} inlay hints in ${Date.now() - t0} ms`);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
  }

  it('still finds the address in the middle of a 1 MB line', async () => {
    const doc = await openDocument('y '.repeat(300_000) + 'gpa 0x8000_0000_1234 ' + 'y '.repeat(200_000));
    const hover = await hoverAt(doc.uri, 0, 600_008);
    assert.equal(statusOf(hover), 'Status: **shared** — bit 47 is set');
    assert.match(hover, /label `gpa`/);
  });

  after(() => setSetting('tdx.inlayHints.enabled', true));
});

describe('Robustness: settings of the wrong type', () => {
  const bad: Record<string, unknown> = {
    'tdx.gpaw': '52',
    'tdx.hover.enabled': 'yes',
    'tdx.detect.labelledBareHex': 1,
    'tdx.format.grouping': 'dots',
    'tdx.inlayHints.enabled': 'on',
    'tdx.debug.annotateConsole': [],
    'tdx.debug.annotateOutput': {},
    'tdx.debug.gpawExpressions': 'kvm->arch.gfn_direct_bits',
  };

  after(async () => {
    for (const key of Object.keys(bad)) await setSetting(key, undefined);
    await setSetting('tdx.gpaw', 48);
    await setSetting('tdx.inlayHints.enabled', true);
  });

  it('warns once per invalid value, naming it and what is accepted, and uses the defaults', async () => {
    const tdx = await hooks();
    const notices: Notice[] = [];
    const sub = tdx.onDidNotify((n) => notices.push(n));
    try {
      for (const [key, value] of Object.entries(bad)) await setSetting(key, value);
      const doc = await openDocument('0x8000000001234\n');
      const hover = await hoverAt(doc.uri, 0, 3);
      assert.match(hover, /GPAW 52 \(default\): shared bit 51/, 'the default GPAW 52 is used, and the hover says so');
      assert.match(hover, /`0x8_0000_0000_1234`/, 'the default grouping is used');
      await hoverAt(doc.uri, 0, 3);
      const warnings = notices.filter((n) => n.severity === 'warning').map((n) => n.text);
      for (const key of Object.keys(bad)) {
        assert.equal(
          warnings.filter((w) => w.startsWith(`Setting ${key} has the invalid value`)).length,
          1,
          `one warning for ${key}: ${warnings.join(' | ')}`,
        );
      }
      assert.ok(warnings.includes('Setting tdx.gpaw has the invalid value "52"; accepted: 48 or 52. Using the default 52.'));
    } finally {
      sub.dispose();
    }
  });
});

describe('Robustness: the debug tracker under load and errors', () => {
  const rejections: unknown[] = [];
  const onRejection = (r: unknown) => rejections.push(r);
  before(() => process.on('unhandledRejection', onRejection));
  after(async () => {
    process.off('unhandledRejection', onRejection);
    await setSetting('tdx.debug.annotateOutput', undefined);
  });

  async function launch(config: Record<string, unknown>): Promise<vscode.DebugSession> {
    const started = waitFor(vscode.debug.onDidStartDebugSession, (s) => s.type === 'tdx-flood', 'the flood session');
    assert.ok(await vscode.debug.startDebugging(undefined, { type: 'tdx-flood', request: 'launch', name: 'flood', ...config }));
    return started;
  }

  it('stays bounded under 100,000 output events', async function () {
    this.timeout(180_000);
    await setSetting('tdx.debug.annotateOutput', true);
    const tdx = await hooks();
    const lines: DebugAnnotation[] = [];
    const sub = tdx.onDidAnnotateDebugConsole((a) => a.source === 'output' && lines.push(a));
    let seen = 0;
    const counter = vscode.debug.registerDebugAdapterTrackerFactory('tdx-flood', {
      createDebugAdapterTracker: () => ({ onDidSendMessage: (m: { event?: string }) => void (m.event === 'output' && seen++) }),
    });
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = Date.now();
    const ended = waitFor(vscode.debug.onDidTerminateDebugSession, (s) => s.type === 'tdx-flood', 'the flood to end', 170_000);
    await launch({ count: 100_000, end: true });
    await ended;
    counter.dispose();
    sub.dispose();
    const heapGrowthMB = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    report(`flood: ${seen} output events in ${Date.now() - t0} ms, ${lines.length} annotations, heap ${heapGrowthMB.toFixed(1)} MB`);
    assert.ok(seen >= 100_000, `the adapter sent ${seen} events`);
    assert.ok(lines.length >= 1 && lines.length <= 200, `annotations are rate-limited: ${lines.length}`);
    assert.ok(lines[0].line.startsWith('TDX (GPAW 48): shared GPA 0x8000_0000_1000'));
  });

  it('survives error answers and a session that ends mid-request, and keeps annotating', async () => {
    const tdx = await hooks();
    const annotations: DebugAnnotation[] = [];
    const sub = tdx.onDidAnnotateDebugConsole((a) => annotations.push(a));
    const session = await launch({ count: 0 });
    await assert.rejects(
      Promise.resolve(session.customRequest('evaluate', { expression: 'err_gpa', context: 'repl' })),
      /cannot evaluate err_gpa/,
    );
    // Never answered by the adapter; the session ends under it.
    void Promise.resolve(session.customRequest('evaluate', { expression: 'hang_gpa', context: 'repl' })).catch(() => undefined);
    const ended = waitFor(vscode.debug.onDidTerminateDebugSession, (s) => s.id === session.id, 'the session to end');
    await vscode.debug.stopDebugging(session);
    await ended;
    sub.dispose();
    assert.equal(annotations.filter((a) => a.sessionId === session.id).length, 0, 'no annotation for errors or unanswered requests');
    // The extension is still working: an address evaluated in the next session is annotated.
    const next = await launch({ count: 0 });
    const line = waitFor(
      tdx.onDidAnnotateDebugConsole,
      (a: DebugAnnotation) => a.sessionId === next.id,
      'an annotation in the next session',
    );
    await next.customRequest('evaluate', { expression: 'gpa', context: 'repl' });
    assert.equal((await line).line, 'TDX (GPAW 48): shared GPA 0x8000_0000_1234 · GFN 0x8_0000_0001 · private alias 0x1234');
    const nextEnded = waitFor(vscode.debug.onDidTerminateDebugSession, (s) => s.id === next.id, 'the next session to end');
    await vscode.debug.stopDebugging(next);
    await nextEnded;
    const ours = rejections.filter((r) => /tdx/i.test(String((r as Error)?.stack ?? r)));
    assert.deepEqual(ours, [], 'no unhandled rejection from the extension');
  });
});

describe('Robustness: internal errors', () => {
  it('reach callers as one short line pointing at the log, never a stack trace', async () => {
    const args = { uri: 'no-such-scheme:/nowhere.c', line: 0, start: 0, end: 1, expected: 'x', text: 'y' };
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('tdx.replaceToken', args)), (e: Error) => {
      assert.match(e.message, /^tdx\.replaceToken failed unexpectedly \(.+\)\. Details are in the "TDX Address Inspector" output log\.$/);
      assert.doesNotMatch(e.message, /\n\s+at /);
      return true;
    });
  });

  it('keep user mistakes as their own clear message', async () => {
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('tdx.toShared', 42)),
      /take an address string \(e\.g\. "0x8000_0000_1234"\), got number/,
    );
  });
});
