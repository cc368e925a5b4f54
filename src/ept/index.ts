import vscode = require('vscode');
import { Command } from '../platform/commandIds';
import { folderOf, settingsFor } from '../platform/config';
import { errorText, evaluateInteger, memoryReader } from '../platform/debugSession';
import { executeCommand, registerCommand } from '../platform/commands';
import { DebugSessionTracker } from '../platform/debugTracker';
import { promptForAddress } from '../platform/prompt';
import { UserError } from '../platform/errors';
import { EptWalkSummary, rootFor, ShownWalk, walkEpt, walkToSummary, WalkRequest } from '../tdx/eptWalk';
import { formatHex } from '../tdx/format';
import { parseUserInput } from '../tdx/parse';
import { gfnToGpa, Gpaw, isGpaw } from '../tdx/tdx';

function toRequest(arg: unknown): WalkRequest | undefined {
  if (typeof arg === 'string') return { address: arg };
  if (typeof arg !== 'object' || arg === null) return undefined;
  const r = arg as Record<string, unknown>;
  if (typeof r.address !== 'string') return undefined;
  if (r.root !== undefined && typeof r.root !== 'string') return undefined;
  if (r.gpaw !== undefined && !isGpaw(r.gpaw)) return undefined;
  return { address: r.address, ...(r.root !== undefined ? { root: r.root as string } : {}), ...(r.gpaw ? { gpaw: r.gpaw as Gpaw } : {}) };
}

const ACCEPTED =
  'Accepted: tdx.walkEpt("0x8000_0000_1234") or { address, root?: "auto" | "shared" | "mirror" | an expression or number, gpaw?: 48 | 52 }';

/** `tdx.walkEpt`'s argument: a `WalkRequest` (or its address alone), or nothing (or the editor's URI) for a prompt. */
function acceptWalkRequest([arg]: readonly unknown[]): [request?: WalkRequest] {
  if (arg === undefined || arg instanceof vscode.Uri) return [];
  const request = toRequest(arg);
  if (!request) throw new UserError(`tdx.walkEpt got ${typeof arg}. ${ACCEPTED}`);
  return [request];
}

/**
 * Walks the EPT for one GPA in the stopped debuggee: evaluates the root (KVM's rule for `auto`: the shared
 * EPT root for GPAs with the shared bit, the Secure-EPT mirror otherwise) and the direct-map base in the
 * selected frame, then reads one entry per level through the debug adapter.
 */
export async function walkInSession(
  session: vscode.DebugSession,
  request: WalkRequest,
  sessions: DebugSessionTracker,
): Promise<EptWalkSummary> {
  const parsed = parseUserInput(request.address);
  if (!parsed.ok) throw new UserError(parsed.error);
  const gpa = parsed.kind === 'gfn' ? gfnToGpa(parsed.value) : parsed.value;
  const settings = settingsFor(session);
  const gpaw = request.gpaw ?? settings.gpaw;
  const wanted = request.root ?? 'auto';
  const named = wanted === 'auto' ? rootFor(gpa, gpaw) : wanted === 'shared' || wanted === 'mirror' ? wanted : undefined;
  let rootHpa: bigint;
  let root: string;
  if (named) {
    const expression = settings.eptRootExpressions[named];
    root = named;
    try {
      rootHpa = await evaluateInteger(session, expression);
    } catch (e) {
      throw new UserError(
        `Could not evaluate the ${named} EPT root ${expression} in the selected frame: ${errorText(e)}. ` +
          'Select a frame where it is in scope, set tdx.ept.rootExpressions, or pass { root: <expression or HPA> }.',
      );
    }
  } else {
    const literal = parseUserInput(wanted);
    root = wanted;
    try {
      rootHpa = literal.ok ? literal.value : await evaluateInteger(session, wanted);
    } catch (e) {
      throw new UserError(`Could not evaluate the EPT root ${wanted}: ${errorText(e)}. ${ACCEPTED}`);
    }
  }
  let base: bigint;
  try {
    base = await evaluateInteger(session, settings.eptPhysToVirt);
  } catch (e) {
    throw new UserError(
      `Could not evaluate ${settings.eptPhysToVirt} (tdx.ept.physToVirt, the direct-map base added to each table's host physical address): ${errorText(e)}.`,
    );
  }
  const read = memoryReader(session, sessions);
  const walk = await walkEpt({ gpa, gpaw, rootHpa, root }, async (hpa) => {
    const address = base + hpa;
    try {
      return await read(address);
    } catch (e) {
      throw new Error(`debugger address ${formatHex(address, 'none')} (${settings.eptPhysToVirt} + HPA): ${errorText(e)}`);
    }
  });
  return walkToSummary(walk);
}

/** `tdx.walkEpt`: a string or `WalkRequest` argument, else the address under the cursor or a prompt; shows the walk in the inspector. */
export function registerWalkEpt(context: vscode.ExtensionContext, deps: { sessions: DebugSessionTracker }): void {
  context.subscriptions.push(
    registerCommand(Command.WalkEpt, acceptWalkRequest, async (request): Promise<EptWalkSummary | undefined> => {
      const session = vscode.debug.activeDebugSession;
      if (!session) {
        throw new UserError(
          'TDX: Walk EPT reads the page tables through the debugger: start a debug session and stop at a breakpoint first.',
        );
      }
      if (!request) {
        const address = await promptForAddress('TDX: Walk EPT for Address');
        if (address === undefined) return undefined;
        request = { address };
      }
      const started = Date.now();
      const summary = await walkInSession(session, request, deps.sessions);
      const shown: ShownWalk = { request, summary, folder: folderOf(session)?.uri.toString(), ms: Date.now() - started };
      await executeCommand(Command.ShowWalk, shown);
      return summary;
    }),
  );
}
