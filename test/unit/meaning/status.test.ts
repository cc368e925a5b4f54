import * as assert from 'node:assert/strict';
import { classifyLine } from '../../../src/detect/classify';
import { describeValue } from '../../../src/meaning/meaning';
import { findTdxStatus } from '../../../src/meaning/status';
import { TDX_SEAMCALL_STATUS_MASK, TDX_STATUS_CODES } from '../../../src/meaning/tdxStatusCodes';

describe('TDX status table as tdx_errno.h writes it', () => {
  it('holds full 64-bit values: TDX_OPERAND_BUSY is 0x8000020000000000', () => {
    const busy = TDX_STATUS_CODES.find((c) => c.name === 'TDX_OPERAND_BUSY')!;
    assert.equal(busy.value, 0x8000020000000000n);
    assert.equal(busy.source, 'arch/x86/include/asm/shared/tdx_errno.h');
    for (const c of TDX_STATUS_CODES) assert.equal(c.value & ~TDX_SEAMCALL_STATUS_MASK, 0n, `${c.name}: bits 31:0 clear`);
  });

  it('finds the status of a value copied from a log line, operand bits masked as the kernel does', () => {
    const line = 'kvm_intel: SEAMCALL TDH_MEM_SEPT_ADD failed: 0xc0000b0d00000092, rcx 0x0000000100000000, rdx 0x0000000000000000';
    const logged = classifyLine(line, { labelledBareHex: true }).find((v) => v.field === 'failed');
    assert.ok(logged);
    assert.equal(logged.kind, 'tdxStatus');
    assert.equal(findTdxStatus(logged.value)?.name, 'TDX_EPT_ENTRY_STATE_INCORRECT');
    assert.equal(findTdxStatus(0x8000020000000000n)?.name, 'TDX_OPERAND_BUSY');
    assert.equal(findTdxStatus(0x8000_0999_0000_0000n), undefined);
    assert.match(
      describeValue('tdxStatus', logged.value).meaning,
      /^TDX_EPT_ENTRY_STATE_INCORRECT \(error, non-recoverable\), operand SEPT/,
    );
  });
});
