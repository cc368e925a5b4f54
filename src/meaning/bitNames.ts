/** One named bit of a flags word: its 0-based index, the kernel's macro name, what it means, and the defining file. */
export interface NamedBit {
  readonly bit: number;
  readonly name: string;
  readonly what: string;
  readonly source: string;
}

/** Rows written as `[bit, name, what, source]`, so the bundle does not repeat the four keys on every bit. */
function bits(rows: readonly (readonly [number, string, string, string])[]): NamedBit[] {
  return rows.map(([bit, name, what, source]) => ({ bit, name, what, source }));
}

const KVM_HOST = 'arch/x86/include/asm/kvm_host.h';
const VMX_H = 'arch/x86/include/asm/vmx.h';
const SPTE_H = 'arch/x86/kvm/mmu/spte.h';
const MMU_H = 'arch/x86/kvm/mmu.h';
const UAPI_KVM = 'include/uapi/linux/kvm.h';
const MBEC_SERIES = 'KVM MBEC series (not upstream): arch/x86/include/asm/vmx.h';

/** KVM page-fault error-code bits (`PFERR_*`), e.g. `0x100000002` = `PFERR_WRITE_MASK | PFERR_GUEST_FINAL_MASK`. */
export const PFERR_BITS: readonly NamedBit[] = bits([
  [0, 'PFERR_PRESENT_MASK', 'the translation was present (protection fault)', KVM_HOST],
  [1, 'PFERR_WRITE_MASK', 'write access', KVM_HOST],
  [2, 'PFERR_USER_MASK', 'user-mode access (on EPT: KVM sets it for a read)', KVM_HOST],
  [3, 'PFERR_RSVD_MASK', 'reserved bit set in a paging entry (KVM: MMIO SPTE)', KVM_HOST],
  [4, 'PFERR_FETCH_MASK', 'instruction fetch', KVM_HOST],
  [5, 'PFERR_PK_MASK', 'protection-key violation', KVM_HOST],
  [6, 'PFERR_SS_MASK', 'shadow-stack access', KVM_HOST],
  [15, 'PFERR_SGX_MASK', 'SGX (EPCM) violation', KVM_HOST],
  [31, 'PFERR_GUEST_RMP_MASK', 'AMD SEV-SNP RMP violation', KVM_HOST],
  [32, 'PFERR_GUEST_FINAL_MASK', 'fault on the final guest physical address', KVM_HOST],
  [33, 'PFERR_GUEST_PAGE_MASK', 'fault while walking guest page tables', KVM_HOST],
  [34, 'PFERR_GUEST_ENC_MASK', 'AMD: access to encrypted guest memory', KVM_HOST],
  [35, 'PFERR_GUEST_SIZEM_MASK', 'AMD: RMP page-size mismatch', KVM_HOST],
  [36, 'PFERR_GUEST_VMPL_MASK', 'AMD: VMPL permission violation', KVM_HOST],
  [48, 'PFERR_IMPLICIT_ACCESS', 'KVM-defined: implicit supervisor access (SMAP checks)', KVM_HOST],
  [49, 'PFERR_PRIVATE_ACCESS', 'KVM-defined: the guest accessed private memory', KVM_HOST],
]);

/** EPT-violation exit-qualification bits (`EPT_VIOLATION_*`), e.g. `0x181` = read, linear address valid, final translation. */
export const EPT_VIOLATION_BITS: readonly NamedBit[] = bits([
  [0, 'EPT_VIOLATION_ACC_READ', 'data read', VMX_H],
  [1, 'EPT_VIOLATION_ACC_WRITE', 'data write', VMX_H],
  [2, 'EPT_VIOLATION_ACC_INSTR', 'instruction fetch', VMX_H],
  [3, 'EPT_VIOLATION_PROT_READ', 'the GPA was readable', VMX_H],
  [4, 'EPT_VIOLATION_PROT_WRITE', 'the GPA was writable', VMX_H],
  [5, 'EPT_VIOLATION_PROT_EXEC', 'the GPA was executable (supervisor-mode with MBEC)', VMX_H],
  [
    6,
    'EPT_VIOLATION_EXEC_FOR_RING3_LIN',
    'the GPA was user-mode executable (MBEC; the MBEC series renames it EPT_VIOLATION_PROT_USER_EXEC)',
    VMX_H,
  ],
  [7, 'EPT_VIOLATION_GVA_IS_VALID', 'the guest linear address field is valid', VMX_H],
  [8, 'EPT_VIOLATION_GVA_TRANSLATED', 'access to the translated address (clear: to a guest paging entry)', VMX_H],
  [12, 'INTR_INFO_UNBLOCK_NMI', 'NMI unblocking due to IRET', VMX_H],
]);

/** Hardware and KVM software bits of an EPT SPTE other than the memory type (5:3) and the PFN (51:12). */
export const SPTE_BITS: readonly NamedBit[] = bits([
  [0, 'VMX_EPT_READABLE_MASK', 'readable', VMX_H],
  [1, 'VMX_EPT_WRITABLE_MASK', 'writable', VMX_H],
  [2, 'VMX_EPT_EXECUTABLE_MASK', 'executable', VMX_H],
  [6, 'VMX_EPT_IPAT_BIT', 'ignore guest PAT', VMX_H],
  [7, 'PT_PAGE_SIZE_MASK', 'large page (2 MiB or 1 GiB leaf)', MMU_H],
  [8, 'VMX_EPT_ACCESS_BIT', 'accessed', VMX_H],
  [9, 'VMX_EPT_DIRTY_BIT', 'dirty', VMX_H],
  [10, 'VMX_EPT_USER_EXECUTABLE_MASK', 'user-mode executable (MBEC)', MBEC_SERIES],
  [11, 'SPTE_MMU_PRESENT_MASK', 'KVM: MMU-present (backed by memory)', SPTE_H],
  [57, 'EPT_SPTE_HOST_WRITABLE', 'KVM: host-writable', SPTE_H],
  [58, 'EPT_SPTE_MMU_WRITABLE', 'KVM: MMU-writable', SPTE_H],
  [63, 'VMX_EPT_SUPPRESS_VE_BIT', 'suppress #VE', VMX_H],
]);

/** EPT memory types in SPTE bits 5:3 (`VMX_EPT_MT_EPTE_SHIFT` 3), with the `MTRR_TYPE_*` names of `arch/x86/include/uapi/asm/mtrr.h`. */
export const EPT_MEMORY_TYPES: ReadonlyMap<number, string> = new Map([
  [0, 'UC (MTRR_TYPE_UNCACHABLE)'],
  [1, 'WC (MTRR_TYPE_WRCOMB)'],
  [4, 'WT (MTRR_TYPE_WRTHROUGH)'],
  [5, 'WP (MTRR_TYPE_WRPROT)'],
  [6, 'WB (MTRR_TYPE_WRBACK)'],
]);

/** `SPTE_TDP_AD_MASK` (bits 53:52) values of `arch/x86/kvm/mmu/spte.h`: how KVM tracks accessed/dirty for a TDP SPTE. */
export const SPTE_TDP_AD_TYPES: readonly string[] = [
  'SPTE_TDP_AD_ENABLED',
  'SPTE_TDP_AD_DISABLED',
  'SPTE_TDP_AD_WRPROT_ONLY',
  'reserved A/D type 3',
];

/** `kvm_run.memory_fault.flags` bits (`KVM_EXIT_MEMORY_FAULT`, QEMU's `kvm_memory_fault … flags`), e.g. `0x8` = private. */
export const KVM_MEMORY_EXIT_FLAGS: readonly NamedBit[] = bits([
  [3, 'KVM_MEMORY_EXIT_FLAG_PRIVATE', 'the access was to private (guest_memfd) memory', UAPI_KVM],
]);

/** `KVM_MEMORY_ATTRIBUTE_*` of `include/uapi/linux/kvm.h`, as `kvm_vm_set_mem_attributes` prints them. */
export const KVM_MEMORY_ATTRIBUTES: readonly NamedBit[] = bits([
  [3, 'KVM_MEMORY_ATTRIBUTE_PRIVATE', 'the range is private (backed by guest_memfd)', UAPI_KVM],
]);
