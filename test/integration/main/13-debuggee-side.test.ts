import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { WatchEntry } from '../../../src/addresses/model';
import type { DebugAnnotation } from '../../../src/debugConsole/index';
import { activateExtension, hooks, setSetting, waitFor } from '../util/helpers';
import { breakLine, StoppedSession, startSession, stopSession } from '../util/gdb';

// samples/gpa_demo.c declares `phys_addr_t pa = 0x100000000ULL;` in handle(), above the breakpoint: a private GPA
// under GPAW 48 in a TD guest's kernel (or while the side is unknown), host physical in a host's.
const GUEST_LINE = 'TDX (GPAW 48): private GPA 0x1_0000_0000 · GFN 0x10_0000 · shared alias 0x8001_0000_0000';

describe("The debuggee's side decides phys_addr_t (gdb)", function () {
  let stopped: StoppedSession;
  const source = () => vscode.Uri.file(path.join(process.env.TDX_TEST_WORKSPACE ?? '', 'gpa_demo.c'));
  const setSide = (arg: unknown) => vscode.commands.executeCommand<string | undefined>('tdx.setDebuggeeSide', arg);

  /** The inline value of `pa` at the stop. */
  async function inlinePa(): Promise<string | undefined> {
    const doc = await vscode.workspace.openTextDocument(source());
    const line = await breakLine(source());
    const values = await vscode.commands.executeCommand<vscode.InlineValue[]>(
      'vscode.executeInlineValueProvider',
      doc.uri,
      new vscode.Range(0, 0, doc.lineCount - 1, 0),
      { frameId: stopped.frameId, stoppedLocation: new vscode.Range(line, 0, line, 0) },
    );
    return values.map((v) => (v as vscode.InlineValueText).text).find((t) => t.startsWith('pa = '));
  }

  /** The Debug Console annotation of `pa` evaluated as the console does. */
  async function consolePa(): Promise<string> {
    const tdx = await hooks();
    const next = waitFor(tdx.onDidAnnotateDebugConsole, (a: DebugAnnotation) => a.source === 'console', 'the annotation of pa');
    await stopped.session.customRequest('evaluate', { expression: 'pa', frameId: stopped.frameId, context: 'repl' });
    return (await next).line;
  }

  before(async function () {
    this.timeout(240_000);
    await activateExtension();
    await setSetting('tdx.gpaw', 48);
    await vscode.commands.executeCommand('tdx.watch.removeAll');
    stopped = await startSession('gdb', process.env.TDX_TEST_PROGRAM ?? '', 'gpa_demo.c');
  });

  after(async () => {
    await vscode.commands.executeCommand('tdx.watch.removeAll');
    if (stopped) {
      await setSide({ side: 'auto', session: stopped.session.configuration.name });
      await stopSession(stopped.session);
      stopped.dispose();
    }
  });

  it('reads it as a GPA while the side is unknown, host physical once set to host, a GPA once set to guest', async () => {
    const tdx = await hooks();
    assert.equal(tdx.debuggeeSides.of(stopped.session).side, undefined, 'the program printed no marker');
    assert.equal(await inlinePa(), 'pa = 0x1_0000_0000 · private');
    assert.equal(
      await consolePa(),
      `${GUEST_LINE} — type phys_addr_t (debuggee side unknown, no marker line in its output: read as guest physical)`,
    );

    const changed = waitFor(tdx.debuggeeSides.onDidChange, () => true, 'the side to change');
    assert.equal(await setSide({ side: 'host' }), 'host');
    await changed;
    assert.equal(tdx.debuggeeSides.of(stopped.session).side, 'host');
    assert.equal(await inlinePa(), 'pa = 0x1_0000_0000 · host physical');
    assert.equal(
      await consolePa(),
      "TDX: host physical address 0x1_0000_0000, not a guest address — type phys_addr_t in a host's debuggee (set by hand): host physical",
    );
    const [pin] = (await vscode.commands.executeCommand<WatchEntry[]>('tdx.watch.add', 'pa')) ?? [];
    assert.deepEqual(
      [pin.value, pin.kind, pin.status, pin.error],
      [
        '0x100000000',
        undefined,
        undefined,
        "type phys_addr_t in a host's debuggee (set by hand): host physical, not a guest physical address",
      ],
    );

    assert.equal(await setSide({ side: 'guest', session: stopped.session.configuration.name }), 'guest');
    assert.equal(await inlinePa(), 'pa = 0x1_0000_0000 · private');
    assert.equal(await consolePa(), `${GUEST_LINE} — type phys_addr_t in a TD guest's debuggee (set by hand)`);
    const [guestPin] = await vscode.commands.executeCommand<WatchEntry[]>('tdx.watch.refresh');
    assert.deepEqual([guestPin.kind, guestPin.status, guestPin.error], ['gpa', 'private', undefined]);

    // Another launch configuration's side is its own; bad arguments are refused with what is accepted.
    assert.equal(await setSide({ side: 'host', session: 'some other configuration' }), 'host');
    assert.equal(tdx.debuggeeSides.of(stopped.session).side, 'guest');
    await setSide({ side: 'auto', session: 'some other configuration' });
    await assert.rejects(
      Promise.resolve(setSide({ side: 'hypervisor' })),
      /tdx\.setDebuggeeSide got an object; it takes \{ side: "auto" \| "host" \| "guest", session\?: string \}/,
    );
    await assert.rejects(Promise.resolve(setSide('host')), /tdx\.setDebuggeeSide got a string; it takes \{ side:/);
  });

  it('with auto, reads the side from a marker line the session prints (as lx-dmesg prints the kernel log)', async () => {
    const tdx = await hooks();
    assert.equal(await setSide({ side: 'auto' }), 'auto');
    assert.equal(tdx.debuggeeSides.of(stopped.session).side, undefined);
    const host = waitFor(tdx.debuggeeSides.onDidChange, () => tdx.debuggeeSides.of(stopped.session).side === 'host', 'the host marker');
    // GDB's `echo`, through cdt-gdb-adapter's `>` prefix for CLI commands, prints the line as output.
    await stopped.session.customRequest('evaluate', {
      expression: '>echo [   30.000000] virt/tdx: module initialized\\n',
      frameId: stopped.frameId,
      context: 'repl',
    });
    await host;
    assert.equal(await inlinePa(), 'pa = 0x1_0000_0000 · host physical');
    assert.equal(
      await consolePa(),
      "TDX: host physical address 0x1_0000_0000, not a guest address — type phys_addr_t in a host's debuggee (its output printed `[   30.000000] virt/tdx: module initialized`): host physical",
    );
  });
});
