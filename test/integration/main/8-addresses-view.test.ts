import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { WatchEntry } from '../../../src/addresses/model';
import { activateExtension, report, setSetting, waitFor } from '../util/helpers';
import { AdapterType, StoppedSession, startSession, stepOver, stopSession } from '../util/gdb';

const watch = {
  add: (expression: string) => vscode.commands.executeCommand<WatchEntry[]>('tdx.watch.add', expression),
  refresh: () => vscode.commands.executeCommand<WatchEntry[]>('tdx.watch.refresh'),
  removeAll: () => vscode.commands.executeCommand<WatchEntry[]>('tdx.watch.removeAll'),
};

const entry = (entries: WatchEntry[], expression: string) => {
  const e = entries.find((x) => x.expression === expression);
  assert.ok(e, `an entry for ${expression} in ${JSON.stringify(entries)}`);
  return e;
};

for (const adapter of ['gdb', 'lldb-dap'] as AdapterType[]) {
  describe(`TDX Addresses view and inline values (${adapter})`, function () {
    let stopped: StoppedSession;
    const source = () => vscode.Uri.file(path.join(process.env.TDX_TEST_WORKSPACE ?? '', 'gpa_demo.c'));

    before(async function () {
      this.timeout(240_000);
      await activateExtension();
      await setSetting('tdx.gpaw', 48);
      await watch.removeAll();
      stopped = await startSession(adapter, process.env.TDX_TEST_PROGRAM ?? '', 'gpa_demo.c');
    });

    after(async () => {
      await watch.removeAll();
      if (stopped) {
        await stopSession(stopped.session);
        stopped.dispose();
      }
    });

    it('pins gpa- and gfn-like expressions and evaluates them in the selected frame', async () => {
      await watch.add('gpa');
      await watch.add('gfn');
      await watch.add('ratio');
      const entries = await watch.add('no_such_variable');
      assert.deepEqual(
        entries.map((e) => e.expression),
        ['gpa', 'gfn', 'ratio', 'no_such_variable'],
      );
      assert.deepEqual(entry(entries, 'gpa'), {
        expression: 'gpa',
        value: '0x800000001234',
        kind: 'gpa',
        status: 'shared',
        changed: false,
        previousStatus: undefined,
        error: undefined,
      });
      const gfn = entry(entries, 'gfn');
      assert.deepEqual([gfn.value, gfn.kind, gfn.status], ['0x8000fee00', 'gfn', 'shared']);
      const ratio = entry(entries, 'ratio');
      assert.equal(ratio.value, undefined);
      assert.match(ratio.error ?? '', /floating-point/);
      const missing = entry(entries, 'no_such_variable');
      assert.equal(missing.value, undefined);
      assert.ok(missing.error, 'an expression that cannot be evaluated says so and keeps its pin');
    });

    it('shows addresses inline, and nothing for other variables', async () => {
      const doc = await vscode.workspace.openTextDocument(source());
      const line = doc
        .getText()
        .split('\n')
        .findIndex((l) => l.includes('/* break here */'));
      const values = await vscode.commands.executeCommand<vscode.InlineValue[]>(
        'vscode.executeInlineValueProvider',
        doc.uri,
        new vscode.Range(0, 0, doc.lineCount - 1, 0),
        { frameId: stopped.frameId, stoppedLocation: new vscode.Range(line, 0, line, 0) },
      );
      const texts = values.map((v) => (v as vscode.InlineValueText).text);
      assert.ok(texts.includes('gpa = 0x8000_0000_1234 · shared'), texts.join(' | '));
      assert.ok(
        texts.some((t) => /^gfn = 0x8_000f_ee00 · shared/.test(t)),
        texts.join(' | '),
      );
      assert.ok(
        texts.every((t) => !/^(ratio|name|level) =/.test(t)),
        `no inline value for non-addresses: ${texts.join(' | ')}`,
      );
      // The debugger's type decides: `struct kvm *kvm`, `struct fault *f` and `void *ptr` (0x8000fee00000, which fits
      // under the GPAW) are pointers, never shared or private.
      assert.ok(
        texts.every((t) => !/^(kvm|f|ptr) =/.test(t)),
        `no inline value for pointers: ${texts.join(' | ')}`,
      );
      await setSetting('tdx.debug.inlineValues', false);
      try {
        const off = await vscode.commands.executeCommand<vscode.InlineValue[]>(
          'vscode.executeInlineValueProvider',
          doc.uri,
          new vscode.Range(0, 0, doc.lineCount - 1, 0),
          {
            frameId: stopped.frameId,
            stoppedLocation: new vscode.Range(line, 0, line, 0),
          },
        );
        assert.deepEqual(off, [], 'tdx.debug.inlineValues turns them off');
      } finally {
        await setSetting('tdx.debug.inlineValues', undefined);
      }
    });

    it('marks what changed at each stop: stepping over the line that flips the shared bit', async () => {
      await stepOver(stopped); // onto `gpa ^= 1ULL << 47;`
      let entries = await watch.refresh();
      assert.equal(entry(entries, 'gpa').changed, false, `nothing changed yet: ${JSON.stringify(entry(entries, 'gpa'))}`);
      await stepOver(stopped); // the flip executed
      entries = await watch.refresh();
      assert.deepEqual(entry(entries, 'gpa'), {
        expression: 'gpa',
        value: '0x1234',
        kind: 'gpa',
        status: 'private',
        changed: true,
        previousStatus: 'shared',
        error: undefined,
      });
      assert.equal(entry(entries, 'gfn').changed, false);
    });
  });
}

describe('TDX Addresses view under a slow or vanishing debugger', () => {
  const rejections: unknown[] = [];
  const onRejection = (r: unknown) => rejections.push(r);
  before(() => process.on('unhandledRejection', onRejection));
  after(async () => {
    process.off('unhandledRejection', onRejection);
    await watch.removeAll();
  });

  async function stoppedFlood(): Promise<vscode.DebugSession> {
    const started = waitFor(vscode.debug.onDidStartDebugSession, (s) => s.type === 'tdx-flood', 'the flood session');
    // Its frame has no source, so VS Code selects the stopped thread rather than a frame.
    const onFrame = waitFor(vscode.debug.onDidChangeActiveStackItem, (i) => i !== undefined, 'the stop to be shown');
    assert.ok(await vscode.debug.startDebugging(undefined, { type: 'tdx-flood', request: 'launch', name: 'flood', count: 0, stop: true }));
    const session = await started;
    await onFrame;
    return session;
  }

  it('times out a hanging pin without blocking the others, and keeps 200 pins responsive', async function () {
    this.timeout(180_000);
    await watch.removeAll();
    const session = await stoppedFlood();
    for (let i = 0; i < 199; i++) await vscode.commands.executeCommand('tdx.watch.add', `gpa_${i}`);
    const t0 = Date.now();
    const entries = await watch.add('hang_gpa');
    const ms = Date.now() - t0;
    report(`addresses view: 200 pins (one hanging) evaluated in ${ms} ms`);
    assert.equal(entries.length, 200);
    assert.equal(entry(entries, 'gpa_0').status, 'shared');
    assert.match(entry(entries, 'hang_gpa').error ?? '', /did not answer evaluate within 5 s/);
    const ended = waitFor(vscode.debug.onDidTerminateDebugSession, (s) => s.id === session.id, 'the flood to end');
    // A refresh under way when the session ends settles, and leaves no rejection behind.
    const during = watch.refresh();
    await vscode.debug.stopDebugging(session);
    await ended;
    const after = await during;
    assert.equal(after.length, 200);
    assert.deepEqual(
      rejections.filter((r) => /tdx/i.test(String((r as Error)?.stack ?? r))),
      [],
    );
  });
});
