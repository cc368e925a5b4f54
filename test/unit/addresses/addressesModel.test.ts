import * as assert from 'node:assert/strict';
import { AddressesModel, CONCURRENCY, Evaluation, PinEvaluator, WatchEntry } from '../../../src/addresses/model';

/** A workspace-state stand-in that records what was persisted. */
function store(initial: unknown = undefined) {
  const s = { saved: initial, get: () => s.saved, update: async (pins: readonly string[]) => void (s.saved = [...pins]) };
  return s;
}

/** A stopped session whose values are set per expression (a GPA under GPAW 48: bit 47 is the shared bit). */
function session(values: Record<string, string | Error>): PinEvaluator & { asked: string[] } {
  const asked: string[] = [];
  return {
    gpaw: 48,
    asked,
    evaluate: async (expression): Promise<Evaluation> => {
      asked.push(expression);
      const v = values[expression];
      if (v instanceof Error) throw v;
      return v === undefined ? { error: `No symbol "${expression}" in current context.` } : { result: v, type: 'uint64_t' };
    },
  };
}

/** A promise settled from outside, for evaluations still in flight. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const SHARED = '0x800000001234';
const PRIVATE = '0x1234';

function entry(list: WatchEntry[], expression: string): WatchEntry {
  const e = list.find((x) => x.expression === expression);
  assert.ok(e, `an entry for ${expression}`);
  return e;
}

describe('TDX Addresses bookkeeping (AddressesModel)', () => {
  it('restores the persisted pins and persists additions and removals', async () => {
    const pins = store(['gpa', 7, 'gpa']);
    const model = new AddressesModel(pins);
    assert.deepEqual(
      model.list().map((e) => e.expression),
      ['gpa'],
    );
    await model.add(' f->gfn ', undefined);
    assert.deepEqual(pins.saved, ['gpa', 'f->gfn']);
    await model.remove('gpa');
    assert.deepEqual(pins.saved, ['f->gfn']);
    assert.deepEqual(await model.removeAll(), []);
    assert.deepEqual(pins.saved, []);
  });

  it('without a stopped session every pin says so and is kept', async () => {
    const model = new AddressesModel(store(['gpa']));
    const [e] = await model.refresh(undefined);
    assert.equal(e.value, undefined);
    assert.match(e.error ?? '', /no debug session is stopped/);
  });

  it('marks a status change since the previous stop, with the old status', async () => {
    const model = new AddressesModel(store(['gpa']));
    const first = entry(await model.refresh(session({ gpa: PRIVATE })), 'gpa');
    assert.equal(first.status, 'private');
    assert.equal(first.changed, false, 'nothing to compare against at the first stop');
    model.markStop();
    const second = entry(await model.refresh(session({ gpa: SHARED })), 'gpa');
    assert.deepEqual([second.status, second.changed, second.previousStatus], ['shared', true, 'private']);
  });

  it('does not report a GPAW switch between two stops as a change: the previous value is read under the new width', async () => {
    const model = new AddressesModel(store(['gpa']));
    // 0x800000001234 under GPAW 52: bit 47 is an ordinary address bit, so private.
    const under52 = entry(await model.refresh({ ...session({ gpa: SHARED }), gpaw: 52 }), 'gpa');
    assert.equal(under52.status, 'private');
    model.markStop();
    const under48 = entry(await model.refresh(session({ gpa: SHARED })), 'gpa');
    assert.deepEqual([under48.status, under48.changed, under48.previousStatus], ['shared', false, undefined]);
    model.markStop();
    // A real change under the new width still shows, with the old status read under that width.
    const flipped = entry(await model.refresh(session({ gpa: PRIVATE })), 'gpa');
    assert.deepEqual([flipped.status, flipped.changed, flipped.previousStatus], ['private', true, 'shared']);
  });

  it('frame changes within one stop compare against the previous stop, not against each other', async () => {
    const model = new AddressesModel(store(['gpa']));
    await model.refresh(session({ gpa: PRIVATE }));
    model.markStop();
    await model.refresh(session({ gpa: SHARED })); // the stop's first frame
    const otherFrame = entry(await model.refresh(session({ gpa: SHARED })), 'gpa'); // a frame change, same stop
    assert.deepEqual([otherFrame.changed, otherFrame.previousStatus], [true, 'private']);
    model.markStop();
    const next = entry(await model.refresh(session({ gpa: SHARED })), 'gpa');
    assert.equal(next.changed, false, 'the value is the same as at the previous stop');
  });

  it('a failed evaluation does not hide a change: the next stop compares with the last value seen', async () => {
    const model = new AddressesModel(store(['gpa']));
    await model.refresh(session({ gpa: PRIVATE }));
    model.markStop();
    const failed = entry(await model.refresh(session({ gpa: new Error('Cannot access memory at address 0x0\nmore') })), 'gpa');
    assert.equal(failed.error, 'not available in this frame: Cannot access memory at address 0x0');
    model.markStop();
    const back = entry(await model.refresh(session({ gpa: SHARED })), 'gpa');
    assert.deepEqual([back.changed, back.previousStatus], [true, 'private']);
  });

  it('drops an evaluation answered after a newer stop', async () => {
    const model = new AddressesModel(store(['gpa']));
    const late = deferred<Evaluation>();
    const slow: PinEvaluator = { gpaw: 48, evaluate: () => late.promise };
    const stale = model.refresh(slow);
    model.markStop();
    await model.refresh(session({ gpa: SHARED }));
    late.resolve({ result: PRIVATE, type: 'uint64_t' });
    await stale;
    assert.equal(entry(model.list(), 'gpa').value, SHARED, 'the newer stop value stays');
  });

  it('drops the answer for a pin removed while it was evaluated', async () => {
    const model = new AddressesModel(store(['gpa', 'gfn']));
    const late = deferred<Evaluation>();
    const refreshing = model.refresh({ gpaw: 48, evaluate: (p) => (p === 'gpa' ? late.promise : Promise.resolve({ result: '1' })) });
    await model.remove('gpa');
    late.resolve({ result: SHARED });
    const list = await refreshing;
    assert.deepEqual(
      list.map((e) => e.expression),
      ['gfn'],
    );
  });

  /** An evaluator whose answers the test releases one at a time, counting what runs at once in all and per pin. */
  function gated() {
    const stats = { running: 0, most: 0, mostPerPin: 0, gates: [] as (() => void)[] };
    const perPin = new Map<string, number>();
    const evaluator: PinEvaluator = {
      gpaw: 48,
      evaluate: async (p) => {
        stats.running++;
        perPin.set(p, (perPin.get(p) ?? 0) + 1);
        stats.most = Math.max(stats.most, stats.running);
        stats.mostPerPin = Math.max(stats.mostPerPin, perPin.get(p)!);
        await new Promise<void>((r) => stats.gates.push(r));
        stats.running--;
        perPin.set(p, perPin.get(p)! - 1);
        return { result: PRIVATE };
      },
    };
    /** Releases evaluations one by one until `work` is done. */
    const release = async (work: Promise<unknown>) => {
      let done = false;
      void work.then(() => (done = true));
      while (!done) {
        await new Promise((r) => setImmediate(r));
        stats.gates.shift()?.();
      }
    };
    return { stats, evaluator, release };
  }

  const TWENTY = Array.from({ length: 20 }, (_, i) => `gpa_${i}`);

  it(`evaluates at most ${CONCURRENCY} pins at once in one refresh`, async () => {
    const model = new AddressesModel(store(TWENTY));
    const { stats, evaluator, release } = gated();
    const refreshing = model.refresh(evaluator);
    await release(refreshing);
    assert.equal(stats.most, CONCURRENCY);
    assert.ok((await refreshing).every((e) => e.value === PRIVATE));
  });

  it('evaluates one pin once at a time, even when refreshes overlap', async () => {
    const model = new AddressesModel(store(TWENTY));
    const { stats, evaluator, release } = gated();
    const both = Promise.all([model.refresh(evaluator), model.refresh(evaluator), model.refresh(evaluator)]);
    await release(both);
    assert.equal(stats.mostPerPin, 1);
  });

  it('reads each refresh with the session’s debuggee side', async () => {
    const model = new AddressesModel(store(['pa']));
    const typed = (side?: 'host' | 'guest'): PinEvaluator => ({
      gpaw: 48,
      side,
      sideNote: side ? 'set by hand' : undefined,
      evaluate: async () => ({ result: '4294967296', type: 'phys_addr_t' }),
    });
    assert.equal(
      entry(await model.refresh(typed('host')), 'pa').error,
      "type phys_addr_t in a host's debuggee (set by hand): host physical, not a guest physical address",
    );
    assert.equal(entry(await model.refresh(typed('guest')), 'pa').status, 'private');
    assert.equal(entry(await model.refresh(typed()), 'pa').status, 'private');
  });

  it('tells its owner after every change of the entries', async () => {
    let changes = 0;
    const model = new AddressesModel(store(['gpa']), () => changes++);
    await model.refresh(session({ gpa: PRIVATE }));
    await model.remove('gpa');
    assert.equal(changes, 2);
  });
});
