import * as assert from 'node:assert/strict';
import { parseUserFieldRules, userKindOf } from '../../../src/detect/userRules';

describe('user field rules (tdx.detect.fields)', () => {
  it('maps a label and a message’s label to kinds; the message’s label wins; case does not matter', () => {
    const r = parseUserFieldRules({ exit_info1: 'data', 'kvm_vmgexit_enter/exit_info1': 'gpa', Base: 'hpa' });
    assert.deepEqual(r.problems, []);
    assert.equal(userKindOf(r, 'kvm_vmgexit_enter', 'exit_info1'), 'gpa');
    assert.equal(userKindOf(r, 'kvm_vmgexit_exit', 'exit_info1'), 'data');
    assert.equal(userKindOf(r, undefined, 'EXIT_INFO1'), 'data');
    assert.equal(userKindOf(r, undefined, 'base'), 'hpa');
    assert.equal(userKindOf(r, undefined, 'gpa'), undefined);
  });

  it('skips each bad entry with a message naming it and what is accepted; the valid entries still apply', () => {
    const r = parseUserFieldRules({ 'a b': 'gpa', good: 'count', bad: 'address', 'x/y/z': 'gpa', n: 3 });
    assert.equal(userKindOf(r, undefined, 'good'), 'count');
    assert.equal(r.problems.length, 4);
    assert.match(
      r.problems.find((p) => p.includes('"bad"'))!,
      /has kind "address"; accepted kinds: gpa, gfn, gva, hpa/,
    );
    assert.match(
      r.problems.find((p) => p.includes('"a b"'))!,
      /is not a label/,
    );
    assert.match(
      r.problems.find((p) => p.includes('"n"'))!,
      /kind number 3/,
    );
  });

  it('refuses a value that is not an object, saying what is accepted', () => {
    const r = parseUserFieldRules(['gpa']);
    assert.equal(r.byLabel.size, 0);
    assert.match(r.problems[0], /must be an object mapping a label/);
  });

  it('gives two readings of the same rules the same key, and different rules different keys', () => {
    assert.equal(parseUserFieldRules({ a: 'gpa', b: 'gfn' }).key, parseUserFieldRules({ B: 'gfn', a: 'gpa' }).key);
    assert.notEqual(parseUserFieldRules({ a: 'gpa' }).key, parseUserFieldRules({ a: 'gfn' }).key);
  });
});
