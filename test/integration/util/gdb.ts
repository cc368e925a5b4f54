import * as path from 'path';
import * as vscode from 'vscode';
import { waitFor } from './helpers';

/** The debug types test/gdb-extension registers: GDB through cdt-gdb-adapter, and LLVM's lldb-dap-19. */
export type AdapterType = 'gdb' | 'lldb-dap';

/** The 0-based line of the `/* break here *\/` marker in a source file of the workspace. */
export async function breakLine(source: vscode.Uri): Promise<number> {
  const doc = await vscode.workspace.openTextDocument(source);
  const line = doc
    .getText()
    .split('\n')
    .findIndex((l) => l.includes('/* break here */'));
  if (line < 0) throw new Error(`no "break here" marker in ${source.fsPath}`);
  return line;
}

/** A debug session stopped at a breakpoint: its selected top frame and thread, and its later stops. */
export interface StoppedSession {
  readonly session: vscode.DebugSession;
  frameId: number;
  readonly threadId: number;
  readonly breakpoint: vscode.SourceBreakpoint;
  /** Fires with the thread of each later `stopped` event (any reason: breakpoint, step…). */
  readonly stops: vscode.Event<number>;
  readonly dispose: () => void;
}

/** Below mocha's 120 s per test, so a missing stop fails with its own message. */
const STOP_TIMEOUT_MS = 90_000;

/** Resolves with the next value of `event`, or rejects after STOP_TIMEOUT_MS with `what`. */
function next<T>(event: vscode.Event<T>, what: string): Promise<T> {
  let sub: vscode.Disposable | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new Promise<T>((resolve, reject) => {
    sub = event(resolve);
    timer = setTimeout(() => reject(new Error(`${what} within ${STOP_TIMEOUT_MS / 1000} s`)), STOP_TIMEOUT_MS);
  }).finally(() => {
    sub?.dispose();
    clearTimeout(timer);
  });
}

async function topFrame(session: vscode.DebugSession, threadId: number): Promise<number> {
  const trace = await session.customRequest('stackTrace', { threadId, startFrame: 0, levels: 1 });
  return trace.stackFrames[0].id;
}

/**
 * Starts `type` on `program` (compiled by the launcher into the workspace) with a breakpoint on the
 * `/* break here *\/` line of `sourceFile`, and resolves once it stopped there. A tracker registered
 * before the start (trackers attach only to sessions that start after them) reports every later stop;
 * the breakpoint stays until `stopSession`, so `continueToBreakpoint` can reach it again.
 */
export async function startSession(
  type: AdapterType,
  program: string,
  sourceFile: string,
  extra: Record<string, unknown> = {},
): Promise<StoppedSession> {
  const workspace = process.env.TDX_TEST_WORKSPACE;
  if (!program || !workspace) throw new Error('the program / TDX_TEST_WORKSPACE were not set by the launcher');
  const source = vscode.Uri.file(path.join(workspace, sourceFile));
  const breakpoint = new vscode.SourceBreakpoint(new vscode.Location(source, new vscode.Position(await breakLine(source), 0)));
  vscode.debug.addBreakpoints([breakpoint]);
  const stopsEmitter = new vscode.EventEmitter<number>();
  const tracker = vscode.debug.registerDebugAdapterTrackerFactory(type, {
    createDebugAdapterTracker: () => ({
      onDidSendMessage: (m: { type: string; event?: string; body?: { threadId?: number; reason?: string } }) => {
        if (m.type === 'event' && m.event === 'stopped') stopsEmitter.fire(m.body?.threadId ?? 1);
      },
    }),
  });
  const dispose = () => {
    tracker.dispose();
    stopsEmitter.dispose();
  };
  const stopped = next(stopsEmitter.event, `${type} did not stop at the breakpoint`);
  const started = waitFor(vscode.debug.onDidStartDebugSession, (s) => s.type === type, `the ${type} session to start`);
  const folder = vscode.workspace.workspaceFolders?.[0];
  const config = type === 'gdb' ? { program, gdb: 'gdb' } : { program, cwd: workspace };
  const ok = await vscode.debug.startDebugging(folder, { type, request: 'launch', name: `tdx test ${type}`, ...config, ...extra });
  if (!ok) throw new Error('startDebugging returned false');
  const session = await started;
  const threadId = await stopped;
  return { session, threadId, frameId: await topFrame(session, threadId), breakpoint, stops: stopsEmitter.event, dispose };
}

/** Continues a stopped session to its breakpoint's next hit, updating the selected frame. */
export async function continueToBreakpoint(s: StoppedSession): Promise<void> {
  const stopped = next(s.stops, `${s.session.type} did not stop at the breakpoint again`);
  await s.session.customRequest('continue', { threadId: s.threadId });
  s.frameId = await topFrame(s.session, await stopped);
}

/** Steps over one line (DAP `next`) and resolves once the session stopped again, updating the frame. */
export async function stepOver(s: StoppedSession): Promise<void> {
  const stopped = next(s.stops, `${s.session.type} did not stop after stepping`);
  await s.session.customRequest('next', { threadId: s.threadId });
  s.frameId = await topFrame(s.session, await stopped);
}

/** GDB (or `adapter`) on samples/gpa_demo.c, stopped in handle() (the breakpoint is removed once it is reached). */
export async function startGdbSession(
  extra: Record<string, unknown> = {},
  adapter: AdapterType = 'gdb',
): Promise<{ session: vscode.DebugSession; frameId: number; threadId: number }> {
  const s = await startSession(adapter, process.env.TDX_TEST_PROGRAM ?? '', 'gpa_demo.c', extra);
  vscode.debug.removeBreakpoints([s.breakpoint]);
  s.dispose();
  return s;
}

/** Sessions that ended, so stopping one that already ended (its program exited) does not wait forever. */
const ended = new Set<string>();
vscode.debug.onDidTerminateDebugSession((s) => ended.add(s.id));

/** Ends a session if it is still running, and removes the breakpoints the tests added. */
export async function stopSession(session: vscode.DebugSession): Promise<void> {
  if (ended.has(session.id)) {
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints.filter((b) => b instanceof vscode.SourceBreakpoint));
    return;
  }
  const terminated = waitFor(vscode.debug.onDidTerminateDebugSession, (s) => s.id === session.id, `the ${session.type} session to end`);
  // cdt-gdb-adapter acknowledges `terminate` without ending a plain launch; VS Code's second stop sends
  // `disconnect` and then stops the adapter process.
  await vscode.debug.stopDebugging(session);
  if (session.type === 'gdb' && !ended.has(session.id)) await vscode.debug.stopDebugging(session);
  await terminated;
  vscode.debug.removeBreakpoints(vscode.debug.breakpoints.filter((b) => b instanceof vscode.SourceBreakpoint));
}
