import vscode = require('vscode');
import { impliedGpaw, CertainGpa } from '../detect/impliedGpaw';
import { folderOf, settingsFor, writeGpaw } from '../platform/config';
import { warn } from '../platform/notify';
import { DocumentIndexService } from '../pages/documentIndex';

/**
 * Says once per document when the addresses it names contradict its folder's GPAW — a GPA with bits 51:48 set under
 * GPAW 48, or both aliases of one frame (bit 47 apart) under GPAW 52 — with a button that switches the folder's
 * GPAW. It never switches on its own. Read from the document's page index when it completes (values a message, a
 * label or the line's shape names; numbers nothing identifies are not in it).
 */
export function registerImpliedGpaw(context: vscode.ExtensionContext, deps: { readonly pages: DocumentIndexService }): void {
  const told = new Set<string>();
  context.subscriptions.push(
    deps.pages.onDidComplete((uri) => {
      const key = uri.toString();
      if (told.has(key)) return;
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (!document) return;
      const gpaw = settingsFor(document).gpaw;
      const index = deps.pages.indexOf(document);
      if (!index.complete || index.gpaw !== gpaw) return;
      const found = impliedGpaw(gpasOf(index.pages()), gpaw);
      if (!found) return;
      told.add(key);
      const folder = folderOf(document);
      const action = `Switch ${folder ? `folder ${folder.name}` : 'the workspace'} to GPAW ${found.gpaw}`;
      void warn(
        `TDX: ${vscode.workspace.asRelativePath(uri)} reads like a TD with GPAW ${found.gpaw}, not ${gpaw}: ${found.evidence}.`,
        action,
      ).then(async (picked) => {
        if (picked === action) await writeGpaw(found.gpaw, folder);
      });
    }),
    vscode.workspace.onDidCloseTextDocument((d) => told.delete(d.uri.toString())),
  );
}

/** Each indexed frame as the GPA of its page, at the line it first appears on. */
function* gpasOf(pages: Iterable<{ readonly frame: bigint; readonly firstLine: number }>): Iterable<CertainGpa> {
  for (const p of pages) yield { gpa: p.frame << 12n, line: p.firstLine };
}
