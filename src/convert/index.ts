import vscode = require('vscode');
import { Command } from '../platform/commandIds';
import { activeFolder, gpawTarget, settingsFor, writeGpaw } from '../platform/config';
import { describeArg, registerCommand } from '../platform/commands';
import { fail, inform, warn } from '../platform/notify';
import { promptForAddress } from '../platform/prompt';
import { CONVERSION_TITLES, Conversion, convertAddress } from '../tdx/convert';
import { UserError } from '../platform/errors';
import { formatHex } from '../tdx/format';
import { ReplaceTokenArgs } from '../meaning/hoverContent';
import { parseAddress, ParsedAddress, parseUserInput } from '../tdx/parse';
import { ClassifiedValue, classifiedValueAt, classifyLine } from '../detect/classify';
import { eptLevelCount, Gpaw, isGpaw, sharedBitIndex, SUPPORTED_GPAWS } from '../tdx/tdx';
import { isGuestPhysical, VALUE_KIND_TITLES } from '../detect/valueKind';

type ConversionCommand = Command.ToShared | Command.ToPrivate | Command.ToggleShared | Command.GpaToGfn | Command.GfnToGpa;

const CONVERSIONS: [ConversionCommand, Conversion][] = [
  [Command.ToShared, 'toShared'],
  [Command.ToPrivate, 'toPrivate'],
  [Command.ToggleShared, 'toggleShared'],
  [Command.GpaToGfn, 'gpaToGfn'],
  [Command.GfnToGpa, 'gfnToGpa'],
];

/** Command-palette conversions, GPAW selection and the hidden hover-link commands. */
export function registerCommands(context: vscode.ExtensionContext): void {
  for (const [id, conversion] of CONVERSIONS) {
    context.subscriptions.push(registerCommand(id, acceptAddress, (address?: string) => runConversion(conversion, address)));
  }
  context.subscriptions.push(
    registerCommand(Command.SelectGpaw, acceptGpaw, selectGpaw),
    registerCommand(
      Command.CopyValue,
      ([text]) => {
        if (typeof text !== 'string') throw new UserError(`tdx.copyValue takes the text to copy (a string), got ${describeArg(text)}`);
        return [text];
      },
      async (text) => {
        await vscode.env.clipboard.writeText(text);
        vscode.window.setStatusBarMessage(`Copied ${text}`, 3000);
      },
    ),
    registerCommand(Command.ReplaceToken, acceptReplacement, replaceToken),
  );
}

/** A conversion's argument: an address string, or nothing (or the editor's URI, from its context menu) for the editor or a prompt. */
function acceptAddress([arg]: readonly unknown[]): [address?: string] {
  if (typeof arg === 'string') return [arg];
  if (arg === undefined || arg instanceof vscode.Uri) return [];
  throw new UserError(`tdx conversion commands take an address string (e.g. "0x8000_0000_1234"), got ${typeof arg}`);
}

/** `tdx.selectGpaw`'s argument: 48 or 52 (a number or a decimal string), or nothing (or a URI) for the quick pick. */
function acceptGpaw([arg]: readonly unknown[]): [gpaw?: Gpaw] {
  if (arg === undefined || arg instanceof vscode.Uri) return [];
  const n = typeof arg === 'string' && /^\s*\d+\s*$/.test(arg) ? Number(arg) : arg;
  if (!isGpaw(n)) throw new UserError(`GPAW must be 48 or 52, got ${JSON.stringify(arg)}`);
  return [n];
}

/** `tdx.replaceToken`'s argument, as the hover link writes it (`ReplaceTokenArgs`). */
function acceptReplacement([arg]: readonly unknown[]): [ReplaceTokenArgs] {
  const a = (typeof arg === 'object' && arg !== null ? arg : {}) as Partial<Record<keyof ReplaceTokenArgs, unknown>>;
  if (
    typeof a.uri !== 'string' ||
    typeof a.text !== 'string' ||
    typeof a.expected !== 'string' ||
    !Number.isInteger(a.line) ||
    !Number.isInteger(a.start) ||
    !Number.isInteger(a.end)
  ) {
    throw new UserError(
      `tdx.replaceToken takes { uri: string, line: number, start: number, end: number, expected: string, text: string } (a hover link's argument), got ${describeArg(arg)}`,
    );
  }
  return [a as ReplaceTokenArgs];
}

async function runConversion(conversion: Conversion, address: string | undefined): Promise<string | undefined> {
  if (address !== undefined) {
    const parsed = parseUserInput(address);
    if (!parsed.ok) throw new UserError(parsed.error);
    const r = convertAddress(parsed, conversion, settingsFor(activeFolder()).gpaw);
    if (!r.ok) throw new UserError(`${address.trim()} ${r.error}`);
    return r.text;
  }
  const editor = vscode.window.activeTextEditor;
  if (editor && (await convertInEditor(editor, conversion))) return undefined;
  return promptAndShow(conversion);
}

interface Edit {
  range: vscode.Range;
  text: string;
}

/** Tokens to convert in one selection: the token under an empty cursor, or all tokens inside the selection. */
/** One value a conversion meets: a TD guest-physical token to convert, or why a value is left alone. */
type Found = { line: number; start: number; end: number } & ({ token: ParsedAddress } | { notAddress: string });

/**
 * What a classified value is to a conversion: a guest-physical token, or the reason it is not one. A number nothing
 * identifies is converted as a GPA: the user chose it by selecting it and running the command.
 */
function found(line: number, v: ClassifiedValue): Found {
  const at = { line, start: v.start, end: v.end };
  const kind = v.kind === 'number' ? 'gpa' : v.kind;
  return isGuestPhysical(kind)
    ? { ...at, token: { value: v.value, kind, style: v.style, ...(v.label ? { label: v.label } : {}) } }
    : {
        ...at,
        notAddress: `is not a guest address (${VALUE_KIND_TITLES[v.kind]})`,
      };
}

/**
 * Values to convert in one selection, classified as hovers classify them: the value under an empty
 * cursor, an exactly selected address (converted whatever the line says: the user chose it), or every
 * value inside a wider selection (non-addresses there are reported, not converted).
 */
function valuesIn(document: vscode.TextDocument, selection: vscode.Selection, bare: boolean): Found[] {
  const options = { labelledBareHex: bare, languageId: document.languageId };
  if (selection.isEmpty) {
    const line = selection.active.line;
    const v = classifiedValueAt(document.lineAt(line).text, selection.active.character, options);
    return v ? [found(line, v)] : [];
  }
  const selected = document.getText(selection);
  if (selection.isSingleLine) {
    const parsed = parseAddress(selected.trim());
    if (parsed.ok) {
      const start = selection.start.character + (selected.length - selected.trimStart().length);
      return [{ line: selection.start.line, start, end: start + selected.trim().length, token: parsed }];
    }
  }
  const out: Found[] = [];
  for (let line = selection.start.line; line <= selection.end.line; line++) {
    const text = document.lineAt(line).text;
    const from = line === selection.start.line ? selection.start.character : 0;
    const to = line === selection.end.line ? selection.end.character : text.length;
    for (const v of classifyLine(text, { ...options, from, to })) if (v.end <= to) out.push(found(line, v));
  }
  return out;
}

async function convertInEditor(editor: vscode.TextEditor, conversion: Conversion): Promise<boolean> {
  const settings = settingsFor(editor.document);
  const edits: Edit[] = [];
  const problems: string[] = [];
  let empty = 0;
  for (const selection of editor.selections) {
    const values = valuesIn(editor.document, selection, settings.labelledBareHex);
    if (values.length === 0) {
      empty++;
      continue;
    }
    for (const v of values) {
      const range = new vscode.Range(v.line, v.start, v.line, v.end);
      const r = 'token' in v ? convertAddress(v.token, conversion, settings.gpaw) : { ok: false as const, error: v.notAddress };
      if (r.ok) edits.push({ range, text: r.text });
      else problems.push(`${editor.document.getText(range)} (line ${v.line + 1}) ${r.error}`);
    }
  }
  if (edits.length === 0 && problems.length === 0) return false;
  if (edits.length > 0) {
    const ok = await editor.edit((b) => {
      for (const e of edits) b.replace(e.range, e.text);
    });
    if (!ok) throw new UserError('the editor refused the edit (the document changed meanwhile); nothing was converted');
  }
  const notes: string[] = [];
  if (empty > 0) notes.push(`${empty} of ${editor.selections.length} selections hold no address and were left alone`);
  if (problems.length > 0)
    notes.push(`not converted: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` and ${problems.length - 5} more` : ''}`);
  if (notes.length > 0) void warn(`TDX ${CONVERSION_TITLES[conversion]}: ${notes.join('. ')}.`);
  return true;
}

async function promptAndShow(conversion: Conversion): Promise<string | undefined> {
  const settings = settingsFor(activeFolder());
  const input = await promptForAddress(`TDX: Convert ${CONVERSION_TITLES[conversion]} (GPAW ${settings.gpaw})`, (p, text) => {
    const r = convertAddress(p, conversion, settings.gpaw);
    return r.ok ? undefined : `${text} ${r.error}`;
  });
  if (input === undefined) return undefined;
  const parsed = parseUserInput(input);
  if (!parsed.ok) {
    void fail(parsed.error);
    return undefined;
  }
  const r = convertAddress(parsed, conversion, settings.gpaw);
  if (!r.ok) {
    void fail(`${input.trim()} ${r.error}`);
    return undefined;
  }
  const shown = r.kind === 'gfn' ? `GFN ${formatHex(r.value, settings.grouping)}` : formatHex(r.value, settings.grouping);
  void inform(`${input.trim()} ${CONVERSION_TITLES[conversion]} (GPAW ${settings.gpaw}): ${shown}`, 'Copy').then((choice) => {
    if (choice === 'Copy') void vscode.env.clipboard.writeText(formatHex(r.value, 'none'));
  });
  return r.text;
}

async function selectGpaw(gpaw?: Gpaw): Promise<Gpaw | undefined> {
  if (gpaw !== undefined) {
    await writeGpaw(gpaw, activeFolder());
    return gpaw;
  }
  const folder = activeFolder();
  const current = settingsFor(folder).gpaw;
  const items = SUPPORTED_GPAWS.map((g) => ({
    label: `GPAW ${g}`,
    description: g === current ? '(current)' : '',
    detail: `Shared bit ${sharedBitIndex(g)}, ${eptLevelCount(g)}-level EPT, GPAs below 2^${g}`,
    picked: g === current,
    gpaw: g,
  }));
  const pick = await vscode.window.showQuickPick(items, {
    title: 'TDX guest physical address width',
    placeHolder: `Current: ${current}. Written to the ${gpawTarget(folder).where} settings (tdx.gpaw)`,
  });
  if (!pick) return undefined;
  await writeGpaw(pick.gpaw, folder);
  return pick.gpaw;
}

async function replaceToken(a: ReplaceTokenArgs): Promise<boolean> {
  const uri = vscode.Uri.parse(a.uri);
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const document = editor?.document ?? (await vscode.workspace.openTextDocument(uri));
  const range = new vscode.Range(a.line, a.start, a.line, a.end);
  if (document.getText(range) !== a.expected) {
    void warn(`The text changed since the hover (expected ${a.expected}); nothing was replaced.`);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, range, a.text);
  return vscode.workspace.applyEdit(edit);
}
