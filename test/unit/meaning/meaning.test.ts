import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  count,
  describeRange,
  describeValue,
  errorCode,
  exitQualification,
  flags,
  groupedDecimal,
  guestVirtual,
  hostFrame,
  hostPhysical,
  humanSize,
  isCanonical,
  mmioSpteGeneration,
  pferrFromExitQualification,
  pointer,
  rawValue,
  setBitIndices,
  size,
  spte,
  tdvmcallStatus,
  tdxStatus,
  tdxStatusClass,
} from '../../../src/meaning/meaning';
import { EPT_VIOLATION_BITS, PFERR_BITS, SPTE_BITS } from '../../../src/meaning/bitNames';
import { TDVMCALL_STATUS_CODES, TDX_OPERAND_IDS, TDX_STATUS_CODES, TDX_SW_STATUS_CODES } from '../../../src/meaning/tdxStatusCodes';
import { U64_MAX } from '../../../src/tdx/tdx';
import { ValueKind, VALUE_KIND_TITLES } from '../../../src/detect/valueKind';

const u64 = fc.bigInt({ min: 0n, max: U64_MAX });

describe('meaning: TDX SEAMCALL/TDCALL status', () => {
  it('names TDX_OPERAND_BUSY with the SEPT operand', () => {
    const m = tdxStatus(0x8000020000000092n);
    assert.equal(m.meaning, 'TDX_OPERAND_BUSY (error, recoverable), operand SEPT (0x92)');
    assert.deepEqual(m.details, [
      '- bits 63:32 = `0x8000_0200`: `TDX_OPERAND_BUSY` (`arch/x86/include/asm/shared/tdx_errno.h`)',
      '- bit 63 `TDX_ERROR` set, bit 62 `TDX_NON_RECOVERABLE` clear: error, recoverable',
      '- bits 31:0 = `0x92`: `TDX_OPERAND_ID_SEPT` (`arch/x86/include/asm/shared/tdx_errno.h`)',
    ]);
  });

  it('names TDX_SUCCESS for 0 and bare codes without an operand', () => {
    assert.equal(tdxStatus(0n).meaning, 'TDX_SUCCESS (success)');
    assert.equal(tdxStatus(0x8000020000000000n).meaning, 'TDX_OPERAND_BUSY (error, recoverable)');
    assert.equal(tdxStatus(0x80000201000000a9n).meaning, 'TDX_PREVIOUS_TLB_EPOCH_BUSY (error, recoverable), operand TD_EPOCH (0xa9)');
    assert.equal(tdxStatus(0x8000020300000000n).meaning, 'TDX_RND_NO_ENTROPY (error, recoverable)');
  });

  it('says non-recoverable for bit 62, with or without the error bit', () => {
    assert.equal(tdxStatus(0xc0000b0000000000n).meaning, 'TDX_EPT_WALK_FAILED (error, non-recoverable)');
    assert.equal(tdxStatus(0xc000010000000080n).meaning, 'TDX_OPERAND_INVALID (error, non-recoverable), operand TDR (0x80)');
    assert.equal(tdxStatus(0x4000000100000000n).meaning, 'TDX_NON_RECOVERABLE_VCPU (non-recoverable)');
    assert.equal(tdxStatus(0x0000081500000000n).meaning, 'TDX_KEY_CONFIGURED (warning)');
  });

  it('marks names that only older Intel trees define', () => {
    const m = tdxStatus(0xc000060400000000n);
    assert.equal(m.meaning, 'TDX_TD_FATAL (error, non-recoverable)');
    assert.equal(
      m.details[0],
      '- bits 63:32 = `0xc000_0604`: `TDX_TD_FATAL` (intel/td-partitioning: `arch/x86/kvm/vmx/tdx_errno.h`, not in upstream Linux)',
    );
  });

  it('still gives class and operand for an unknown code', () => {
    const m = tdxStatus(0x8000099900000005n);
    assert.equal(m.meaning, 'status 0x8000_0999 not in tdx_errno.h (error, recoverable), operand 0x5');
    assert.equal(m.details[2], '- bits 31:0 = `0x5`: not a `TDX_OPERAND_ID_*` of `tdx_errno.h` (an operand id or other detail)');
    assert.equal(tdxStatus(0x8000099900000005n, 'none').meaning, 'status 0x80000999 not in tdx_errno.h (error, recoverable), operand 0x5');
  });

  it('recognises the kernel-defined SEAMCALL failures on all 64 bits', () => {
    assert.equal(tdxStatus(0x8000ff000000000dn).meaning, 'TDX_SEAMCALL_GP (error, recoverable, kernel-defined)');
    assert.equal(tdxStatus(0x8000ff0000000006n).meaning, 'TDX_SEAMCALL_UD (error, recoverable, kernel-defined)');
    assert.equal(tdxStatus(0x8000ff00ffff0000n).meaning, 'TDX_SEAMCALL_VMFAILINVALID (error, recoverable, kernel-defined)');
    assert.equal(tdxStatus(0x8000ff0000000007n).meaning, 'TDX_SW_ERROR status 0x8000_ff00 (error, recoverable), operand 0x7');
  });

  it('classifies by bits 63 and 62', () => {
    assert.equal(tdxStatusClass(0n), 'success');
    assert.equal(tdxStatusClass(0x1234n), 'success');
    assert.equal(tdxStatusClass(0x0000_0b0a_0000_0000n), 'warning');
    assert.equal(tdxStatusClass(0x6000000500000000n), 'non-recoverable');
  });

  it('tables hold the kernel values exactly', () => {
    const byName = new Map(TDX_STATUS_CODES.map((c) => [c.name, c.value]));
    assert.equal(byName.get('TDX_OPERAND_BUSY'), 0x8000020000000000n);
    assert.equal(byName.get('TDX_SYS_BUSY'), 0x8000020200000000n);
    assert.equal(byName.get('TDX_NON_RECOVERABLE_TD_WRONG_APIC_MODE'), 0x6000000700000000n);
    assert.equal(byName.get('TDX_METADATA_FIELD_NOT_READABLE'), 0xc0000c0200000000n);
    assert.deepEqual(
      TDX_OPERAND_IDS.map((o) => [o.name, o.value]),
      [
        ['TDX_OPERAND_ID_RCX', 0x01n],
        ['TDX_OPERAND_ID_TDR', 0x80n],
        ['TDX_OPERAND_ID_SEPT', 0x92n],
        ['TDX_OPERAND_ID_TD_EPOCH', 0xa9n],
      ],
    );
    for (const c of [...TDX_STATUS_CODES, ...TDX_SW_STATUS_CODES, ...TDVMCALL_STATUS_CODES, ...TDX_OPERAND_IDS]) {
      assert.match(c.name, /^(TDX|TDVMCALL|TDG_VP_VMCALL)_[A-Z0-9_]+$/);
      assert.ok(c.source.length > 0, c.name);
    }
    for (const c of TDX_STATUS_CODES) assert.equal(c.value & 0xffff_ffffn, 0n, `${c.name} keeps bits 31:0 clear`);
  });
});

describe('meaning: TDVMCALL status', () => {
  it('names the GHCI statuses', () => {
    assert.equal(tdvmcallStatus(0n).meaning, 'TDVMCALL_STATUS_SUCCESS (success)');
    assert.equal(tdvmcallStatus(1n).meaning, 'TDVMCALL_STATUS_RETRY (no error bit)');
    assert.equal(tdvmcallStatus(0x8000000000000000n).meaning, 'TDVMCALL_STATUS_INVALID_OPERAND (error)');
    assert.equal(tdvmcallStatus(0x8000000000000001n).meaning, 'TDG_VP_VMCALL_GPA_INUSE (error)');
    assert.equal(tdvmcallStatus(0x8000000000000002n).meaning, 'TDVMCALL_STATUS_ALIGN_ERROR (error)');
    assert.equal(tdvmcallStatus(0x8000000000000003n).meaning, 'TDVMCALL_STATUS_SUBFUNC_UNSUPPORTED (error)');
  });

  it('says an unknown status is unknown', () => {
    assert.equal(
      tdvmcallStatus(0x8000000000000009n).meaning,
      'TDVMCALL status 0x8000_0000_0000_0009 not in arch/x86/include/asm/shared/tdx.h (error)',
    );
  });
});

describe('meaning: page-fault error code (PFERR_*)', () => {
  it('names write on the final GPA', () => {
    const m = errorCode(0x100000002n);
    assert.equal(m.meaning, 'PFERR_WRITE_MASK | PFERR_GUEST_FINAL_MASK');
    assert.deepEqual(m.details, [
      '- bit 1 `PFERR_WRITE_MASK`: write access (`arch/x86/include/asm/kvm_host.h`)',
      '- bit 32 `PFERR_GUEST_FINAL_MASK`: fault on the final guest physical address (`arch/x86/include/asm/kvm_host.h`)',
    ]);
  });

  it('names the KVM-defined private-access flag and unnamed bits', () => {
    const m = errorCode(0x2000000000002n);
    assert.equal(m.meaning, 'PFERR_WRITE_MASK | PFERR_PRIVATE_ACCESS');
    assert.equal(m.details[2], '- bits 48 and 49 form `PFERR_SYNTHETIC_MASK`: set by KVM, never by hardware');
    assert.equal(errorCode(0x10000000001n).meaning, 'PFERR_PRESENT_MASK | bit 40');
    assert.equal(errorCode(0n).meaning, 'no PFERR_* bits: not-present read');
  });

  it('uses the kernel bit numbers', () => {
    const bit = (name: string) => PFERR_BITS.find((b) => b.name === name)?.bit;
    assert.equal(bit('PFERR_GUEST_FINAL_MASK'), 32);
    assert.equal(bit('PFERR_GUEST_PAGE_MASK'), 33);
    assert.equal(bit('PFERR_PRIVATE_ACCESS'), 49);
    assert.equal(bit('PFERR_IMPLICIT_ACCESS'), 48);
    assert.equal(bit('PFERR_SGX_MASK'), 15);
  });
});

describe('meaning: EPT-violation exit qualification', () => {
  it('decodes 0x2 and explains the TDX private write under kvm_page_fault', () => {
    const m = exitQualification(0x2n, { event: 'kvm_page_fault' });
    assert.equal(m.meaning, 'EPT_VIOLATION_ACC_WRITE (write, GPA not present in EPT)');
    assert.equal(m.details.length, 4);
    assert.match(m.details[1], /^- KVM turns it into error code `0x2` \(PFERR_WRITE_MASK\) in `__vmx_handle_ept_violation`/);
    assert.match(m.details[2], /^- `kvm_page_fault`'s `error_code` on Intel is this exit qualification/);
    assert.match(m.details[3], /`tdx_handle_ept_violation` \(`arch\/x86\/kvm\/vmx\/tdx\.c`\) sets `exit_qual = EPT_VIOLATION_ACC_WRITE`/);
    assert.equal(exitQualification(0x2n).details.length, 3, 'the tracepoint line needs the kvm_page_fault context');
  });

  it('decodes reads and fetches of a translated address', () => {
    assert.equal(
      exitQualification(0x181n).meaning,
      'EPT_VIOLATION_ACC_READ | EPT_VIOLATION_GVA_IS_VALID | EPT_VIOLATION_GVA_TRANSLATED (read, GPA not present in EPT, access to the translated GPA)',
    );
    assert.equal(
      exitQualification(0x184n).meaning,
      'EPT_VIOLATION_ACC_INSTR | EPT_VIOLATION_GVA_IS_VALID | EPT_VIOLATION_GVA_TRANSLATED (fetch, GPA not present in EPT, access to the translated GPA)',
    );
    assert.equal(
      exitQualification(0x8an).meaning,
      'EPT_VIOLATION_ACC_WRITE | EPT_VIOLATION_PROT_READ | EPT_VIOLATION_GVA_IS_VALID (write, EPT allowed r--, access to a guest page-table entry)',
    );
    assert.equal(exitQualification(0x1001n).meaning, 'EPT_VIOLATION_ACC_READ | INTR_INFO_UNBLOCK_NMI (read, GPA not present in EPT)');
    assert.equal(exitQualification(0n).meaning, 'no EPT_VIOLATION_* bits set');
  });

  it('derives the PFERR code as __vmx_handle_ept_violation does', () => {
    assert.equal(pferrFromExitQualification(0x2n), 0x2n);
    assert.equal(pferrFromExitQualification(0x181n), 0x1_0000_0004n);
    assert.equal(pferrFromExitQualification(0x82n), 0x2_0000_0002n);
    assert.equal(pferrFromExitQualification(0x1acn), 0x1_0000_0011n);
  });

  it('uses the kernel bit numbers', () => {
    assert.deepEqual(
      EPT_VIOLATION_BITS.map((b) => b.bit),
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 12],
    );
  });
});

describe('meaning: SPTE', () => {
  it('decodes a present RWX write-back leaf', () => {
    const m = spte(0x600000012345677n);
    assert.equal(m.meaning, 'present RWX, WB, host PFN 0x1_2345');
    assert.equal(m.details[2], '- bits 51:12 host PFN `0x1_2345`, HPA `0x1234_5000` (host physical, not a guest address)');
    assert.ok(m.details.includes('- bit 57 `EPT_SPTE_HOST_WRITABLE`: KVM: host-writable (`arch/x86/kvm/mmu/spte.h`)'));
    assert.ok(m.details.includes('- bit 58 `EPT_SPTE_MMU_WRITABLE`: KVM: MMU-writable (`arch/x86/kvm/mmu/spte.h`)'));
    assert.equal(spte(0x600000012345677n, 'none').meaning, 'present RWX, WB, host PFN 0x12345');
  });

  it('shows suppress-#VE, large pages and KVM A/D tracking', () => {
    const m = spte(0x8600000012345ef7n);
    assert.equal(m.meaning, 'present RWX, WB, host PFN 0x1_2345, large page, suppress #VE');
    assert.ok(m.details.includes('- bits 53:52 A/D tracking: `SPTE_TDP_AD_ENABLED` (`arch/x86/kvm/mmu/spte.h`)'));
    assert.equal(spte(0x0010000012345b05n).meaning, 'present R-X, UC, host PFN 0x1_2345');
  });

  it('recognises non-present, frozen and MMIO SPTEs', () => {
    assert.equal(spte(0x8000000000000000n).meaning, 'not present: SHADOW_NONPRESENT_VALUE (suppress #VE)');
    assert.equal(spte(0x80000000000005a0n).meaning, 'FROZEN_SPTE: not present, being replaced by another thread');
    assert.equal(spte(0n).meaning, 'not present (zero)');
    assert.equal(spte(0x0010_0001_2345_0016n).meaning, 'MMIO SPTE, generation 0x102');
    assert.equal(mmioSpteGeneration(0x0010_0001_2345_0016n), 0x102n);
    assert.equal(
      spte(0x8000000012345800n).meaning,
      'not present in EPT (R/W/X clear), KVM MMU-present (access-tracked or write-protected), suppress #VE',
    );
  });

  it('uses the kernel bit numbers', () => {
    const bit = (name: string) => SPTE_BITS.find((b) => b.name === name)?.bit;
    assert.equal(bit('SPTE_MMU_PRESENT_MASK'), 11);
    assert.equal(bit('EPT_SPTE_HOST_WRITABLE'), 57);
    assert.equal(bit('EPT_SPTE_MMU_WRITABLE'), 58);
    assert.equal(bit('VMX_EPT_SUPPRESS_VE_BIT'), 63);
  });
});

describe('meaning: flags', () => {
  it('names KVM_MEMORY_EXIT_FLAG_PRIVATE under kvm_memory_fault', () => {
    assert.equal(flags(0x8n, { event: 'kvm_memory_fault', field: 'flags' }).meaning, 'KVM_MEMORY_EXIT_FLAG_PRIVATE: private access');
    assert.equal(flags(0x0n, { event: 'kvm_memory_fault' }).meaning, 'shared access (KVM_MEMORY_EXIT_FLAG_PRIVATE clear)');
    assert.equal(flags(0x18n, { event: 'kvm_memory_fault' }).meaning, 'KVM_MEMORY_EXIT_FLAG_PRIVATE | bit 4: private access');
  });

  it('names KVM_MEMORY_ATTRIBUTE_PRIVATE under kvm_vm_set_mem_attributes: which way the range converts', () => {
    const at = { event: 'kvm_vm_set_mem_attributes' };
    assert.equal(flags(0x8n, at).meaning, 'KVM_MEMORY_ATTRIBUTE_PRIVATE: the range becomes private');
    assert.equal(flags(0x0n, at).meaning, 'no attributes: the range becomes shared');
    assert.equal(flags(0x1n, at).meaning, 'bit 0: the range becomes shared');
    assert.match(flags(0x1n, at).details.join('\n'), /not a `KVM_MEMORY_ATTRIBUTE_\*`/);
  });

  it('lists set bits elsewhere', () => {
    assert.equal(flags(0x8n).meaning, 'bit 3 set');
    assert.equal(flags(0x9n, { event: 'kvm_mmio' }).meaning, 'bits 0, 3 set');
    assert.equal(flags(0n).meaning, 'no bits set');
  });
});

describe('meaning: ranges, sizes and simple kinds', () => {
  it('describes an inclusive range with size, pages and status', () => {
    assert.equal(
      describeRange(0x1_0000_0000n, 0x4_7fff_ffffn, 48).meaning,
      '0x1_0000_0000–0x4_7fff_ffff: 14 GiB, 3,670,016 pages of 4 KiB; both ends private under GPAW 48',
    );
    assert.equal(
      describeRange(0x0n, 0x4_7fff_ffffn, 52, 'none').meaning,
      '0x0–0x47fffffff: 18 GiB, 4,718,592 pages of 4 KiB; both ends private under GPAW 52',
    );
    assert.equal(
      describeRange(0x7fff_ffff_f000n, 0x8000_0000_0fffn, 48).meaning,
      '0x7fff_ffff_f000–0x8000_0000_0fff: 8 KiB, 2 pages of 4 KiB; start is private, end is shared under GPAW 48',
    );
    assert.equal(
      describeRange(0x2000n, 0x1000n, 48).meaning,
      '0x2000–0x1000: end is below start; a range is written first–last, both inclusive',
    );
  });

  it('writes human sizes', () => {
    assert.equal(size(0x1000n).meaning, '0x1000 = 4 KiB');
    assert.deepEqual(size(0x1000n).details, ['- 4,096 bytes', '- 1 page of 4 KiB']);
    assert.equal(size(0x20_0000n).meaning, '0x20_0000 = 2 MiB');
    assert.equal(humanSize(0x18_0000n), '1.5 MiB');
    assert.equal(humanSize(1000n), '1000 bytes');
    assert.equal(humanSize(1025n), '~1 KiB');
    assert.equal(humanSize(0x1_0000_0001n), '~4 GiB');
    assert.equal(humanSize(U64_MAX), '~16 EiB');
    assert.equal(groupedDecimal(4718592n), '4,718,592');
    assert.equal(groupedDecimal(999n), '999');
    assert.equal(humanSize(0x1_0500n), '65.25 KiB');
    assert.equal(humanSize(0x1_0a00n), '66.5 KiB');
    assert.equal(humanSize(1075n), '~1.05 KiB');
    assert.equal(humanSize(0x10_a000n), '~1.04 MiB');
    assert.equal(humanSize(0x1_0000_0000_0000n), '256 TiB');
    assert.equal(groupedDecimal(-1234567n), '-1,234,567');
    assert.equal(groupedDecimal(0n), '0');
  });

  it('lists set bits on any value as the binary digits do', () => {
    const reference = (v: bigint) => [...v.toString(2)].reverse().flatMap((d, bit) => (d === '1' ? [bit] : []));
    assert.deepEqual(setBitIndices(U64_MAX), reference(U64_MAX));
    assert.deepEqual(setBitIndices(1n << 31n), [31]);
    assert.deepEqual(setBitIndices((1n << 63n) | (1n << 32n) | 1n), [0, 32, 63]);
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 70n) - 1n }), (v) => assert.deepEqual(setBitIndices(v), reference(v))),
      { numRuns: 2000 },
    );
  });

  it('describes counts, host physical values and raw values', () => {
    assert.equal(count(3n).meaning, '3');
    assert.equal(count(4096n).meaning, '4,096 (0x1000)');
    assert.equal(hostPhysical(0x1_2345_6789n).meaning, 'host physical, not a guest address; frame 0x12_3456');
    assert.equal(hostFrame(0x12345n).meaning, 'host physical, not a guest address; HPA 0x1234_5000');
    assert.equal(rawValue(0x10n).meaning, '0x10 = 16');
    assert.equal(rawValue(U64_MAX).meaning, '0xffff_ffff_ffff_ffff = 18446744073709551615 (-1 as signed 64-bit)');
  });

  it('checks canonical form and halves of virtual addresses', () => {
    assert.equal(guestVirtual(0xffff_ffff_81a0_1234n).meaning, 'guest virtual, canonical, kernel half');
    assert.match(guestVirtual(0xffff_ffff_81a0_1234n).details[0], /kernel text mapping, mapped to physical address 0/);
    assert.equal(guestVirtual(0x7fff_1234_5678n).meaning, 'guest virtual, canonical, user half');
    assert.equal(guestVirtual(0x8000_0000_0000n).meaning, 'guest virtual, canonical only with 5-level paging (LA57), user half');
    assert.equal(guestVirtual(0x0100_0000_0000_0000n).meaning, 'guest virtual, non-canonical (bits 63:47 and 63:56 are not sign-extended)');
    assert.equal(isCanonical(0xffff_8000_0000_0000n, 48), true);
    assert.equal(isCanonical(0xfff7_8000_0000_0000n, 48), false);
  });

  it('guesses the kernel region of a pointer', () => {
    const direct = pointer(0xffff_8881_00a4_c000n);
    assert.equal(direct.meaning, 'kernel direct map (4-level layout)');
    assert.equal(direct.details[1], '- physical `0x1_00a4_c000` if `page_offset_base` is the default (no KASLR of memory regions)');
    assert.equal(pointer(0xff11_0001_00a4_c000n).meaning, 'kernel direct map (5-level layout)');
    assert.equal(pointer(0xffff_c900_0012_3000n).meaning, 'vmalloc/ioremap space (4-level layout)');
    assert.equal(pointer(0xffff_ffff_c012_3000n).meaning, 'module mapping space');
    assert.equal(pointer(0xffff_ffff_8100_0000n).meaning, 'kernel text mapping, mapped to physical address 0');
    assert.equal(pointer(0x5555_5555_4000n).meaning, 'virtual pointer, canonical, user half');
  });
});

describe('meaning: describeValue', () => {
  it('dispatches on the kind with the context', () => {
    assert.equal(describeValue('tdxStatus', 0x8000020000000092n).meaning, 'TDX_OPERAND_BUSY (error, recoverable), operand SEPT (0x92)');
    assert.equal(
      describeValue('flags', 8n, { event: 'kvm_memory_fault', field: 'flags' }).meaning,
      'KVM_MEMORY_EXIT_FLAG_PRIVATE: private access',
    );
    assert.equal(describeValue('exitQualification', 2n, { event: 'kvm_page_fault', field: 'error_code' }).details.length, 4);
    assert.equal(describeValue('spte', 0x600000012345677n, { grouping: 'none' }).meaning, 'present RWX, WB, host PFN 0x12345');
    assert.equal(describeValue('size', 0x1000n).meaning, '0x1000 = 4 KiB');
    assert.equal(describeValue('gpa', 0x1000n).meaning, 'TD guest physical address (GPA)');
    assert.equal(describeValue('register', 0x10n).meaning, '0x10 = 16');
  });

  it('never throws and always gives a non-empty line, for every kind and any value', () => {
    const kinds = Object.keys(VALUE_KIND_TITLES) as ValueKind[];
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        u64,
        fc.constantFrom(undefined, 'kvm_page_fault', 'kvm_memory_fault'),
        (kind, value, event) => {
          const m = describeValue(kind, value, { event });
          assert.ok(m.meaning.length > 0);
          assert.ok(!m.meaning.includes('\n'));
        },
      ),
      { numRuns: 2000 },
    );
    assert.equal(describeValue('count', -1n).meaning, '-1 is outside 0..2^64−1; only 64-bit unsigned values are decoded');
  });

  it('setBitIndices agrees with per-bit tests', () => {
    fc.assert(
      fc.property(u64, (value) => {
        const expected: number[] = [];
        for (let bit = 0; bit < 64; bit++) if ((value >> BigInt(bit)) & 1n) expected.push(bit);
        assert.deepEqual(setBitIndices(value), expected);
      }),
    );
  });
});
