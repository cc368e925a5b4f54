import { CONVERSION_TITLES, Conversion, convertAddress } from './convert';
import { formatHex, Grouping } from './format';
import { DetectionSettings } from './settings';
import { AddressToken, tokenAt } from './scanner';
import { statusNote, statusReason } from './statusText';
import { AddressAnalysis, analyzeAddress, EPT_LEVEL_NAMES, Gpaw } from './tdx';

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
  return `Status: **${a.status}** — ${statusReason(a)}`;
}

/** Text a user would paste to inspect the token elsewhere: `gfn 0x…` for GFNs, `0x…` for GPAs. */
export function inspectText(kind: 'gpa' | 'gfn', value: bigint): string {
  return (kind === 'gfn' ? 'gfn ' : '') + formatHex(value, 'none');
}

/**
 * Markdown for the hover on one detected address (no VS Code types, so the benchmark measures exactly this):
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
  const note = statusNote(a);
  if (note) md += `\n\n_${note}_`;
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
  md += link('Copy shared', 'tdx.copyValue', formatHex(sharedForm, 'none'), `Copy ${isGfn ? sharedGfn : sharedGpa}`);
  md += ' · ' + link('Copy private', 'tdx.copyValue', formatHex(privateForm, 'none'), `Copy ${isGfn ? privateGfn : privateGpa}`);
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
