// Integration helpers that need only the `vscode` API, so they run in both extension hosts: the Node one
// (suites main, restricted, multiroot) and the browser's web worker one (suite web). helpers.ts adds those that need Node.
import * as vscode from 'vscode';
import type { TdxExports, TdxTestHooks } from '../../../src/api/index';
import type { RenderedReport } from '../../../src/shared/protocol';
import * as assert from './assert';

export const EXTENSION_ID = 'tdx-tools.tdx-address-inspector';

/** What `tdx.inspect` returns for `0x8000_0000_1234` under GPAW 48 (the desktop and the web suites check it). */
export const SUMMARY_0x8000_0000_1234 = {
  input: '0x8000_0000_1234',
  kind: 'gpa',
  gpaw: 48,
  sharedBit: 47,
  gpa: '0x800000001234',
  gfn: '0x800000001',
  offset: '0x234',
  status: 'shared',
  reservedBits: '0x0',
  toSharedGpa: '0x800000001234',
  toPrivateGpa: '0x1234',
  toSharedGfn: '0x800000001',
  toPrivateGfn: '0x1',
  ept: { levels: 4, indices: [256, 0, 0, 1] },
};

export async function activateExtension(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded`);
  await ext.activate();
}

let workspaceDocCount = 0;

/**
 * Writes `content` to a new file with a unique name in the first workspace folder, through `vscode.workspace.fs`
 * (which both extension hosts have), and opens it. Never an untitled document: VS Code reuses `Untitled-N` URIs.
 */
export async function openWorkspaceDocument(content: string, extension = '.log'): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the window has a workspace folder');
  const uri = vscode.Uri.joinPath(folder.uri, `tdx-doc-${Date.now().toString(36)}-${++workspaceDocCount}${extension}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return vscode.workspace.openTextDocument(uri);
}

function text(c: vscode.MarkdownString | vscode.MarkedString): string {
  return typeof c === 'string' ? c : c.value;
}

/** The hover markdown our provider gives at a position (joined), or '' when there is none. */
export async function hoverAt(uri: vscode.Uri, line: number, character: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    uri,
    new vscode.Position(line, character),
  );
  return hovers
    .flatMap((h) => h.contents.map(text))
    .filter((t) => t.includes('**TDX'))
    .join('\n---\n');
}

/** The hover `into` characters into the first appearance of `text` in `doc`. */
export async function hoverOn(doc: vscode.TextDocument, text: string, into = 1): Promise<string> {
  const at = doc.getText().indexOf(text);
  assert.ok(at >= 0, `${text} is in ${doc.uri}`);
  const pos = doc.positionAt(at + into);
  return hoverAt(doc.uri, pos.line, pos.character);
}

/** The hover's status line. */
export function statusOf(hover: string): string {
  const line = hover.split('\n').find((l) => l.startsWith('Status:'));
  assert.ok(line, `no status line in hover:\n${hover}`);
  return line;
}

/** Sets a setting and resolves once VS Code reports the change (at once when it already has that value). */
export async function setSetting(key: string, value: unknown, target = vscode.ConfigurationTarget.Workspace): Promise<void> {
  const [section, ...rest] = key.split('.');
  const changed = new Promise<void>((resolve) => {
    const sub = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(key)) {
        sub.dispose();
        resolve();
      }
    });
  });
  const current = vscode.workspace.getConfiguration(section).inspect(rest.join('.'));
  const now = target === vscode.ConfigurationTarget.Global ? current?.globalValue : current?.workspaceValue;
  if (JSON.stringify(now) === JSON.stringify(value)) return;
  await vscode.workspace.getConfiguration(section).update(rest.join('.'), value, target);
  await changed;
}

/** Waits for an event-driven condition, failing after `ms` with `what`. */
export function waitFor<T>(event: vscode.Event<T>, predicate: (e: T) => boolean, what: string, ms = 60_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const sub = event((e) => {
      if (predicate(e)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(e);
      }
    });
  });
}

/** The output-channel document whose text contains `marker`, once VS Code has opened and filled it. */
export function outputDocument(marker: string, ms = 60_000): Promise<vscode.TextDocument> {
  const match = (d: vscode.TextDocument) => d.uri.scheme === 'output' && d.getText().includes(marker);
  const existing = vscode.workspace.textDocuments.find(match);
  if (existing) return Promise.resolve(existing);
  return new Promise((resolve, reject) => {
    const done = (d: vscode.TextDocument) => {
      clearTimeout(timer);
      subs.forEach((s) => s.dispose());
      resolve(d);
    };
    const subs = [
      vscode.workspace.onDidOpenTextDocument((d) => match(d) && done(d)),
      vscode.workspace.onDidChangeTextDocument((e) => match(e.document) && done(e.document)),
    ];
    const timer = setTimeout(() => {
      subs.forEach((s) => s.dispose());
      reject(new Error(`no output document containing ${marker}`));
    }, ms);
  });
}

/** The extension's exports (activating it first). */
export async function exportsOf(): Promise<TdxExports> {
  const ext = vscode.extensions.getExtension<TdxExports>(EXTENSION_ID);
  assert.ok(ext);
  return ext.activate();
}

/** The extension's test hooks, present because the suite runs it in `ExtensionMode.Test`. */
export async function hooks(): Promise<TdxTestHooks> {
  const testing = (await exportsOf()).testing;
  assert.ok(testing, 'the extension exports its test hooks in ExtensionMode.Test');
  return testing;
}

/** Resolves with the next panel render report that satisfies `predicate`, after `action` runs. */
export async function renderAfter(action: () => unknown, predicate: (r: RenderedReport) => boolean, what: string): Promise<RenderedReport> {
  const tdx = await hooks();
  const next = waitFor(tdx.inspector.onDidRender, predicate, `the inspector to render ${what}`);
  await action();
  return next;
}

/** Records a figure for the launcher to print under the run (e.g. timings for the closing note). */
export function report(line: string): void {
  (globalThis as { __tdxTestReport?: string[] }).__tdxTestReport?.push(line);
}
