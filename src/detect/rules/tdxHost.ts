import { Field, RuleRow } from './row';

// The TDX host (torvalds/linux): KVM's TDX code (pr_fmt "kvm_intel: ", arch/x86/kvm/vmx/tdx.c), the VMCS dump of
// arch/x86/kvm/vmx/vmx.c under the same prefix, and the TDX module setup (pr_fmt "virt/tdx: ", arch/x86/virt/vmx/tdx/tdx.c).

const STATUS: Field = ['tdxStatus', '0x', 'TDX SEAMCALL completion status (see arch/x86/include/asm/shared/tdx_errno.h)'];
const REG: Field = ['register', '0x', 'register value'];

export const TDX_HOST_ROWS: readonly RuleRow[] = [
  {
    event: 'kvm_intel',
    source: 'arch/x86/kvm/vmx/tdx.c',
    // pr_tdx_error(), pr_tdx_error_1/2/3(), tdh_vp_rd_failed(), tdh_vp_wr_failed(), tdx_mmu_release_hkid().
    formats: [
      '"SEAMCALL %s failed: 0x%llx\\n"',
      '"SEAMCALL " __fn_str " failed: 0x%llx, " "rcx 0x%llx\\n"',
      '"SEAMCALL " __fn_str " failed: 0x%llx, " "rcx 0x%llx, rdx 0x%llx\\n"',
      '"SEAMCALL " __fn_str " failed: 0x%llx, " "rcx 0x%llx, rdx 0x%llx, r8 0x%llx\\n"',
      '"TDH_VP_RD[%s.0x%x] failed 0x%llx\\n"',
      '"TDH_VP_WR[%s.0x%x]%s0x%llx failed: 0x%llx\\n"',
      '"tdh_mng_key_freeid() failed. HKID %d is leaked.\\n"',
      '"Guest access before accepting 0x%llx on vCPU %d\\n"',
    ],
    fields: {
      failed: STATUS,
      // tdx_handle_ept_violation(): the TD touched a private page it has not accepted.
      accepting: ['gpa', '0x', 'private GPA the TD accessed before accepting it (tdx_handle_ept_violation)'],
      vCPU: ['count', 'decimal', 'vCPU id'],
      rcx: ['register', '0x', 'RCX output of the failed SEAMCALL (e.g. the SEPT entry)'],
      rdx: ['register', '0x', 'RDX output of the failed SEAMCALL (e.g. level/state)'],
      r8: ['register', '0x', 'R8 output of the failed SEAMCALL'],
      '.': ['count', '0x', 'TDX metadata field id'],
      ']': ['data', '0x', 'value written'],
      HKID: ['count', 'decimal', 'host key id'],
      vp_enter_ret: ['tdxStatus', '0x', 'TDH.VP.ENTER completion status (tdx_handle_exit)'],
    },
  },
  {
    event: 'kvm_intel',
    source: 'arch/x86/kvm/vmx/vmx.c',
    // dump_vmcs().
    formats: [
      '"RSP = 0x%016lx  RIP = 0x%016lx\\n"',
      '"EPT pointer = 0x%016llx\\n"',
      '"PostedIntrVec = 0x%02x\\n"',
      '"Virtual processor ID = 0x%04x\\n"',
      '"CR3 = 0x%016lx\\n"',
    ],
    fields: {
      CR3: ['gpa', '0x', "guest CR3 printed by dump_vmcs(): the GPA of the guest's top-level page table"],
      RSP: ['gva', '0x', 'guest RSP printed by dump_vmcs()'],
      RIP: ['gva', '0x', 'guest RIP printed by dump_vmcs()'],
      pointer: ['hpa', '0x', 'EPTP printed by dump_vmcs(): host physical EPT root plus control bits'],
      ID: ['count', '0x', 'VPID printed by dump_vmcs()'],
      PostedIntrVec: ['count', '0x', 'posted-interrupt vector printed by dump_vmcs()'],
    },
  },
  {
    event: 'virt/tdx',
    source: 'arch/x86/virt/vmx/tdx/tdx.c',
    // tdmr_get_nid(), print_cmrs(), seamcall_err(), seamcall_err_ret().
    formats: [
      '"TDMR [0x%llx, 0x%llx): unable to find local NUMA node for PAMT allocation, fallback to use node 0.\\n"',
      '"CMR: [0x%llx, 0x%llx)\\n"',
      '"SEAMCALL (0x%016llx) failed: 0x%016llx\\n"',
      '"RCX 0x%016llx RDX 0x%016llx R08 0x%016llx\\n"',
      '"R09 0x%016llx R10 0x%016llx R11 0x%016llx\\n"',
    ],
    fields: {
      '[': ['hpa', '0x', 'TDMR/CMR base (host physical)'],
      ',': ['hpa', '0x', 'TDMR/CMR end, exclusive (host physical)', { sameAsPrevious: true }],
      '(': ['count', '0x', 'SEAMCALL leaf number'],
      failed: STATUS,
      RCX: REG,
      RDX: REG,
      R08: REG,
      R09: REG,
      R10: REG,
      R11: REG,
    },
    range: 'halfOpen',
  },
];
