import { CRASH_ROWS } from './crash';
import { EDK2_ROWS } from './edk2';
import { GDB_ROWS } from './gdb';
import { GUEST_ROWS } from './guest';
import { KERNEL_ROWS } from './kernel';
import { KVM_ROWS } from './kvm';
import { QEMU_ROWS } from './qemu';
import { RuleRow } from './row';
import { TDX_HOST_ROWS } from './tdxHost';

/** Every message rule, by upstream tree: KVM, the TDX host, the TD guest, any kernel, the TD's firmware, QEMU, GDB, crash. */
export const RULE_ROWS: readonly RuleRow[] = [
  ...KVM_ROWS,
  ...TDX_HOST_ROWS,
  ...GUEST_ROWS,
  ...KERNEL_ROWS,
  ...EDK2_ROWS,
  ...QEMU_ROWS,
  ...GDB_ROWS,
  ...CRASH_ROWS,
];
