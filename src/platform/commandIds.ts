/** Every command id the extension contributes; package.json declares the same (a unit test checks). */
export const enum Command {
  ToShared = 'tdx.toShared',
  ToPrivate = 'tdx.toPrivate',
  ToggleShared = 'tdx.toggleShared',
  GpaToGfn = 'tdx.gpaToGfn',
  GfnToGpa = 'tdx.gfnToGpa',
  Inspect = 'tdx.inspect',
  SelectGpaw = 'tdx.selectGpaw',
  OpenInspector = 'tdx.openInspector',
  InspectVariable = 'tdx.inspectVariable',
  InspectExpression = 'tdx.inspectExpression',
  ReadGpawFromDebuggee = 'tdx.readGpawFromDebuggee',
  /** Which machine the debug session debugs (auto / host / guest), kept per launch configuration. */
  SetDebuggeeSide = 'tdx.setDebuggeeSide',
  WalkEpt = 'tdx.walkEpt',
  ListPages = 'tdx.listPages',
  PageHistory = 'tdx.pageHistory',
  OpenSampleTrace = 'tdx.openSampleTrace',
  WatchAdd = 'tdx.watch.add',
  WatchRemove = 'tdx.watch.remove',
  WatchRemoveAll = 'tdx.watch.removeAll',
  WatchRefresh = 'tdx.watch.refresh',
  /** TDX Addresses items only: copy a value, open it in the inspector. */
  WatchCopy = 'tdx.watch.copy',
  WatchInspect = 'tdx.watch.inspect',
  /** Hover links only (hidden from the palette): copy a value, replace the hovered token. */
  CopyValue = 'tdx.copyValue',
  ReplaceToken = 'tdx.replaceToken',
  /** Which machine wrote a document (auto / host / guest); teach a label's kind (tdx.detect.fields). */
  SetDocumentSide = 'tdx.setDocumentSide',
  TeachLabel = 'tdx.teachLabel',
  /** Internal: the inspector shows an EPT walk that `tdx.walkEpt` computed. */
  ShowWalk = 'tdx.inspector.showWalk',
}
