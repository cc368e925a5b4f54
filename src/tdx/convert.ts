import { formatLike } from './format';
import { ParsedAddress } from './parse';
import { AddressKind, gfnToGpa, gpaToGfn, Gpaw, sharedGfnMask, sharedGpaMask, U64_MAX } from './tdx';

/** The in-place conversions offered by the `tdx.toShared` … `tdx.gfnToGpa` commands. */
export type Conversion = 'toShared' | 'toPrivate' | 'toggleShared' | 'gpaToGfn' | 'gfnToGpa';

/** Human names of conversions, for messages and menus. */
export const CONVERSION_TITLES: { readonly [K in Conversion]: string } = {
  toShared: 'to shared',
  toPrivate: 'to private',
  toggleShared: 'toggle shared',
  gpaToGfn: 'GPA to GFN',
  gfnToGpa: 'GFN to GPA',
};

/** A conversion's outcome: the new value with its kind and its text in the source style, or why not. */
export type ConversionResult = { ok: true; value: bigint; kind: AddressKind; text: string } | { ok: false; error: string };

/**
 * Converts one parsed address, keeping its written style: shared/private act in the token's own space
 * (GPA mask for GPAs, GFN mask for GFNs). Example: `0x1000` to shared under GPAW 48 → `0x800000001000`.
 */
export function convertAddress(address: ParsedAddress, conversion: Conversion, gpaw: Gpaw): ConversionResult {
  const mask = address.kind === 'gfn' ? sharedGfnMask(gpaw) : sharedGpaMask(gpaw);
  let value: bigint;
  let kind = address.kind;
  switch (conversion) {
    case 'toShared':
      value = address.value | mask;
      break;
    case 'toPrivate':
      value = address.value & ~mask;
      break;
    case 'toggleShared':
      value = address.value ^ mask;
      break;
    case 'gpaToGfn':
      if (address.kind === 'gfn') return { ok: false, error: `is already a GFN (label '${address.label ?? 'gfn'}')` };
      value = gpaToGfn(address.value);
      kind = 'gfn';
      break;
    case 'gfnToGpa':
      value = gfnToGpa(address.value);
      kind = 'gpa';
      if (value > U64_MAX) return { ok: false, error: 'as a GFN is too large: gfn << 12 does not fit in 64 bits' };
      break;
  }
  return { ok: true, value, kind, text: formatLike(value, address.style) };
}
