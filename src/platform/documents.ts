import vscode = require('vscode');
import { UserError } from './errors';

/**
 * The document a command's URI-string argument names: the open one, or opened now. A string that is no URI, or a
 * document that cannot be opened, is refused with a `UserError` naming the command, what was wrong and `accepted`.
 */
export async function documentForArgument(command: string, arg: string, accepted: string): Promise<vscode.TextDocument> {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(arg, true);
  } catch (e) {
    throw new UserError(`${command}: ${JSON.stringify(clip(arg))} is not a URI (${errorMessage(e)}); ${accepted}`);
  }
  const key = uri.toString();
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  if (open) return open;
  try {
    return await vscode.workspace.openTextDocument(uri);
  } catch (e) {
    throw new UserError(
      `${command}: ${uri.toString(true)} is not open and cannot be opened as a text document (${errorMessage(e)}); ${accepted}`,
    );
  }
}

/** The last path segment of a document's URI (`trace.log`), or the whole URI when it has none. */
export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString(true);
}

/** At most 120 characters of user input, for messages. */
export function clip(text: string): string {
  return text.length > 120 ? text.slice(0, 119) + '…' : text;
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
