import { consoleAnnotation, DebugReading, outputAnnotations } from '../detect/debugValue';
import { TdxSettings } from '../tdx/settings';
import { UserFieldRules } from '../detect/userRules';

/** Most `evaluate` requests remembered while waiting for their responses (oldest dropped first). */
export const MAX_PENDING = 64;
/** Output events annotated per second at most (token bucket); the rest are counted and reported once. */
export const OUTPUT_RATE = 20;
/** Annotation lines for one output event at most. */
export const MAX_PER_EVENT = 4;
/** Longest REPL expression remembered, in UTF-16 units. */
const MAX_EXPRESSION = 500;

/** The settings the annotator reads (for the session's folder). */
export type AnnotatorSettings = Pick<TdxSettings, 'annotateConsole' | 'annotateOutput' | 'gpaw' | 'grouping' | 'labelledBareHex'> & {
  /** The session folder's taught field rules (`tdx.detect.fields`). */
  readonly userRules?: UserFieldRules;
};

/**
 * A token bucket of `rate` tokens per second holding at most `rate` (full at the start), on the clock `now`
 * (milliseconds), e.g. at rate 20 a burst of 20 passes, then one more every 50 ms.
 */
export class TokenBucket {
  private tokens: number;
  private lastRefill: number;

  constructor(
    readonly rate: number,
    private readonly now: () => number,
  ) {
    this.tokens = rate;
    this.lastRefill = now();
  }

  /** Refills for the time elapsed since the last call; true when at least one token is there. */
  hasToken(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.rate, this.tokens + ((now - this.lastRefill) / 1000) * this.rate);
    this.lastRefill = now;
    return this.tokens >= 1;
  }

  /** Takes one token (after `hasToken` said there is one). */
  spend(): void {
    this.tokens -= 1;
  }
}

/**
 * Values waiting for the answer to a request, by request `seq`, at most `max` (adding one more drops the oldest),
 * e.g. the REPL expressions whose `evaluate` responses have not come yet.
 */
export class PendingRequests<T> {
  private readonly pending = new Map<number, T>();

  constructor(readonly max: number) {}

  get size(): number {
    return this.pending.size;
  }

  add(seq: number, value: T): void {
    if (this.pending.size >= this.max && !this.pending.has(seq)) this.pending.delete(this.pending.keys().next().value as number);
    this.pending.set(seq, value);
  }

  /** The value waiting for `seq`, removed; undefined for a request not (or no longer) remembered. */
  take(seq: number): T | undefined {
    const value = this.pending.get(seq);
    this.pending.delete(seq);
    return value;
  }

  clear(): void {
    this.pending.clear();
  }
}

/** The debuggee's side as the annotator reads it when a line may follow (undefined: unknown) and what decided it. */
export type AnnotatorSide = Pick<DebugReading, 'side' | 'sideNote'>;

/**
 * What the Debug Console annotator decides for one debug session, from its DAP traffic: which REPL results
 * get a TDX line, and which output events (rate-limited by a token bucket on `now`, in milliseconds).
 * Settings and the debuggee's side are read through `settings` and `side` only when a line may follow, so a
 * side changed meanwhile applies to the next line. Memory is bounded.
 */
export class SessionAnnotator {
  private readonly pending = new PendingRequests<string>(MAX_PENDING);
  private readonly bucket: TokenBucket;
  private skipped = 0;

  constructor(
    private readonly settings: () => AnnotatorSettings,
    now: () => number,
    private readonly side: () => AnnotatorSide = () => ({}),
  ) {
    this.bucket = new TokenBucket(OUTPUT_RATE, now);
  }

  /** VS Code sent `evaluate` request `seq`: a Debug Console (`repl`) expression is remembered until its answer. */
  willEvaluate(seq: number, expression: string, context: string | undefined): void {
    if (context === 'repl') this.pending.add(seq, expression.slice(0, MAX_EXPRESSION));
  }

  /**
   * The adapter answered `evaluate` request `requestSeq`: the line to append under a REPL result that is an
   * address, e.g. `TDX (GPAW 48): shared GPA 0x8000_0000_1234 · …` for `gpa` = `0x800000001234`; else undefined.
   */
  didEvaluate(requestSeq: number, success: boolean, result: string | undefined, type: string | undefined): string | undefined {
    const expression = this.pending.take(requestSeq);
    if (expression === undefined) return undefined;
    const s = this.settings();
    if (!s.annotateConsole || !success || result === undefined) return undefined;
    return consoleAnnotation(expression, result, type, s.gpaw, s.grouping, { userRules: s.userRules, ...this.side() });
  }

  /**
   * The lines to append for one output event (with `tdx.debug.annotateOutput`): at most `MAX_PER_EVENT` for the
   * addresses in it, after a note counting the events skipped since the last annotated one. Only events that
   * give lines use up a token; without a token the event is counted as skipped.
   */
  output(output: string, category: string | undefined): string[] {
    if (category !== undefined && category !== 'stdout' && category !== 'stderr' && category !== 'console') return [];
    const s = this.settings();
    if (!s.annotateOutput) return [];
    if (!this.bucket.hasToken()) {
      this.skipped++;
      return [];
    }
    const lines: string[] = [];
    if (this.skipped > 0) {
      lines.push(`TDX: ${this.skipped} output event(s) not annotated (rate limit: ${OUTPUT_RATE} per second)`);
      this.skipped = 0;
    }
    const annotations = outputAnnotations(output, s.gpaw, s.grouping, s.labelledBareHex, MAX_PER_EVENT, {
      userRules: s.userRules,
      ...this.side(),
    });
    if (annotations.length > 0) this.bucket.spend();
    return [...lines, ...annotations];
  }

  /** The session is ending: forget the requests still waiting. */
  clear(): void {
    this.pending.clear();
  }
}
