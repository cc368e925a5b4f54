import vscode = require('vscode');
import type { DebugProtocol } from '@vscode/debugprotocol';
import { DebugSessionTracker } from './debugTracker';
import { readDebugInteger } from '../detect/debugValue';
import { UserError } from './errors';
import { formatHex } from '../tdx/format';

// Shared service for the debug features: typed DAP requests, evaluating in the selected stack frame, reading memory.

/** The selected stack frame of `session` in the Call Stack view, if one of its frames is selected. */
export function activeFrameId(session: vscode.DebugSession): number | undefined {
  const item = vscode.debug.activeStackItem;
  return item instanceof vscode.DebugStackFrame && item.session.id === session.id ? item.frameId : undefined;
}

/** How long one request to a debug adapter may take before it counts as failed (a hung adapter never blocks a feature). */
export const REQUEST_TIMEOUT_MS = 10_000;

/**
 * The DAP requests the extension sends, each with its arguments and response body as `@vscode/debugprotocol`
 * types them (the shape of vscode-memory-inspector's `DebugRequestTypes`).
 */
export interface DapRequests {
  threads: { args: Record<string, never>; body: DebugProtocol.ThreadsResponse['body'] };
  stackTrace: { args: DebugProtocol.StackTraceArguments; body: DebugProtocol.StackTraceResponse['body'] };
  scopes: { args: DebugProtocol.ScopesArguments; body: DebugProtocol.ScopesResponse['body'] };
  variables: { args: DebugProtocol.VariablesArguments; body: DebugProtocol.VariablesResponse['body'] };
  evaluate: { args: DebugProtocol.EvaluateArguments; body: DebugProtocol.EvaluateResponse['body'] };
  readMemory: { args: DebugProtocol.ReadMemoryArguments; body: DebugProtocol.ReadMemoryResponse['body'] };
}

/**
 * What an adapter answered to `command`: its DAP body as adapters ought to send it, or undefined (some send no
 * body). Adapters do not all follow the protocol, so a value the feature depends on is still checked where used.
 */
export type DapResponse<K extends keyof DapRequests> = Partial<NonNullable<DapRequests[K]['body']>> | undefined;

/** Sends one DAP request to `session`'s adapter; rejects with the adapter's message, or after `ms` with one naming the request. */
export function sendRequest<K extends keyof DapRequests>(
  session: vscode.DebugSession,
  command: K,
  args: DapRequests[K]['args'],
  ms = REQUEST_TIMEOUT_MS,
): Promise<DapResponse<K>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the debugger did not answer ${command} within ${ms / 1000} s`)), ms);
  });
  const answer = Promise.resolve(session.customRequest(command, args) as Thenable<DapResponse<K>>);
  return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
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
        : (await sendRequest(session, 'threads', {}))?.threads?.[0]?.id;
    if (typeof threadId !== 'number') return undefined;
    const trace = await sendRequest(session, 'stackTrace', { threadId, startFrame: 0, levels: 1 });
    const id = trace?.stackFrames?.[0]?.id;
    return typeof id === 'number' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Evaluates `expression` in the selected frame (`watch` context); rejects with the adapter's message or on timeout. */
export async function evaluate(session: vscode.DebugSession, expression: string): Promise<{ result: string; type?: string }> {
  const frameId = await frameFor(session);
  const r = await sendRequest(session, 'evaluate', { expression, context: 'watch', ...(frameId !== undefined ? { frameId } : {}) });
  if (typeof r?.result !== 'string') throw new UserError(`the debugger returned no value for ${expression}`);
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

/**
 * Reads 64-bit values at debugger addresses: DAP `readMemory` when the adapter says it supports it (or its
 * `initialize` response was not seen), otherwise a 64-bit load expression `*(unsigned long long *)0x…`
 * evaluated in the selected frame.
 */
export function memoryReader(session: vscode.DebugSession, sessions: DebugSessionTracker): (address: bigint) => Promise<bigint> {
  const capabilities = sessions.capabilities(session);
  let useReadMemory = capabilities ? capabilities.supportsReadMemoryRequest === true : true;
  const viaEvaluate = (address: bigint) => evaluateInteger(session, `*(unsigned long long *)${formatHex(address, 'none')}`);
  return async (address) => {
    if (!useReadMemory) return viaEvaluate(address);
    let body: DapResponse<'readMemory'>;
    try {
      body = await sendRequest(session, 'readMemory', { memoryReference: formatHex(address, 'none'), offset: 0, count: 8 });
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
