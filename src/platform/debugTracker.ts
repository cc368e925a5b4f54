import vscode = require('vscode');
import type { DebugProtocol } from '@vscode/debugprotocol';
import { log } from './log';

/** An `evaluate` request VS Code sent to an adapter (the Debug Console sends `context: 'repl'`). */
export interface EvaluateRequestSeen {
  readonly session: vscode.DebugSession;
  readonly seq: number;
  readonly expression: string;
  readonly context: string | undefined;
}

/** An adapter's answer to an `evaluate` request; `result` and `type` only when the adapter sent strings. */
export interface EvaluateResponseSeen {
  readonly session: vscode.DebugSession;
  readonly requestSeq: number;
  readonly success: boolean;
  readonly result: string | undefined;
  readonly type: string | undefined;
}

/** An adapter's `output` event with text (`category` as the adapter sent it, undefined meaning `console`). */
export interface OutputSeen {
  readonly session: vscode.DebugSession;
  readonly output: string;
  readonly category: string | undefined;
}

/** A DAP object as an adapter may send it: every field present or not, of any type, until checked. */
type Untrusted<T> = { readonly [K in keyof T]?: unknown };

/** The fields of a DAP message the tracker reads (requests VS Code sends, responses and events adapters send). */
interface Message extends Untrusted<Pick<DebugProtocol.Response, 'type' | 'seq' | 'command' | 'request_seq' | 'success'>> {
  readonly event?: unknown;
  readonly arguments?: Untrusted<DebugProtocol.EvaluateArguments>;
  readonly body?: Untrusted<DebugProtocol.Capabilities & DebugProtocol.EvaluateResponse['body'] & DebugProtocol.OutputEvent['body']>;
}

/**
 * The extension's one debug adapter tracker (for every debug type): each debug feature subscribes to the events it
 * needs here instead of registering a tracker of its own. It reads the DAP traffic, never changes or blocks it,
 * checks each message's shape before firing, and never throws into it.
 */
export class DebugSessionTracker implements vscode.Disposable {
  private readonly stopped = new vscode.EventEmitter<vscode.DebugSession>();
  private readonly continued = new vscode.EventEmitter<vscode.DebugSession>();
  private readonly exited = new vscode.EventEmitter<vscode.DebugSession>();
  private readonly output = new vscode.EventEmitter<OutputSeen>();
  private readonly evaluateRequested = new vscode.EventEmitter<EvaluateRequestSeen>();
  private readonly evaluated = new vscode.EventEmitter<EvaluateResponseSeen>();
  /** Each live session's adapter capabilities, from its `initialize` response. */
  private readonly capabilitiesBySession = new Map<string, DebugProtocol.Capabilities>();
  private readonly disposables: vscode.Disposable[];

  /** A session's adapter reports a stop (breakpoint, step…), before VS Code selects the frame. */
  readonly onDidStop = this.stopped.event;
  /** A session's adapter reports that the program runs again. */
  readonly onDidContinue = this.continued.event;
  /** A session's adapter is stopping or has exited: its state can go (fires once per session). */
  readonly onDidExit = this.exited.event;
  /** A session's adapter printed output (the debuggee's or its own). */
  readonly onDidOutput = this.output.event;
  /** VS Code asks a session's adapter to evaluate an expression. */
  readonly onWillEvaluate = this.evaluateRequested.event;
  /** A session's adapter answered an `evaluate` request. */
  readonly onDidEvaluate = this.evaluated.event;

  constructor() {
    this.disposables = [
      this.stopped,
      this.continued,
      this.exited,
      this.output,
      this.evaluateRequested,
      this.evaluated,
      vscode.debug.registerDebugAdapterTrackerFactory('*', { createDebugAdapterTracker: (session) => this.trackerFor(session) }),
      vscode.debug.onDidTerminateDebugSession((s) => this.capabilitiesBySession.delete(s.id)),
    ];
  }

  /** The capabilities `session`'s adapter announced, if its `initialize` response was seen (as sent: check a value before use). */
  capabilities(session: vscode.DebugSession): DebugProtocol.Capabilities | undefined {
    return this.capabilitiesBySession.get(session.id);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.capabilitiesBySession.clear();
  }

  private trackerFor(session: vscode.DebugSession): vscode.DebugAdapterTracker {
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      this.exited.fire(session);
    };
    return {
      onWillReceiveMessage: (m: Message) =>
        guard('request', () => {
          if (m?.type !== 'request' || m.command !== 'evaluate' || typeof m.seq !== 'number') return;
          const expression = m.arguments?.expression;
          if (typeof expression !== 'string') return;
          const context = m.arguments?.context;
          this.evaluateRequested.fire({ session, seq: m.seq, expression, context: typeof context === 'string' ? context : undefined });
        }),
      onDidSendMessage: (m: Message) =>
        guard('message', () => {
          if (m?.type === 'response') {
            if (m.command === 'initialize') this.capabilitiesBySession.set(session.id, (m.body ?? {}) as DebugProtocol.Capabilities);
            else if (m.command === 'evaluate' && typeof m.request_seq === 'number') {
              const { result, type } = m.body ?? {};
              this.evaluated.fire({
                session,
                requestSeq: m.request_seq,
                success: m.success === true,
                result: typeof result === 'string' ? result : undefined,
                type: typeof type === 'string' ? type : undefined,
              });
            }
          } else if (m?.type === 'event') {
            if (m.event === 'stopped') this.stopped.fire(session);
            else if (m.event === 'continued') this.continued.fire(session);
            else if (m.event === 'output' && typeof m.body?.output === 'string') {
              const category = m.body.category;
              this.output.fire({ session, output: m.body.output, category: typeof category === 'string' ? category : undefined });
            }
          }
        }),
      onWillStopSession: end,
      onExit: end,
      onError: (e: Error) => log().debug('debug adapter error:', e?.message),
    };
  }
}

/** Runs a message handler; a failure is logged, never thrown into the debug session. */
function guard(what: string, run: () => void): void {
  try {
    run();
  } catch (e) {
    log().warn(`debug tracker (${what}):`, String(e));
  }
}

/** Creates the one debug session tracker and disposes it with the extension. */
export function registerDebugSessionTracker(context: vscode.ExtensionContext): DebugSessionTracker {
  const tracker = new DebugSessionTracker();
  context.subscriptions.push(tracker);
  return tracker;
}
