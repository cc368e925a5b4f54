import { rng } from '../test/corpus/rng';

// The seeded generator lives with the corpus generator that also uses it (test/ does not import bench/).
export { rng };

/** Deterministic generator of realistic text for the benchmark: KVM traces, dmesg, GDB, C, prose, noise. */
export function makeCorpus(bytes: number, seed = 1): string[] {
  const r = rng(seed);
  const hex = (digits: number) => {
    let s = '';
    for (let i = 0; i < digits; i++) s += '0123456789abcdef'[Math.floor(r() * 16)];
    return s;
  };
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const words =
    'the page fault handler maps a private frame into the secure EPT while shared memory goes through the shared EPT and the VMM sees only converted pages of the guest'.split(
      ' ',
    );
  const makers: (() => string)[] = [
    () =>
      ` qemu-kvm-4187 [003] d..1. ${(r() * 9999).toFixed(6)}: kvm_page_fault: vcpu ${Math.floor(r() * 8)} rip 0xffffffff81${hex(6)} address 0x0000${hex(12)} error_code 0x${hex(3)}`,
    () =>
      ` qemu-kvm-4187 [001] d..1. ${(r() * 9999).toFixed(6)}: kvm_mmu_set_spte: gfn ${hex(9)} spte ${hex(15)} (rwxu) level 1 at ${hex(9)}`,
    () => ` qemu-kvm-4187 [001] d..1. ${(r() * 9999).toFixed(6)}: kvm_mmio: mmio write len 4 gpa 0x${hex(8)} val 0x${hex(2)}`,
    () => `[ ${(r() * 99).toFixed(6)}] BIOS-e820: [mem 0x0000${hex(12)}-0x0000${hex(12)}] usable`,
    () => `[ ${(r() * 99).toFixed(6)}] virtio-pci 0000:00:0${Math.floor(r() * 9)}.0: enabling device (0000 -> 0003)`,
    () => `$${Math.floor(r() * 99)} = 0x${hex(13)}`,
    () => `rax            0x${hex(13)}     ${Math.floor(r() * 1e15)}`,
    () => `\tgpa_t gpa = gfn_to_gpa(gfn) | kvm_gfn_direct_bits(kvm); /* 0x${hex(12)}ULL */`,
    () => `static int tdx_map_page(struct kvm *kvm, gfn_t gfn, enum pg_level level, kvm_pfn_t pfn)`,
    () => Array.from({ length: 12 + Math.floor(r() * 10) }, () => pick(words)).join(' ') + '.',
    () => `color: #${hex(6)}; id ${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)} commit ${hex(40)} deadbeef cafe`,
  ];
  const lines: string[] = [];
  let total = 0;
  while (total < bytes) {
    const line = makers[Math.floor(r() * makers.length)]();
    lines.push(line);
    total += line.length + 1;
  }
  return lines;
}
