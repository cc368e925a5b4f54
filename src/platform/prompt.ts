import vscode = require('vscode');
import { ParsedAddress, parseUserInput } from '../tdx/parse';

/**
 * Prompts for one address, validating as the user types (every detector form, or decimal); `check` may
 * refuse a parsed address with a message. Resolves to the trimmed text, or undefined when dismissed.
 */
export async function promptForAddress(
  title: string,
  check?: (p: ParsedAddress, text: string) => string | undefined,
): Promise<string | undefined> {
  const input = await vscode.window.showInputBox({
    title,
    prompt: 'An address: 0x8000_0000_1234, gfn 8000fee00, 00008000`00001234 or decimal',
    placeHolder: '0x8000_0000_1234',
    ignoreFocusOut: true,
    validateInput: (text) => {
      if (text.trim() === '') return undefined;
      const p = parseUserInput(text);
      return p.ok ? check?.(p, text.trim()) : p.error;
    },
  });
  return input?.trim() || undefined;
}
