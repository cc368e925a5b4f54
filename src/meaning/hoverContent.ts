import { CONVERSION_TITLES, Conversion, convertAddress } from '../tdx/convert';
import { formatHex, formatHexDigits, formatHexDigitsLike, Grouping } from '../tdx/format';
import { isIdentChar } from '../detect/lexer';
import { DetectionSettings } from '../tdx/settings';
import { ClassifiedValue, LineClassifier } from '../detect/classify';
import { describeValue, rangeMeaning } from './meaning';
import { AddressToken } from '../detect/scanner';
import { statusNote, statusReason } from './statusText';
import { AddressAnalysis, AddressKind, analyzeAddress, describeEptIndices, eptLevelCount, Gpaw, sharedBitIndex } from '../tdx/tdx';
import { Confidence, isGuestPhysical, VALUE_KIND_TITLES } from '../detect/valueKind';
import { DocumentSide } from '../detect/side';
import { UserFieldRules } from '../detect/userRules';

/** Where the hovered token sits, so "replace" links can edit it: document URI string and 0-based line. */
export interface HoverLocation {
  readonly uri: string;
  readonly line: number;
  /** A debug session is stopped: offer "Walk EPT" (`tdx.walkEpt`) for guest-physical values. */
  readonly debugStopped?: boolean;
}

/** Arguments of the hidden `tdx.replaceToken` command carried by hover links. */
export interface ReplaceTokenArgs {
  readonly uri: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** Text expected in the range; the edit is refused if the document changed since the hover. */
  readonly expected: string;
  readonly text: string;
}

/** Command ids the hover links may run (the hover's `isTrusted.enabledCommands`). */
export const HOVER_COMMANDS = [
  'tdx.copyValue',
  'tdx.replaceToken',
  'tdx.inspect',
  'tdx.selectGpaw',
  'tdx.walkEpt',
  'tdx.teachLabel',
] as const;

/** URI-encodes text for a markdown link target; parentheses too, so a file name like `a (1).c` cannot end the link. */
function encode(text: string): string {
  const e = encodeURIComponent(text);
  return e.includes('(') || e.includes(')') ? e.replaceAll('(', '%28').replaceAll(')', '%29') : e;
}

/** True when `JSON.stringify` and `encodeURIComponent` leave every character of `s` as it is, bar the space. */
function isPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(isIdentChar(c) || c === 32 || c === 45 || c === 46)) return false;
  }
  return true;
}

/** `encode(JSON.stringify(s))`, written directly for plain strings (hex values, `gfn 0x…`). */
function encodeString(s: string): string {
  if (!isPlain(s)) return encode(JSON.stringify(s));
  return s.includes(' ') ? `%22${s.replaceAll(' ', '%20')}%22` : `%22${s}%22`;
}

/** `encode(JSON.stringify([arg]))`, with the common arguments (strings, numbers) written directly. */
function encodeArgs(arg: unknown): string {
  if (typeof arg === 'number') return `%5B${arg}%5D`;
  if (typeof arg === 'string') return `%5B${encodeString(arg)}%5D`;
  return encode(JSON.stringify([arg]));
}

function link(title: string, command: (typeof HOVER_COMMANDS)[number], args: unknown, tooltip: string): string {
  return `[${title}](command:${command}?${encodeArgs(args)} "${tooltip}")`;
}

/** A `tdx.replaceToken` link replacing `token` (at `where`) with `text`; its argument is a `ReplaceTokenArgs`. */
function replaceLink(title: string, where: HoverLocation, token: AddressToken, text: string, tooltip: string): string {
  // `[{"uri":…,"line":…,"start":…,"end":…,"expected":…,"text":…}]`, URI-encoded piece by piece (encoding is per character).
  const json =
    `%5B%7B%22uri%22%3A${encodeString(where.uri)}%2C%22line%22%3A${where.line}%2C%22start%22%3A${token.start}%2C%22end%22%3A${token.end}` +
    `%2C%22expected%22%3A${encodeString(token.text)}%2C%22text%22%3A${encodeString(text)}%7D%5D`;
  return `[${title}](command:tdx.replaceToken?${json} "${tooltip}")`;
}

/** The one status line of a hover: contains exactly one of the words shared, private or invalid. */
export function statusLine(a: Pick<AddressAnalysis, 'status' | 'sharedBit' | 'reservedBits' | 'gpaw'>): string {
  return `Status: **${a.status}** — ${statusReason(a)}`;
}

/** Text a user would paste to inspect the token elsewhere: `gfn 0x…` for GFNs, `0x…` for GPAs. */
export function inspectText(kind: 'gpa' | 'gfn', value: bigint): string {
  return (kind === 'gfn' ? 'gfn ' : '') + formatHex(value, 'none');
}

/** The second line of an address hover when the GPAW is the default nobody chose: it says so, with a link that sets it. */
function assumedHead(gpaw: Gpaw): string {
  return (
    `  \nGPAW ${gpaw} (default): shared bit ${sharedBitIndex(gpaw)}, ${eptLevelCount(gpaw)}-level EPT  \n` +
    `_Assuming GPAW ${gpaw} (default): a wrong GPAW swaps shared and private._ ` +
    `[Set it](command:tdx.selectGpaw "Choose your TD's GPAW (tdx.gpaw)")\n\n`
  );
}

/** The parts of an address hover that depend only on the GPAW: its second line (set, or assumed) and the "Use GPAW" link. */
const GPAW_PARTS: { readonly [G in Gpaw]: { readonly head: string; readonly assumedHead: string; readonly useOther: string } } = {
  48: {
    head: `  \nGPAW 48: shared bit ${sharedBitIndex(48)}, ${eptLevelCount(48)}-level EPT\n\n`,
    assumedHead: assumedHead(48),
    useOther: ' · ' + link('Use GPAW 52', 'tdx.selectGpaw', 52, 'Set tdx.gpaw to 52'),
  },
  52: {
    head: `  \nGPAW 52: shared bit ${sharedBitIndex(52)}, ${eptLevelCount(52)}-level EPT\n\n`,
    assumedHead: assumedHead(52),
    useOther: ' · ' + link('Use GPAW 48', 'tdx.selectGpaw', 48, 'Set tdx.gpaw to 48'),
  },
};

const OPEN_IN_INSPECTOR_TOOLTIP = 'Open in the TDX Address Inspector panel';
const REPLACE_TO_SHARED = `Replace ${CONVERSION_TITLES.toShared}`;
const REPLACE_TO_PRIVATE = `Replace ${CONVERSION_TITLES.toPrivate}`;

/** `link('Copy …', 'tdx.copyValue', '0x' + digits, tooltip)`: hex digits need no encoding. */
function copyLink(title: string, digits: string, tooltip: string): string {
  return `[${title}](command:tdx.copyValue?%5B%220x${digits}%22%5D "${tooltip}")`;
}

/** A replace link's new text: the value, given as its hex digits, written in the token's style. */
function replacementText(token: AddressToken, digits: string, conversion: Conversion, gpaw: Gpaw): string | undefined {
  if (token.style.radix === 16) return formatHexDigitsLike(digits, token.style);
  const r = convertAddress(token, conversion, gpaw);
  return r.ok ? r.text : undefined;
}

/**
 * Markdown for the hover on one detected address (no VS Code types, so the benchmark measures exactly this):
 * what was detected, the status line, conversions, EPT indices and command links. With `gpawAssumed` (no
 * `tdx.gpaw` set anywhere) it says the GPAW is the assumed default and links to setting it.
 */
export function hoverMarkdown(
  token: AddressToken,
  gpaw: Gpaw,
  grouping: Grouping,
  where?: HoverLocation,
  found?: Evidence,
  gpawAssumed = false,
  asNumber = false,
): string {
  const a = analyzeAddress(token.value, token.kind, gpaw);
  const isGfn = token.kind === 'gfn';
  const sharedGpa = formatHexDigits(a.sharedGpaHex, grouping);
  const privateGpa = formatHexDigits(a.privateGpaHex, grouping);
  const sharedGfn = formatHexDigits(a.sharedGfnHex, grouping);
  const privateGfn = formatHexDigits(a.privateGfnHex, grouping);
  const decidedBy = token.label ? ` — label \`${token.label}\`` : '';
  const parts = GPAW_PARTS[gpaw];
  const title = asNumber
    ? `**TDX: a number nothing identifies** \`${token.text}\` — read as a GPA: \`${formatHexDigits(a.gpaHex, grouping)}\``
    : `**TDX ${isGfn ? 'GFN (frame number)' : 'GPA'}** \`${formatHexDigits(isGfn ? a.gfnHex : a.gpaHex, grouping)}\`${decidedBy}`;
  let md = `${title}${gpawAssumed ? parts.assumedHead : parts.head}${statusLine(a)}`;
  const note = statusNote(a);
  if (note) md += `\n\n_${note}_`;
  if (found && asNumber)
    md += `\n\n_No message, label, line shape, document context or debugger type says what this number is, so nothing else (inlay hints, highlights, references, the API's status) calls it a GPA. If its label names an address, teach it._`;
  else if (found) md += `\n\n${evidenceLine(found, isGfn ? 'GFN' : 'GPA')}`;
  // `range` and `value` are getters of classified values that read the numbers again: each is read once.
  const range = found?.range;
  if (range) md += `\n\nRange: ${rangeMeaning(range.first, range.last, gpaw, grouping)}`;
  if (isGfn && token.label && !found?.event)
    md += '\n\n_GFNs printed by KVM MMU tracepoints are usually already un-aliased (shared bit stripped)._';
  md += isGfn
    ? `\n\n| | |\n|---|---|\n| GPA | \`${formatHexDigits(a.gpaHex, grouping)}\` |\n`
    : `\n\n| | |\n|---|---|\n| GFN | \`${formatHexDigits(a.gfnHex, grouping)}\` |\n| Page offset | \`${formatHexDigits(a.offsetHex, grouping)}\` |\n`;
  md += `| To shared (GPA) | \`${sharedGpa}\` |\n| To private (GPA) | \`${privateGpa}\` |\n| To shared (GFN) | \`${sharedGfn}\` |\n| To private (GFN) | \`${privateGfn}\` |\n| EPT indices | ${describeEptIndices(a.ept)} |\n\n`;

  // The shared and private forms in the token's own space (GPA or GFN), as the conversions compute them.
  const sharedForm = isGfn ? a.sharedGfnHex : a.sharedGpaHex;
  const privateForm = isGfn ? a.privateGfnHex : a.privateGpaHex;
  md += copyLink('Copy shared', sharedForm, `Copy ${isGfn ? sharedGfn : sharedGpa}`);
  md += ' · ' + copyLink('Copy private', privateForm, `Copy ${isGfn ? privateGfn : privateGpa}`);
  if (where) {
    const text = token.text;
    const toShared = replacementText(token, sharedForm, 'toShared', gpaw);
    if (toShared !== undefined && toShared !== text)
      md += ' · ' + replaceLink(REPLACE_TO_SHARED, where, token, toShared, `Replace with ${toShared}`);
    const toPrivate = replacementText(token, privateForm, 'toPrivate', gpaw);
    if (toPrivate !== undefined && toPrivate !== text)
      md += ' · ' + replaceLink(REPLACE_TO_PRIVATE, where, token, toPrivate, `Replace with ${toPrivate}`);
  }
  // `inspectText(token.kind, token.value)`: `gfn 0x…` or `0x…`.
  md += ` · [Open in Inspector](command:tdx.inspect?%5B%22${isGfn ? 'gfn%20' : ''}0x${isGfn ? a.gfnHex : a.gpaHex}%22%5D "${OPEN_IN_INSPECTOR_TOOLTIP}")`;
  if (where?.debugStopped) {
    // `link('Walk EPT', 'tdx.walkEpt', { address: '0x…' }, …)`.
    md += ` · [Walk EPT](command:tdx.walkEpt?%5B%7B%22address%22%3A%220x${a.gpaHex}%22%7D%5D "Read the EPT entries for this GPA through the debugger")`;
  }
  return md + parts.useOther;
}

/** The settings a hover reads: detection's, and whether the GPAW is the default nobody set (`gpawAssumed`). */
export type HoverSettings = DetectionSettings & { readonly gpawAssumed?: boolean };

/** What decided a value's kind, from the classifier: the phrase, how sure, and the range it belongs to. */
export type Evidence = Pick<ClassifiedValue, 'why' | 'confidence' | 'event' | 'range'>;

const CONFIDENCE_WORDS: { readonly [C in Confidence]: string } = { certain: 'certain', likely: 'likely', guess: 'a guess' };

/** One italic line saying why a value was read as it was and how sure that is, e.g. "_Read as a GPA: … (certain)._" */
function evidenceLine(found: Evidence, as: string): string {
  if (found.confidence === 'guess') return `_Read as a ${as}: ${found.why} (a guess: nothing around it says what it is)._`;
  return `_Read as ${'AEIOU'.includes(as[0]) ? 'an' : 'a'} ${as}: ${found.why} (${CONFIDENCE_WORDS[found.confidence]})._`;
}

/**
 * The "Teach this label…" link of a hover: opens a pick of kinds that writes `tdx.detect.fields` for the label (and
 * the message that printed it) in the document's folder; without a label it asks for one.
 */
export function teachLink(v: Pick<ClassifiedValue, 'field' | 'label' | 'event'>, where?: Pick<HoverLocation, 'uri'>): string {
  const label = v.field ?? v.label;
  const arg =
    label && /^[A-Za-z_][\w.-]*$/.test(label)
      ? { label, ...(v.event && /^[A-Za-z_][\w.-]*$/.test(v.event) ? { event: v.event } : {}), ...(where ? { uri: where.uri } : {}) }
      : undefined;
  const tooltip = label
    ? `Tell the extension what the number after “${label}” is (tdx.detect.fields)`
    : 'Tell the extension what a label means (tdx.detect.fields)';
  return `[Teach this label…](command:tdx.teachLabel${arg ? `?${encodeArgs(arg)}` : ''} "${tooltip}")`;
}

/**
 * Markdown for the hover on a value that is not a TD guest-physical address: what it is, what it means
 * (decoded where the kernel defines it), why it was read so, and a link to inspect it as a GPA anyway.
 */
export function valueHoverMarkdown(v: ClassifiedValue, s: DetectionSettings, where?: Pick<HoverLocation, 'uri'>): string {
  const value = v.value;
  const range = v.range;
  const m = describeValue(v.kind, value, { event: v.event, field: v.field, grouping: s.grouping });
  let md = `**TDX: ${VALUE_KIND_TITLES[v.kind]}** \`${v.text}\` — not a guest physical address  \n${m.meaning}`;
  if (m.details.length) md += `\n\n${m.details.join('\n')}`;
  if (range) md += `\n\nRange: ${rangeMeaning(range.first, range.last, s.gpaw, s.grouping)}`;
  md += `\n\n_${v.why} (${CONFIDENCE_WORDS[v.confidence]})._\n\n`;
  // `link('Inspect as GPA anyway', 'tdx.inspect', { address: formatHex(value, 'none'), kind: 'gpa' }, …)`: hex needs no encoding.
  md += `[Inspect as GPA anyway](command:tdx.inspect?%5B%7B%22address%22%3A%22${formatHex(value, 'none')}%22%2C%22kind%22%3A%22gpa%22%7D%5D "Open the value in the TDX Address Inspector as a GPA")`;
  return v.field || v.label ? `${md} · ${teachLink(v, where)}` : md;
}

/** What a hovered line's document says beyond the line: its side, which line decided it, the taught rules. */
export interface HoverLineContext {
  readonly side?: DocumentSide;
  /** E.g. "TDX host log: line 3, `virt/tdx: module initialized`" (see `describeSide`). */
  readonly sideNote?: string;
  readonly userRules?: UserFieldRules;
}

/** The hover of a number nothing identifies: the whole TDX analysis read as a GPA, headed as such, and "Teach". */
function numberHover(
  v: ClassifiedValue,
  s: HoverSettings,
  where?: HoverLocation & { readonly offset: number },
): { markdown: string; start: number; end: number } {
  const shift = where?.offset ?? 0;
  const style = v.style;
  const located: AddressToken = {
    start: v.start + shift,
    end: v.end + shift,
    text: v.text,
    value: v.value,
    kind: 'gpa',
    label: v.label,
    style,
  };
  const md = hoverMarkdown(located, s.gpaw, s.grouping, where, v, s.gpawAssumed, true);
  return { markdown: `${md} · ${teachLink(v, where)}`, start: v.start, end: v.end };
}

/**
 * The hover for `character` in `text` (a whole line, or a window of a very long one): the markdown and the
 * value's range in `text` (with `address`, its kind and value, for TD guest-physical values), or undefined when no number is there. TD guest-physical values get the address
 * hover, every other classified value its meaning. Cost depends only on the window around `character`
 * and the start of the line (where the message name is). `classifier` is the hover path's own (one per provider).
 */
export function hoverAtPosition(
  text: string,
  character: number,
  s: HoverSettings,
  where?: HoverLocation & { readonly offset: number },
  languageId?: string,
  classifier: LineClassifier = new LineClassifier(),
  context?: HoverLineContext,
): { markdown: string; start: number; end: number; address?: { kind: AddressKind; value: bigint } } | undefined {
  const v = classifier.valueAt(text, character, {
    labelledBareHex: s.labelledBareHex,
    languageId,
    side: context?.side,
    sideNote: context?.sideNote,
    userRules: context?.userRules,
  });
  if (!v) return undefined;
  if (v.kind === 'number') return numberHover(v, s, where);
  if (!isGuestPhysical(v.kind)) return { markdown: valueHoverMarkdown(v, s, where), start: v.start, end: v.end };
  const shift = where?.offset ?? 0;
  // The style first: reading it reads the value too, which `value` then reuses.
  const style = v.style;
  const value = v.value;
  const located: AddressToken = {
    start: v.start + shift,
    end: v.end + shift,
    text: v.text,
    value,
    kind: v.kind,
    label: v.label,
    style,
  };
  return {
    markdown: hoverMarkdown(located, s.gpaw, s.grouping, where, v, s.gpawAssumed),
    start: v.start,
    end: v.end,
    address: { kind: v.kind, value },
  };
}
