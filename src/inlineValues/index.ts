import vscode = require('vscode');
import { settingsFor } from '../platform/config';
import { sendRequest } from '../platform/debugSession';
import { DebuggeeSides } from '../platform/debuggeeSides';
import { DebugSessionTracker } from '../platform/debugTracker';
import { log } from '../platform/log';
import { identifiersIn, InlineLanguage, inlineValueText } from './model';

/** A variable of the stopped frame, as its adapter gave it. */
interface FrameVariable {
  readonly value: string;
  readonly type: string | undefined;
}

/** Lines above the stop that get inline values at most (a long function shows its last lines). */
const MAX_LINES = 500;

/**
 * Inline values for C, C++ and Rust while stopped: identifiers in the visible lines up to the stop that
 * hold guest-physical addresses show `fault_gpa = 0x8000_000a_1234 · shared` after the line (`phys_addr_t`
 * as the debuggee's side says). The frame's variables are read once per stop (one `variables` request per
 * non-expensive scope) and cached; a changed setting or debuggee side asks VS Code for the values again.
 */
export function registerInlineValues(
  context: vscode.ExtensionContext,
  deps: { readonly sessions: DebugSessionTracker; readonly debuggeeSides: DebuggeeSides },
): void {
  const changed = new vscode.EventEmitter<void>();
  // Key: session id and frame id; cleared at every stop, continue and session end.
  const cache = new Map<string, Promise<Map<string, FrameVariable>>>();
  const variablesOf = (session: vscode.DebugSession, frameId: number) => {
    const key = `${session.id}:${frameId}`;
    let vars = cache.get(key);
    if (!vars) {
      vars = (async () => {
        const out = new Map<string, FrameVariable>();
        const scopes = (await sendRequest(session, 'scopes', { frameId }))?.scopes;
        for (const scope of Array.isArray(scopes) ? scopes : []) {
          if (scope?.expensive || typeof scope?.variablesReference !== 'number' || !scope.variablesReference) continue;
          const variables = (await sendRequest(session, 'variables', { variablesReference: scope.variablesReference }))?.variables;
          for (const v of Array.isArray(variables) ? variables : []) {
            if (typeof v?.name !== 'string' || typeof v.value !== 'string' || out.has(v.name)) continue;
            out.set(v.name, { value: v.value, type: typeof v.type === 'string' ? v.type : undefined });
          }
        }
        return out;
      })();
      cache.set(key, vars);
    }
    return vars;
  };
  context.subscriptions.push(
    changed,
    deps.sessions.onDidStop(() => cache.clear()),
    deps.sessions.onDidContinue(() => cache.clear()),
    vscode.debug.onDidTerminateDebugSession(() => cache.clear()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('tdx')) changed.fire();
    }),
    deps.debuggeeSides.onDidChange(() => changed.fire()),
    vscode.languages.registerInlineValuesProvider([{ language: 'c' }, { language: 'cpp' }, { language: 'rust' }], {
      onDidChangeInlineValues: changed.event,
      async provideInlineValues(document, viewPort, ctx) {
        try {
          const settings = settingsFor(document);
          const session = vscode.debug.activeDebugSession;
          if (!settings.inlineValues || !session) return [];
          const vars = await variablesOf(session, ctx.frameId);
          const side = deps.debuggeeSides.of(session).side;
          const language = document.languageId as InlineLanguage;
          const last = Math.min(viewPort.end.line, ctx.stoppedLocation.end.line);
          const first = Math.max(viewPort.start.line, last - MAX_LINES);
          const values: vscode.InlineValue[] = [];
          for (let line = first; line <= last; line++) {
            for (const id of identifiersIn(document.lineAt(line).text, language)) {
              const v = vars.get(id.name);
              const text = v && inlineValueText(id.name, v.value, v.type, settings.gpaw, settings.grouping, side);
              if (text) values.push(new vscode.InlineValueText(new vscode.Range(line, id.start, line, id.end), text));
            }
          }
          return values;
        } catch (e) {
          log().warn('inline values:', e instanceof Error ? e.message : String(e));
          return [];
        }
      },
    }),
  );
}
