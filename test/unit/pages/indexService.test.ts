import * as assert from 'node:assert/strict';
import { IndexClock, IndexService, IndexSource, lineBreaks, SLICE_MS } from '../../../src/pages/model/indexService';
import { PageIndexOptions } from '../../../src/pages/model/pageIndex';

/** A clock and timers that move only when the test runs the next timer (the host's `setTimeout` stand-in). */
class FakeClock implements IndexClock {
  t = 0;
  private timers: { due: number; seq: number; run: () => void }[] = [];
  private seq = 0;

  now = () => this.t;

  schedule(run: () => void, ms: number): unknown {
    const timer = { due: this.t + ms, seq: this.seq++, run };
    this.timers.push(timer);
    return timer;
  }

  cancel(handle: unknown): void {
    this.timers = this.timers.filter((t) => t !== handle);
  }

  get pending(): number {
    return this.timers.length;
  }

  /** Runs the timer due first (moving the clock to its time); false when none is left. */
  runNext(): boolean {
    if (!this.timers.length) return false;
    const next = this.timers.reduce((a, b) => (b.due < a.due || (b.due === a.due && b.seq < a.seq) ? b : a));
    this.cancel(next);
    this.t = Math.max(this.t, next.due);
    next.run();
    return true;
  }
}

/** Reading one line costs this much fake time; lines are long enough that the index looks at the clock after each. */
const LINE_MS = 10;
const LINE = 'kvm_page_fault: address 0x0000800012345abc'.padEnd(16_400, ' ');

/** A document of `lines` lines whose reads advance `clock` and are recorded as `name:line`. */
function source(clock: FakeClock, name: string, lines: number, reads: string[]): IndexSource & { lines: string[] } {
  const s = {
    lines: Array.from({ length: lines }, () => LINE),
    get lineCount() {
      return s.lines.length;
    },
    lineAt(line: number): string {
      reads.push(`${name}:${line}`);
      clock.t += LINE_MS;
      const text = s.lines[line];
      if (text === undefined) throw new Error(`line ${line} of ${name} does not exist`);
      return text;
    },
  };
  return s;
}

const OPTIONS: PageIndexOptions = { gpaw: 48, labelledBareHex: true, languageId: 'log' };

function setup() {
  const clock = new FakeClock();
  const logged: string[] = [];
  const completed: string[] = [];
  const service = new IndexService(clock, { warn: (m) => logged.push(`warn ${m}`), error: (m) => logged.push(`error ${m}`) }, (key) =>
    completed.push(key),
  );
  return { clock, logged, completed, service, reads: [] as string[] };
}

/** Runs timers until none is left (at most `limit`), returning how many ran. */
function drain(clock: FakeClock, limit = 1000): number {
  let n = 0;
  while (n < limit && clock.runNext()) n++;
  return n;
}

describe('Document index service (IndexService)', () => {
  it(`builds in slices of at most ${SLICE_MS} ms, yielding between them`, () => {
    const { clock, service, reads, completed } = setup();
    const doc = source(clock, 'a', 30, reads);
    service.indexOf('a', doc, OPTIONS);
    assert.equal(reads.length, 0, 'nothing is read before the first yield');
    const perSlice: number[] = [];
    while (clock.pending) {
      const before = reads.length;
      const started = clock.t;
      clock.runNext();
      perSlice.push(reads.length - before);
      assert.ok(clock.t - started < SLICE_MS + LINE_MS, `a slice took ${clock.t - started} ms`);
    }
    // Three 10 ms lines per 25 ms slice; the last slice only sees that the block is done.
    assert.deepEqual(perSlice, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0]);
    assert.deepEqual(completed, ['a']);
    assert.deepEqual(service.progress('a'), { indexedLines: 30, lineCount: 30, complete: true });
    assert.equal(service.existing('a')!.pages()[0].occurrences, 30, 'every line was read');
  });

  it('serves the documents with work left round-robin, one slice each', () => {
    const { clock, service, reads } = setup();
    service.indexOf('a', source(clock, 'a', 6, reads), OPTIONS);
    service.indexOf('b', source(clock, 'b', 6, reads), OPTIONS);
    drain(clock);
    assert.deepEqual(reads.map((r) => r.split(':')[0]).join(''), 'aaabbbaaabbb');
  });

  it('resolves waiters true when the index completes, and at once for a complete index', async () => {
    const { clock, service, reads } = setup();
    const doc = source(clock, 'a', 9, reads);
    let settled: boolean | undefined;
    void service.whenComplete('a', doc, OPTIONS, 10_000).then((c) => (settled = c));
    clock.runNext();
    await Promise.resolve();
    assert.equal(settled, undefined, 'still waiting after one slice');
    drain(clock);
    await Promise.resolve();
    assert.equal(settled, true);
    assert.equal(await service.whenComplete('a', doc, OPTIONS, 0), true);
  });

  it('resolves waiters false after their timeout, on cancellation and when the document is dropped', async () => {
    const { clock, service, reads } = setup();
    const doc = source(clock, 'a', 300, reads);
    const timedOut = service.whenComplete('a', doc, OPTIONS, 100);
    const listeners: (() => void)[] = [];
    const token = { isCancellationRequested: false, onCancellationRequested: (l: () => void) => (listeners.push(l), { dispose() {} }) };
    const cancelled = service.whenComplete('a', doc, OPTIONS, 60_000, token);
    const dropped = service.whenComplete('a', doc, OPTIONS, 60_000);
    for (let i = 0; i < 6; i++) clock.runNext(); // 6 slices of 30 ms: past the 100 ms timeout
    assert.equal(await timedOut, false);
    listeners.forEach((l) => l());
    assert.equal(await cancelled, false);
    service.drop('a');
    assert.equal(await dropped, false);
    assert.equal(service.progress('a'), undefined);
    const read = reads.length;
    drain(clock);
    assert.equal(reads.length, read, 'a dropped document is not read any more');
  });

  it('builds a new index when the GPAW or language changes, and keeps it otherwise', () => {
    const { clock, service, reads } = setup();
    const doc = source(clock, 'a', 3, reads);
    const first = service.indexOf('a', doc, OPTIONS);
    assert.equal(service.indexOf('a', doc, { ...OPTIONS }), first);
    const other = service.indexOf('a', doc, { ...OPTIONS, gpaw: 52 });
    assert.notEqual(other, first);
    assert.equal(other.gpaw, 52);
    assert.notEqual(service.indexOf('a', doc, { ...OPTIONS, gpaw: 52, languageId: 'c' }), other);
  });

  it('applies edits, and rebuilds an index that lost track of the line count', () => {
    const { clock, service, reads, logged } = setup();
    const doc = source(clock, 'a', 6, reads);
    service.indexOf('a', doc, OPTIONS);
    drain(clock);
    doc.lines.splice(2, 0, LINE, LINE);
    service.edit('a', [{ line: 2, removedBreaks: 0, insertedBreaks: 2 }], doc.lineCount);
    assert.deepEqual(logged, []);
    drain(clock);
    assert.equal(service.existing('a')!.pages()[0].occurrences, 8);
    doc.lines.push(LINE);
    service.edit('a', [{ line: 0, removedBreaks: 0, insertedBreaks: 0 }], doc.lineCount);
    assert.match(logged[0], /^warn page index of a lost track of an edit \(8 ≠ 9 lines\); rebuilding it$/);
    drain(clock);
    assert.deepEqual(service.progress('a'), { indexedLines: 9, lineCount: 9, complete: true });
  });

  it('gives up on a document whose lines keep failing after three tries, answering from what was read', async () => {
    const { clock, service, reads, logged, completed } = setup();
    const doc = source(clock, 'a', 6, reads);
    const waiting = service.whenComplete('a', doc, OPTIONS, 60_000);
    delete doc.lines[1]; // a line the document cannot give (it changed and the edit was not seen)
    assert.ok(drain(clock, 50) < 50, 'the service stops trying');
    assert.equal(logged.filter((l) => l.startsWith('error page index failed')).length, 3);
    assert.deepEqual(completed, ['a']);
    assert.equal(await waiting, true);
  });

  it('reads the lines a request is about first and answers it once they are read, before the rest', async () => {
    const { clock, service, reads } = setup();
    const doc = source(clock, 'a', 40, reads);
    const options = { ...OPTIONS, blockLines: 4 };
    service.indexOf('a', doc, options);
    clock.runNext(); // the first slice reads from the top
    const before = reads.length;
    let answered: boolean | undefined;
    void service.whenRead('a', doc, options, [{ from: 37, to: 38 }], 60_000).then((r) => (answered = r));
    let slices = 0;
    while (answered === undefined && clock.runNext()) {
      slices++;
      await Promise.resolve();
    }
    assert.equal(answered, true);
    assert.ok(slices <= 3, `answered after ${slices} slices`);
    const next = reads.slice(before, reads.indexOf('a:39') + 1).map((r) => Number(r.split(':')[1]));
    // The block being read is finished first, then lines 36-39's.
    assert.deepEqual(
      next.filter((l) => l >= 4),
      [36, 37, 38, 39],
      `read ${next.join(' ')}`,
    );
    assert.equal(service.progress('a')!.complete, false, 'answered before the index completed');
    assert.ok(service.existing('a')!.isRead(36, 39));
    drain(clock);
    assert.equal(service.progress('a')!.complete, true);
    assert.equal(new Set(reads).size, 40, 'every line is read');
    assert.equal(reads.length, 40, 'and none twice');
  });

  it('counts the line breaks of inserted text in every convention', () => {
    assert.equal(lineBreaks('a\r\nb\nc\rd'), 3);
    assert.equal(lineBreaks('no break'), 0);
  });
});
