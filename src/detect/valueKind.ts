/**
 * What a number found in text is, decided from the field that prints it (label word and event/message).
 * Only `gpa` and `gfn` are TD guest-physical values and get shared/private/invalid; every other kind
 * gets a meaning instead. Example: in `kvm_page_fault: vcpu 0 rip 0xffffffff81a01234 address 0x12345000
 * error_code 0x2`, the RIP is `gva`, the address `gpa`, the error code `exitQualification`.
 */
export type ValueKind =
  | 'gpa'
  | 'gfn'
  /** Guest virtual address or guest instruction pointer (RIP, `addr` of a page-table walk). */
  | 'gva'
  /** Host physical address (TDMR/CMR ranges, `at` of `kvm_mmu_set_spte`, EPT roots and tables). */
  | 'hpa'
  /** Host page frame number (`pfn` of `kvm_mmu_spte_requested`, `kvm_pfn_t`). */
  | 'hpfn'
  /** A kernel (or user) virtual pointer, e.g. `0xffff888100a4c000`. */
  | 'pointer'
  /** The contents of an SPTE / EPT entry (`spte`, `old_spte`, `new_spte`). */
  | 'spte'
  /** A page-fault error code made of `PFERR_*` bits. */
  | 'errorCode'
  /** An EPT-violation exit qualification (`kvm_page_fault`'s `error_code` on Intel). */
  | 'exitQualification'
  /** A TDX SEAMCALL/TDCALL completion status (`arch/x86/include/asm/shared/tdx_errno.h`). */
  | 'tdxStatus'
  /** A TDG.VP.VMCALL (TDVMCALL) status code returned by the VMM to the guest. */
  | 'tdvmcallStatus'
  /** A raw register value (`rcx`, `rdx`, `r8` of a failed SEAMCALL, `info registers`). */
  | 'register'
  | 'size'
  | 'flags'
  /** Counts, indices, ids and levels (`vcpu 0`, `level 1`). */
  | 'count'
  /** Data moved by an access (`val` of `kvm_mmio`), not an address. */
  | 'data'
  /**
   * A number nothing around it identifies (no message, label, line shape, document context, debugger type or user
   * rule): no claim is made. Its hover still gives the TDX analysis read as a GPA; nothing else annotates it.
   */
  | 'number';

/** The two kinds that are TD guest-physical and take part in shared/private/invalid analysis. */
export type GuestPhysicalKind = Extract<ValueKind, 'gpa' | 'gfn'>;

/** True for `gpa` and `gfn`, the only kinds that get a shared/private/invalid status. */
export function isGuestPhysical(kind: ValueKind): kind is GuestPhysicalKind {
  return kind === 'gpa' || kind === 'gfn';
}

/** How sure a classification is: `certain` (the tool's own format names the field), `likely` (a label word), `guess` (no evidence). */
export type Confidence = 'certain' | 'likely' | 'guess';

/** Human names of the kinds, for hovers and messages: `gva` → "guest virtual address". */
export const VALUE_KIND_TITLES: { readonly [K in ValueKind]: string } = {
  gpa: 'TD guest physical address (GPA)',
  gfn: 'TD guest frame number (GFN)',
  gva: 'guest virtual address',
  hpa: 'host physical address',
  hpfn: 'host page frame number (PFN)',
  pointer: 'virtual pointer',
  spte: 'SPTE / EPT entry',
  errorCode: 'page-fault error code',
  exitQualification: 'EPT-violation exit qualification',
  tdxStatus: 'TDX status code',
  tdvmcallStatus: 'TDVMCALL status code',
  register: 'register value',
  size: 'size',
  flags: 'flags',
  count: 'count or index',
  data: 'data value',
  number: 'number (nothing says what it is)',
};
