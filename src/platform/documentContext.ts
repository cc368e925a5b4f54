import vscode = require('vscode');
import { DocumentSides, isSideSetting, SideAnswer, SideSetting } from '../detect/side';
import { NO_USER_RULES, parseUserFieldRules, UserFieldRules } from '../detect/userRules';
import { folderOf, settingsFor, SettingsSubject } from './config';
import { warn } from './notify';

/** How long after the last edit a document's marker lines are searched again. */
const MARKER_DEBOUNCE_MS = 300;
/** The workspace-state key under which the sides set by hand are kept, by document URI. */
const SIDES_KEY = 'tdx.documentSides';

/**
 * What a document says about itself beyond one line, and what the user taught: its side (host or guest) from its
 * marker lines or from the user, and the field rules of its folder (`tdx.detect.fields`). Hovers, the page index,
 * inlay hints and the API read it; `onDidChange` tells them to read a document again (`undefined`: every document).
 */
export class DocumentContexts implements vscode.Disposable {
  private readonly sidesByUri = new Map<string, { version: number; sides: DocumentSides }>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly rulesByFolder = new Map<string, UserFieldRules>();
  private readonly warned = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires with a document whose side may read differently now, or `undefined` when the field rules changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !this.sidesByUri.has(e.document.uri.toString())) return;
        this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('tdx.detect.fields')) return;
        this.rulesByFolder.clear();
        this.changed.fire(undefined);
      }),
    );
  }

  /** The side markers of `document`, searched now if never searched (edits are searched again after a pause). */
  sides(document: vscode.TextDocument): DocumentSides {
    const key = document.uri.toString();
    const known = this.sidesByUri.get(key);
    if (known) return known.sides;
    const sides = findSides(document);
    this.sidesByUri.set(key, { version: document.version, sides });
    return sides;
  }

  /** The side setting of the document at `uri`: `auto` unless the user set one. */
  sideSetting(uri: vscode.Uri): SideSetting {
    const set = this.state.get<Record<string, unknown>>(SIDES_KEY, {})[uri.toString()];
    return isSideSetting(set) ? set : 'auto';
  }

  /** The side of `line` of `document` and what decided it (a marker line, the user, or nothing). */
  sideAt(document: vscode.TextDocument, line: number): SideAnswer {
    return this.sides(document).sideAt(line, this.sideSetting(document.uri));
  }

  /** Sets the side of the document at `uri` (kept across sessions for that document) and re-reads it. */
  async setSide(uri: vscode.Uri, setting: SideSetting): Promise<void> {
    const all = { ...this.state.get<Record<string, unknown>>(SIDES_KEY, {}) };
    if (setting === 'auto') delete all[uri.toString()];
    else all[uri.toString()] = setting;
    await this.state.update(SIDES_KEY, all);
    this.changed.fire(uri);
  }

  /**
   * The field rules (`tdx.detect.fields`) of `subject`'s folder, or of the workspace for a subject outside every
   * folder. Each bad entry is warned about once, naming it and the accepted kinds; the valid ones still apply.
   */
  fieldRules(subject: SettingsSubject): UserFieldRules {
    const folder = folderOf(subject);
    const key = folder?.uri.toString() ?? '';
    const known = this.rulesByFolder.get(key);
    if (known) return known;
    const written = settingsFor(folder).detectFields;
    const rules = Object.keys(written).length === 0 ? NO_USER_RULES : parseUserFieldRules(written);
    for (const p of rules.problems) {
      if (this.warned.has(p)) continue;
      this.warned.add(p);
      void warn(p);
    }
    this.rulesByFolder.set(key, rules);
    return rules;
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        if (document.isClosed) return;
        const before = this.sidesByUri.get(key)?.sides;
        const sides = findSides(document);
        this.sidesByUri.set(key, { version: document.version, sides });
        if (!before || !sameChanges(before, sides)) this.changed.fire(document.uri);
      }, MARKER_DEBOUNCE_MS),
    );
  }

  private forget(key: string): void {
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    this.sidesByUri.delete(key);
  }

  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
    for (const d of this.disposables) d.dispose();
  }
}

function findSides(document: vscode.TextDocument): DocumentSides {
  return DocumentSides.find({
    text: document.getText(),
    lineAt: (offset) => document.positionAt(offset).line,
    lineText: (line) => document.lineAt(line).text,
  });
}

function sameChanges(a: DocumentSides, b: DocumentSides): boolean {
  return (
    a.changes.length === b.changes.length &&
    a.changes.every((c, i) => c.line === b.changes[i].line && c.rule === b.changes[i].rule && c.text === b.changes[i].text)
  );
}

/** Creates the one document-context service of the extension; disposed with it. */
export function registerDocumentContexts(context: vscode.ExtensionContext): DocumentContexts {
  const contexts = new DocumentContexts(context.workspaceState);
  context.subscriptions.push(contexts);
  return contexts;
}
