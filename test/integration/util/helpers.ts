import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'tdx-tools.tdx-address-inspector';

export async function activateExtension(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded`);
  await ext.activate();
}

const EXTENSIONS: Record<string, string> = { c: '.c', cpp: '.cpp', rust: '.rs', log: '.log', plaintext: '.txt' };
let docDir: string | undefined;
let docCount = 0;

/**
 * Opens `content` as a new file with a unique name. Never an untitled document: VS Code reuses an
 * `Untitled-N` URI after its editor closes, and a provider request for the next document can race it.
 * Content with NUL bytes (which VS Code refuses to open from disk as text) is edited into an empty file.
 */
export async function openDocument(content: string, language = 'plaintext'): Promise<vscode.TextDocument> {
  docDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'tdx-docs-'));
  const file = path.join(docDir, `doc-${++docCount}${EXTENSIONS[language] ?? '.txt'}`);
  const binary = content.includes('\u0000');
  fs.writeFileSync(file, binary ? '' : content);
  let doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  if (binary) {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), content);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the content was edited in');
  }
  if (doc.languageId !== language) doc = await vscode.languages.setTextDocumentLanguage(doc, language);
  return doc;
}

/** `openDocument`, shown in the active editor group. */
export async function openText(content: string, language = 'plaintext'): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await openDocument(content, language));
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

import type { TdxExports, TdxTestHooks } from '../../../src/api';
import type { RenderedReport } from '../../../src/core/inspectorProtocol';

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
