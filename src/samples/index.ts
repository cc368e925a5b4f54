import vscode = require('vscode');
import { Command } from '../platform/commandIds';
import { noArgs, registerCommand } from '../platform/commands';
import { SAMPLE_TRACE } from './model';

/** The read-only document the sample trace opens as: nothing to save when it is closed. */
export const SAMPLE_TRACE_URI = 'tdx-sample:/kvm-trace.log';

/** `tdx.openSampleTrace`: the built-in sample trace in a read-only editor (language `log` where VS Code has it). */
export function registerSampleTrace(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider('tdx-sample', { provideTextDocumentContent: () => SAMPLE_TRACE }),
    registerCommand(Command.OpenSampleTrace, noArgs, async () => {
      let document = await vscode.workspace.openTextDocument(vscode.Uri.parse(SAMPLE_TRACE_URI));
      if ((await vscode.languages.getLanguages()).includes('log') && document.languageId !== 'log') {
        document = await vscode.languages.setTextDocumentLanguage(document, 'log');
      }
      await vscode.window.showTextDocument(document, { preview: false });
      return document.uri.toString();
    }),
  );
}
