import vscode = require('vscode');
import { settingsFor } from '../platform/config';
import { DocumentIndexService } from './documentIndex';
import { log } from '../platform/log';

/** How long a references request waits for each document's index before answering from what is indexed. */
const WAIT_MS = 5000;

/**
 * Find All References / Peek References on a `gpa`/`gfn` value: the same set the highlights show, in this document
 * and (with `tdx.references.openDocuments`) in every other open document except output channels, each read under
 * its own GPAW. Never throws.
 */
export function registerReferences(context: vscode.ExtensionContext, pages: DocumentIndexService): void {
  context.subscriptions.push(
    vscode.languages.registerReferenceProvider('*', {
      async provideReferences(document, position, _context, token) {
        try {
          const target = pages.targetAt(document, position);
          if (!target) return undefined;
          const key = document.uri.toString();
          const others = settingsFor(document).referencesOpenDocuments
            ? vscode.workspace.textDocuments.filter((d) => d.uri.scheme !== 'output' && !d.isClosed && d.uri.toString() !== key)
            : [];
          const documents = [document, ...others];
          await Promise.all(documents.map((d) => pages.whenComplete(d, WAIT_MS, token)));
          if (token.isCancellationRequested) return undefined;
          const { kind, value } = target.value;
          return documents.flatMap((d) =>
            pages
              .occurrences(d, kind, value, d === document ? target.line : undefined)
              .map((o) => new vscode.Location(d.uri, new vscode.Range(o.line, o.start, o.line, o.end))),
          );
        } catch (e) {
          log().error('references failed:', e instanceof Error ? (e.stack ?? e.message) : String(e));
          return undefined;
        }
      },
    }),
  );
}
