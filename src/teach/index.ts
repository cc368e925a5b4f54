import vscode = require('vscode');
import { describeSide, SIDE_SETTINGS, SideSetting } from '../detect/side';
import { TAUGHT_KINDS, TaughtKind } from '../detect/userRules';
import { VALUE_KIND_TITLES } from '../detect/valueKind';
import { Command } from '../platform/commandIds';
import { registerCommand, rejectArg } from '../platform/commands';
import { folderOf } from '../platform/config';
import { DocumentContexts } from '../platform/documentContext';
import { inform } from '../platform/notify';
import { UserError } from '../platform/errors';

/** `tdx.setDocumentSide`'s argument: the document (URI string) and its side (`auto` reads it from marker lines). */
export interface SetSideArgs {
  readonly uri: string;
  readonly side: SideSetting;
}

/** `tdx.teachLabel`'s argument: the document (URI string), the label, the message that printed it, the kind. */
export interface TeachLabelArgs {
  readonly uri?: string;
  readonly label: string;
  readonly event?: string;
  readonly kind?: TaughtKind;
}

const SIDE_PICKS: { readonly [S in SideSetting]: string } = {
  auto: 'Read it from the document’s marker lines',
  host: 'Written on the TDX host (KVM, the TDX module loader, QEMU): physical addresses are host physical',
  guest: 'Written in a TD guest (its kernel or firmware): physical addresses are guest physical',
};

/**
 * What users teach the extension about their documents: `tdx.setDocumentSide` (a document's side, kept for that
 * document) and `tdx.teachLabel` (a label's kind, written to `tdx.detect.fields` of the document's folder).
 */
export function registerTeach(context: vscode.ExtensionContext, deps: { readonly contexts: DocumentContexts }): void {
  const { contexts } = deps;
  context.subscriptions.push(
    registerCommand(
      Command.SetDocumentSide,
      ([arg]) => {
        if (arg === undefined) return [];
        const a = arg as Partial<SetSideArgs> | null;
        if (!a || typeof a !== 'object' || typeof a.uri !== 'string' || !SIDE_SETTINGS.includes(a.side as SideSetting))
          rejectArg(
            Command.SetDocumentSide,
            arg,
            'it takes { uri: string, side: "auto" | "host" | "guest" }, or nothing to pick for the active editor.',
          );
        return [{ uri: a.uri, side: a.side as SideSetting }];
      },
      async (arg?: SetSideArgs) => {
        if (arg) {
          const uri = parseUri(Command.SetDocumentSide, arg.uri);
          await contexts.setSide(uri, arg.side);
          return arg.side;
        }
        const document = vscode.window.activeTextEditor?.document;
        if (!document) {
          void inform('TDX: Set Document Side… works on the active editor: open a log first.');
          return undefined;
        }
        const current = contexts.sideSetting(document.uri);
        const detected = contexts.sides(document).sideAt(0);
        const picked = await vscode.window.showQuickPick(
          SIDE_SETTINGS.map((side) => ({
            label: side === current ? `$(check) ${side}` : side,
            description: side === 'auto' ? `now: ${describeSide(detected)}` : undefined,
            detail: SIDE_PICKS[side],
            side,
          })),
          { title: 'Which machine wrote this document?', placeHolder: `Now: ${current}` },
        );
        if (!picked) return undefined;
        await contexts.setSide(document.uri, picked.side);
        return picked.side;
      },
    ),
    registerCommand(
      Command.TeachLabel,
      ([arg]) => {
        if (arg === undefined) return [];
        const a = arg as Partial<TeachLabelArgs> | null;
        if (!a || typeof a !== 'object' || typeof a.label !== 'string' || !/^[A-Za-z_][\w.-]*$/.test(a.label))
          rejectArg(
            Command.TeachLabel,
            arg,
            'it takes { label: string, event?: string, uri?: string, kind?: string }, the label made of letters, digits, _ . -.',
          );
        if (a.event !== undefined && (typeof a.event !== 'string' || !/^[A-Za-z_][\w.-]*$/.test(a.event)))
          rejectArg(Command.TeachLabel, a.event, 'event must be a message name such as "kvm_page_fault".');
        if (a.kind !== undefined && !TAUGHT_KINDS.includes(a.kind))
          throw new UserError(`${Command.TeachLabel}: kind "${String(a.kind)}" is not one of ${TAUGHT_KINDS.join(', ')}.`);
        return [{ uri: typeof a.uri === 'string' ? a.uri : undefined, label: a.label, event: a.event, kind: a.kind }];
      },
      async (arg?: TeachLabelArgs) => {
        const uri = arg?.uri ? parseUri(Command.TeachLabel, arg.uri) : vscode.window.activeTextEditor?.document.uri;
        const label =
          arg?.label ??
          (await vscode.window.showInputBox({
            title: 'Teach a label',
            prompt: 'The label before the number, e.g. exit_info1 (or message/label, e.g. kvm_vmgexit_enter/exit_info1)',
            validateInput: (v) =>
              /^[A-Za-z_][\w.-]*(\/[A-Za-z_][\w.-]*)?$/.test(v) ? undefined : 'Letters, digits, _ . - and at most one /',
          }));
        if (!label) return undefined;
        const kind =
          arg?.kind ??
          (
            await vscode.window.showQuickPick(
              TAUGHT_KINDS.map((k) => ({ label: k, description: VALUE_KIND_TITLES[k], taught: k })),
              { title: `What is the number after “${label}”?`, placeHolder: 'Its kind, for this folder (tdx.detect.fields)' },
            )
          )?.taught;
        if (!kind) return undefined;
        const key = arg?.event ? `${arg.event}/${label}` : label;
        const folder = uri ? folderOf(uri) : undefined;
        const config = vscode.workspace.getConfiguration('tdx', folder?.uri ?? null);
        const target = folder
          ? vscode.ConfigurationTarget.WorkspaceFolder
          : vscode.workspace.workspaceFolders?.length
            ? vscode.ConfigurationTarget.Workspace
            : vscode.ConfigurationTarget.Global;
        const current =
          (target === vscode.ConfigurationTarget.WorkspaceFolder
            ? config.inspect<Record<string, unknown>>('detect.fields')?.workspaceFolderValue
            : target === vscode.ConfigurationTarget.Workspace
              ? config.inspect<Record<string, unknown>>('detect.fields')?.workspaceValue
              : config.inspect<Record<string, unknown>>('detect.fields')?.globalValue) ?? {};
        await config.update('detect.fields', { ...current, [key]: kind }, target);
        void inform(
          `TDX: “${key}” is now read as ${VALUE_KIND_TITLES[kind]} (tdx.detect.fields${folder ? ` of folder ${folder.name}` : ''}).`,
        );
        return kind;
      },
    ),
  );
}

function parseUri(id: Command, text: string): vscode.Uri {
  try {
    return vscode.Uri.parse(text, true);
  } catch {
    throw new UserError(`${id}: "${text}" is not a document URI (e.g. file:///var/log/kvm.log or untitled:Untitled-1).`);
  }
}
