import { VALUE_KIND_TITLES, ValueKind } from './valueKind';

/**
 * A kind a user may teach for a label: any kind `scan()` reports. (`number` — "nothing says what it is" — joins
 * them with the evidence rules.)
 */
export type TaughtKind = ValueKind;

/** The accepted kinds, in the order a picker shows them (guest-physical first). */
export const TAUGHT_KINDS: readonly TaughtKind[] = Object.keys(VALUE_KIND_TITLES) as TaughtKind[];

/**
 * The user's field rules (`tdx.detect.fields`), parsed: a label (`exit_info1`) or a message's label
 * (`kvm_vmgexit_enter/exit_info1`, the message name the hover shows) mapped to a kind. Labels compare without
 * case; a message's label wins over the bare label.
 */
export interface UserFieldRules {
  /** Bare labels, lower case → kind. */
  readonly byLabel: ReadonlyMap<string, TaughtKind>;
  /** `event/label`, both lower case → kind. */
  readonly byEventLabel: ReadonlyMap<string, TaughtKind>;
  /** One message per bad entry, naming it and what is accepted. */
  readonly problems: readonly string[];
  /** The entries as written, for comparing two readings of the setting. */
  readonly key: string;
}

/** No user rules. */
export const NO_USER_RULES: UserFieldRules = { byLabel: new Map(), byEventLabel: new Map(), problems: [], key: '{}' };

const LABEL = /^[A-Za-z_][\w.-]*$/;

/**
 * Parses the setting's value: an object of `label` or `event/label` → kind. Bad entries are skipped, each with a
 * problem naming it and what is accepted; the valid ones still apply. Example:
 * `parseUserFieldRules({ exit_info1: 'data', 'kvm_vmgexit_enter/exit_info1': 'gpa' })`.
 */
export function parseUserFieldRules(value: unknown): UserFieldRules {
  if (value === undefined || value === null) return NO_USER_RULES;
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      ...NO_USER_RULES,
      problems: [
        `tdx.detect.fields must be an object mapping a label ("exit_info1") or a message's label ("kvm_vmgexit_enter/exit_info1") to a kind; got ${describe(value)}.`,
      ],
    };
  }
  const byLabel = new Map<string, TaughtKind>();
  const byEventLabel = new Map<string, TaughtKind>();
  const problems: string[] = [];
  const kept: [string, string][] = [];
  for (const [name, kind] of Object.entries(value as Record<string, unknown>)) {
    const parts = name.split('/');
    const wellFormed = (parts.length === 1 || parts.length === 2) && parts.every((p) => LABEL.test(p));
    if (!wellFormed) {
      problems.push(
        `tdx.detect.fields: "${name}" is not a label: write a label ("exit_info1") or a message's name and label ("kvm_vmgexit_enter/exit_info1"), letters, digits, _ . - only.`,
      );
      continue;
    }
    if (typeof kind !== 'string' || !(TAUGHT_KINDS as readonly string[]).includes(kind)) {
      problems.push(`tdx.detect.fields: "${name}" has kind ${describe(kind)}; accepted kinds: ${TAUGHT_KINDS.join(', ')}.`);
      continue;
    }
    const key = name.toLowerCase();
    (parts.length === 2 ? byEventLabel : byLabel).set(key, kind as TaughtKind);
    kept.push([key, kind]);
  }
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { byLabel, byEventLabel, problems, key: JSON.stringify(kept) };
}

/** The user's kind for `label` in message `event` (either may be undefined), or undefined when no rule names it. */
export function userKindOf(rules: UserFieldRules, event: string | undefined, label: string | undefined): TaughtKind | undefined {
  if (!label || (rules.byLabel.size === 0 && rules.byEventLabel.size === 0)) return undefined;
  const l = label.toLowerCase();
  if (event) {
    const k = rules.byEventLabel.get(`${event.toLowerCase()}/${l}`);
    if (k) return k;
  }
  return rules.byLabel.get(l);
}

function describe(v: unknown): string {
  if (typeof v === 'string') return `"${v}"`;
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}
