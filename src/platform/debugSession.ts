import vscode = require('vscode');
import { readDebugInteger } from '../detect/debugValue';
import { UserError } from './errors';
import { formatHex } from '../tdx/format';

// Shared service for the debug features: evaluating in the selected stack frame and reading memory.

/** The selected stack frame of `session` in the Call Stack view, if one of its frames is selected. */
export function activeFrameId(session: vscode.DebugSession): number | undefined {
  const item = vscode.debug.activeStackItem;
  return item instanceof vscode.DebugStackFrame && item.session.id === session.id ? item.frameId : undefined;
}

/** How long one request to a debug adapter may take before it counts as failed (a hung adapter never blocks a feature). */
export const REQUEST_TIMEOUT_MS = 10_000;

/** `session.customRequest` that rejects after `ms` with a message naming the request. */
export function request<T = Record<string, unknown>>(
  session: vscode.DebugSession,
  command: string,
  args: unknown,
  ms = REQUEST_TIMEOUT_MS,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the debugger did not answer ${command} within ${ms / 1000} s`)), ms);
  });
  return Promise.race([Promise.resolve(session.customRequest(command, args) as Thenable<T>), timeout]).finally(() => clearTimeout(timer));
}

/**
 * The frame to evaluate in: the one selected in the Call Stack view, else the top frame of the selected
 * (or first) thread — right after a stop VS Code may not have selected a frame yet.
 */
export async function frameFor(session: vscode.DebugSession): Promise<number | undefined> {
  const selected = activeFrameId(session);
  if (selected !== undefined) return selected;
  try {
    const item = vscode.debug.activeStackItem;
    const threadId =
      item instanceof vscode.DebugThread && item.session.id === session.id
        ? item.threadId
        : (await request<{ threads?: { id: number }[] }>(session, 'threads', {})).threads?.[0]?.id;
    if (threadId === undefined) return undefined;
    const trace = await request<{ stackFrames?: { id: number }[] }>(session, 'stackTrace', { threadId, startFrame: 0, levels: 1 });
    return trace.stackFrames?.[0]?.id;
  } catch {
    return undefined;
  }
}

/** Evaluates `expression` in the selected frame (`watch` context); rejects with the adapter's message or on timeout. */
export async function evaluate(session: vscode.DebugSession, expression: string): Promise<{ result: string; type?: string }> {
  const frameId = await frameFor(session);
  const r = await request(session, 'evaluate', { expression, context: 'watch', ...(frameId !== undefined ? { frameId } : {}) });
  if (!r || typeof r.result !== 'string') throw new UserError(`the debugger returned no value for ${expression}`);
  return { result: r.result, type: typeof r.type === 'string' ? r.type : undefined };
}

/** The first line of an error's message, at most 200 characters, for messages to the user. */
export function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 200);
}

/** Evaluates `expression` to an unsigned integer (decimal or hex as the debugger prints it), or rejects saying why. */
export async function evaluateInteger(session: vscode.DebugSession, expression: string): Promise<bigint> {
  const { result, type } = await evaluate(session, expression);
  const n = readDebugInteger(result, type);
  if (!n.ok) throw new UserError(n.error);
  return n.value;
}

/** Little-endian unsigned value of up to 8 bytes. */
function littleEndian(bytes: ArrayLike<number>): bigint {
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]);
  return v;
}

/** `supportsReadMemoryRequest` of each session's adapter, from its `initialize` response. */
const readMemorySupport = new Map<string, boolean>();
const stopped = new vscode.EventEmitter<vscode.DebugSession>();
const continued = new vscode.EventEmitter<vscode.DebugSession>();
/** Fires when a session's adapter reports a stop (breakpoint, step…), before VS Code selects the frame. */
export const onDidStop = stopped.event;
/** Fires when a session's adapter reports that the program runs again. */
export const onDidContinue = continued.event;

/**
 * Watches every debug session's adapter once for what several features need: its capabilities (today:
 * `readMemory`) and its `stopped` / `continued` events.
 */
export function registerDebugSessionEvents(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    stopped,
    continued,
    vscode.debug.registerDebugAdapterTrackerFactory('*', {
      createDebugAdapterTracker: (session) => ({
        onDidSendMessage: (m: { type?: string; command?: string; event?: string; body?: { supportsReadMemoryRequest?: unknown } }) => {
          if (m?.type === 'response' && m.command === 'initialize')
            readMemorySupport.set(session.id, m.body?.supportsReadMemoryRequest === true);
          else if (m?.type === 'event' && m.event === 'stopped') stopped.fire(session);
          else if (m?.type === 'event' && m.event === 'continued') continued.fire(session);
        },
      }),
    }),
    vscode.debug.onDidTerminateDebugSession((s) => readMemorySupport.delete(s.id)),
  );
}

/**
 * Reads 64-bit values at debugger addresses: DAP `readMemory` when the adapter says it supports it,
 * otherwise a 64-bit load expression `*(unsigned long long *)0x…` evaluated in the selected frame.
 */
export function memoryReader(session: vscode.DebugSession): (address: bigint) => Promise<bigint> {
  let useReadMemory = readMemorySupport.get(session.id) ?? true;
  const viaEvaluate = (address: bigint) => evaluateInteger(session, `*(unsigned long long *)${formatHex(address, 'none')}`);
  return async (address) => {
    if (!useReadMemory) return viaEvaluate(address);
    let body: { data?: unknown; unreadableBytes?: unknown } | undefined;
    try {
      body = await request(session, 'readMemory', { memoryReference: formatHex(address, 'none'), offset: 0, count: 8 });
    } catch (e) {
      // An adapter without readMemory says so once; a failed read of a readable adapter is a real failure.
      if (/unrecognized|not supported|unsupported|unknown request/i.test(errorText(e))) {
        useReadMemory = false;
        return viaEvaluate(address);
      }
      throw e;
    }
    const data = typeof body?.data === 'string' ? atob(body.data) : '';
    if (data.length < 8 || (typeof body?.unreadableBytes === 'number' && body.unreadableBytes > 0)) {
      throw new Error(`only ${data.length} of 8 bytes at ${formatHex(address, 'none')} are readable`);
    }
    return littleEndian(Array.from(data.slice(0, 8), (c) => c.charCodeAt(0)));
  };
}
