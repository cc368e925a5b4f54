import * as assert from 'node:assert/strict';
import { DebuggeeSideBook, debuggeeSideNote, describeDebuggeeSide, OutputSide, UNKNOWN_DEBUGGEE } from '../../../src/detect/debuggeeSide';

/** A workspace-state stand-in that records what was persisted. */
function store(initial: unknown = undefined) {
  const s = {
    saved: initial,
    get: () => s.saved,
    update: async (sides: Readonly<Record<string, string>>) => void (s.saved = { ...sides }),
  };
  return s;
}

/** The side an output's last marker says (a function, so an assertion does not narrow the getter for the next one). */
const sideOf = (o: OutputSide) => o.marker?.rule.side;

const GUEST_LINE = '[    0.000000] tdx: Guest detected\n';
const HOST_LINE = '[   30.000000] virt/tdx: module initialized\n';

describe('debuggee side: markers in a session’s output', () => {
  it('is unknown until a marker is printed, then the last marker decides', () => {
    const o = new OutputSide();
    assert.equal(o.read('Breakpoint 1, handle (kvm=0x7fffffffe0a0) at gpa_demo.c:41\n'), false);
    assert.equal(sideOf(o), undefined);
    assert.equal(o.read(`[    0.000000] Linux version 6.16.0\n${GUEST_LINE}`), true);
    assert.equal(sideOf(o), 'guest');
    assert.equal(o.marker?.text, '[    0.000000] tdx: Guest detected');
    assert.equal(o.read('[    0.120000] Memory Encryption Features active: Intel TDX\n'), false, 'another guest marker: no change');
    assert.equal(o.read(HOST_LINE), true);
    assert.equal(sideOf(o), 'host');
  });

  it('finds a marker split across two output events', () => {
    const o = new OutputSide();
    assert.equal(o.read('[    0.000000] tdx: Guest det'), false);
    assert.equal(o.read('ected\n'), true);
    assert.equal(sideOf(o), 'guest');
  });
});

describe('debuggee side: the book of every session', () => {
  it('reads each session’s side from its own output', () => {
    const book = new DebuggeeSideBook(store());
    assert.deepEqual(book.side('1', 'Debug kernel'), UNKNOWN_DEBUGGEE);
    assert.equal(book.output('1', 'Debug kernel', GUEST_LINE), true);
    assert.equal(book.side('1', 'Debug kernel').side, 'guest');
    assert.equal(book.side('2', 'Debug kernel').side, undefined, 'another session of the same configuration has printed nothing');
    book.end('1');
    assert.deepEqual(book.side('1', 'Debug kernel'), UNKNOWN_DEBUGGEE);
  });

  it('a side set by hand wins over the markers, is kept per launch configuration, and auto returns to the markers', async () => {
    const s = store();
    const book = new DebuggeeSideBook(s);
    book.output('1', 'Debug host kernel', GUEST_LINE);
    await book.set('Debug host kernel', 'host');
    assert.deepEqual(s.saved, { 'Debug host kernel': 'host' });
    assert.deepEqual(book.side('1', 'Debug host kernel'), { side: 'host', setting: 'host' });
    assert.equal(book.side('1', 'Other').side, 'guest', 'another configuration keeps reading its markers');
    assert.equal(book.output('1', 'Debug host kernel', `${HOST_LINE}${GUEST_LINE}`), false, 'markers change nothing while set by hand');
    assert.equal(book.detected('1').side, 'guest', 'what auto would read');
    // The next session of the configuration (a new book over the same state: a window reload) has it too.
    assert.equal(new DebuggeeSideBook(s).side('9', 'Debug host kernel').side, 'host');
    await book.set('Debug host kernel', 'auto');
    assert.deepEqual(s.saved, {});
    assert.equal(book.side('1', 'Debug host kernel').side, 'guest');
    assert.equal(book.side('1', 'Debug host kernel').setting, 'auto');
  });

  it('ignores persisted state it did not write', () => {
    assert.equal(new DebuggeeSideBook(store({ a: 'hypervisor', b: 'guest' })).setting('a'), 'auto');
    assert.equal(new DebuggeeSideBook(store({ a: 'hypervisor', b: 'guest' })).setting('b'), 'guest');
    assert.equal(new DebuggeeSideBook(store(['host'])).setting('0'), 'auto');
  });

  it('says what decided', () => {
    const o = new OutputSide();
    o.read(HOST_LINE);
    assert.equal(debuggeeSideNote({ side: 'host', setting: 'host' }), 'set by hand');
    assert.equal(
      describeDebuggeeSide({ side: 'host', setting: 'auto', marker: o.marker }),
      'a TDX host (its output printed `[   30.000000] virt/tdx: module initialized`)',
    );
    assert.equal(describeDebuggeeSide(UNKNOWN_DEBUGGEE), 'host or guest: unknown (no marker line in its output)');
  });
});
