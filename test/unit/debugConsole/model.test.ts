import * as assert from 'node:assert/strict';
import {
  AnnotatorSettings,
  AnnotatorSide,
  MAX_PENDING,
  MAX_PER_EVENT,
  OUTPUT_RATE,
  PendingRequests,
  SessionAnnotator,
  TokenBucket,
} from '../../../src/debugConsole/model';

/** A clock that moves only when the test says so (milliseconds). */
function fakeClock(start = 1_000_000) {
  const c = { t: start, now: () => c.t };
  return c;
}

const SETTINGS: AnnotatorSettings = {
  annotateConsole: true,
  annotateOutput: true,
  gpaw: 48,
  grouping: 'underscore',
  labelledBareHex: true,
};
const SHARED_LINE = 'TDX (GPAW 48): shared GPA 0x8000_0000_1234 · GFN 0x8_0000_0001 · private alias 0x1234';

describe('Debug Console annotator model', () => {
  describe('TokenBucket', () => {
    it('lets a burst of `rate` through, then one per 1/rate second', () => {
      const clock = fakeClock();
      const bucket = new TokenBucket(20, clock.now);
      for (let i = 0; i < 20; i++) {
        assert.equal(bucket.hasToken(), true, `token ${i}`);
        bucket.spend();
      }
      assert.equal(bucket.hasToken(), false);
      clock.t += 49;
      assert.equal(bucket.hasToken(), false, '49 ms refill less than one token');
      clock.t += 1;
      assert.equal(bucket.hasToken(), true, '50 ms refill one');
    });

    it('holds at most `rate` tokens after a long pause', () => {
      const clock = fakeClock();
      const bucket = new TokenBucket(5, clock.now);
      clock.t += 60_000;
      let passed = 0;
      while (bucket.hasToken()) {
        bucket.spend();
        passed++;
      }
      assert.equal(passed, 5);
    });
  });

  describe('PendingRequests', () => {
    it('forgets the oldest beyond its limit and gives each value once', () => {
      const pending = new PendingRequests<string>(3);
      for (let seq = 1; seq <= 4; seq++) pending.add(seq, `e${seq}`);
      assert.equal(pending.size, 3);
      assert.equal(pending.take(1), undefined, 'the oldest was dropped');
      assert.equal(pending.take(4), 'e4');
      assert.equal(pending.take(4), undefined);
    });
  });

  describe('SessionAnnotator', () => {
    it('annotates a Debug Console (repl) result that is an address, once', () => {
      const a = new SessionAnnotator(() => SETTINGS, fakeClock().now);
      a.willEvaluate(7, 'gpa', 'repl');
      assert.equal(a.didEvaluate(7, true, '0x800000001234', 'uint64_t'), SHARED_LINE);
      assert.equal(a.didEvaluate(7, true, '0x800000001234', 'uint64_t'), undefined, 'the request was answered already');
    });

    it('leaves watch and hover evaluations, failures and a disabled setting alone', () => {
      let settings = SETTINGS;
      const a = new SessionAnnotator(() => settings, fakeClock().now);
      a.willEvaluate(1, 'gpa', 'watch');
      assert.equal(a.didEvaluate(1, true, '0x800000001234', undefined), undefined);
      a.willEvaluate(2, 'gpa', 'repl');
      assert.equal(a.didEvaluate(2, false, '0x800000001234', undefined), undefined);
      settings = { ...SETTINGS, annotateConsole: false };
      a.willEvaluate(3, 'gpa', 'repl');
      assert.equal(a.didEvaluate(3, true, '0x800000001234', undefined), undefined);
    });

    it(`remembers at most ${MAX_PENDING} unanswered requests`, () => {
      const a = new SessionAnnotator(() => SETTINGS, fakeClock().now);
      for (let seq = 0; seq <= MAX_PENDING; seq++) a.willEvaluate(seq, 'gpa', 'repl');
      assert.equal(a.didEvaluate(0, true, '0x800000001234', undefined), undefined, 'the oldest was forgotten');
      assert.equal(a.didEvaluate(MAX_PENDING, true, '0x800000001234', undefined), SHARED_LINE);
    });

    it('forgets pending requests when the session ends', () => {
      const a = new SessionAnnotator(() => SETTINGS, fakeClock().now);
      a.willEvaluate(1, 'gpa', 'repl');
      a.clear();
      assert.equal(a.didEvaluate(1, true, '0x800000001234', undefined), undefined);
    });

    it(`annotates at most ${OUTPUT_RATE} output events per second, then says how many it skipped`, () => {
      const clock = fakeClock();
      const a = new SessionAnnotator(() => SETTINGS, clock.now);
      const event = 'fault at gpa=0x800000001234\n';
      for (let i = 0; i < OUTPUT_RATE; i++) assert.equal(a.output(event, 'stdout').length, 1, `event ${i}`);
      for (let i = 0; i < 5; i++) assert.deepEqual(a.output(event, 'stdout'), [], 'over the rate');
      clock.t += 1000;
      const lines = a.output(event, 'stdout');
      assert.equal(lines[0], `TDX: 5 output event(s) not annotated (rate limit: ${OUTPUT_RATE} per second)`);
      assert.equal(lines.length, 2);
    });

    it('spends no token on output without addresses, and none for other categories or with the setting off', () => {
      let settings = SETTINGS;
      const a = new SessionAnnotator(() => settings, fakeClock().now);
      for (let i = 0; i < 3 * OUTPUT_RATE; i++) assert.deepEqual(a.output('hello\n', 'stdout'), []);
      assert.equal(a.output('gpa=0x800000001234\n', 'stdout').length, 1, 'the bucket is still full');
      assert.deepEqual(a.output('gpa=0x800000001234\n', 'telemetry'), []);
      settings = { ...SETTINGS, annotateOutput: false };
      assert.deepEqual(a.output('gpa=0x800000001234\n', 'stdout'), []);
    });

    it('reads each line with the debuggee’s side at that moment', () => {
      let side: AnnotatorSide = {};
      const a = new SessionAnnotator(
        () => SETTINGS,
        fakeClock().now,
        () => side,
      );
      const ask = (seq: number) => {
        a.willEvaluate(seq, 'pa', 'repl');
        return a.didEvaluate(seq, true, '4294967296', 'phys_addr_t');
      };
      assert.match(
        ask(1) ?? '',
        /^TDX \(GPAW 48\): private GPA 0x1_0000_0000 .* — type phys_addr_t \(debuggee side unknown: read as guest physical\)$/,
      );
      side = { side: 'host', sideNote: 'set by hand' };
      assert.equal(
        ask(2),
        "TDX: host physical address 0x1_0000_0000, not a guest address — type phys_addr_t in a host's debuggee (set by hand): host physical",
      );
      assert.deepEqual(a.output('BIOS-e820: [mem 0x0000000100000000-0x000000047fffffff] usable\n', 'stdout'), [], 'host physical output');
      side = { side: 'guest', sideNote: 'its output printed `tdx: Guest detected`' };
      assert.match(
        ask(3) ?? '',
        /^TDX \(GPAW 48\): private GPA 0x1_0000_0000 .* — type phys_addr_t in a TD guest's debuggee \(its output printed `tdx: Guest detected`\)$/,
      );
      assert.equal(a.output('BIOS-e820: [mem 0x0000000100000000-0x000000047fffffff] usable\n', 'stdout').length, 2, 'GPAs in a guest');
    });

    it(`gives at most ${MAX_PER_EVENT} lines for one output event`, () => {
      const a = new SessionAnnotator(() => SETTINGS, fakeClock().now);
      const many = Array.from({ length: 10 }, (_, i) => `gpa=0x80000000${i}000`).join('\n');
      assert.equal(a.output(many, undefined).length, MAX_PER_EVENT);
    });
  });
});
