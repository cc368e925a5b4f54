import vscode = require('vscode');
import { readDebugInteger } from './core/debugValue';
import { UserError } from './core/errors';
import { formatHex } from './core/format';

// Shared service for the debug features: evaluating in the selected stack frame and reading memory.

/** The selected stack frame of `session` in the Call Stack view, if one of its frames is selected. */
export function activeFrameId(session: vscode.DebugSession): number | undefined {
  const item = vscode.debug.activeStackItem;
  return item instanceof vscode.DebugStackFrame && item.session.id === session.id ? item.frameId : undefined;
}

/** Evaluates `expression` in the selected frame (`watch` context); rejects with the adapter's message. */
export async function evaluate(session: vscode.DebugSession, expression: string): Promise<{ result: string; type?: string }> {
  const frameId = activeFrameId(session);
  const r = await session.customRequest('evaluate', { expression, context: 'watch', ...(frameId !== undefined ? { frameId } : {}) });
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

/**
 * Reads 64-bit values at debugger addresses: DAP `readMemory` when the adapter answers it, otherwise (and
 * from then on for this reader) a 64-bit load expression `*(unsigned long long *)0x…`.
 */
export function memoryReader(session: vscode.DebugSession): (address: bigint) => Promise<bigint> {
  let useReadMemory = true;
  const viaEvaluate = (address: bigint) => evaluateInteger(session, `*(unsigned long long *)${formatHex(address, 'none')}`);
  return async (address) => {
    if (!useReadMemory) return viaEvaluate(address);
    let body: { data?: unknown; unreadableBytes?: unknown } | undefined;
    try {
      body = await session.customRequest('readMemory', { memoryReference: formatHex(address, 'none'), offset: 0, count: 8 });
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
