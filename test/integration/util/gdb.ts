import * as path from 'path';
import * as vscode from 'vscode';
import { waitFor } from './helpers';

/** The breakpoint line in samples/gpa_demo.c: the `/* break here *\/` line. */
export async function breakLine(source: vscode.Uri): Promise<number> {
  const doc = await vscode.workspace.openTextDocument(source);
  const line = doc
    .getText()
    .split('\n')
    .findIndex((l) => l.includes('/* break here */'));
  if (line < 0) throw new Error('no "break here" marker in gpa_demo.c');
  return line;
}

/**
 * Starts GDB (debug type `gdb`, registered by test/gdb-extension through cdt-gdb-adapter) on the fixture
 * compiled by the launcher, with a breakpoint in handle(), and resolves once it stopped there.
 */
export async function startGdbSession(
  extra: Record<string, unknown> = {},
): Promise<{ session: vscode.DebugSession; frameId: number; threadId: number }> {
  const program = process.env.TDX_TEST_PROGRAM;
  const workspace = process.env.TDX_TEST_WORKSPACE;
  if (!program || !workspace) throw new Error('TDX_TEST_PROGRAM / TDX_TEST_WORKSPACE not set by the launcher');
  const source = vscode.Uri.file(path.join(workspace, 'gpa_demo.c'));
  const line = await breakLine(source);
  const bp = new vscode.SourceBreakpoint(new vscode.Location(source, new vscode.Position(line, 0)));
  vscode.debug.addBreakpoints([bp]);

  let stoppedThread: number | undefined;
  const stopped = new Promise<number>((resolve) => {
    const tracker = vscode.debug.registerDebugAdapterTrackerFactory('gdb', {
      createDebugAdapterTracker: () => ({
        onDidSendMessage: (m: { type: string; event?: string; body?: { threadId?: number; reason?: string } }) => {
          if (m.type === 'event' && m.event === 'stopped' && m.body?.reason === 'breakpoint' && stoppedThread === undefined) {
            stoppedThread = m.body.threadId ?? 1;
            tracker.dispose();
            resolve(stoppedThread);
          }
        },
      }),
    });
  });
  const started = waitFor(vscode.debug.onDidStartDebugSession, (s) => s.type === 'gdb', 'the gdb session to start');
  const folder = vscode.workspace.workspaceFolders?.[0];
  const ok = await vscode.debug.startDebugging(folder, {
    type: 'gdb',
    request: 'launch',
    name: 'tdx test gdb',
    program,
    gdb: 'gdb',
    ...extra,
  });
  if (!ok) throw new Error('startDebugging returned false');
  const session = await started;
  const threadId = await Promise.race([
    stopped,
    new Promise<number>((_, reject) => setTimeout(() => reject(new Error('GDB did not stop at the breakpoint within 120 s')), 120_000)),
  ]);
  vscode.debug.removeBreakpoints([bp]);
  const trace = await session.customRequest('stackTrace', { threadId, startFrame: 0, levels: 1 });
  return { session, frameId: trace.stackFrames[0].id, threadId };
}

export async function stopSession(session: vscode.DebugSession): Promise<void> {
  const ended = waitFor(vscode.debug.onDidTerminateDebugSession, (s) => s.id === session.id, 'the gdb session to end');
  // cdt-gdb-adapter acknowledges `terminate` without ending a plain launch; VS Code's second stop sends
  // `disconnect` and then stops the adapter process.
  await vscode.debug.stopDebugging(session);
  await vscode.debug.stopDebugging(session);
  await ended;
}
