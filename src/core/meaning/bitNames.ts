/** One named bit of a flags word: its 0-based index, the kernel's macro name, what it means, and the defining file. */
export interface NamedBit {
  readonly bit: number;
  readonly name: string;
  readonly what: string;
  readonly source: string;
}

const KVM_HOST = 'arch/x86/include/asm/kvm_host.h';
const VMX_H = 'arch/x86/include/asm/vmx.h';
const SPTE_H = 'arch/x86/kvm/mmu/spte.h';
const MMU_H = 'arch/x86/kvm/mmu.h';
const UAPI_KVM = 'include/uapi/linux/kvm.h';
const MBEC_SERIES = 'KVM MBEC series (not upstream): arch/x86/include/asm/vmx.h';

/** KVM page-fault error-code bits (`PFERR_*`), e.g. `0x100000002` = `PFERR_WRITE_MASK | PFERR_GUEST_FINAL_MASK`. */
export const PFERR_BITS: readonly NamedBit[] = [
  { bit: 0, name: 'PFERR_PRESENT_MASK', what: 'the translation was present (protection fault)', source: KVM_HOST },
  { bit: 1, name: 'PFERR_WRITE_MASK', what: 'write access', source: KVM_HOST },
  { bit: 2, name: 'PFERR_USER_MASK', what: 'user-mode access (on EPT: KVM sets it for a read)', source: KVM_HOST },
  { bit: 3, name: 'PFERR_RSVD_MASK', what: 'reserved bit set in a paging entry (KVM: MMIO SPTE)', source: KVM_HOST },
  { bit: 4, name: 'PFERR_FETCH_MASK', what: 'instruction fetch', source: KVM_HOST },
  { bit: 5, name: 'PFERR_PK_MASK', what: 'protection-key violation', source: KVM_HOST },
  { bit: 6, name: 'PFERR_SS_MASK', what: 'shadow-stack access', source: KVM_HOST },
  { bit: 15, name: 'PFERR_SGX_MASK', what: 'SGX (EPCM) violation', source: KVM_HOST },
  { bit: 31, name: 'PFERR_GUEST_RMP_MASK', what: 'AMD SEV-SNP RMP violation', source: KVM_HOST },
  { bit: 32, name: 'PFERR_GUEST_FINAL_MASK', what: 'fault on the final guest physical address', source: KVM_HOST },
  { bit: 33, name: 'PFERR_GUEST_PAGE_MASK', what: 'fault while walking guest page tables', source: KVM_HOST },
  { bit: 34, name: 'PFERR_GUEST_ENC_MASK', what: 'AMD: access to encrypted guest memory', source: KVM_HOST },
  { bit: 35, name: 'PFERR_GUEST_SIZEM_MASK', what: 'AMD: RMP page-size mismatch', source: KVM_HOST },
  { bit: 36, name: 'PFERR_GUEST_VMPL_MASK', what: 'AMD: VMPL permission violation', source: KVM_HOST },
  { bit: 48, name: 'PFERR_IMPLICIT_ACCESS', what: 'KVM-defined: implicit supervisor access (SMAP checks)', source: KVM_HOST },
  { bit: 49, name: 'PFERR_PRIVATE_ACCESS', what: 'KVM-defined: the guest accessed private memory', source: KVM_HOST },
];

/** EPT-violation exit-qualification bits (`EPT_VIOLATION_*`), e.g. `0x181` = read, linear address valid, final translation. */
export const EPT_VIOLATION_BITS: readonly NamedBit[] = [
  { bit: 0, name: 'EPT_VIOLATION_ACC_READ', what: 'data read', source: VMX_H },
  { bit: 1, name: 'EPT_VIOLATION_ACC_WRITE', what: 'data write', source: VMX_H },
  { bit: 2, name: 'EPT_VIOLATION_ACC_INSTR', what: 'instruction fetch', source: VMX_H },
  { bit: 3, name: 'EPT_VIOLATION_PROT_READ', what: 'the GPA was readable', source: VMX_H },
  { bit: 4, name: 'EPT_VIOLATION_PROT_WRITE', what: 'the GPA was writable', source: VMX_H },
  { bit: 5, name: 'EPT_VIOLATION_PROT_EXEC', what: 'the GPA was executable (supervisor-mode with MBEC)', source: VMX_H },
  {
    bit: 6,
    name: 'EPT_VIOLATION_EXEC_FOR_RING3_LIN',
    what: 'the GPA was user-mode executable (MBEC; the MBEC series renames it EPT_VIOLATION_PROT_USER_EXEC)',
    source: VMX_H,
  },
  { bit: 7, name: 'EPT_VIOLATION_GVA_IS_VALID', what: 'the guest linear address field is valid', source: VMX_H },
  {
    bit: 8,
    name: 'EPT_VIOLATION_GVA_TRANSLATED',
    what: 'access to the translated address (clear: to a guest paging entry)',
    source: VMX_H,
  },
  { bit: 12, name: 'INTR_INFO_UNBLOCK_NMI', what: 'NMI unblocking due to IRET', source: VMX_H },
];

/** Hardware and KVM software bits of an EPT SPTE other than the memory type (5:3) and the PFN (51:12). */
export const SPTE_BITS: readonly NamedBit[] = [
  { bit: 0, name: 'VMX_EPT_READABLE_MASK', what: 'readable', source: VMX_H },
  { bit: 1, name: 'VMX_EPT_WRITABLE_MASK', what: 'writable', source: VMX_H },
  { bit: 2, name: 'VMX_EPT_EXECUTABLE_MASK', what: 'executable', source: VMX_H },
  { bit: 6, name: 'VMX_EPT_IPAT_BIT', what: 'ignore guest PAT', source: VMX_H },
  { bit: 7, name: 'PT_PAGE_SIZE_MASK', what: 'large page (2 MiB or 1 GiB leaf)', source: MMU_H },
  { bit: 8, name: 'VMX_EPT_ACCESS_BIT', what: 'accessed', source: VMX_H },
  { bit: 9, name: 'VMX_EPT_DIRTY_BIT', what: 'dirty', source: VMX_H },
  { bit: 10, name: 'VMX_EPT_USER_EXECUTABLE_MASK', what: 'user-mode executable (MBEC)', source: MBEC_SERIES },
  { bit: 11, name: 'SPTE_MMU_PRESENT_MASK', what: 'KVM: MMU-present (backed by memory)', source: SPTE_H },
  { bit: 57, name: 'EPT_SPTE_HOST_WRITABLE', what: 'KVM: host-writable', source: SPTE_H },
  { bit: 58, name: 'EPT_SPTE_MMU_WRITABLE', what: 'KVM: MMU-writable', source: SPTE_H },
  { bit: 63, name: 'VMX_EPT_SUPPRESS_VE_BIT', what: 'suppress #VE', source: VMX_H },
];

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
export const KVM_MEMORY_EXIT_FLAGS: readonly NamedBit[] = [
  { bit: 3, name: 'KVM_MEMORY_EXIT_FLAG_PRIVATE', what: 'the access was to private (guest_memfd) memory', source: UAPI_KVM },
];

/** `KVM_MEMORY_ATTRIBUTE_*` of `include/uapi/linux/kvm.h`, as `kvm_vm_set_mem_attributes` prints them. */
export const KVM_MEMORY_ATTRIBUTES: readonly NamedBit[] = [
  { bit: 3, name: 'KVM_MEMORY_ATTRIBUTE_PRIVATE', what: 'the range is private (backed by guest_memfd)', source: UAPI_KVM },
];
