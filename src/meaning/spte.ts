import { formatHex, formatHexDigits, Grouping } from '../tdx/format';
import { EPT_MEMORY_TYPES, SPTE_BITS, SPTE_TDP_AD_TYPES } from './bitNames';
import { LOW32, PAGE_SIZE, bitLine, splitBits } from './bits';
import { ValueMeaning } from './valueMeaning';

// SPTE contents (arch/x86/kvm/mmu/spte.h): present and MMIO SPTEs, frozen and non-present values.
/** `SHADOW_NONPRESENT_VALUE` on 64-bit hosts: bit 63 (`VMX_EPT_SUPPRESS_VE_BIT`), `arch/x86/kvm/mmu/spte.h`. */
export const SHADOW_NONPRESENT_VALUE = 1n << 63n;
/** `FROZEN_SPTE = SHADOW_NONPRESENT_VALUE | 0x5a0`, the TDP MMU's placeholder while an SPTE is being replaced. */
export const FROZEN_SPTE = SHADOW_NONPRESENT_VALUE | 0x5a0n;
const FROZEN_SPTE_PROPOSED = SHADOW_NONPRESENT_VALUE | 0x498n;
/** `SPTE_BASE_ADDR_MASK` without `CONFIG_DYNAMIC_PHYSICAL_MASK`: bits 51:12, the host physical address of the page. */
export const SPTE_BASE_ADDR_MASK = ((1n << 52n) - 1n) & ~(PAGE_SIZE - 1n);
/** `VMX_EPT_MISCONFIG_WX_VALUE`: R/W/X bits of an MMIO SPTE. */
const VMX_EPT_MISCONFIG_WX_VALUE = 6;

/** `R`/`W`/`X` or `-` for bits 2:0, by their value: `5` → "R-X". */
const RWX_STRINGS: readonly string[] = Array.from({ length: 8 }, (_, b) => `${b & 1 ? 'R' : '-'}${b & 2 ? 'W' : '-'}${b & 4 ? 'X' : '-'}`);

/** An SPTE's first two detail lines, by the value of bits 2:0 and of bits 5:3, and the memory type's short name. */
const SPTE_RWX_LINES: readonly string[] = RWX_STRINGS.map(
  (rwx) =>
    `- bits 2:0 R/W/X = \`${rwx}\` (\`VMX_EPT_READABLE_MASK\`, \`…_WRITABLE_MASK\`, \`…_EXECUTABLE_MASK\`, \`arch/x86/include/asm/vmx.h\`)`,
);
const SPTE_MEMORY_TYPE_LINES: readonly string[] = Array.from(
  { length: 8 },
  (_, type) => `- bits 5:3 memory type ${type}: ${EPT_MEMORY_TYPES.get(type) ?? 'reserved'}`,
);
const SPTE_SHORT_TYPES: readonly string[] = Array.from({ length: 8 }, (_, type) => {
  const name = EPT_MEMORY_TYPES.get(type);
  return name ? name.slice(0, 2) : `memory type ${type} (reserved)`;
});

/** MMIO generation kept in an MMIO SPTE: bits 10:3 (low 8) and 62:52 (high 11) of `arch/x86/kvm/mmu/spte.h`. */
export function mmioSpteGeneration(value: bigint): bigint {
  return ((value >> 3n) & 0xffn) | (((value >> 52n) & 0x7ffn) << 8n);
}

/**
 * Decodes an EPT SPTE (contents of `spte`, `old_spte`, `new_spte`): `0x600000012345677n` → "present RWX, WB, host PFN 0x1_2345";
 * also recognises `SHADOW_NONPRESENT_VALUE`, `FROZEN_SPTE` and MMIO SPTEs (W+X without R).
 */
export function spte(value: bigint, grouping: Grouping = 'underscore'): ValueMeaning {
  if (value === SHADOW_NONPRESENT_VALUE) {
    return {
      meaning: 'not present: SHADOW_NONPRESENT_VALUE (suppress #VE)',
      details: [
        '- KVM’s value for a non-present SPTE on 64-bit hosts (`arch/x86/kvm/mmu/spte.h`): only bit 63 `VMX_EPT_SUPPRESS_VE_BIT`, so a TD gets an EPT violation (to KVM) instead of a #VE',
      ],
    };
  }
  if (value === FROZEN_SPTE || value === FROZEN_SPTE_PROPOSED) {
    return {
      meaning: 'FROZEN_SPTE: not present, being replaced by another thread',
      details: [
        '- `FROZEN_SPTE = SHADOW_NONPRESENT_VALUE | 0x5a0` (`arch/x86/kvm/mmu/spte.h`; a later KVM patch uses `| 0x498`), used only by the TDP MMU',
      ],
    };
  }
  if (value === 0n) {
    return {
      meaning: 'not present (zero)',
      details: ['- 64-bit KVM writes `SHADOW_NONPRESENT_VALUE` (bit 63) for non-present SPTEs; zero is the pre-TDX or 32-bit value'],
    };
  }
  // Bits 31:0 and 63:32 as numbers: the bit tests below need no bigint operations.
  const lo = Number(value & LOW32);
  const hi = Number((value >> 32n) & LOW32);
  const suppressVe = (hi & 0x8000_0000) !== 0;
  const rwx = lo & 7;
  const kvmPresent = (lo & 0x800) !== 0; // bit 11
  if (rwx === VMX_EPT_MISCONFIG_WX_VALUE && !kvmPresent) {
    return {
      meaning: `MMIO SPTE, generation ${formatHex(mmioSpteGeneration(value), grouping)}`,
      details: [
        '- R/W/X = `-WX` is `VMX_EPT_MISCONFIG_WX_VALUE` (`arch/x86/include/asm/vmx.h`): an access takes an EPT misconfiguration and KVM emulates MMIO',
        '- bits 10:3 and 62:52 hold the memslot generation; bits 51:12 hold the GFN, not a host PFN',
      ],
    };
  }
  const pfn = (value & SPTE_BASE_ADDR_MASK) >> 12n;
  // The PFN's digits once: the HPA is the same digits and three zeros.
  const pfnDigits = pfn.toString(16);
  const pfnHex = formatHexDigits(pfnDigits, grouping);
  const memType = (lo >>> 3) & 7;
  const { named, unnamed } = splitBits(value, SPTE_BITS);
  const details = [
    SPTE_RWX_LINES[rwx],
    SPTE_MEMORY_TYPE_LINES[memType],
    `- bits 51:12 host PFN \`${pfnHex}\`, HPA \`${formatHexDigits(pfn === 0n ? '0' : pfnDigits + '000', grouping)}\` (host physical, not a guest address)`,
  ];
  for (const b of named) if (b.bit > 2) details.push(bitLine(b));
  if (kvmPresent) details.push(`- bits 53:52 A/D tracking: \`${SPTE_TDP_AD_TYPES[(hi >>> 20) & 3]}\` (\`arch/x86/kvm/mmu/spte.h\`)`);
  if (hi & ((1 << 22) | (1 << 24))) {
    details.push('- bits 54/56 hold the R/X bits saved by access tracking (`SHADOW_ACC_TRACK_SAVED_BITS_SHIFT` 54)');
  }
  const stray = unnamed.filter((bit) => bit > 51 && ![52, 53, 54, 56].includes(bit));
  if (stray.length > 0) details.push(`- ${stray.length === 1 ? 'bit' : 'bits'} ${stray.join(', ')}: not named in \`vmx.h\` or \`spte.h\``);
  const extras = lo & 0x80 ? (suppressVe ? 'large page, suppress #VE' : 'large page') : suppressVe ? 'suppress #VE' : '';
  if (rwx === 0) {
    const tracked = kvmPresent ? ', KVM MMU-present (access-tracked or write-protected)' : '';
    return { meaning: `not present in EPT (R/W/X clear)${tracked}${extras ? ', ' + extras : ''}`, details };
  }
  return {
    meaning: `present ${RWX_STRINGS[rwx]}, ${SPTE_SHORT_TYPES[memType]}, host PFN ${pfnHex}${extras ? ', ' + extras : ''}`,
    details,
  };
}
