import { KVM_MEMORY_ATTRIBUTES, KVM_MEMORY_EXIT_FLAGS, NamedBit } from './bitNames';
import { bitLines, bitNamesLine, isBitSet, setBitIndices, splitBits } from './bits';
import { MeaningContext, ValueMeaning } from './valueMeaning';

// Flag words of KVM and QEMU messages: KVM_MEMORY_EXIT_FLAG_*, KVM_MEMORY_ATTRIBUTE_*.
function isMemoryFaultContext(context: MeaningContext): boolean {
  return /memory_fault/i.test(context.event ?? '');
}

/**
 * Decodes a flags word; under `kvm_memory_fault` (QEMU) / `KVM_EXIT_MEMORY_FAULT` it names `KVM_MEMORY_EXIT_FLAG_PRIVATE`:
 * `0x8n` → "KVM_MEMORY_EXIT_FLAG_PRIVATE: private access"; under `kvm_vm_set_mem_attributes` `KVM_MEMORY_ATTRIBUTE_PRIVATE`;
 * elsewhere it lists the set bits.
 */
export function flags(value: bigint, context: MeaningContext = {}): ValueMeaning {
  if (isMemoryFaultContext(context))
    return privateBitFlags(value, KVM_MEMORY_EXIT_FLAGS, 'KVM_MEMORY_EXIT_FLAG_', 'shared access (KVM_MEMORY_EXIT_FLAG_PRIVATE clear)', [
      'private access',
      'shared access',
    ]);
  if (context.event === 'kvm_vm_set_mem_attributes')
    return privateBitFlags(value, KVM_MEMORY_ATTRIBUTES, 'KVM_MEMORY_ATTRIBUTE_', 'no attributes: the range becomes shared', [
      'the range becomes private',
      'the range becomes shared',
    ]);
  const bits = setBitIndices(value);
  if (bits.length === 0) return { meaning: 'no bits set', details: [] };
  return { meaning: `${bits.length === 1 ? 'bit' : 'bits'} ${bits.join(', ')} set`, details: [] };
}

/** Flags of `include/uapi/linux/kvm.h` whose bit 3 says private: the named bits, then what bit 3 set / clear means. */
function privateBitFlags(
  value: bigint,
  table: readonly NamedBit[],
  prefix: string,
  none: string,
  [set, clear]: readonly [string, string],
): ValueMeaning {
  const { named, unnamed } = splitBits(value, table);
  const details = bitLines(named, unnamed, `not a \`${prefix}*\` of \`include/uapi/linux/kvm.h\``);
  if (value === 0n) return { meaning: none, details };
  return { meaning: `${bitNamesLine(named, unnamed)}: ${isBitSet(value, 3) ? set : clear}`, details };
}
