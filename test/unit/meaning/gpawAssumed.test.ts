import * as assert from 'node:assert/strict';
import { hoverAtPosition } from '../../../src/meaning/hoverContent';

const line = 'kvm_page_fault: vcpu 0 rip 0xffffffff81c2a1f4 address 0x00008000fee00000 error_code 0x181';
const at = line.indexOf('0x00008000fee00000') + 3;
const settings = { gpaw: 52 as const, grouping: 'underscore' as const, labelledBareHex: true };

describe('hovers under an assumed GPAW', () => {
  it('say the GPAW is the assumed default, with a link that sets it, while no tdx.gpaw is set', () => {
    const md = hoverAtPosition(line, at, { ...settings, gpawAssumed: true })!.markdown;
    assert.match(md, /GPAW 52 \(default\): shared bit 51, 5-level EPT/);
    assert.match(
      md,
      /_Assuming GPAW 52 \(default\): a wrong GPAW swaps shared and private\._ \[Set it\]\(command:tdx\.selectGpaw "[^"]+"\)/,
    );
  });

  it('say neither "assuming" nor "default" once a value is set', () => {
    for (const gpawAssumed of [false, undefined]) {
      const md = hoverAtPosition(line, at, { ...settings, gpawAssumed })!.markdown;
      assert.match(md, /GPAW 52: shared bit 51, 5-level EPT/);
      assert.doesNotMatch(md, /assum|default/i);
    }
  });

  it('leave hovers of values that are not guest-physical alone', () => {
    const rip = hoverAtPosition(line, line.indexOf('0xffffffff81c2a1f4') + 3, { ...settings, gpawAssumed: true })!.markdown;
    assert.doesNotMatch(rip, /assum/i);
  });
});
