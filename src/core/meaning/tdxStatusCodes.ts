/** A named 64-bit status value and the file (repository: path when not torvalds/linux) that defines it. */
export interface StatusCode {
  readonly name: string;
  readonly value: bigint;
  readonly source: string;
}

const SHARED_ERRNO = 'arch/x86/include/asm/shared/tdx_errno.h';
const ASM_TDX = 'arch/x86/include/asm/tdx.h';
const TD_PARTITIONING = 'intel/td-partitioning: arch/x86/kvm/vmx/tdx_errno.h';
const KMALOOR_TDX = 'kmaloor/tdx: arch/x86/kvm/vmx/tdx_errno.h';
const SHARED_TDX = 'arch/x86/include/asm/shared/tdx.h';
const QEMU_TDX = 'qemu: target/i386/kvm/tdx.h (TDX series)';

/** `TDX_SEAMCALL_STATUS_MASK`: bits 63:32 of a SEAMCALL/TDCALL return value are the status, bits 31:0 detail (often an operand id). */
export const TDX_SEAMCALL_STATUS_MASK = 0xffff_ffff_0000_0000n;
/** `TDX_ERROR` (bit 63) and `TDX_NON_RECOVERABLE` (bit 62), `arch/x86/include/asm/tdx.h`. */
export const TDX_ERROR = 1n << 63n;
export const TDX_NON_RECOVERABLE = 1n << 62n;
/** `TDX_SW_ERROR = TDX_ERROR | GENMASK_ULL(47, 40)`: status class 0xff is never used by the TDX module, only by the kernel. */
export const TDX_SW_ERROR = TDX_ERROR | (0xffn << 40n);

/**
 * SEAMCALL/TDCALL completion statuses, matched on bits 63:32 (`status & TDX_SEAMCALL_STATUS_MASK`), e.g.
 * `TDX_OPERAND_BUSY` = `0x8000020000000000`. Upstream names first; older TDX-series names come from Intel trees.
 */
export const TDX_STATUS_CODES: readonly StatusCode[] = [
  { name: 'TDX_SUCCESS', value: 0x0000000000000000n, source: ASM_TDX },
  { name: 'TDX_NON_RECOVERABLE_VCPU', value: 0x4000000100000000n, source: SHARED_ERRNO },
  { name: 'TDX_NON_RECOVERABLE_TD', value: 0x4000000200000000n, source: SHARED_ERRNO },
  { name: 'TDX_NON_RECOVERABLE_TD_NON_ACCESSIBLE', value: 0x6000000500000000n, source: SHARED_ERRNO },
  { name: 'TDX_NON_RECOVERABLE_TD_WRONG_APIC_MODE', value: 0x6000000700000000n, source: SHARED_ERRNO },
  { name: 'TDX_INTERRUPTED_RESUMABLE', value: 0x8000000300000000n, source: SHARED_ERRNO },
  { name: 'TDX_SYS_BUSY', value: 0x8000020200000000n, source: SHARED_ERRNO },
  { name: 'TDX_OPERAND_INVALID', value: 0xc000010000000000n, source: SHARED_ERRNO },
  { name: 'TDX_OPERAND_BUSY', value: 0x8000020000000000n, source: SHARED_ERRNO },
  { name: 'TDX_PREVIOUS_TLB_EPOCH_BUSY', value: 0x8000020100000000n, source: SHARED_ERRNO },
  { name: 'TDX_RND_NO_ENTROPY', value: 0x8000020300000000n, source: ASM_TDX },
  { name: 'TDX_PAGE_METADATA_INCORRECT', value: 0xc000030000000000n, source: SHARED_ERRNO },
  { name: 'TDX_VCPU_NOT_ASSOCIATED', value: 0x8000070200000000n, source: SHARED_ERRNO },
  { name: 'TDX_KEY_GENERATION_FAILED', value: 0x8000080000000000n, source: SHARED_ERRNO },
  { name: 'TDX_KEY_STATE_INCORRECT', value: 0xc000081100000000n, source: SHARED_ERRNO },
  { name: 'TDX_KEY_CONFIGURED', value: 0x0000081500000000n, source: SHARED_ERRNO },
  { name: 'TDX_NO_HKID_READY_TO_WBCACHE', value: 0x0000082100000000n, source: SHARED_ERRNO },
  { name: 'TDX_FLUSHVP_NOT_DONE', value: 0x8000082400000000n, source: SHARED_ERRNO },
  { name: 'TDX_EPT_WALK_FAILED', value: 0xc0000b0000000000n, source: SHARED_ERRNO },
  { name: 'TDX_EPT_ENTRY_STATE_INCORRECT', value: 0xc0000b0d00000000n, source: SHARED_ERRNO },
  { name: 'TDX_METADATA_FIELD_NOT_READABLE', value: 0xc0000c0200000000n, source: SHARED_ERRNO },

  { name: 'TDX_INTERRUPTED_RESTARTABLE', value: 0x8000000400000000n, source: TD_PARTITIONING },
  { name: 'TDX_NON_RECOVERABLE_FATAL', value: 0x4000000500000000n, source: TD_PARTITIONING },
  { name: 'TDX_INVALID_RESUMPTION', value: 0xc000000600000000n, source: TD_PARTITIONING },
  { name: 'TDX_NON_RECOVERABLE_TD_NO_APIC', value: 0xc000000700000000n, source: TD_PARTITIONING },
  { name: 'TDX_OPERAND_ADDR_RANGE_ERROR', value: 0xc000010100000000n, source: TD_PARTITIONING },
  { name: 'TDX_OPERAND_BUSY_HOST_PRIORITY', value: 0x8000020400000000n, source: TD_PARTITIONING },
  { name: 'TDX_PAGE_ALREADY_FREE', value: 0x0000030100000000n, source: TD_PARTITIONING },
  { name: 'TDX_PAGE_NOT_OWNED_BY_TD', value: 0xc000030200000000n, source: TD_PARTITIONING },
  { name: 'TDX_PAGE_NOT_FREE', value: 0xc000030300000000n, source: TD_PARTITIONING },
  { name: 'TDX_TD_ASSOCIATED_PAGES_EXIST', value: 0xc000040000000000n, source: TD_PARTITIONING },
  { name: 'TDX_SYSINIT_NOT_PENDING', value: 0xc000050000000000n, source: TD_PARTITIONING },
  { name: 'TDX_SYSINIT_NOT_DONE', value: 0xc000050100000000n, source: TD_PARTITIONING },
  { name: 'TDX_SYSINITLP_NOT_DONE', value: 0xc000050200000000n, source: TD_PARTITIONING },
  { name: 'TDX_SYSINITLP_DONE', value: 0xc000050300000000n, source: TD_PARTITIONING },
  { name: 'TDX_SYS_NOT_READY', value: 0xc000050500000000n, source: TD_PARTITIONING },
  { name: 'TDX_SYS_SHUTDOWN', value: 0xc000050600000000n, source: TD_PARTITIONING },
  { name: 'TDX_SYSCONFIG_NOT_DONE', value: 0xc000050700000000n, source: TD_PARTITIONING },
  { name: 'TDX_TD_NOT_INITIALIZED', value: 0xc000060000000000n, source: TD_PARTITIONING },
  { name: 'TDX_TD_INITIALIZED', value: 0xc000060100000000n, source: TD_PARTITIONING },
  { name: 'TDX_TD_NOT_FINALIZED', value: 0xc000060200000000n, source: TD_PARTITIONING },
  { name: 'TDX_TD_FINALIZED', value: 0xc000060300000000n, source: TD_PARTITIONING },
  { name: 'TDX_TD_FATAL', value: 0xc000060400000000n, source: TD_PARTITIONING },
  { name: 'TDX_TD_NON_DEBUG', value: 0xc000060500000000n, source: TD_PARTITIONING },
  { name: 'TDX_LIFECYCLE_STATE_INCORRECT', value: 0xc000060700000000n, source: TD_PARTITIONING },
  { name: 'TDX_TDCX_NUM_INCORRECT', value: 0xc000061000000000n, source: TD_PARTITIONING },
  { name: 'TDX_VCPU_STATE_INCORRECT', value: 0xc000070000000000n, source: TD_PARTITIONING },
  { name: 'TDX_VCPU_ASSOCIATED', value: 0x8000070100000000n, source: TD_PARTITIONING },
  { name: 'TDX_TDVPX_NUM_INCORRECT', value: 0xc000070300000000n, source: TD_PARTITIONING },
  { name: 'TDX_NO_VALID_VE_INFO', value: 0xc000070400000000n, source: TD_PARTITIONING },
  { name: 'TDX_MAX_VCPUS_EXCEEDED', value: 0xc000070500000000n, source: TD_PARTITIONING },
  { name: 'TDX_TSC_ROLLBACK', value: 0xc000070600000000n, source: TD_PARTITIONING },
  { name: 'TDX_FIELD_NOT_WRITABLE', value: 0xc000072000000000n, source: TD_PARTITIONING },
  { name: 'TDX_FIELD_NOT_READABLE', value: 0xc000072100000000n, source: TD_PARTITIONING },
  { name: 'TDX_TD_VMCS_FIELD_NOT_INITIALIZED', value: 0xc000073000000000n, source: TD_PARTITIONING },
  { name: 'TDX_TD_KEYS_NOT_CONFIGURED', value: 0x8000081000000000n, source: TD_PARTITIONING },
  { name: 'TDX_WBCACHE_NOT_COMPLETE', value: 0x8000081700000000n, source: TD_PARTITIONING },
  { name: 'TDX_HKID_NOT_FREE', value: 0xc000082000000000n, source: TD_PARTITIONING },
  { name: 'TDX_WBCACHE_RESUME_ERROR', value: 0xc000082300000000n, source: TD_PARTITIONING },
  { name: 'TDX_NUM_ACTIVATED_HKIDS_NOT_SUPPORRTED', value: 0xc000082500000000n, source: TD_PARTITIONING },
  { name: 'TDX_INCORRECT_CPUID_VALUE', value: 0xc000090000000000n, source: TD_PARTITIONING },
  { name: 'TDX_BOOT_NT4_SET', value: 0xc000090100000000n, source: TD_PARTITIONING },
  { name: 'TDX_INCONSISTENT_CPUID_FIELD', value: 0xc000090200000000n, source: TD_PARTITIONING },
  { name: 'TDX_CPUID_LEAF_1F_FORMAT_UNRECOGNIZED', value: 0xc000090400000000n, source: TD_PARTITIONING },
  { name: 'TDX_INVALID_WBINVD_SCOPE', value: 0xc000090500000000n, source: TD_PARTITIONING },
  { name: 'TDX_INVALID_PKG_ID', value: 0xc000090600000000n, source: TD_PARTITIONING },
  { name: 'TDX_CPUID_LEAF_NOT_SUPPORTED', value: 0xc000090800000000n, source: TD_PARTITIONING },
  { name: 'TDX_SMRR_NOT_LOCKED', value: 0xc000091000000000n, source: TD_PARTITIONING },
  { name: 'TDX_INVALID_SMRR_CONFIGURATION', value: 0xc000091100000000n, source: TD_PARTITIONING },
  { name: 'TDX_SMRR_OVERLAPS_CMR', value: 0xc000091200000000n, source: TD_PARTITIONING },
  { name: 'TDX_SMRR_LOCK_NOT_SUPPORTED', value: 0xc000091300000000n, source: TD_PARTITIONING },
  { name: 'TDX_SMRR_NOT_SUPPORTED', value: 0xc000091400000000n, source: TD_PARTITIONING },
  { name: 'TDX_INCONSISTENT_MSR', value: 0xc000092000000000n, source: TD_PARTITIONING },
  { name: 'TDX_INCORRECT_MSR_VALUE', value: 0xc000092100000000n, source: TD_PARTITIONING },
  { name: 'TDX_SEAMREPORT_NOT_AVAILABLE', value: 0xc000093000000000n, source: TD_PARTITIONING },
  { name: 'TDX_PERF_COUNTERS_ARE_PEBS_ENABLED', value: 0xc000094000000000n, source: TD_PARTITIONING },
  { name: 'TDX_INVALID_TDMR', value: 0xc0000a0000000000n, source: TD_PARTITIONING },
  { name: 'TDX_NON_ORDERED_TDMR', value: 0xc0000a0100000000n, source: TD_PARTITIONING },
  { name: 'TDX_TDMR_OUTSIDE_CMRS', value: 0xc0000a0200000000n, source: TD_PARTITIONING },
  { name: 'TDX_TDMR_ALREADY_INITIALIZED', value: 0x00000a0300000000n, source: TD_PARTITIONING },
  { name: 'TDX_INVALID_PAMT', value: 0xc0000a1000000000n, source: TD_PARTITIONING },
  { name: 'TDX_PAMT_OUTSIDE_CMRS', value: 0xc0000a1100000000n, source: TD_PARTITIONING },
  { name: 'TDX_PAMT_OVERLAP', value: 0xc0000a1200000000n, source: TD_PARTITIONING },
  { name: 'TDX_INVALID_RESERVED_IN_TDMR', value: 0xc0000a2000000000n, source: TD_PARTITIONING },
  { name: 'TDX_NON_ORDERED_RESERVED_IN_TDMR', value: 0xc0000a2100000000n, source: TD_PARTITIONING },
  { name: 'TDX_CMR_LIST_INVALID', value: 0xc0000a2200000000n, source: TD_PARTITIONING },
  { name: 'TDX_EPT_ENTRY_FREE', value: 0xc0000b0100000000n, source: TD_PARTITIONING },
  { name: 'TDX_EPT_ENTRY_NOT_FREE', value: 0xc0000b0200000000n, source: TD_PARTITIONING },
  { name: 'TDX_EPT_ENTRY_NOT_PRESENT', value: 0xc0000b0300000000n, source: TD_PARTITIONING },
  { name: 'TDX_EPT_ENTRY_NOT_LEAF', value: 0xc0000b0400000000n, source: TD_PARTITIONING },
  { name: 'TDX_EPT_ENTRY_LEAF', value: 0xc0000b0500000000n, source: TD_PARTITIONING },
  { name: 'TDX_GPA_RANGE_NOT_BLOCKED', value: 0xc0000b0600000000n, source: TD_PARTITIONING },
  { name: 'TDX_GPA_RANGE_ALREADY_BLOCKED', value: 0x00000b0700000000n, source: TD_PARTITIONING },
  { name: 'TDX_TLB_TRACKING_NOT_DONE', value: 0xc0000b0800000000n, source: TD_PARTITIONING },
  { name: 'TDX_EPT_INVALID_PROMOTE_CONDITIONS', value: 0xc0000b0900000000n, source: TD_PARTITIONING },
  { name: 'TDX_PAGE_ALREADY_ACCEPTED', value: 0x00000b0a00000000n, source: TD_PARTITIONING },
  { name: 'TDX_PAGE_SIZE_MISMATCH', value: 0xc0000b0b00000000n, source: TD_PARTITIONING },
  { name: 'TDX_PAGE_SIZE_MISMATCH', value: 0x00000b0b00000000n, source: KMALOOR_TDX },
];

/**
 * Kernel-defined (software) SEAMCALL results, matched on all 64 bits, e.g. `TDX_SEAMCALL_GP` = `0x8000ff000000000d`
 * (`TDX_SW_ERROR | X86_TRAP_GP`, trap 13; `X86_TRAP_UD` is 6).
 */
export const TDX_SW_STATUS_CODES: readonly StatusCode[] = [
  { name: 'TDX_SEAMCALL_VMFAILINVALID', value: TDX_SW_ERROR | 0xffff_0000n, source: ASM_TDX },
  { name: 'TDX_SEAMCALL_GP', value: TDX_SW_ERROR | 13n, source: ASM_TDX },
  { name: 'TDX_SEAMCALL_UD', value: TDX_SW_ERROR | 6n, source: ASM_TDX },
];

/** TDX module operand ids found in bits 31:0 of a status ("detail information"), e.g. `0x92` = `TDX_OPERAND_ID_SEPT`. */
export const TDX_OPERAND_IDS: readonly StatusCode[] = [
  { name: 'TDX_OPERAND_ID_RCX', value: 0x01n, source: SHARED_ERRNO },
  { name: 'TDX_OPERAND_ID_TDR', value: 0x80n, source: SHARED_ERRNO },
  { name: 'TDX_OPERAND_ID_SEPT', value: 0x92n, source: SHARED_ERRNO },
  { name: 'TDX_OPERAND_ID_TD_EPOCH', value: 0xa9n, source: SHARED_ERRNO },
];

/**
 * TDG.VP.VMCALL completion statuses the VMM returns to the guest in R10, e.g. `TDVMCALL_STATUS_RETRY` = 1.
 * `…_GPA_INUSE` has no Linux name; QEMU's (from the GHCI spec) is used.
 */
export const TDVMCALL_STATUS_CODES: readonly StatusCode[] = [
  { name: 'TDVMCALL_STATUS_SUCCESS', value: 0x0000000000000000n, source: SHARED_TDX },
  { name: 'TDVMCALL_STATUS_RETRY', value: 0x0000000000000001n, source: SHARED_TDX },
  { name: 'TDVMCALL_STATUS_INVALID_OPERAND', value: 0x8000000000000000n, source: SHARED_TDX },
  { name: 'TDG_VP_VMCALL_GPA_INUSE', value: 0x8000000000000001n, source: QEMU_TDX },
  { name: 'TDVMCALL_STATUS_ALIGN_ERROR', value: 0x8000000000000002n, source: SHARED_TDX },
  { name: 'TDVMCALL_STATUS_SUBFUNC_UNSUPPORTED', value: 0x8000000000000003n, source: SHARED_TDX },
];
