import { AddressAnalysis, describeBits, kernelHalfOf } from '../tdx/tdx';

/**
 * Why an address has its status, the words after the status itself: "bit 47 is set" (shared),
 * "bit 51 is clear" (private), "reserved bit 51 set (bits 63:48 must be 0 under GPAW 48)" (invalid).
 */
export function statusReason(a: Pick<AddressAnalysis, 'status' | 'sharedBit' | 'reservedBits' | 'gpaw'>): string {
  switch (a.status) {
    case 'shared':
      return `bit ${a.sharedBit} is set`;
    case 'private':
      return `bit ${a.sharedBit} is clear`;
    case 'invalid':
      return `reserved ${describeBits(a.reservedBits)} set (bits 63:${a.gpaw} must be 0 under GPAW ${a.gpaw})`;
  }
}

/** The status as one phrase, used verbatim by hovers, the panel, inlay hints and annotations: "shared — bit 47 is set". */
export function describeStatus(a: AddressAnalysis): string {
  return `${a.status} — ${statusReason(a)}`;
}

/** How a kernel virtual address of each paging mode's kernel half starts. */
const KERNEL_SHAPES = { '4-level': '0xffff…', '5-level': '0xff…, 5-level paging' } as const;

/**
 * A note that only invalid addresses get: a kernel virtual address (`0xffff…`), or that KVM's one-bit
 * test alone would still call it private (e.g. `0x8_0000_0000_1000` under GPAW 48); undefined otherwise.
 */
export function statusNote(a: Pick<AddressAnalysis, 'status' | 'gpa' | 'sharedBit'>): string | undefined {
  if (a.status !== 'invalid') return undefined;
  const half = kernelHalfOf(a.gpa);
  if (half) return `Looks like a kernel virtual address (${KERNEL_SHAPES[half]}): never a guest physical address.`;
  if ((a.gpa & (1n << BigInt(a.sharedBit))) === 0n) return "KVM's one-bit test alone would still call it private.";
  return undefined;
}
