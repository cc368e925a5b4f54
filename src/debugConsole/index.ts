import vscode = require('vscode');
import { settingsFor } from '../platform/config';
import { DocumentContexts } from '../platform/documentContext';
import { sendRequest } from '../platform/debugSession';
import { DebuggeeSides } from '../platform/debuggeeSides';
import { DebugSessionTracker } from '../platform/debugTracker';
import { log } from '../platform/log';
import { AnnotatorSettings, SessionAnnotator } from './model';

/** One line the extension appended to the Debug Console. */
export interface DebugAnnotation {
  readonly sessionId: string;
  readonly source: 'console' | 'output';
  readonly line: string;
}

/** How long the ordering barrier may take before the line is appended anyway. */
const BARRIER_TIMEOUT_MS = 5_000;

/**
 * Appends a line after what it annotates. VS Code processes each message from a debug adapter in a task
 * of its own, so a line appended as soon as the response is seen would land above the result in the
 * Debug Console. A cheap request (`threads`) sent now is answered through the same ordered channel,
 * after that response: once its answer is back, the console has shown the result, and the line follows it.
 */
function append(
  session: vscode.DebugSession,
  source: DebugAnnotation['source'],
  line: string,
  annotated: vscode.EventEmitter<DebugAnnotation>,
): void {
  void sendRequest(session, 'threads', {}, BARRIER_TIMEOUT_MS)
    .catch(() => undefined)
    .then(() => {
      try {
        vscode.debug.activeDebugConsole.appendLine(line);
        annotated.fire({ sessionId: session.id, source, line });
      } catch (e) {
        log().warn('could not append a Debug Console annotation:', String(e));
      }
    });
}

/** The Debug Console annotator of every debug session; `onDidAnnotate` fires for each line it appends (tests and the API). */
export interface DebugConsoleAnnotations {
  readonly onDidAnnotate: vscode.Event<DebugAnnotation>;
}

/**
 * Annotates Debug Console results and (with `tdx.debug.annotateOutput`) debuggee output of every debug session, each
 * line read with the debuggee's side at that moment.
 */
export function registerDebugConsole(
  context: vscode.ExtensionContext,
  deps: { readonly sessions: DebugSessionTracker; readonly contexts: DocumentContexts; readonly debuggeeSides: DebuggeeSides },
): DebugConsoleAnnotations {
  const { sessions, contexts, debuggeeSides } = deps;
  const annotated = new vscode.EventEmitter<DebugAnnotation>();
  const settingsCache = new Map<string, AnnotatorSettings>();
  const annotators = new Map<string, SessionAnnotator>();
  const annotatorOf = (session: vscode.DebugSession) => {
    let a = annotators.get(session.id);
    if (!a) {
      const settings = () => {
        let s = settingsCache.get(session.id);
        if (!s) settingsCache.set(session.id, (s = { ...settingsFor(session), userRules: contexts.fieldRules(session) }));
        return s;
      };
      annotators.set(session.id, (a = new SessionAnnotator(settings, Date.now, () => debuggeeSides.reading(session))));
    }
    return a;
  };
  const end = (session: vscode.DebugSession) => {
    annotators.get(session.id)?.clear();
    annotators.delete(session.id);
    settingsCache.delete(session.id);
  };
  context.subscriptions.push(
    annotated,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('tdx')) settingsCache.clear();
    }),
    sessions.onWillEvaluate((r) => annotatorOf(r.session).willEvaluate(r.seq, r.expression, r.context)),
    sessions.onDidEvaluate((r) => {
      const line = annotators.get(r.session.id)?.didEvaluate(r.requestSeq, r.success, r.result, r.type);
      if (line) append(r.session, 'console', line, annotated);
    }),
    sessions.onDidOutput((o) => {
      for (const line of annotatorOf(o.session).output(o.output, o.category)) append(o.session, 'output', line, annotated);
    }),
    sessions.onDidExit(end),
    vscode.debug.onDidTerminateDebugSession(end),
  );
  return { onDidAnnotate: annotated.event };
}
