import { Grouping } from './format';
import { Gpaw, isGpaw } from './tdx';

/** Every `tdx.*` setting, normalised: what the extension actually uses. */
export interface TdxSettings {
  readonly gpaw: Gpaw;
  readonly hoverEnabled: boolean;
  readonly labelledBareHex: boolean;
  readonly grouping: Grouping;
  readonly inlayHintsEnabled: boolean;
  readonly annotateConsole: boolean;
  readonly annotateOutput: boolean;
  /** Show addresses' values inline in C, C++ and Rust editors while stopped. */
  readonly inlineValues: boolean;
  readonly gpawExpressions: readonly string[];
  /** Expressions for the EPT roots, evaluated in the selected stack frame by `tdx.walkEpt`. */
  readonly eptRootExpressions: { readonly shared: string; readonly mirror: string };
  /** Expression for the base that turns a host physical address into a debugger address (`base + hpa`). */
  readonly eptPhysToVirt: string;
  /** Find All References also lists the frame's occurrences in the other open documents. */
  readonly referencesOpenDocuments: boolean;
  /**
   * The user's field rules as written: a label (`exit_info1`) or a message's label (`kvm_vmgexit_enter/exit_info1`)
   * mapped to a kind; `src/detect/userRules.ts` reads the entries.
   */
  readonly detectFields: Readonly<Record<string, unknown>>;
}

/** The settings the detection, hover and inlay-hint paths depend on. */
export type DetectionSettings = Pick<TdxSettings, 'gpaw' | 'grouping' | 'labelledBareHex'>;

/** Setting keys (under `tdx.`) for each field; package.json declares exactly these. */
export const SETTING_KEYS: { readonly [K in keyof TdxSettings]: string } = {
  gpaw: 'gpaw',
  hoverEnabled: 'hover.enabled',
  labelledBareHex: 'detect.labelledBareHex',
  grouping: 'format.grouping',
  inlayHintsEnabled: 'inlayHints.enabled',
  annotateConsole: 'debug.annotateConsole',
  annotateOutput: 'debug.annotateOutput',
  inlineValues: 'debug.inlineValues',
  gpawExpressions: 'debug.gpawExpressions',
  eptRootExpressions: 'ept.rootExpressions',
  eptPhysToVirt: 'ept.physToVirt',
  referencesOpenDocuments: 'references.openDocuments',
  detectFields: 'detect.fields',
};

/** The defaults, written once; a unit test checks package.json declares the same. */
export const SETTING_DEFAULTS: TdxSettings = {
  gpaw: 52,
  hoverEnabled: true,
  labelledBareHex: true,
  grouping: 'underscore',
  inlayHintsEnabled: false,
  annotateConsole: true,
  annotateOutput: false,
  inlineValues: true,
  gpawExpressions: ['kvm->arch.gfn_direct_bits', 'kvm->arch.gfn_shared_mask', 'cc_mask'],
  eptRootExpressions: { shared: 'vcpu->arch.mmu->root.hpa', mirror: 'vcpu->arch.mmu->mirror_root_hpa' },
  eptPhysToVirt: 'page_offset_base',
  referencesOpenDocuments: true,
  detectFields: {},
};

type Check = (v: unknown) => boolean;
const isExpression: Check = (v) => typeof v === 'string' && v.trim() !== '' && v.length <= 500;
const BOOLEAN = { ok: (v: unknown) => typeof v === 'boolean', accepted: 'true or false' };
const CHECKS: { readonly [K in keyof TdxSettings]: { ok: Check; accepted: string } } = {
  gpaw: { ok: isGpaw, accepted: '48 or 52' },
  hoverEnabled: BOOLEAN,
  labelledBareHex: BOOLEAN,
  grouping: { ok: (v) => v === 'underscore' || v === 'none', accepted: '"underscore" or "none"' },
  inlayHintsEnabled: BOOLEAN,
  annotateConsole: BOOLEAN,
  annotateOutput: BOOLEAN,
  inlineValues: BOOLEAN,
  gpawExpressions: {
    ok: (v) => Array.isArray(v) && v.length <= 32 && v.every((e) => typeof e === 'string' && e.trim() !== '' && e.length <= 500),
    accepted: 'a list of up to 32 non-empty expression strings',
  },
  eptRootExpressions: {
    ok: (v) =>
      typeof v === 'object' &&
      v !== null &&
      !Array.isArray(v) &&
      Object.keys(v).every((k) => k === 'shared' || k === 'mirror') &&
      ['shared', 'mirror'].every((k) => isExpression((v as Record<string, unknown>)[k])),
    accepted: 'an object { "shared": expression, "mirror": expression } of non-empty strings',
  },
  eptPhysToVirt: { ok: isExpression, accepted: 'a non-empty expression string' },
  referencesOpenDocuments: BOOLEAN,
  detectFields: {
    ok: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
    accepted: 'an object mapping a label ("exit_info1") or a message\'s label ("kvm_vmgexit_enter/exit_info1") to a kind',
  },
};

/** Normalised settings plus one warning per invalid value, naming the value and what is accepted. */
export interface NormalisedSettings {
  readonly settings: TdxSettings;
  readonly warnings: readonly string[];
}

function show(v: unknown): string {
  try {
    const text = JSON.stringify(v);
    return text === undefined ? String(v) : text.length > 60 ? text.slice(0, 57) + '…' : text;
  } catch {
    return String(v);
  }
}

/** Validates raw setting values (read by key, `undefined` when unset); invalid ones fall back to the default. */
export function normaliseSettings(read: (key: string) => unknown): NormalisedSettings {
  const warnings: string[] = [];
  const out: Record<string, unknown> = {};
  for (const field of Object.keys(SETTING_DEFAULTS) as (keyof TdxSettings)[]) {
    const raw = read(SETTING_KEYS[field]);
    const check = CHECKS[field];
    if (raw === undefined || raw === null) {
      out[field] = SETTING_DEFAULTS[field];
    } else if (check.ok(raw)) {
      out[field] = raw;
    } else {
      out[field] = SETTING_DEFAULTS[field];
      warnings.push(
        `Setting tdx.${SETTING_KEYS[field]} has the invalid value ${show(raw)}; accepted: ${check.accepted}. Using the default ${show(SETTING_DEFAULTS[field])}.`,
      );
    }
  }
  return { settings: out as unknown as TdxSettings, warnings };
}
