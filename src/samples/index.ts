import vscode = require('vscode');
import { Command } from '../platform/commandIds';
import { registerCommand } from '../platform/log';
import { SAMPLE_TRACE } from './model';

/** `tdx.openSampleTrace`: the built-in sample trace in a new untitled editor (language `log` where VS Code has it). */
export function registerSampleTrace(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    registerCommand(Command.OpenSampleTrace, async () => {
      const language = (await vscode.languages.getLanguages()).includes('log') ? 'log' : 'plaintext';
      const document = await vscode.workspace.openTextDocument({ content: SAMPLE_TRACE, language });
      await vscode.window.showTextDocument(document);
      return document.uri.toString();
    }),
  );
}
