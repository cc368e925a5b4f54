import vscode = require('vscode');
import { Command } from '../platform/commandIds';
import { activeFolder, settingsFor, writeGpaw } from '../platform/config';
import { errorText, evaluate } from '../platform/debugSession';
import { executeCommand, registerCommand, VariableArgs } from '../platform/commands';
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

/** "Inspect as TDX Address" (Variables/Watch), "Inspect Debug Expression…" and "Read GPAW from Debug Session". */
export function registerDebugCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
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
