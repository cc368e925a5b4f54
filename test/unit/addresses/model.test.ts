import * as assert from 'node:assert/strict';
import { UserError } from '../../../src/platform/errors';
import {
  addPin,
  entryDetails,
  entryLabel,
  evaluateEntry,
  MAX_PINS,
  notEvaluatedEntry,
  removePin,
  restorePins,
  WatchEntry,
} from '../../../src/addresses/model';

const ACCEPTED = 'Accepted: an unsigned integer in decimal or 0x hex (a uint64_t, gpa_t, gfn_t, phys_addr_t or pointer value).';

describe('watch entries', () => {
  const privateGpa: WatchEntry = {
    expression: 'gpa',
    value: '0x1234',
    kind: 'gpa',
    status: 'private',
    changed: false,
    previousStatus: undefined,
    error: undefined,
  };

  it('first evaluation of a decimal GDB value: every key present, nothing changed', () => {
    assert.deepEqual(evaluateEntry('gpa', { result: '4660', type: 'uint64_t' }, undefined, 48), privateGpa);
    assert.deepEqual(Object.keys(evaluateEntry('gpa', { error: 'x' }, undefined, 48)).sort(), Object.keys(privateGpa).sort());
  });

  it('an unchanged value is not changed', () => {
    assert.deepEqual(evaluateEntry('gpa', { result: '0x1234', type: 'uint64_t' }, privateGpa, 48), privateGpa);
  });

  it('a value that flips the shared bit is changed, with the old status', () => {
    const now = evaluateEntry('gpa', { result: '140737488359988', type: 'uint64_t' }, privateGpa, 48);
    assert.deepEqual(now, {
      expression: 'gpa',
      value: '0x800000001234',
      kind: 'gpa',
      status: 'shared',
      changed: true,
      previousStatus: 'private',
      error: undefined,
    });
    assert.deepEqual(entryLabel(now, 'underscore'), {
      description: '0x8000_0000_1234 · shared GPA · private → shared',
      tooltip:
        '**TDX address** `gpa`\n\n`0x8000_0000_1234` (decimal 140737488359988): **shared GPA**\n\n' +
        'Changed: **private → shared** since the previous evaluation.\n\nExpand for the aliases, page offset and EPT indices.',
    });
    // The next stop with the same value: no longer changed.
    assert.equal(evaluateEntry('gpa', { result: '140737488359988', type: 'uint64_t' }, now, 48).changed, false);
  });

  it('a value change within the same status is changed without an old status', () => {
    const now = evaluateEntry('gpa', { result: '0x2000' }, privateGpa, 48);
    assert.deepEqual(now, { ...privateGpa, value: '0x2000', changed: true });
    assert.equal(entryLabel(now, 'none').description, '0x2000 · private GPA · changed');
  });

  it('a GPAW change that changes the status is a change', () => {
    const shared48 = evaluateEntry('gpa', { result: '0x800000001234' }, undefined, 48);
    assert.deepEqual(evaluateEntry('gpa', { result: '0x800000001234' }, shared48, 52), {
      ...shared48,
      status: 'private',
      changed: true,
      previousStatus: 'shared',
    });
  });

  it('reads zero-padded lldb values and decides GFN from the type', () => {
    assert.deepEqual(evaluateEntry('p->base', { result: '0x00080000fee00000', type: 'uint64_t' }, undefined, 52), {
      expression: 'p->base',
      value: '0x80000fee00000',
      kind: 'gpa',
      status: 'shared',
      changed: false,
      previousStatus: undefined,
      error: undefined,
    });
    assert.deepEqual(evaluateEntry('x', { result: '0x0000000800000001', type: 'gfn_t' }, undefined, 48), {
      expression: 'x',
      value: '0x800000001',
      kind: 'gfn',
      status: 'shared',
      changed: false,
      previousStatus: undefined,
      error: undefined,
    });
    assert.equal(evaluateEntry('sp->gfn', { result: '4096', type: 'u64' }, undefined, 48).kind, 'gfn');
    // The debugger's type decides before the name: a pointer is never shared or private.
    const pointer = evaluateEntry('f', { result: '0x7fffffffe0a0', type: 'struct kvm_page_fault *' }, undefined, 48);
    assert.equal(pointer.kind, undefined);
    assert.equal(pointer.status, undefined);
    assert.equal(pointer.error, 'type struct kvm_page_fault *: a pointer, not a guest physical address');
    assert.equal(evaluateEntry('gpa', { result: '0x8000000001000' }, undefined, 48).status, 'invalid');
  });

  it('reads a phys_addr_t by the debuggee’s side: host physical on a host (saying what decided), a GPA in a guest or unknown', () => {
    const pa = { result: '4294967296', type: 'phys_addr_t' };
    const onHost = evaluateEntry('pa', pa, undefined, 48, 'host', 'set by hand');
    assert.deepEqual([onHost.value, onHost.kind, onHost.status], ['0x100000000', undefined, undefined]);
    assert.equal(onHost.error, "type phys_addr_t in a host's debuggee (set by hand): host physical, not a guest physical address");
    for (const side of ['guest', undefined] as const) {
      const e = evaluateEntry('pa', pa, undefined, 48, side);
      assert.deepEqual([e.value, e.kind, e.status, e.error], ['0x100000000', 'gpa', 'private', undefined], String(side));
    }
  });

  it('a struct or a double is an error entry with readDebugInteger’s message', () => {
    assert.deepEqual(evaluateEntry('kvm->arch', { result: '{...}', type: 'struct kvm_arch' }, undefined, 48), {
      expression: 'kvm->arch',
      value: undefined,
      kind: undefined,
      status: undefined,
      changed: false,
      previousStatus: undefined,
      error: `'{...}' is a struct, union or array, not an address. ${ACCEPTED}`,
    });
    const d = evaluateEntry('ratio', { result: '1.5', type: 'double' }, undefined, 48);
    assert.equal(d.error, `'1.5' is a floating-point number, not an address. ${ACCEPTED}`);
    assert.deepEqual(entryLabel(d, 'underscore').description, d.error);
    assert.deepEqual(entryDetails(d, 48, 'underscore'), []);
  });

  it('value → error ("not in this frame") keeps the pin, is changed and remembers the old status', () => {
    const now = evaluateEntry('gpa', { error: 'No symbol "gpa" in current context.\nmore' }, privateGpa, 48);
    assert.deepEqual(now, {
      expression: 'gpa',
      value: undefined,
      kind: undefined,
      status: undefined,
      changed: true,
      previousStatus: 'private',
      error: 'not available in this frame: No symbol "gpa" in current context.',
    });
    assert.deepEqual(entryLabel(now, 'underscore'), {
      description: 'not available in this frame: No symbol "gpa" in current context.',
      tooltip:
        '**TDX address** `gpa`\n\nnot available in this frame: No symbol "gpa" in current context.\n\n' +
        'Changed: was **private** at the previous evaluation.\n\nThe pin is kept and evaluated again at every stop and frame change.',
    });
    // Still not available at the next stop: not changed again.
    assert.equal(evaluateEntry('gpa', { error: 'No symbol "gpa" in current context.' }, now, 48).changed, false);
    assert.equal(evaluateEntry('gpa', { error: '  ' }, undefined, 48).error, 'not available in this frame: the debugger gave no reason');
  });

  it('error → value is changed with no old status', () => {
    const before = evaluateEntry('gpa', { error: 'No symbol "gpa" in current context.' }, undefined, 48);
    const now = evaluateEntry('gpa', { result: '140737488359988', type: 'gpa_t' }, before, 48);
    assert.deepEqual(now, {
      expression: 'gpa',
      value: '0x800000001234',
      kind: 'gpa',
      status: 'shared',
      changed: true,
      previousStatus: undefined,
      error: undefined,
    });
    assert.equal(entryLabel(now, 'underscore').description, '0x8000_0000_1234 · shared GPA · changed');
  });

  it('a pin with no stopped session is not evaluated, and its first evaluation is not a change', () => {
    const idle = notEvaluatedEntry('gpa');
    assert.deepEqual(idle, {
      expression: 'gpa',
      value: undefined,
      kind: undefined,
      status: undefined,
      changed: false,
      previousStatus: undefined,
      error: 'not evaluated: no debug session is stopped; the pin is evaluated at the next stop',
    });
    assert.equal(entryLabel(idle, 'underscore').description, idle.error);
    assert.deepEqual(evaluateEntry('gpa', { result: '4660', type: 'uint64_t' }, idle, 48), privateGpa);
  });

  it('tooltips keep backticks in expressions readable', () => {
    const e = evaluateEntry('a`b', { result: '0x1' }, undefined, 48);
    assert.equal(entryLabel(e, 'none').tooltip.split('\n')[0], '**TDX address** `` a`b ``');
  });

  it('details of a GPA: status, GFN, aliases in its space then the other, offset, EPT', () => {
    const e = evaluateEntry('gpa', { result: '0x800000001234' }, undefined, 48);
    assert.deepEqual(entryDetails(e, 48, 'underscore'), [
      { label: 'Status', value: 'shared — bit 47 is set', copy: 'shared — bit 47 is set', inspect: undefined },
      { label: 'GFN', value: '0x8_0000_0001', copy: '0x800000001', inspect: 'gfn 0x800000001' },
      { label: 'To shared (GPA)', value: '0x8000_0000_1234', copy: '0x800000001234', inspect: '0x800000001234' },
      { label: 'To private (GPA)', value: '0x1234', copy: '0x1234', inspect: '0x1234' },
      { label: 'To shared (GFN)', value: '0x8_0000_0001', copy: '0x800000001', inspect: 'gfn 0x800000001' },
      { label: 'To private (GFN)', value: '0x1', copy: '0x1', inspect: 'gfn 0x1' },
      { label: 'Page offset', value: '0x234', copy: '0x234', inspect: undefined },
      { label: 'EPT indices', value: 'PML4 256 · PDPT 0 · PD 0 · PT 1', copy: 'PML4 256 · PDPT 0 · PD 0 · PT 1', inspect: undefined },
    ]);
  });

  it('details of a GFN under GPAW 52: GPA, GFN aliases first, no page offset, five EPT levels', () => {
    const e = evaluateEntry('gfn', { result: '1', type: 'gfn_t' }, undefined, 52);
    assert.deepEqual(entryDetails(e, 52, 'none'), [
      { label: 'Status', value: 'private — bit 51 is clear', copy: 'private — bit 51 is clear', inspect: undefined },
      { label: 'GPA', value: '0x1000', copy: '0x1000', inspect: '0x1000' },
      { label: 'To shared (GFN)', value: '0x8000000001', copy: '0x8000000001', inspect: 'gfn 0x8000000001' },
      { label: 'To private (GFN)', value: '0x1', copy: '0x1', inspect: 'gfn 0x1' },
      { label: 'To shared (GPA)', value: '0x8000000001000', copy: '0x8000000001000', inspect: '0x8000000001000' },
      { label: 'To private (GPA)', value: '0x1000', copy: '0x1000', inspect: '0x1000' },
      {
        label: 'EPT indices',
        value: 'PML5 0 · PML4 0 · PDPT 0 · PD 0 · PT 1',
        copy: 'PML5 0 · PML4 0 · PDPT 0 · PD 0 · PT 1',
        inspect: undefined,
      },
    ]);
  });

  it('details of an invalid GPA name the reserved bits first', () => {
    const e = evaluateEntry('gpa', { result: '0x8000000001000' }, undefined, 48);
    assert.equal(entryLabel(e, 'underscore').description, '0x8_0000_0000_1000 · invalid GPA');
    assert.deepEqual(entryDetails(e, 48, 'underscore')[0], {
      label: 'Status',
      value: "invalid — reserved bit 51 set (bits 63:48 must be 0 under GPAW 48). KVM's one-bit test alone would still call it private.",
      copy: "invalid — reserved bit 51 set (bits 63:48 must be 0 under GPAW 48). KVM's one-bit test alone would still call it private.",
      inspect: undefined,
    });
  });
});

describe('pins', () => {
  it('adds trimmed, de-duplicated expressions and removes them', () => {
    const pins = addPin(addPin([], ' gpa '), 'f->gfn');
    assert.deepEqual(pins, ['gpa', 'f->gfn']);
    assert.deepEqual(addPin(pins, 'gpa\t'), ['gpa', 'f->gfn']);
    assert.deepEqual(removePin(pins, ' gpa'), ['f->gfn']);
    assert.deepEqual(removePin(pins, 'nothing'), pins);
  });

  it('refuses empty and over-long expressions and a full list with clear messages', () => {
    assert.throws(
      () => addPin([], '   '),
      (e: Error) => e instanceof UserError && /empty expression cannot be pinned\. Accepted:/.test(e.message),
    );
    assert.throws(() => addPin([], 'x'.repeat(501)), {
      name: 'UserError',
      message: 'A pinned expression is at most 500 characters; this one has 501.',
    });
    assert.throws(() => addPin([], 'a +\n b'), {
      name: 'UserError',
      message: 'A pinned expression is one line; remove the line breaks (debuggers evaluate one line).',
    });
    const full = Array.from({ length: MAX_PINS }, (_, k) => `v${k}`);
    assert.equal(addPin(full.slice(1), 'v0').length, 200);
    assert.deepEqual(addPin(full, 'v7'), full);
    assert.throws(() => addPin(full, 'gpa'), {
      name: 'UserError',
      message: 'The TDX Addresses view holds at most 200 pinned expressions; remove one from the view before pinning gpa.',
    });
  });

  it('restores only valid persisted state', () => {
    assert.deepEqual(restorePins(undefined), []);
    assert.deepEqual(restorePins({ 0: 'gpa' }), []);
    assert.deepEqual(restorePins('gpa'), []);
    assert.deepEqual(restorePins(['gpa', 7, null, 'gpa', ' gfn ', '', 'x'.repeat(501), 'a\nb', { e: 'a' }]), ['gpa', 'gfn']);
    const many = Array.from({ length: 300 }, (_, k) => `v${k}`);
    assert.deepEqual(restorePins(many), many.slice(0, 200));
  });
});
