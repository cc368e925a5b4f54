/**
 * The sample trace `tdx.openSampleTrace` opens: lines in the real formats of the sources that print them, from one TD
 * whose GPAW is 48 (shared bit 47), so a user with no trace at hand can try every hover. The first line says where it
 * was captured and under which GPAW it reads correctly; under GPAW 52 its shared addresses would read as private.
 */
export const SAMPLE_TRACE_GPAW = 48;

/**
 * The trace text, one source per block:
 * - KVM's tracepoints on the host (`kvm_page_fault` of arch/x86/kvm/trace.h, `kvm_mmio` of include/trace/events/kvm.h,
 *   `kvm_mmu_set_spte` and `kvm_mmu_spte_requested` of arch/x86/kvm/mmu/mmutrace.h);
 * - the host kernel log (`kvm_intel: SEAMCALL %s failed: 0x%llx, rcx 0x%llx, rdx 0x%llx` of arch/x86/kvm/vmx/tdx.c);
 * - the guest's boot log (its e820 map and `[mem]` ranges);
 * - QEMU's trace (`kvm_memory_fault` and `kvm_convert_memory` of accel/kvm/trace-events).
 */
export const SAMPLE_TRACE = [
  `# TDX host: KVM trace of a TD with GPAW ${SAMPLE_TRACE_GPAW} (tdx.gpaw ${SAMPLE_TRACE_GPAW}) — hover any number. Under GPAW 52 its shared addresses would read as private.`,
  '# /sys/kernel/tracing/trace (events kvm, kvmmmu)',
  '     qemu-kvm-4187    [003] d..1.  5125.204133: kvm_page_fault: vcpu 0 rip 0xffffffff81c2a1f4 address 0x00008000fee00000 error_code 0x181',
  '     qemu-kvm-4187    [003] d..1.  5125.204140: kvm_mmio: mmio write len 4 gpa 0xfee000b0 val 0x0',
  '     qemu-kvm-4187    [003] d..1.  5125.204151: kvm_mmu_set_spte: gfn fee00 spte 8000000fee00677 (rwxu) level 1 at 1031d8000',
  '     qemu-kvm-4187    [001] d..1.  5125.311093: kvm_page_fault: vcpu 1 rip 0xffffffff81a0f5c0 address 0x0000000012345000 error_code 0x184',
  '     qemu-kvm-4187    [001] d..1.  5125.311104: kvm_mmu_spte_requested: gfn 12345 pfn 1a2b3c level 1',
  '# Host kernel log (dmesg) at the same time',
  '[ 5125.311120] kvm_intel: SEAMCALL TDH_MEM_PAGE_AUG failed: 0x8000020000000092, rcx 0x0, rdx 0x0',
  "# The TD's own boot log (guest dmesg): its e820 map",
  '[    0.000000] BIOS-e820: [mem 0x0000000000000000-0x000000000009ffff] usable',
  '[    0.000000] BIOS-e820: [mem 0x0000000000100000-0x000000007fffffff] usable',
  '[    0.000000] BIOS-e820: [mem 0x0000000100000000-0x000000047fffffff] usable',
  "# QEMU's trace (-trace 'kvm_*memory*'): the guest converts a page to private",
  '4187@1722860153.976363:kvm_memory_fault start 0x12345000 size 0x1000 flags 0x8',
  '4187@1722860153.976401:kvm_convert_memory start 0x12345000 size 0x1000 shared_to_private',
  '',
].join('\n');
