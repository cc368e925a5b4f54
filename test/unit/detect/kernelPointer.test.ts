import * as assert from 'node:assert/strict';
import { classifiedValueAt, classifyLine } from '../../../src/detect/classify';
import { consoleAnnotation, outputAnnotations, valueKindOf } from '../../../src/detect/debugValue';

/** Kernel pointers under 4-level and 5-level paging, with what their reason must say (and must not). */
const CASES = [
  { value: '0xff11000000000000', says: 'bits 63:56 all ones (5-level paging)', layout: 'kernel direct map (5-level layout)' },
  { value: '0xffff888100a4c000', says: 'bits 63:47 all ones', layout: 'kernel direct map (4-level layout)' },
] as const;

describe('kernel pointers: one predicate for logs and the Debug Console', () => {
  for (const c of CASES) {
    it(`${c.value} is a pointer with a true reason in a log line and in the Debug Console`, () => {
      const line = `[  1.0] foo: ptr ${c.value}`;
      const [v] = classifyLine(line, { labelledBareHex: true });
      assert.equal(v.kind, 'pointer');
      assert.match(v.why, /^a kernel virtual address: /);
      assert.ok(v.why.includes(c.says), v.why);
      // 0xff11… has bits 63:48 = 0xff11: a reason claiming "bits 63:48 all ones" would be false.
      assert.ok(!v.why.includes('63:48'), v.why);
      assert.equal(classifiedValueAt(line, line.length - 3, { labelledBareHex: true })?.why, v.why, 'the hover says the same');

      const debug = valueKindOf('ptr', undefined, BigInt(c.value));
      assert.deepEqual(debug, { kind: 'pointer', why: v.why }, 'the Debug Console decides the same kind for the same reason');
      assert.equal(
        consoleAnnotation('ptr', c.value, undefined, 48, 'none'),
        `TDX: virtual pointer ${c.value}, not a guest address — ${c.layout}`,
      );
      assert.deepEqual(outputAnnotations(line, 48, 'none', true, 8), [], 'debuggee output does not call it a GPA');
    });
  }

  it('a value just below the 5-level kernel half (0xfe…) is no pointer on either path', () => {
    const [v] = classifyLine('[  1.0] foo: ptr 0xfeff000000000000', { labelledBareHex: true });
    assert.notEqual(v.kind, 'pointer');
    assert.notEqual(valueKindOf('ptr', undefined, 0xfeff_0000_0000_0000n).kind, 'pointer');
  });
});
