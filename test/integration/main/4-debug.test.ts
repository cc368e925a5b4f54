import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DebugAnnotation } from '../../../src/debugConsole/index';
import type { Notice } from '../../../src/platform/notify';
import { activateExtension, hooks, renderAfter, setSetting, waitFor } from '../util/helpers';
import { AdapterType, startGdbSession, stopSession } from '../util/gdb';

interface DapVariable {
  name: string;
  value: string;
  type?: string;
  evaluateName?: string;
  variablesReference: number;
}

for (const adapter of ['gdb', 'lldb-dap'] as AdapterType[]) {
  describe(`Debug-session inspection with a real debugger (${adapter})`, function () {
    let session: vscode.DebugSession;
    let frameId: number;
    let locals: Map<string, DapVariable>;

    async function children(ref: number): Promise<Map<string, DapVariable>> {
      const r = await session.customRequest('variables', { variablesReference: ref });
      return new Map((r.variables as DapVariable[]).map((v) => [v.name, v]));
    }

    /** The argument VS Code passes to debug/variables/context commands. */
    const menuArg = (v: DapVariable) => ({
      sessionId: session.id,
      container: { name: 'Local', variablesReference: 1000, expensive: false },
      variable: v,
    });

    before(async function () {
      this.timeout(120_000);
      await activateExtension();
      await setSetting('tdx.gpaw', 48);
      ({ session, frameId } = await startGdbSession({}, adapter));
      const scopes = await session.customRequest('scopes', { frameId });
      // GDB calls the scope `Local`, LLDB `Locals`.
      locals = await children(scopes.scopes.find((s: { name: string }) => /^Locals?$/.test(s.name)).variablesReference);
    });

    after(async () => {
      if (session) await stopSession(session);
      await setSetting('tdx.gpaw', 48);
      await setSetting('tdx.debug.gpawExpressions', undefined);
      await setSetting('tdx.debug.annotateOutput', undefined);
    });

    it('inspects a decimal uint64_t from the Variables view as a GPA', async () => {
      const gpa = locals.get('gpa')!;
      assert.equal(gpa.value, '140737488359988');
      assert.equal(gpa.type, 'uint64_t');
      let summary: { status: string; gpa: string; kind: string; toPrivateGpa: string } | undefined;
      const r = await renderAfter(
        async () => (summary = await vscode.commands.executeCommand('tdx.inspectVariable', menuArg(gpa))),
        (r) => r.input === '140737488359988',
        'the variable',
      );
      assert.equal(summary!.kind, 'gpa');
      assert.equal(summary!.gpa, '0x800000001234');
      assert.equal(summary!.status, 'shared');
      assert.equal(summary!.toPrivateGpa, '0x1234');
      assert.equal(r.status, 'shared — bit 47 is set');
    });

    it('inspects a hex void * and a gfn_t-typed value', async () => {
      const ptr = await vscode.commands.executeCommand<{ kind: string; gpa: string; status: string }>(
        'tdx.inspectVariable',
        menuArg(locals.get('ptr')!),
      );
      assert.deepEqual([ptr.kind, ptr.gpa, ptr.status], ['gpa', '0x8000fee00000', 'shared']);
      const gfnVar = locals.get('gfn')!;
      assert.equal(gfnVar.type, 'gfn_t');
      const gfn = await vscode.commands.executeCommand<{ kind: string; gfn: string; gpa: string; toPrivateGfn: string }>(
        'tdx.inspectVariable',
        menuArg(gfnVar),
      );
      assert.deepEqual([gfn.kind, gfn.gfn, gfn.gpa, gfn.toPrivateGfn], ['gfn', '0x8000fee00', '0x8000fee00000', '0xfee00']);
      const tdx = await hooks();
      assert.equal(tdx.inspector.state()!.history[0].kind, 'gfn', "the session's addresses land in the inspector history");
    });

    it('refuses a struct, a string and a double with a clear message and no panel update', async () => {
      const tdx = await hooks();
      const kvm = await children(locals.get('kvm')!.variablesReference);
      const arch = kvm.get('arch')!;
      // GDB prints a struct as `{...}`, LLDB as `kvm_arch @ 0x7fffffffe6c0`.
      assert.match(arch.value, adapter === 'gdb' ? /^\{/ : /^kvm_arch @ 0x/);
      const before = tdx.inspector.state()!.history.length;
      for (const [v, re] of [
        [arch, /^arch: '.*' is a struct, union or array( \(shown by its address\))?, not an address\. Accepted: an unsigned integer/],
        [locals.get('name')!, /^name: .* is a string, not an address/],
        [locals.get('ratio')!, /^ratio: '1\.5' is a floating-point number, not an address/],
      ] as [DapVariable, RegExp][]) {
        const notice = waitFor(tdx.onDidNotify, (n: Notice) => n.severity === 'warning', `the message for ${v.name}`);
        assert.equal(await vscode.commands.executeCommand('tdx.inspectVariable', menuArg(v)), undefined);
        assert.match((await notice).text, re);
      }
      assert.equal(tdx.inspector.state()!.history.length, before);
    });

    it('evaluates an expression in the active frame with tdx.inspectExpression', async () => {
      const s = await vscode.commands.executeCommand<{ gpa: string; kind: string }>('tdx.inspectExpression', 'f->addr');
      assert.deepEqual([s.kind, s.gpa], ['gpa', '0x800000001234']);
      const g = await vscode.commands.executeCommand<{ kind: string }>('tdx.inspectExpression', 'f->gfn');
      assert.equal(g.kind, 'gfn');
      const tdx = await hooks();
      const notice = waitFor(tdx.onDidNotify, (n: Notice) => n.severity === 'warning', 'the evaluation error');
      assert.equal(await vscode.commands.executeCommand('tdx.inspectExpression', 'no_such_symbol'), undefined);
      assert.match(
        (await notice).text,
        // GDB answers with an error text as the value, LLDB with a failed evaluation.
        /^(no_such_symbol: 'Error: could not evaluate expression' is a debugger error or unavailable value, not an address|The debugger could not evaluate no_such_symbol: .*undeclared identifier 'no_such_symbol')/,
      );
    });

    it('annotates Debug Console results that are addresses, and not others', async () => {
      const tdx = await hooks();
      const next = waitFor(tdx.onDidAnnotateDebugConsole, (a: DebugAnnotation) => a.source === 'console', 'a console annotation');
      await session.customRequest('evaluate', { expression: 'f->level', frameId, context: 'repl' });
      await session.customRequest('evaluate', { expression: 'ratio', frameId, context: 'repl' });
      await session.customRequest('evaluate', { expression: 'gpa', frameId, context: 'repl' });
      assert.equal((await next).line, 'TDX (GPAW 48): shared GPA 0x8000_0000_1234 · GFN 0x8_0000_0001 · private alias 0x1234');
      const hex = waitFor(tdx.onDidAnnotateDebugConsole, (a: DebugAnnotation) => a.source === 'console', 'a console annotation');
      await session.customRequest('evaluate', { expression: 'gfn', frameId, context: 'repl' });
      assert.equal((await hex).line, 'TDX (GPAW 48): shared GFN 0x8_000f_ee00 · GPA 0x8000_fee0_0000 · private alias GFN 0xf_ee00');
    });

    it('reads GPAW from the debuggee (kvm->arch.gfn_direct_bits) and applies it', async () => {
      await setSetting('tdx.gpaw', 52);
      assert.equal(await vscode.commands.executeCommand('tdx.readGpawFromDebuggee', { apply: true }), 48);
      assert.equal(vscode.workspace.getConfiguration('tdx', vscode.workspace.workspaceFolders![0].uri).get('gpaw'), 48);
      await setSetting('tdx.debug.gpawExpressions', ['no_such_thing', 'cc_mask']);
      await setSetting('tdx.gpaw', 52);
      assert.equal(await vscode.commands.executeCommand('tdx.readGpawFromDebuggee', { apply: true }), 48);
      const tdx = await hooks();
      await setSetting('tdx.debug.gpawExpressions', ['f->level']);
      const notice = waitFor(tdx.onDidNotify, (n: Notice) => n.severity === 'warning', 'the explanation');
      assert.equal(await vscode.commands.executeCommand('tdx.readGpawFromDebuggee', { apply: true }), undefined);
      assert.match(
        (await notice).text,
        /f->level = 0x1: the GPA mask 0x1 selects GPA bit 0, i\.e\. GPAW 1; only GPAW 48 \(bit 47\) and 52 \(bit 51\) exist/,
      );
      await setSetting('tdx.debug.gpawExpressions', undefined);
      await setSetting('tdx.gpaw', 48);
    });

    // Debuggee-output annotations are checked with GDB: the lldb-dap parity covers Variables/Watch,
    // Debug Console results, GPAW from the debuggee, the view and inline values.
    if (adapter === 'gdb') {
      it("annotates addresses in the debuggee's output when enabled", async () => {
        await setSetting('tdx.debug.annotateOutput', true);
        const tdx = await hooks();
        const annotated = waitFor(
          tdx.onDidAnnotateDebugConsole,
          (a: DebugAnnotation) => a.source === 'output' && a.line.includes('0x0000800000001234'),
          'an output annotation',
          30_000,
        );
        const threads = await session.customRequest('threads');
        await session.customRequest('continue', { threadId: threads.threads[0].id });
        assert.equal(
          (await annotated).line,
          'TDX (GPAW 48): shared GPA 0x8000_0000_1234 · GFN 0x8_0000_0001 · private alias 0x1234  ← 0x0000800000001234',
        );
      });
    }
  });
}
