import vscode = require('vscode');
import { DocumentIndexService, registerDocumentIndex } from './documentIndex';
import { registerHighlights } from './highlights';
import { registerPageHistory } from './history';
import { registerListPages } from './listPages';
import { registerReferences } from './references';
import { DocumentContexts } from '../platform/documentContext';

/**
 * The pages feature: the page index of each open document (built in the background) and what reads it —
 * same-frame highlights, Find All References, `tdx.listPages` and the page history view. Returns the index service (the hover reads it too).
 */
export function registerPages(context: vscode.ExtensionContext, deps: { readonly contexts: DocumentContexts }): DocumentIndexService {
  const pages = registerDocumentIndex(context, deps.contexts);
  registerHighlights(context, pages);
  registerReferences(context, pages);
  registerListPages(context, pages);
  registerPageHistory(context, pages);
  return pages;
}
