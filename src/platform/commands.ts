import vscode = require('vscode');
import { Command } from './commandIds';
import { UserError } from './errors';
import { log } from './log';
import type { DebugVariable } from '../detect/debugValue';
import type { ReplaceTokenArgs } from '../meaning/hoverContent';
import type { EptWalkSummary, ShownWalk, WalkRequest } from '../tdx/eptWalk';
import type { AnalysisSummary } from '../tdx/summary';
import type { AddressKind, Gpaw } from '../tdx/tdx';
// Result shapes owned by feature models (types only: nothing of those features is loaded from here).
import type { WatchEntry } from '../addresses/model';
import type { PageEntry } from '../pages/model/pageIndex';
import type { HistoryArgs, HistoryResult } from '../pages/model/history';
import type { SetSideArgs, TeachLabelArgs } from '../teach/index';
import type { SideSetting } from '../detect/side';
import type { TaughtKind } from '../detect/userRules';

/** `tdx.inspect`'s object argument: an address, how to read it, and the workspace folder (URI string) whose GPAW applies. */
export interface InspectArgs {
  readonly address: string;
  readonly kind?: AddressKind;
  readonly folder?: string;
}

/**
 * `tdx.setDebuggeeSide`'s argument: the side (`auto` reads it from the session's output markers) and the launch
 * configuration it is kept for (by name; default the active debug session's), e.g. `{ side: 'host' }`.
 */
export interface SetDebuggeeSideArgs {
  readonly side: SideSetting;
  readonly session?: string;
}

/** A variable of the Variables or Watch view (what `tdx.inspectVariable` reads) and the id of its debug session. */
export interface VariableArgs extends DebugVariable {
  readonly sessionId?: string;
}

/**
 * Each command id with the arguments its handler runs with and what it returns: the one table that
 * `registerCommand` and `executeCommand` check against (the shape of vscode-js-debug's `ICommandTypes`).
 * `args` is what a handler gets after its boundary check (see `registerCommand`), not a promise about what
 * users, keybindings or other extensions pass.
 */
export interface CommandTypes {
  [Command.ToShared]: { args: [address?: string]; result: string | undefined };
  [Command.ToPrivate]: { args: [address?: string]; result: string | undefined };
  [Command.ToggleShared]: { args: [address?: string]; result: string | undefined };
  [Command.GpaToGfn]: { args: [address?: string]; result: string | undefined };
  [Command.GfnToGpa]: { args: [address?: string]; result: string | undefined };
  [Command.Inspect]: { args: [request?: string | InspectArgs]; result: AnalysisSummary | undefined };
  [Command.SelectGpaw]: { args: [gpaw?: Gpaw]; result: Gpaw | undefined };
  [Command.OpenInspector]: { args: []; result: void };
  /** `undefined`: not a variable of a debug session (the user is told so). */
  [Command.InspectVariable]: { args: [variable: VariableArgs | undefined]; result: AnalysisSummary | undefined };
  [Command.InspectExpression]: { args: [expression?: string]; result: AnalysisSummary | undefined };
  [Command.ReadGpawFromDebuggee]: { args: [options?: { apply: boolean }]; result: Gpaw | undefined };
  /** Nothing: pick for the active debug session. */
  [Command.SetDebuggeeSide]: { args: [side?: SetDebuggeeSideArgs]; result: SideSetting | undefined };
  [Command.WalkEpt]: { args: [request?: WalkRequest]; result: EptWalkSummary | undefined };
  /** A document URI string: return its pages; a `Uri` or nothing: the quick pick for that (or the active) document. */
  [Command.ListPages]: { args: [document?: string | vscode.Uri]; result: PageEntry[] | undefined };
  /** An address of a document: wait for its index and return the frame's history; nothing: show it for the cursor's frame. */
  [Command.PageHistory]: { args: [request?: HistoryArgs]; result: HistoryResult | undefined };
  [Command.WatchAdd]: { args: [expression?: string]; result: WatchEntry[] | undefined };
  [Command.WatchRemove]: { args: [expression: string]; result: WatchEntry[] };
  [Command.WatchRemoveAll]: { args: []; result: WatchEntry[] };
  [Command.WatchRefresh]: { args: []; result: WatchEntry[] };
  [Command.WatchCopy]: { args: [text: string | undefined]; result: void };
  /** The inspector input of a TDX Addresses item (`gfn 0x…` for a GFN), `undefined` for an item that is no address. */
  [Command.WatchInspect]: { args: [address: string | undefined]; result: AnalysisSummary | undefined };
  [Command.CopyValue]: { args: [text: string]; result: void };
  [Command.ReplaceToken]: { args: [replacement: ReplaceTokenArgs]; result: boolean };
  [Command.ShowWalk]: { args: [walk: ShownWalk]; result: void };
  /** Returns the sample document's URI string. */
  [Command.OpenSampleTrace]: { args: []; result: string };
  /** Nothing: pick for the active editor. */
  [Command.SetDocumentSide]: { args: [side?: SetSideArgs]; result: SideSetting | undefined };
  /** Nothing: ask for the label and the kind. */
  [Command.TeachLabel]: { args: [label?: TeachLabelArgs]; result: TaughtKind | undefined };
}

export type CommandArgs<K extends keyof CommandTypes> = CommandTypes[K]['args'];
export type CommandResult<K extends keyof CommandTypes> = CommandTypes[K]['result'];

/**
 * The boundary of a command: turns what VS Code passed (from a user, a menu, a keybinding, a hover link or
 * another extension, so `unknown`) into the handler's typed arguments, or throws a `UserError` saying what
 * was wrong and what is accepted.
 */
export type AcceptArgs<K extends keyof CommandTypes> = (raw: readonly unknown[]) => CommandArgs<K>;

/** For commands that take nothing: whatever is passed is ignored. */
export const noArgs = (): [] => [];

/**
 * Registers the handler of `id`, with `accept` as its one boundary check of the raw arguments. Unexpected failures
 * are logged with their stack and surface to the user (and to programmatic callers) as one short line;
 * `UserError`s keep their own message.
 */
export function registerCommand<K extends keyof CommandTypes>(
  id: K,
  accept: AcceptArgs<K>,
  handler: (...args: CommandArgs<K>) => CommandResult<K> | Thenable<CommandResult<K>>,
): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...raw: unknown[]) => {
    try {
      return await handler(...accept(raw));
    } catch (e) {
      if (e instanceof UserError) throw e;
      log().error(`${id} failed:`, e instanceof Error ? (e.stack ?? e.message) : String(e));
      throw new Error(
        `${id} failed unexpectedly (${e instanceof Error ? e.message : String(e)}). Details are in the "TDX Address Inspector" output log.`,
      );
    }
  });
}

/** Runs one of the extension's own commands with its typed arguments. */
export function executeCommand<K extends keyof CommandTypes>(id: K, ...args: CommandArgs<K>): Thenable<CommandResult<K>> {
  return vscode.commands.executeCommand<CommandResult<K>>(id, ...args);
}

/** How an argument is named in messages: `a number`, `an object`, `null`, `an array`. */
export function describeArg(arg: unknown): string {
  if (arg === null) return 'null';
  if (Array.isArray(arg)) return 'an array';
  if (typeof arg === 'object') return 'an object';
  return `a ${typeof arg}`;
}

/** Throws the `UserError` of a command given something it does not accept. */
export function rejectArg(id: Command, arg: unknown, accepted: string): never {
  throw new UserError(`${id} got ${describeArg(arg)}; ${accepted}`);
}
