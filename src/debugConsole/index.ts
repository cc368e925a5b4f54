import vscode = require('vscode');
import { settingsFor } from '../platform/config';
import { request } from '../platform/debugSession';
import { consoleAnnotation, outputAnnotations } from '../detect/debugValue';
import { TdxSettings } from '../tdx/settings';
import { log } from '../platform/log';

/** One line the extension appended to the Debug Console. */
export interface DebugAnnotation {
  readonly sessionId: string;
  readonly source: 'console' | 'output';
  readonly line: string;
}

/** Most `evaluate` requests remembered while waiting for their responses (oldest dropped first). */
const MAX_PENDING = 64;
/** Output annotations allowed per second (token bucket); the rest are counted and reported once. */
const OUTPUT_RATE = 20;
const MAX_PER_EVENT = 4;

interface DapMessage {
  type?: unknown;
  seq?: unknown;
  command?: unknown;
  event?: unknown;
  request_seq?: unknown;
  success?: unknown;
  arguments?: { expression?: unknown; context?: unknown };
  body?: { result?: unknown; type?: unknown; output?: unknown; category?: unknown };
}

const annotated = new vscode.EventEmitter<DebugAnnotation>();
/** Fires for each line appended to the Debug Console (used by tests and the API). */
export const onDidAnnotate = annotated.event;

/** How long the ordering barrier may take before the line is appended anyway. */
const BARRIER_TIMEOUT_MS = 5_000;

/**
 * Appends a line after what it annotates. VS Code processes each message from a debug adapter in a task
 * of its own, so a line appended as soon as the response is seen would land above the result in the
 * Debug Console. A cheap request (`threads`) sent now is answered through the same ordered channel,
 * after that response: once its answer is back, the console has shown the result, and the line follows it.
 */
function append(session: vscode.DebugSession, source: DebugAnnotation['source'], line: string): void {
  void request(session, 'threads', {}, BARRIER_TIMEOUT_MS)
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

/** Watches one session's DAP traffic; never blocks it and never throws into it; memory is bounded. */
class AnnotatingTracker implements vscode.DebugAdapterTracker {
  private readonly pending = new Map<number, string>();
  private tokens = OUTPUT_RATE;
  private lastRefill = Date.now();
  private skipped = 0;

  constructor(
    private readonly session: vscode.DebugSession,
    private readonly settings: () => TdxSettings,
  ) {}

  onWillReceiveMessage(m: DapMessage): void {
    try {
      if (m?.type !== 'request' || m.command !== 'evaluate' || typeof m.seq !== 'number') return;
      const expression = m.arguments?.expression;
      if (m.arguments?.context !== 'repl' || typeof expression !== 'string') return;
      if (this.pending.size >= MAX_PENDING) this.pending.delete(this.pending.keys().next().value as number);
      this.pending.set(m.seq, expression.slice(0, 500));
    } catch (e) {
      log().warn('debug tracker (request):', String(e));
    }
  }

  onDidSendMessage(m: DapMessage): void {
    try {
      if (m?.type === 'response' && m.command === 'evaluate' && typeof m.request_seq === 'number') this.onEvaluated(m);
      else if (m?.type === 'event' && m.event === 'output') this.onOutput(m);
    } catch (e) {
      log().warn('debug tracker (message):', String(e));
    }
  }

  private onEvaluated(m: DapMessage): void {
    const expression = this.pending.get(m.request_seq as number);
    if (expression === undefined) return;
    this.pending.delete(m.request_seq as number);
    const s = this.settings();
    if (!s.annotateConsole || m.success !== true || typeof m.body?.result !== 'string') return;
    const type = typeof m.body.type === 'string' ? m.body.type : undefined;
    const line = consoleAnnotation(expression, m.body.result, type, s.gpaw, s.grouping);
    if (line) append(this.session, 'console', line);
  }

  private onOutput(m: DapMessage): void {
    const category = m.body?.category;
    if (category !== undefined && category !== 'stdout' && category !== 'stderr' && category !== 'console') return;
    if (typeof m.body?.output !== 'string') return;
    const s = this.settings();
    if (!s.annotateOutput) return;
    const now = Date.now();
    this.tokens = Math.min(OUTPUT_RATE, this.tokens + ((now - this.lastRefill) / 1000) * OUTPUT_RATE);
    this.lastRefill = now;
    if (this.tokens < 1) {
      this.skipped++;
      return;
    }
    if (this.skipped > 0) {
      append(this.session, 'output', `TDX: ${this.skipped} output event(s) not annotated (rate limit: ${OUTPUT_RATE} per second)`);
      this.skipped = 0;
    }
    const lines = outputAnnotations(m.body.output, s.gpaw, s.grouping, s.labelledBareHex, MAX_PER_EVENT);
    if (lines.length === 0) return;
    this.tokens -= 1;
    for (const line of lines) append(this.session, 'output', line);
  }

  onWillStopSession(): void {
    this.pending.clear();
  }

  onExit(): void {
    this.pending.clear();
  }

  onError(e: Error): void {
    log().debug('debug adapter error:', e?.message);
  }
}

/** Registers the Debug Console annotator for every debug type. */
export function registerDebugTracker(context: vscode.ExtensionContext): void {
  const cache = new Map<string, TdxSettings>();
  context.subscriptions.push(
    annotated,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('tdx')) cache.clear();
    }),
    vscode.debug.onDidTerminateDebugSession((s) => cache.delete(s.id)),
    vscode.debug.registerDebugAdapterTrackerFactory('*', {
      createDebugAdapterTracker(session) {
        const settings = () => {
          let s = cache.get(session.id);
          if (!s) {
            s = settingsFor(session);
            cache.set(session.id, s);
          }
          return s;
        };
        return new AnnotatingTracker(session, settings);
      },
    }),
  );
}
