import vscode = require('vscode');

/** Only this much of a line on each side of the cursor is read (a 1 MB minified line costs the same as a short one). */
const WINDOW = 512;
/** Lines up to this long are read whole (every trace and dmesg line is). */
const WHOLE_LINE = 4096;

/**
 * The text a value under the cursor is read from, and the column it starts at: the whole line, so the message name
 * at its start decides what each field is, or for a very long line a window around the cursor.
 */
export function textAroundCursor(document: vscode.TextDocument, position: vscode.Position): { text: string; from: number } {
  const length = document.lineAt(position.line).range.end.character;
  const whole = length <= WHOLE_LINE;
  const from = whole ? 0 : Math.max(0, position.character - WINDOW);
  const to = whole ? length : Math.min(length, position.character + WINDOW);
  return { text: document.getText(new vscode.Range(position.line, from, position.line, to)), from };
}
