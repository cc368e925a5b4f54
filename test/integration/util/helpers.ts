import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

export * from './workbench';

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
