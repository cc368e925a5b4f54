import vscode = require('vscode');
import { settingsFor } from '../platform/config';
import { onDidContinue, onDidStop, request } from '../platform/debugSession';
import { log } from '../platform/log';
import { identifiersIn, InlineLanguage, inlineValueText } from './model';

interface DapVariable {
  name: string;
  value: string;
  type?: string;
}

/** Lines above the stop that get inline values at most (a long function shows its last lines). */
const MAX_LINES = 500;

/**
 * Inline values for C, C++ and Rust while stopped: identifiers in the visible lines up to the stop that
 * hold guest-physical addresses show `fault_gpa = 0x8000_000a_1234 · shared` after the line. The frame's
 * variables are read once per stop (one `variables` request per non-expensive scope) and cached.
 */
export function registerInlineValues(context: vscode.ExtensionContext): void {
  const changed = new vscode.EventEmitter<void>();
  // Key: session id and frame id; cleared at every stop, continue and session end.
  const cache = new Map<string, Promise<Map<string, DapVariable>>>();
  const variablesOf = (session: vscode.DebugSession, frameId: number) => {
    const key = `${session.id}:${frameId}`;
    let vars = cache.get(key);
    if (!vars) {
      vars = (async () => {
        const out = new Map<string, DapVariable>();
        const { scopes } = await request<{ scopes?: { variablesReference: number; expensive?: boolean }[] }>(session, 'scopes', {
          frameId,
        });
        for (const scope of scopes ?? []) {
          if (scope.expensive || !scope.variablesReference) continue;
          const { variables } = await request<{ variables?: DapVariable[] }>(session, 'variables', {
            variablesReference: scope.variablesReference,
          });
          for (const v of variables ?? []) if (!out.has(v.name)) out.set(v.name, v);
        }
        return out;
      })();
      cache.set(key, vars);
    }
    return vars;
  };
  context.subscriptions.push(
    changed,
    onDidStop(() => cache.clear()),
    onDidContinue(() => cache.clear()),
    vscode.debug.onDidTerminateDebugSession(() => cache.clear()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('tdx')) changed.fire();
    }),
    vscode.languages.registerInlineValuesProvider([{ language: 'c' }, { language: 'cpp' }, { language: 'rust' }], {
      onDidChangeInlineValues: changed.event,
      async provideInlineValues(document, viewPort, ctx) {
        try {
          const settings = settingsFor(document);
          const session = vscode.debug.activeDebugSession;
          if (!settings.inlineValues || !session) return [];
          const vars = await variablesOf(session, ctx.frameId);
          const language = document.languageId as InlineLanguage;
          const last = Math.min(viewPort.end.line, ctx.stoppedLocation.end.line);
          const first = Math.max(viewPort.start.line, last - MAX_LINES);
          const values: vscode.InlineValue[] = [];
          for (let line = first; line <= last; line++) {
            for (const id of identifiersIn(document.lineAt(line).text, language)) {
              const v = vars.get(id.name);
              const text = v && inlineValueText(id.name, v.value, v.type, settings.gpaw, settings.grouping);
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
