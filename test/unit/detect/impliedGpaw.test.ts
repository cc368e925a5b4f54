import * as assert from 'node:assert/strict';
import { impliedGpaw } from '../../../src/detect/impliedGpaw';

describe('the GPAW a document implies', () => {
  it('under GPAW 48, a certain GPA with bit 51 set says the TD is GPAW 52', () => {
    const r = impliedGpaw(
      [
        { gpa: 0x1000n, line: 0 },
        { gpa: 0x8000000001000n, line: 4 },
      ],
      48,
    );
    assert.equal(r?.gpaw, 52);
    assert.equal(r?.line, 4);
    assert.match(r!.evidence, /^line 5: 0x8_0000_0000_1000 sets bits above 47/);
  });

  it('under GPAW 48, a value invalid under both widths says nothing', () => {
    assert.equal(impliedGpaw([{ gpa: 0xffff800000000000n, line: 0 }], 48), undefined);
  });

  it('under GPAW 52, the two aliases of one frame (bit 47 apart) say the TD is GPAW 48', () => {
    const r = impliedGpaw(
      [
        { gpa: 0x12345000n, line: 2 },
        { gpa: 0x9999000n, line: 3 },
        { gpa: 0x800012345678n, line: 7 },
      ],
      52,
    );
    assert.equal(r?.gpaw, 48);
    assert.equal(r?.line, 2);
    assert.match(r!.evidence, /line 3: 0x1234_5000 and line 8: 0x8000_1234_5678 differ only in bit 47/);
  });

  it('says nothing when the GPAs agree with the folder’s GPAW', () => {
    assert.equal(
      impliedGpaw(
        [
          { gpa: 0x8000fee00000n, line: 0 },
          { gpa: 0xfee00000n + 0x1000n, line: 1 },
        ],
        48,
      ),
      undefined,
    );
    assert.equal(impliedGpaw([{ gpa: 0x8000000001000n, line: 0 }], 52), undefined);
  });
});
