// A held-out check of field-aware detection: lines written by hand in the shapes people paste into bug
// reports (perf script, trace-cmd report, journalctl, dmesg, GDB sessions, the samples/ files), not produced
// by generate.ts from the rules' own format table. Each number a scanner could pick up carries its truth.
// Sources: the tracepoints' TP_printk in arch/x86/kvm/trace.h, arch/x86/kvm/mmu/mmutrace.h and
// include/trace/events/kvm.h; pr_err in arch/x86/kvm/vmx/tdx.c; arch/x86/virt/vmx/tdx/tdx.c; QEMU
// accel/kvm/trace-events; GDB's print/examine/info registers output (gdb/printcmd.c, gdb/infcmd.c).
import { CorpusEntry, corpusFromRows, TruthRow } from './measure';

const ROWS: TruthRow[] = [
  [
    'perf script (arch/x86/kvm/trace.h)',
    48,
    'qemu-kvm  4187 [003]  5125.204133: kvm:kvm_page_fault: vcpu 0 rip 0xffffffff81a01234 address 0x0000800012345000 error_code 0x181',
    [
      ['vcpu 0', 'count'],
      ['0xffffffff81a01234', 'gva'],
      ['0x0000800012345000', 'gpa'],
      ['0x181', 'exitQualification'],
    ],
  ],
  [
    'perf script (arch/x86/kvm/mmu/mmutrace.h)',
    52,
    'qemu-kvm  4187 [001]  5125.311107: kvmmmu:kvm_mmu_set_spte: gfn c0001 spte 80000010a3f0677 (rwxu) level 1 at 10a2c1008',
    [
      ['c0001', 'gfn'],
      ['80000010a3f0677', 'spte'],
      ['level 1', 'count'],
      ['10a2c1008', 'hpa'],
    ],
  ],
  [
    'trace-cmd report (arch/x86/kvm/trace.h)',
    48,
    '        qemu-kvm-4187  [003]  5125.204133: kvm_page_fault:       vcpu 1 rip 0xffffffff81001e35 address 0x0000000100200000 error_code 0x184',
    [
      ['vcpu 1', 'count'],
      ['0xffffffff81001e35', 'gva'],
      ['0x0000000100200000', 'gpa'],
      ['0x184', 'exitQualification'],
    ],
  ],
  [
    'trace-cmd report (arch/x86/kvm/mmu/mmutrace.h)',
    48,
    '        qemu-kvm-4187  [003]  5125.204201: kvm_tdp_mmu_spte_changed: as id 0 gfn 100200 level 1 old_spte 5a0 new_spte 6000001abc00c77',
    [
      ['id 0', 'count'],
      ['100200', 'gfn'],
      ['level 1', 'count'],
      ['5a0', 'spte'],
      ['6000001abc00c77', 'spte'],
    ],
  ],
  [
    'samples/kvm-trace.log (include/trace/events/kvm.h)',
    48,
    '     qemu-kvm-4187    [003] d..1.  5125.204140: kvm_mmio: mmio write len 4 gpa 0xfee000b0 val 0x0',
    [
      ['len 4', 'size'],
      ['0xfee000b0', 'gpa'],
      ['0x0', 'data'],
    ],
  ],
  [
    'trace-cmd report (arch/x86/kvm/mmu/mmutrace.h)',
    48,
    '  CPU 2/KVM-4192  [002]  8811.020304: kvm_mmu_spte_requested: gfn 8000fee00 pfn 1a2b3c level 1',
    [
      ['8000fee00', 'gfn'],
      ['1a2b3c', 'hpfn'],
      ['level 1', 'count'],
    ],
  ],
  [
    'trace-cmd report (arch/x86/kvm/mmu/mmutrace.h)',
    48,
    '  CPU 2/KVM-4192  [002]  8811.020411: kvm_mmu_pagetable_walk: addr 7f3a16a8a001 pferr 10 F',
    [
      ['7f3a16a8a001', 'gva'],
      ['10', 'errorCode'],
    ],
  ],
  [
    'journalctl -k (arch/x86/kvm/vmx/tdx.c)',
    48,
    'Nov 26 11:00:56 tdx-host kernel: kvm_intel: SEAMCALL TDH_MEM_PAGE_AUG failed: 0x8000020000000092, rcx 0x8000000012345000, rdx 0x1',
    [
      ['0x8000020000000092', 'tdxStatus'],
      ['0x8000000012345000', 'register'],
      ['0x1', 'register'],
    ],
  ],
  [
    'dmesg (arch/x86/kvm/vmx/tdx.c)',
    52,
    '[ 5125.204140] kvm_intel: SEAMCALL TDH_MEM_SEPT_ADD failed: 0xc0000b0d00000092, rcx 0x80000012345677, rdx 0x2',
    [
      ['0xc0000b0d00000092', 'tdxStatus'],
      ['0x80000012345677', 'register'],
      ['0x2', 'register'],
    ],
  ],
  [
    'dmesg (arch/x86/virt/vmx/tdx/tdx.c)',
    48,
    '[    2.317004] virt/tdx: TDMR [0x100000000, 0x180000000): unable to find local NUMA node for PAMT allocation, fallback to use node 0.',
    [
      ['0x100000000', 'hpa'],
      ['0x180000000', 'hpa'],
    ],
  ],
  [
    'journalctl -k (arch/x86/virt/vmx/tdx/tdx.c)',
    48,
    'Nov 26 11:13:06 tdx-host kernel: virt/tdx: CMR: [0x100000, 0x7f000000)',
    [
      ['0x100000', 'hpa'],
      ['0x7f000000', 'hpa'],
    ],
  ],
  [
    'guest dmesg (arch/x86/kernel/e820.c)',
    48,
    '[    0.000000] BIOS-e820: [mem 0x0000000100000000-0x000000047fffffff] usable',
    [
      ['0x0000000100000000', 'gpa'],
      ['0x000000047fffffff', 'gpa'],
    ],
  ],
  [
    'guest dmesg (kernel/dma/swiotlb.c)',
    52,
    '[    0.912345] software IO TLB: mapped [mem 0x000000007bfdf000-0x000000007ffdf000] (64MB)',
    [
      ['0x000000007bfdf000', 'gpa'],
      ['0x000000007ffdf000', 'gpa'],
    ],
  ],
  [
    'guest dmesg (drivers/pci/probe.c)',
    48,
    '[    0.420101] pci 0000:00:02.0: BAR 0 [mem 0xfd000000-0xfdffffff pref]',
    [
      ['BAR 0', 'count'],
      ['0xfd000000', 'gpa'],
      ['0xfdffffff', 'gpa'],
    ],
  ],
  [
    'QEMU -trace (accel/kvm/trace-events)',
    48,
    '4430@1722860153.976363:kvm_memory_fault start 0x12345000 size 0x1000 flags 0x8',
    [
      ['0x12345000', 'gpa'],
      ['0x1000', 'size'],
      ['0x8', 'flags'],
    ],
  ],
  [
    'QEMU -trace (accel/kvm/trace-events)',
    52,
    '4430@1722860153.976401:kvm_convert_memory start 0x80000000 size 0x200000 private_to_shared',
    [
      ['0x80000000', 'gpa'],
      ['0x200000', 'size'],
    ],
  ],
  ['GDB print (gdb/printcmd.c)', 48, '$1 = 0x800000001234', [['0x800000001234', 'gpa']]],
  [
    'GDB info registers (gdb/infcmd.c)',
    48,
    'rcx            0x8000000012345000  -9223372036548292608',
    [['0x8000000012345000', 'register']],
  ],
  [
    'GDB info registers (gdb/infcmd.c)',
    48,
    'rip            0x401136            0x401136 <main+4>',
    [
      ['0x401136', 'gva'],
      ['0x401136', 'gva'],
    ],
  ],
  [
    'GDB x/2gx (gdb/printcmd.c)',
    48,
    '0x7fffffffe3d0:\t0x0000800000001234\t0x00000008000fee00',
    [
      ['0x7fffffffe3d0', 'pointer'],
      ['0x0000800000001234', 'data'],
      ['0x00000008000fee00', 'data'],
    ],
  ],
  ['C source', 48, '#define TDX_TEST_GPA 0x8000_0000_1234ULL', [['0x8000_0000_1234ULL', 'gpa']]],
  ['C source', 52, '\tgpa_t fault_gpa = 0x8000000001000ULL; /* shared under GPAW 52 */', [['0x8000000001000ULL', 'gpa']]],
  ['Rust source', 48, 'let shared: u64 = 0x8000_fee0_0000_u64;', [['0x8000_fee0_0000_u64', 'gpa']]],
  ['C source', 48, 'struct page *page = (void *)0xffff888100a4c000;', [['0xffff888100a4c000', 'pointer']]],
  ['prose', 48, 'commit 9fe9cca337b68e68ce55e2b9ddd6c57ace55a5ac fixes deadbeef and the colour #ff00ff', []],
];

/** The held-out lines with their truth, positioned (see `corpusFromRows`). */
export function heldOutCorpus(): CorpusEntry[] {
  return corpusFromRows(ROWS);
}
