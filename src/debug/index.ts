import vscode = require('vscode');
import { Command } from '../platform/commandIds';
import { activeFolder, settingsFor, writeGpaw } from '../platform/config';
import { errorText, evaluate } from '../platform/debugSession';
import { executeCommand, registerCommand, rejectArg, SetDebuggeeSideArgs, VariableArgs } from '../platform/commands';
import { DebuggeeSides } from '../platform/debuggeeSides';
import { UserError } from '../platform/errors';
import { describeDebuggeeSide } from '../detect/debuggeeSide';
import { SIDE_SETTINGS, SideSetting } from '../detect/side';
import { warn, inform } from '../platform/notify';
import { DebugVariable, kindFromNameAndType, maskSpaceOf, readDebugInteger, readDebugVariable } from '../detect/debugValue';
import { formatHex } from '../tdx/format';
import { AnalysisSummary } from '../tdx/summary';
import { AddressKind, Gpaw, gpawFromMask } from '../tdx/tdx';

/** The argument VS Code passes to `debug/variables/context` and `debug/watch/context` commands, as far as it is read. */
interface VariableContext {
  sessionId?: unknown;
  variable?: { [K in keyof DebugVariable]?: unknown };
}

/** `tdx.inspectVariable`'s argument: a Variables or Watch item (undefined for anything else: the user is told). */
function acceptVariable([arg]: readonly unknown[]): [VariableArgs | undefined] {
  const ctx = (typeof arg === 'object' && arg !== null ? arg : {}) as VariableContext;
  const v = ctx.variable;
  if (!v || typeof v.value !== 'string' || typeof v.name !== 'string') return [undefined];
  return [
    {
      name: v.name,
      value: v.value,
      type: typeof v.type === 'string' ? v.type : undefined,
      evaluateName: typeof v.evaluateName === 'string' ? v.evaluateName : undefined,
      sessionId: typeof ctx.sessionId === 'string' ? ctx.sessionId : undefined,
    },
  ];
}

/** Shows a debugger value in the inspector under the session's folder GPAW, through `tdx.inspect` (the inspector feature). */
function inspectInPanel(
  address: string,
  kind: AddressKind,
  session: vscode.DebugSession | undefined,
): Thenable<AnalysisSummary | undefined> {
  const folder = session?.workspaceFolder?.uri.toString();
  return executeCommand(Command.Inspect, { address, kind, ...(folder ? { folder } : {}) });
}

async function inspectVariable(v: VariableArgs | undefined): Promise<AnalysisSummary | undefined> {
  if (!v) {
    void warn('Inspect as TDX Address works on a variable in the Variables or Watch view of a debug session.');
    return undefined;
  }
  const read = readDebugVariable(v);
  if (!read.ok) {
    void warn(read.error);
    return undefined;
  }
  const session = vscode.debug.activeDebugSession?.id === v.sessionId ? vscode.debug.activeDebugSession : undefined;
  return inspectInPanel(read.text, read.kind, session);
}

async function inspectExpression(given: string | undefined): Promise<AnalysisSummary | undefined> {
  const session = vscode.debug.activeDebugSession;
  if (!session) {
    void warn('Inspect Debug Expression needs a debug session stopped at a breakpoint.');
    return undefined;
  }
  const expression =
    given !== undefined
      ? given
      : await vscode.window.showInputBox({
          title: 'TDX: Inspect Debug Expression',
          prompt: 'An expression evaluated in the selected stack frame, e.g. f->addr or kvm->arch.gfn_direct_bits',
          ignoreFocusOut: true,
          validateInput: (t) => (t.length > 500 ? 'Expressions are limited to 500 characters' : undefined),
        });
  if (!expression?.trim()) return undefined;
  let value: { result: string; type?: string };
  try {
    value = await evaluate(session, expression.trim());
  } catch (e) {
    void warn(`The debugger could not evaluate ${expression.trim()}: ${errorText(e)}`);
    return undefined;
  }
  const read = readDebugInteger(value.result, value.type);
  if (!read.ok) {
    void warn(`${expression.trim()}: ${read.error}`);
    return undefined;
  }
  const { kind } = kindFromNameAndType(expression, value.type);
  return inspectInPanel(read.text, kind, session);
}

/** Tells Restricted Mode users why a `tdx.debug.gpawExpressions` set by the workspace is not the list used. */
function restrictedNote(): string {
  return vscode.workspace.isTrusted
    ? ''
    : ' In Restricted Mode a value of tdx.debug.gpawExpressions from the workspace is ignored; trust the workspace to use it.';
}

async function readGpawFromDebuggee(options?: { apply: boolean }): Promise<Gpaw | undefined> {
  const apply = options?.apply === true;
  const session = vscode.debug.activeDebugSession;
  if (!session) {
    const expressions = settingsFor(activeFolder()).gpawExpressions.join(', ');
    void warn(
      `Read GPAW from Debug Session needs a debug session stopped at a breakpoint; it evaluates ${expressions} (tdx.debug.gpawExpressions).${restrictedNote()}`,
    );
    return undefined;
  }
  const settings = settingsFor(session);
  const tried: string[] = [];
  for (const expression of settings.gpawExpressions) {
    let value: { result: string; type?: string };
    try {
      value = await evaluate(session, expression);
    } catch (e) {
      tried.push(`${expression}: ${errorText(e)}`);
      continue;
    }
    const n = readDebugInteger(value.result, value.type);
    if (!n.ok) {
      tried.push(`${expression} = ${value.result.slice(0, 40)} (not an integer)`);
      continue;
    }
    const space = maskSpaceOf(expression);
    const found = gpawFromMask(n.value, space);
    if (!found.ok) {
      void warn(`${expression} = ${formatHex(n.value, settings.grouping)}: ${found.error}. tdx.gpaw was not changed.`);
      return undefined;
    }
    const what = `${expression} = ${formatHex(n.value, settings.grouping)} (${space.toUpperCase()}-space mask → shared bit ${found.bit}) gives GPAW ${found.gpaw}`;
    if (apply) {
      await writeGpaw(found.gpaw, session.workspaceFolder);
      void inform(`${what}; tdx.gpaw set.`);
      return found.gpaw;
    }
    const action = `Set tdx.gpaw to ${found.gpaw}`;
    const current = settings.gpaw === found.gpaw ? ` tdx.gpaw is already ${found.gpaw}.` : ` tdx.gpaw is ${settings.gpaw}.`;
    void inform(`${what}.${current}`, ...(settings.gpaw === found.gpaw ? [] : [action])).then(async (choice) => {
      if (choice === action) await writeGpaw(found.gpaw, session.workspaceFolder);
    });
    return found.gpaw;
  }
  void warn(
    `No GPAW found: none of tdx.debug.gpawExpressions gave an integer (${tried.join('; ')}). Accepted: a GPA-space mask (cc_mask) or a GFN-space mask (gfn_direct_bits) with bit 47 or 51.`,
  );
  return undefined;
}

const SIDE_PICKS: { readonly [S in SideSetting]: string } = {
  auto: 'Read it from the marker lines the session prints (lx-dmesg’s “tdx: Guest detected”, “virt/tdx: …”)',
  host: 'A TDX host (its kernel, KVM, QEMU): phys_addr_t and dma_addr_t are host physical',
  guest: 'A TD guest (its kernel or firmware): phys_addr_t and dma_addr_t are guest physical',
};

/** `tdx.setDebuggeeSide`'s argument as given (a menu or palette run passes nothing: pick). */
function acceptSideArgs([arg]: readonly unknown[]): [SetDebuggeeSideArgs?] {
  if (arg === undefined) return [];
  const a = arg as Partial<SetDebuggeeSideArgs> | null;
  if (
    !a ||
    typeof a !== 'object' ||
    !SIDE_SETTINGS.includes(a.side as SideSetting) ||
    (a.session !== undefined && (typeof a.session !== 'string' || a.session === ''))
  )
    rejectArg(
      Command.SetDebuggeeSide,
      arg,
      'it takes { side: "auto" | "host" | "guest", session?: string } (session: a launch configuration name, by default the active debug session’s), or nothing to pick for the active debug session.',
    );
  return [{ side: a.side as SideSetting, ...(a.session !== undefined ? { session: a.session } : {}) }];
}

/** Sets the side of a launch configuration as given, or picks one for the active debug session's. */
async function setDebuggeeSide(sides: DebuggeeSides, arg: SetDebuggeeSideArgs | undefined): Promise<SideSetting | undefined> {
  const session = vscode.debug.activeDebugSession;
  if (arg) {
    const name = arg.session ?? session?.configuration.name;
    if (name === undefined)
      throw new UserError(
        `${Command.SetDebuggeeSide}: no debug session is active; start one, or name the launch configuration: { side: "${arg.side}", session: "Debug gpa_demo (GDB)" }.`,
      );
    await sides.set(name, arg.side);
    return arg.side;
  }
  if (!session) {
    void inform('TDX: Set Debuggee Side… works on the active debug session: start one first.');
    return undefined;
  }
  const name = session.configuration.name;
  const current = sides.setting(name);
  const picked = await vscode.window.showQuickPick(
    SIDE_SETTINGS.map((side) => ({
      label: side === current ? `$(check) ${side}` : side,
      description: side === 'auto' ? `now: ${describeDebuggeeSide(sides.detected(session))}` : undefined,
      detail: SIDE_PICKS[side],
      side,
    })),
    { title: `Which machine does “${name}” debug?`, placeHolder: `Now: ${current} (kept for this launch configuration)` },
  );
  if (!picked) return undefined;
  await sides.set(name, picked.side);
  return picked.side;
}

/**
 * "Inspect as TDX Address" (Variables/Watch), "Inspect Debug Expression…", "Read GPAW from Debug Session" and
 * "Set Debuggee Side…".
 */
export function registerDebugCommands(context: vscode.ExtensionContext, deps: { readonly debuggeeSides: DebuggeeSides }): void {
  context.subscriptions.push(
    registerCommand(Command.SetDebuggeeSide, acceptSideArgs, (arg) => setDebuggeeSide(deps.debuggeeSides, arg)),
    registerCommand(Command.InspectVariable, acceptVariable, inspectVariable),
    // Anything but a string (a palette run passes nothing) prompts for the expression.
    registerCommand(Command.InspectExpression, ([arg]) => (typeof arg === 'string' ? [arg] : []), inspectExpression),
    registerCommand(
      Command.ReadGpawFromDebuggee,
      ([arg]) => [{ apply: typeof arg === 'object' && arg !== null && (arg as { apply?: unknown }).apply === true }],
      readGpawFromDebuggee,
    ),
  );
}
