import { formatHex, Grouping } from '../tdx/format';
import { parseAddress } from '../tdx/parse';
import { LineClassifier } from './classify';
import { GENERIC_FIELDS, wordFamily } from './fieldRules';
import { describeValue } from '../meaning/meaning';
import { statusNote, statusReason } from '../meaning/statusText';
import { AddressKind, analyzeAddress, Gpaw, kernelHalfOf, KERNEL_POINTER_REASONS } from '../tdx/tdx';
import { isGuestPhysical, VALUE_KIND_TITLES, ValueKind } from './valueKind';
import { DocumentSide } from './side';
import { UserFieldRules, userKindOf } from './userRules';

/** A debug variable as VS Code passes it to `debug/variables/context` commands (DAP `Variable`). */
export interface DebugVariable {
  readonly name: string;
  readonly value: string;
  readonly type?: string;
  readonly evaluateName?: string;
}

/** A debugger value read as an address: its value, kind, the text to show, and why that kind was chosen. */
export type DebugAddress = { ok: true; value: bigint; kind: AddressKind; text: string; why: string } | { ok: false; error: string };

const GFN_TYPE = /\bgfn_t\b/;
const GPA_TYPE = /\b(gpa_t|phys_addr_t|dma_addr_t|resource_size_t)\b/;
/** Types that name a non-guest-physical value outright (include/linux/kvm_types.h). */
const OTHER_TYPES: readonly [RegExp, ValueKind, string][] = [
  [/\bhpa_t\b/, 'hpa', 'a host physical address'],
  [/\b(?:kvm_pfn_t|hfn_t)\b/, 'hpfn', 'a host frame number'],
  [/\bgva_t\b/, 'gva', 'a guest virtual address'],
  [/\bhva_t\b/, 'pointer', 'a host virtual address'],
];
/** Physical addresses of whichever machine runs the code (include/linux/types.h): the debuggee's side decides. */
const SIDED_TYPE = /\b(phys_addr_t|dma_addr_t)\b/;

/** A data or function pointer type as GDB and LLDB print them: `struct kvm *`, `kvm *`, `void *`, `u64 (*)[4]`. */
function isPointerType(t: string): boolean {
  return t.includes('*');
}

/**
 * What a debugger's DAP `type` says the value is, before any name: a pointer type is a pointer (never a GPA, whatever
 * its value); `hpa_t`, `kvm_pfn_t`, `gva_t` their kinds; `gfn_t` and `gpa_t` guest-physical; `phys_addr_t` and
 * `dma_addr_t` follow the debuggee's side (a TD guest kernel: GPA; a host: host physical; unknown: GPA, as before),
 * with `sideNote` saying what decided the side (`set by hand`). Undefined for integer types, whose name decides.
 * Example: `typeKind('struct kvm *')` → `{ kind: 'pointer', … }`; `typeKind('phys_addr_t', 'host', 'set by hand')`
 * → `{ kind: 'hpa', why: "type phys_addr_t in a host's debuggee (set by hand): host physical" }`.
 */
export function typeKind(type: string | undefined, side?: DocumentSide, sideNote?: string): { kind: ValueKind; why: string } | undefined {
  const t = (type ?? '').trim();
  if (!t) return undefined;
  if (isPointerType(t)) return { kind: 'pointer', why: `type ${t}: a pointer` };
  for (const [re, kind, what] of OTHER_TYPES) if (re.test(t)) return { kind, why: `type ${t}: ${what}` };
  if (GFN_TYPE.test(t)) return { kind: 'gfn', why: `type ${t}` };
  if (SIDED_TYPE.test(t)) {
    const note = sideNote ? ` (${sideNote})` : '';
    if (side === 'host') return { kind: 'hpa', why: `type ${t} in a host's debuggee${note}: host physical` };
    return {
      kind: 'gpa',
      why:
        side === 'guest'
          ? `type ${t} in a TD guest's debuggee${note}`
          : `type ${t} (debuggee side unknown${sideNote ? `, ${sideNote}` : ''}: read as guest physical)`,
    };
  }
  if (/\bgpa_t\b/.test(t)) return { kind: 'gpa', why: `type ${t}` };
  return undefined;
}

/** True for types whose kind the debuggee's side decides: `phys_addr_t`, `dma_addr_t` (not their pointers). */
export function followsDebuggeeSide(type: string | undefined): boolean {
  const t = type ?? '';
  return !isPointerType(t) && SIDED_TYPE.test(t);
}

/**
 * What the debug features read a value with besides its text and type: the taught field rules of the session's
 * folder, and the debuggee's side (undefined: unknown) with what decided it (`sideNote`, e.g. `set by hand`).
 */
export interface DebugReading {
  readonly userRules?: UserFieldRules;
  readonly side?: DocumentSide;
  readonly sideNote?: string;
}

/** Host kinds a debugger type names (`hpa_t`, `kvm_pfn_t`; `phys_addr_t` in a host's debuggee), and how they are shown. */
export const TYPED_HOST_KINDS: ReadonlyMap<ValueKind, string> = new Map<ValueKind, string>([
  ['hpa', 'host physical'],
  ['hpfn', 'host PFN'],
]);

/** True for types that name a guest-physical value outright, e.g. `gfn_t`, `gpa_t`, `phys_addr_t` (not `uint64_t`, not `gfn_t *`). */
export function isAddressType(type: string | undefined): boolean {
  const t = type ?? '';
  return !t.includes('*') && (GFN_TYPE.test(t) || GPA_TYPE.test(t));
}

/** GPA vs GFN from a variable's type and name: a pointer (even `gfn_t *`) → GPA; `gfn_t` or a name with `gfn` → GFN; else GPA. */
export function kindFromNameAndType(name: string, type: string | undefined): { kind: AddressKind; why: string } {
  const t = type ?? '';
  if (t.includes('*')) return { kind: 'gpa', why: 'a pointer' };
  if (GFN_TYPE.test(t)) return { kind: 'gfn', why: `type ${t}` };
  if (GPA_TYPE.test(t)) return { kind: 'gpa', why: `type ${t}` };
  const lower = name.toLowerCase();
  if (/gfn/.test(lower)) return { kind: 'gfn', why: `the name ${name}` };
  if (/gpa/.test(lower)) return { kind: 'gpa', why: `the name ${name}` };
  return { kind: 'gpa', why: 'the default' };
}

/** The last member or variable name of an expression, lower-cased: `vcpu->arch.exit_qualification` → `exit_qualification`. */
function memberName(expression: string): string {
  const m = /([A-Za-z_][A-Za-z0-9_]*)\s*(?:\[[^\]]*\]\s*)*\)*\s*$/.exec(expression);
  return (m?.[1] ?? '').toLowerCase();
}

/**
 * What a debugger value is, by the rules the text classifier uses: the type first (`gfn_t`, `gpa_t`,
 * `hpa_t`, `kvm_pfn_t`), then the expression's last member name as a field label (`f->error_code` is an
 * error code, `sp->spte` an SPTE, `pfn` a host PFN), then GPA vs GFN as `kindFromNameAndType`; a value
 * shaped like a kernel virtual address (`isKernelPointer`: `0xffff8…`, or `0xff…` under 5-level paging) that nothing calls a GPA is a pointer.
 * `side` and `sideNote` are the debuggee's side and what decided it, for `phys_addr_t` and `dma_addr_t` (see `typeKind`).
 */
export function valueKindOf(
  expression: string,
  type: string | undefined,
  value: bigint,
  side?: DocumentSide,
  sideNote?: string,
): { kind: ValueKind; why: string } {
  const t = type ?? '';
  const typed = typeKind(t, side, sideNote);
  if (typed) return typed;
  const name = memberName(expression);
  const rule = Object.prototype.hasOwnProperty.call(GENERIC_FIELDS, name) ? GENERIC_FIELDS[name] : undefined;
  if (rule && !isGuestPhysical(rule.kind)) return { kind: rule.kind, why: `the name ${name}` };
  const found = kindFromNameAndType(expression, type);
  // An integer whose name says nothing is a number: no claim (the explicit Inspect command still reads it as a GPA).
  if (found.why === 'the default') {
    if (kernelHalfOf(value)) return { kind: 'pointer', why: KERNEL_POINTER_REASONS[kernelHalfOf(value)!] };
    const family = wordFamily(name);
    return family
      ? { kind: family.kind, why: `the name ${name}` }
      : { kind: 'number', why: 'neither its type nor its name says what it is' };
  }
  const half = kernelHalfOf(value);
  if (found.why !== `type ${t}` && half) return { kind: 'pointer', why: KERNEL_POINTER_REASONS[half] };
  return found;
}

/** Kinds whose Debug Console value gets a decoded meaning line. */
const DECODED_IN_CONSOLE: ReadonlySet<ValueKind> = new Set([
  'tdxStatus',
  'tdvmcallStatus',
  'errorCode',
  'exitQualification',
  'spte',
  'pointer',
]);

/** Does an expression or type look like it holds a GPA, GFN or mask (for decimal Debug Console results)? */
export function looksLikeAddressExpression(expression: string, type: string | undefined): boolean {
  if (isAddressType(type)) return true;
  return /gpa|gfn|phys|addr|paddr|pfn|cc_mask|shared_mask|direct_bits/i.test(expression);
}

/**
 * Reads the integer in a debugger's value text: decimal (`140737488359988`), hex (`0x8000fee00000`),
 * or a pointer with GDB's symbol suffix (`0x401136 <main+4>`). Aggregates, strings, floats, negative
 * numbers and errors are refused with a message saying what the value is and what is accepted.
 */
export function readDebugInteger(
  valueText: string,
  type?: string,
): { ok: true; value: bigint; text: string } | { ok: false; error: string } {
  const raw = valueText.trim();
  const shown = raw.length > 40 ? raw.slice(0, 37) + '…' : raw;
  const accepted = 'Accepted: an unsigned integer in decimal or 0x hex (a uint64_t, gpa_t, gfn_t, phys_addr_t or pointer value).';
  const refuse = (what: string) => ({
    ok: false as const,
    error: `${shown === '' ? 'An empty value' : `'${shown}'`} is ${what}, not an address. ${accepted}`,
  });
  if (raw === '') return refuse('empty');
  if (raw.startsWith('{') || raw.startsWith('[')) return refuse('a struct, union or array');
  if (raw.startsWith('<') || /^(error|cannot|no symbol)/i.test(raw)) return refuse('a debugger error or unavailable value');
  if (/^(true|false)$/.test(raw)) return refuse('a boolean');
  if (/char\s*\*|\bstring\b|\bstr\b/.test(type ?? '') && /"/.test(raw)) return refuse('a string');
  if (/^"/.test(raw) || /^'/.test(raw)) return refuse('a string or character');
  if (/^-/.test(raw)) return refuse('negative');
  if (/^(float|double|long double)$/.test((type ?? '').trim()) || /^\d+\.\d*(e[+-]?\d+)?$|^\d+e[+-]?\d+$|^(inf|nan)/i.test(raw))
    return refuse('a floating-point number');
  // LLDB shows a struct by its type and address: `kvm_arch @ 0x7fffffffe6c0`.
  if (/^[A-Za-z_][\w:<>, ]* @ 0x[0-9a-fA-F]+$/.test(raw)) return refuse('a struct, union or array (shown by its address)');
  // GDB pointers `0x401136 <main+4>` and `(void *) 0x…`; LLDB's REPL results `(gfn_t) $0 = 34360782336`.
  const text = raw
    .replace(/^\([^()]*\)\s*/, '')
    .replace(/^\$\d+\s*=\s*/, '')
    .replace(/\s+<[^<>]*>$/, '');
  const p = parseAddress(text, { allowDecimal: true });
  if (!p.ok) return refuse('not a plain integer');
  return { ok: true, value: p.value, text };
}

/** Reads a Variables/Watch item as an address, e.g. `uint64_t gpa = "140737488359988"` → GPA 0x8000_0000_1234. */
export function readDebugVariable(v: DebugVariable): DebugAddress {
  const r = readDebugInteger(v.value, v.type);
  if (!r.ok) return { ok: false, error: `${v.name}: ${r.error}` };
  const { kind, why } = kindFromNameAndType(v.evaluateName ?? v.name, v.type);
  return { ok: true, value: r.value, kind, text: r.text, why };
}

/**
 * The one-line Debug Console annotation for an evaluation result, or undefined: a GPA/GFN line for hex
 * integers and for decimal ones whose expression or type looks like an address (for a `phys_addr_t` or
 * `dma_addr_t`, followed by the debuggee side that decided it); a host-physical line for values whose type
 * names one (`hpa_t`, `kvm_pfn_t`, `phys_addr_t` in a host's debuggee); a decoded meaning for values the same
 * rules as the text classifier call an error code, status, SPTE or pointer; nothing else.
 */
export function consoleAnnotation(
  expression: string,
  result: string,
  type: string | undefined,
  gpaw: Gpaw,
  grouping: Grouping,
  reading: DebugReading = {},
): string | undefined {
  const r = readDebugInteger(result, type);
  if (!r.ok) return undefined;
  const { userRules, side, sideNote } = reading;
  const typed = typeKind(type, side, sideNote);
  // A name the user taught (`tdx.detect.fields`) decides after the debugger's type.
  const taught = typed ? undefined : userRules && userKindOf(userRules, undefined, memberName(expression));
  const { kind, why } = taught ? { kind: taught, why: '' } : valueKindOf(expression, type, r.value, side, sideNote);
  const hex = formatHex(r.value, grouping);
  if (isGuestPhysical(kind)) {
    if (!/^0x/i.test(r.text) && !looksLikeAddressExpression(expression, type)) return undefined;
    const line = annotation(r.value, kind, gpaw, grouping);
    return followsDebuggeeSide(type) ? `${line} — ${why}` : line;
  }
  if (typed && TYPED_HOST_KINDS.has(kind)) return `TDX: ${VALUE_KIND_TITLES[kind]} ${hex}, not a guest address — ${why}`;
  if (!DECODED_IN_CONSOLE.has(kind)) return undefined;
  return `TDX: ${VALUE_KIND_TITLES[kind]} ${hex}, not a guest address — ${describeValue(kind, r.value, { grouping }).meaning}`;
}

/** `TDX (GPAW 48): shared GPA 0x8000_0000_1234 · GFN 0x8_0000_0001 · private alias 0x1234` and the like. */
export function annotation(value: bigint, kind: AddressKind, gpaw: Gpaw, grouping: Grouping): string {
  const a = analyzeAddress(value, kind, gpaw);
  const hex = (v: bigint) => formatHex(v, grouping);
  const head = `TDX (GPAW ${gpaw}): `;
  if (a.status === 'invalid') {
    const note = statusNote(a);
    return `${head}invalid ${kind.toUpperCase()} ${hex(value)} — ${statusReason(a)}${note ? `. ${note}` : ''}`;
  }
  const other = a.status === 'shared' ? 'private' : 'shared';
  if (kind === 'gfn') {
    return `${head}${a.status} GFN ${hex(value)} · GPA ${hex(a.gpa)} · ${other} alias GFN ${hex(a.status === 'shared' ? a.toPrivateGfn : a.toSharedGfn)}`;
  }
  return `${head}${a.status} GPA ${hex(value)} · GFN ${hex(a.gfn)} · ${other} alias ${hex(a.status === 'shared' ? a.toPrivateGpa : a.toSharedGpa)}`;
}

/**
 * Annotations for the TD guest-physical values (classified as in hovers) in one chunk of debuggee output (at most
 * `max`), for `tdx.debug.annotateOutput`; the debuggee's side decides physical addresses (`[mem a-b]`, `pa`) as a
 * document's side does.
 */
export function outputAnnotations(
  text: string,
  gpaw: Gpaw,
  grouping: Grouping,
  labelledBareHex: boolean,
  max: number,
  reading: DebugReading = {},
): string[] {
  const out: string[] = [];
  const classifier = new LineClassifier();
  const { userRules, side, sideNote } = reading;
  const lines = text.length > 16_384 ? text.slice(0, 16_384).split('\n') : text.split('\n');
  for (const line of lines.slice(0, 64)) {
    for (const t of classifier.values(line.length > 4096 ? line.slice(0, 4096) : line, { labelledBareHex, userRules, side, sideNote })) {
      if (!isGuestPhysical(t.kind)) continue;
      if (out.length >= max) return out;
      out.push(`${annotation(t.value, t.kind, gpaw, grouping)}  ← ${t.text}`);
    }
  }
  return out;
}

/** Which space a mask expression is in: names with `gfn` (`gfn_direct_bits`, `gfn_shared_mask`) are GFN masks. */
export function maskSpaceOf(expression: string): 'gpa' | 'gfn' {
  return /gfn/i.test(expression) ? 'gfn' : 'gpa';
}
