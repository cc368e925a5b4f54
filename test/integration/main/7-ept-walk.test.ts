import * as assert from 'assert';
import * as vscode from 'vscode';
import type { EptWalkSummary } from '../../../src/tdx/eptWalk';
import { activateExtension, hoverAt, openDocument, renderAfter, report, setSetting } from '../util/helpers';
import { AdapterType, continueToBreakpoint, StoppedSession, startSession, stopSession } from '../util/gdb';

// test/fixtures/ept_demo.c builds real EPT tables in its own memory and stops twice in inspect_vcpu(vcpu, gpaw):
// first for a 4-level (GPAW 48) vCPU, then for a 5-level (GPAW 52) one. Its header lists these walks.
type Expected = {
  gpa: string;
  root: 'shared' | 'mirror';
  rootHpa: string;
  leafLevel?: number;
  pageSize?: string;
  hpa?: string;
  fault?: number;
};
const WALKS: Record<48 | 52, Expected[]> = {
  48: [
    { gpa: '0x800040203abc', root: 'shared', rootHpa: '0x1000', leafLevel: 1, pageSize: '0x1000', hpa: '0x5abc' },
    { gpa: '0x8000c1234567', root: 'shared', rootHpa: '0x1000', leafLevel: 3, pageSize: '0x40000000', hpa: '0x141234567' },
    { gpa: '0x800040400000', root: 'shared', rootHpa: '0x1000', fault: 2 },
    { gpa: '0x123456789', root: 'mirror', rootHpa: '0x6000', leafLevel: 1, pageSize: '0x1000', hpa: '0xa789' },
    { gpa: '0x1239abcde', root: 'mirror', rootHpa: '0x6000', leafLevel: 2, pageSize: '0x200000', hpa: '0x801abcde' },
  ],
  52: [
    { gpa: '0x8000040203abc', root: 'shared', rootHpa: '0xb000', leafLevel: 1, pageSize: '0x1000', hpa: '0x10abc' },
    { gpa: '0x80000c1234567', root: 'shared', rootHpa: '0xb000', leafLevel: 3, pageSize: '0x40000000', hpa: '0x201234567' },
    { gpa: '0x8000040400000', root: 'shared', rootHpa: '0xb000', fault: 2 },
    { gpa: '0x123456789', root: 'mirror', rootHpa: '0x11000', leafLevel: 1, pageSize: '0x1000', hpa: '0x16789' },
    { gpa: '0x1239abcde', root: 'mirror', rootHpa: '0x11000', leafLevel: 2, pageSize: '0x200000', hpa: '0xc01abcde' },
  ],
};

function check(w: EptWalkSummary, e: Expected, gpaw: 48 | 52): void {
  const what = `${e.gpa} under GPAW ${gpaw}`;
  assert.equal(w.gpa, e.gpa, what);
  assert.equal(w.root, e.root, `${what}: KVM's root for it`);
  assert.equal(w.rootHpa, e.rootHpa, what);
  assert.equal(w.levels[0].name, gpaw === 48 ? 'PML4' : 'PML5', `${what}: ${gpaw === 48 ? 4 : 5}-level walk`);
  if (e.root === 'shared') assert.equal(w.levels[0].index, gpaw === 48 ? 256 : 8, `${what}: the shared bit is part of the top index`);
  if (e.fault !== undefined) {
    assert.deepEqual(w.fault, { level: e.fault, reason: 'not present' }, what);
    assert.equal(w.hpa, undefined);
  } else {
    assert.equal(w.fault, undefined, `${what}: ${JSON.stringify(w.fault)}`);
    assert.deepEqual([w.leafLevel, w.pageSize, w.hpa], [e.leafLevel, e.pageSize, e.hpa], what);
    assert.equal(w.levels.length, (gpaw === 48 ? 5 : 6) - e.leafLevel!, `${what}: one row per level down to the leaf`);
    assert.ok(w.levels[w.levels.length - 1].leaf);
  }
}

for (const adapter of ['gdb', 'lldb-dap'] as AdapterType[]) {
  describe(`EPT walks in a live debug session (${adapter})`, function () {
    let stopped: StoppedSession;

    before(async function () {
      this.timeout(240_000);
      await activateExtension();
      await setSetting('tdx.gpaw', 48);
      stopped = await startSession(adapter, process.env.TDX_TEST_EPT_PROGRAM ?? '', 'ept_demo.c');
    });

    after(async () => {
      if (stopped) {
        await stopSession(stopped.session);
        stopped.dispose();
      }
      await setSetting('tdx.gpaw', 48);
    });

    it('walks 4-level tables: shared GPAs on the shared root, private ones on the mirror, large pages and a hole', async () => {
      const times: number[] = [];
      for (const e of WALKS[48]) {
        const t0 = Date.now();
        const w = await vscode.commands.executeCommand<EptWalkSummary>('tdx.walkEpt', { address: e.gpa });
        times.push(Date.now() - t0);
        check(w, e, 48);
      }
      report(`${adapter}: ${times.length} walks under GPAW 48 in ${times.join(', ')} ms`);
    });

    it('shows the walk in the inspector, and walks it again when GPAW changes and at the next stop', async () => {
      let r = await renderAfter(
        () => vscode.commands.executeCommand('tdx.walkEpt', { address: '0x800040203abc' }),
        (r) => r.walkTitle.startsWith('EPT walk of 0x8000_4020_3abc on the shared root'),
        'the walk in the panel',
      );
      assert.match(r.walkTitle, /^EPT walk of 0x8000_4020_3abc on the shared root \(0x1000\), \d+ ms$/);
      assert.equal(r.walkRows, 4);
      assert.equal(r.walkResult, 'HPA 0x5abc (4 KiB page, leaf at PT)');
      // Under GPAW 52 bit 47 is an ordinary address bit: the GPA is private, so KVM's rule walks the mirror.
      r = await renderAfter(
        () => setSetting('tdx.gpaw', 52),
        (r) => r.walkTitle.includes('0x8000_4020_3abc on the mirror root (0x6000)'),
        'the walk under GPAW 52',
      );
      assert.match(r.walkTitle, /on the mirror root \(0x6000\)/);
      // The next stop is the 5-level vCPU: the panel walks the same GPA on its mirror root, which does not map it.
      r = await renderAfter(
        () => continueToBreakpoint(stopped),
        (r) => r.walkTitle.includes('0x8000_4020_3abc on the mirror root (0x1_1000)'),
        'the walk at the next stop',
      );
      assert.match(r.walkTitle, /on the mirror root \(0x1_1000\)/);
      assert.equal(r.walkResult, 'stops at PML4: not present');
    });

    it('walks 5-level tables at the second stop under GPAW 52', async () => {
      const times: number[] = [];
      for (const e of WALKS[52]) {
        const t0 = Date.now();
        const w = await vscode.commands.executeCommand<EptWalkSummary>('tdx.walkEpt', { address: e.gpa });
        times.push(Date.now() - t0);
        check(w, e, 52);
      }
      report(`${adapter}: ${times.length} walks under GPAW 52 in ${times.join(', ')} ms`);
    });

    it('offers Walk EPT in an address hover while stopped', async () => {
      const doc = await openDocument('fault at gpa 0x8000040203abc\n', 'log');
      assert.match(await hoverAt(doc.uri, 0, 20), /\[Walk EPT\]\(command:tdx\.walkEpt\?/);
    });

    it('says what went wrong when a root cannot be evaluated', async () => {
      await assert.rejects(
        Promise.resolve(vscode.commands.executeCommand('tdx.walkEpt', { address: '0x1000', root: 'no_such_root' })),
        /Could not evaluate the EPT root no_such_root/,
      );
    });
  });
}
