import { formatHex, Grouping } from '../tdx/format';
import { DIRECT_MAP_BASE, KERNEL_REGIONS, KernelRegion } from './kernelLayout';
import { isBitSet } from './bits';
import { ValueMeaning } from './valueMeaning';

// Host physical addresses and frames, guest and kernel virtual addresses.
/** Describes a host physical address: `0x1_2345_6789n` → "host physical, not a guest address; frame 0x12_3456". */
export function hostPhysical(value: bigint, grouping: Grouping = 'underscore'): ValueMeaning {
  return {
    meaning: `host physical, not a guest address; frame ${formatHex(value >> 12n, grouping)}`,
    details: [
      `- host PFN \`${formatHex(value >> 12n, grouping)}\`, offset \`${formatHex(value & 0xfffn, grouping)}\``,
      '- TD shared/private rules apply to guest physical addresses only',
    ],
  };
}

/** Describes a host page frame number: `0x12345n` → "host physical, not a guest address; HPA 0x1234_5000". */
export function hostFrame(value: bigint, grouping: Grouping = 'underscore'): ValueMeaning {
  return {
    meaning: `host physical, not a guest address; HPA ${formatHex(value << 12n, grouping)}`,
    details: ['- a host PFN (`kvm_pfn_t`): HPA = PFN << 12; TD shared/private rules apply to guest frames only'],
  };
}

/** True when bits 63 down to `width − 1` are all equal, i.e. the value is canonical for a `width`-bit virtual address space. */
export function isCanonical(value: bigint, width: 48 | 57): boolean {
  const top = value >> BigInt(width - 1);
  return top === 0n || top === (1n << BigInt(65 - width)) - 1n;
}

/** The kernel region of the x86-64 map (`Documentation/arch/x86/x86_64/mm.rst`) holding a virtual address, if any. */
export function kernelRegion(value: bigint): KernelRegion | undefined {
  return KERNEL_REGIONS.find((r) => value >= r.first && value <= r.last);
}

function virtualSummary(value: bigint): { text: string; region?: KernelRegion } {
  const half = isBitSet(value, 63) ? 'kernel' : 'user';
  if (isCanonical(value, 48)) return { text: `canonical, ${half} half`, region: half === 'kernel' ? kernelRegion(value) : undefined };
  if (isCanonical(value, 57)) {
    return { text: `canonical only with 5-level paging (LA57), ${half} half`, region: half === 'kernel' ? kernelRegion(value) : undefined };
  }
  return { text: 'non-canonical (bits 63:47 and 63:56 are not sign-extended)' };
}

function regionLines(value: bigint, region: KernelRegion | undefined, grouping: Grouping): string[] {
  if (!region) return [];
  const layout = region.paging === 'both' ? '4- and 5-level' : region.paging;
  const lines = [
    `- ${layout} layout: ${region.what}, \`${formatHex(region.first, grouping)}\`–\`${formatHex(region.last, grouping)}\` (\`Documentation/arch/x86/x86_64/mm.rst\`)`,
  ];
  if (region.what.startsWith('direct mapping') && region.paging !== 'both') {
    const phys = value - DIRECT_MAP_BASE[region.paging];
    lines.push(`- physical \`${formatHex(phys, grouping)}\` if \`page_offset_base\` is the default (no KASLR of memory regions)`);
  }
  return lines;
}

/** Describes a guest virtual address: `0xffffffff81a01234n` → "guest virtual, canonical, kernel half". */
export function guestVirtual(value: bigint, grouping: Grouping = 'underscore'): ValueMeaning {
  const { text, region } = virtualSummary(value);
  return { meaning: `guest virtual, ${text}`, details: regionLines(value, region, grouping) };
}

/** Guesses what a virtual pointer points into: `0xffff888100a4c000n` → "kernel direct map (4-level layout)". */
export function pointer(value: bigint, grouping: Grouping = 'underscore'): ValueMeaning {
  const { text, region } = virtualSummary(value);
  if (!isBitSet(value, 63) || !region) return { meaning: `virtual pointer, ${text}`, details: regionLines(value, region, grouping) };
  const short = region.what.replace(/ \(.*\)$/, '').replace('direct mapping of all physical memory', 'kernel direct map');
  const layout = region.paging === 'both' ? '' : ` (${region.paging} layout)`;
  return { meaning: `${short}${layout}`, details: regionLines(value, region, grouping) };
}
