import { CONVERSION_TITLES, Conversion, convertAddress } from './convert';
import { formatHex, Grouping, hexString } from './format';
import { AddressToken, scanLine, tokenAt } from './scanner';
import { AddressAnalysis, AddressStatus, analyzeAddress, describeBits, EPT_LEVEL_NAMES, Gpaw, looksLikeKernelVirtual } from './tdx';

/** Where the hovered token sits, so "replace" links can edit it: document URI string and 0-based line. */
export interface HoverLocation {
  readonly uri: string;
  readonly line: number;
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
export const HOVER_COMMANDS = ['tdx.copyValue', 'tdx.replaceToken', 'tdx.inspect', 'tdx.selectGpaw'] as const;

/** URI-encodes text for a markdown link target; parentheses too, so a file name like `a (1).c` cannot end the link. */
function encode(text: string): string {
  const e = encodeURIComponent(text);
  return e.includes('(') || e.includes(')') ? e.replaceAll('(', '%28').replaceAll(')', '%29') : e;
}

function link(title: string, command: (typeof HOVER_COMMANDS)[number], args: unknown, tooltip: string): string {
  return `[${title}](command:${command}?${encode(JSON.stringify([args]))} "${tooltip}")`;
}

// The document URI is the longest part of a replace link and the same on every hover of a document:
// its encoded JSON is kept, and the link is assembled from encoded pieces (encoding is per character).
let cachedUri = '';
let cachedUriJson = '';

function replaceLink(title: string, args: ReplaceTokenArgs, tooltip: string): string {
  if (args.uri !== cachedUri) {
    cachedUri = args.uri;
    cachedUriJson = encode(JSON.stringify(args.uri));
  }
  const rest = `,"line":${args.line},"start":${args.start},"end":${args.end},"expected":${JSON.stringify(args.expected)},"text":${JSON.stringify(args.text)}}]`;
  return `[${title}](command:tdx.replaceToken?%5B%7B%22uri%22%3A${cachedUriJson}${encode(rest)} "${tooltip}")`;
}

/** The one status line of a hover: contains exactly one of the words shared, private or invalid. */
export function statusLine(a: AddressAnalysis): string {
  switch (a.status) {
    case 'shared':
      return `Status: **shared** — bit ${a.sharedBit} is set`;
    case 'private':
      return `Status: **private** — bit ${a.sharedBit} is clear`;
    case 'invalid':
      return `Status: **invalid** — reserved ${describeBits(a.reservedBits)} set (bits 63:${a.gpaw} must be 0 under GPAW ${a.gpaw})`;
  }
}

/** Text a user would paste to inspect the token elsewhere: `gfn 0x…` for GFNs, `0x…` for GPAs. */
export function inspectText(kind: 'gpa' | 'gfn', value: bigint): string {
  return (kind === 'gfn' ? 'gfn ' : '') + formatHex(value, 'none');
}

/**
 * Markdown for the hover on one detected address (pure, so the benchmark measures exactly this):
 * what was detected, the status line, conversions, EPT indices and command links.
 */
export function hoverMarkdown(token: AddressToken, gpaw: Gpaw, grouping: Grouping, where?: HoverLocation): string {
  const a = analyzeAddress(token.value, token.kind, gpaw);
  const isGfn = token.kind === 'gfn';
  // Each value is formatted once; the shared and private forms are reused by the table and the links.
  const sharedGpa = formatHex(a.toSharedGpa, grouping);
  const privateGpa = formatHex(a.toPrivateGpa, grouping);
  const sharedGfn = formatHex(a.toSharedGfn, grouping);
  const privateGfn = formatHex(a.toPrivateGfn, grouping);
  const decidedBy = token.label ? ` — label \`${token.label}\`` : '';
  let md = `**TDX ${isGfn ? 'GFN (frame number)' : 'GPA'}** \`${formatHex(token.value, grouping)}\`${decidedBy}  \nGPAW ${gpaw}: shared bit ${a.sharedBit}, ${a.ept.length}-level EPT\n\n${statusLine(a)}`;
  if (a.status === 'invalid') {
    if (looksLikeKernelVirtual(a.gpa)) md += '\n\n_Looks like a kernel virtual address (0xffff…): never a guest physical address._';
    else if ((a.gpa & (1n << BigInt(a.sharedBit))) === 0n) md += `\n\n_KVM's one-bit test alone would still call it private._`;
  }
  if (isGfn && token.label) md += '\n\n_GFNs printed by KVM MMU tracepoints are usually already un-aliased (shared bit stripped)._';
  md += '\n\n| | |\n|---|---|\n';
  md += isGfn
    ? `| GPA | \`${formatHex(a.gpa, grouping)}\` |\n`
    : `| GFN | \`${formatHex(a.gfn, grouping)}\` |\n| Page offset | \`${formatHex(a.offset, grouping)}\` |\n`;
  let ept = '';
  for (let k = 0; k < a.ept.length; k++) ept += `${k ? ' · ' : ''}${EPT_LEVEL_NAMES[a.ept.length - 1 - k]} ${a.ept[k]}`;
  md += `| To shared (GPA) | \`${sharedGpa}\` |\n| To private (GPA) | \`${privateGpa}\` |\n| To shared (GFN) | \`${sharedGfn}\` |\n| To private (GFN) | \`${privateGfn}\` |\n| EPT indices | ${ept} |\n\n`;

  const sharedForm = isGfn ? a.toSharedGfn : a.toSharedGpa;
  const privateForm = isGfn ? a.toPrivateGfn : a.toPrivateGpa;
  md += link('Copy shared', 'tdx.copyValue', hexString(sharedForm), `Copy ${isGfn ? sharedGfn : sharedGpa}`);
  md += ' · ' + link('Copy private', 'tdx.copyValue', hexString(privateForm), `Copy ${isGfn ? privateGfn : privateGpa}`);
  if (where) {
    const text = token.text;
    for (const conversion of ['toShared', 'toPrivate'] as Conversion[]) {
      const r = convertAddress(token, conversion, gpaw);
      if (r.ok && r.text !== text) {
        const args: ReplaceTokenArgs = {
          uri: where.uri,
          line: where.line,
          start: token.start,
          end: token.end,
          expected: text,
          text: r.text,
        };
        md += ' · ' + replaceLink(`Replace ${CONVERSION_TITLES[conversion]}`, args, `Replace with ${r.text}`);
      }
    }
  }
  md += ' · ' + link('Open in Inspector', 'tdx.inspect', inspectText(token.kind, token.value), 'Open in the TDX Address Inspector panel');
  const other: Gpaw = gpaw === 48 ? 52 : 48;
  md += ' · ' + link(`Use GPAW ${other}`, 'tdx.selectGpaw', other, `Set tdx.gpaw to ${other}`);
  return md;
}

/** Settings the hover and inlay-hint paths depend on. */
export interface DetectionSettings {
  readonly gpaw: Gpaw;
  readonly grouping: Grouping;
  readonly labelledBareHex: boolean;
}

/**
 * The hover for `character` in `text` (a line, or a window of one): the markdown and the token's range
 * in `text`, or undefined when no address is there. Cost depends only on the window around `character`.
 */
export function hoverAtPosition(
  text: string,
  character: number,
  s: DetectionSettings,
  where?: HoverLocation & { readonly offset: number },
): { markdown: string; start: number; end: number } | undefined {
  const token = tokenAt(text, character, s.labelledBareHex);
  if (!token) return undefined;
  const shift = where?.offset ?? 0;
  const located: AddressToken = {
    start: token.start + shift,
    end: token.end + shift,
    text: token.text,
    value: token.value,
    kind: token.kind,
    label: token.label,
    style: token.style,
  };
  return { markdown: hoverMarkdown(located, s.gpaw, s.grouping, where), start: token.start, end: token.end };
}

/** One inlay hint: after `character` on `line`, the status word, with a tooltip. */
export interface StatusHint {
  readonly line: number;
  readonly character: number;
  readonly label: AddressStatus;
  readonly tooltip: string;
}

/**
 * Status hints for lines `[first, last]` (columns `from` on the first and `to` on the last), at most
 * `max` of them. `lineAt` supplies line text, so only the requested range is ever read.
 */
export function statusHints(
  lineAt: (line: number) => string,
  first: number,
  last: number,
  from: number,
  to: number,
  s: DetectionSettings,
  max: number,
): StatusHint[] {
  const hints: StatusHint[] = [];
  for (let line = first; line <= last && hints.length < max; line++) {
    const text = lineAt(line);
    const scanFrom = line === first ? from : 0;
    const scanTo = line === last ? to : text.length;
    for (const t of scanLine(text, { labelledBareHex: s.labelledBareHex, from: scanFrom, to: scanTo })) {
      const a = analyzeAddress(t.value, t.kind, s.gpaw);
      const tooltip =
        a.status === 'invalid'
          ? `Invalid under GPAW ${s.gpaw}: reserved ${describeBits(a.reservedBits)} set`
          : `${a.status === 'shared' ? 'Shared' : 'Private'} ${t.kind.toUpperCase()} under GPAW ${s.gpaw} (bit ${a.sharedBit})`;
      hints.push({ line, character: t.end, label: a.status, tooltip });
      if (hints.length >= max) break;
    }
  }
  return hints;
}
