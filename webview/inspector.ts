// The TDX Address Inspector webview: renders the host's InspectorView and sends user intents back.
// No analysis happens here; all addresses arrive as strings. Built by esbuild as a browser IIFE.
import type { FromWebviewMessage, RenderedReport, ToWebviewMessage } from '../src/shared/protocol';
import type { InspectorState, InspectorView } from '../src/shared/inspectorView';

interface VsCodeApi {
  postMessage(message: FromWebviewMessage): void;
  getState(): unknown;
  setState(state: InspectorState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const post = (m: FromWebviewMessage) => vscode.postMessage(m);

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

const input = $<HTMLInputElement>('address');
const kindButtons = [...document.querySelectorAll<HTMLButtonElement>('[data-kind]')];
const gpawButtons = [...document.querySelectorAll<HTMLButtonElement>('[data-gpaw]')];

/** Sequence number of the last `input` message sent; views answering older ones are stale and skipped. */
let sentSeq = 0;
const sendInput = (kind: 'gpa' | 'gfn') => post({ type: 'input', text: input.value, kind, seq: ++sentSeq });

input.addEventListener('input', () => sendInput(currentKind()));
input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') post({ type: 'commit' });
});
for (const b of kindButtons) b.addEventListener('click', () => sendInput(b.dataset.kind === 'gfn' ? 'gfn' : 'gpa'));
for (const b of gpawButtons) b.addEventListener('click', () => post({ type: 'setGpaw', gpaw: b.dataset.gpaw === '48' ? 48 : 52 }));
$('clear-history').addEventListener('click', () => post({ type: 'clearHistory' }));
$('walk-ept').addEventListener('click', () => post({ type: 'walkEpt' }));

function currentKind(): 'gpa' | 'gfn' {
  return kindButtons.find((b) => b.getAttribute('aria-pressed') === 'true')?.dataset.kind === 'gfn' ? 'gfn' : 'gpa';
}

function copyButton(text: string, label: string): HTMLButtonElement {
  const b = el('button', { className: 'copy', title: `Copy ${text}`, textContent: 'Copy' });
  b.setAttribute('aria-label', `Copy ${label} ${text}`);
  b.addEventListener('click', () => post({ type: 'copy', text }));
  return b;
}

function renderRuler(v: InspectorView): void {
  const ruler = $('ruler');
  const a = v.analysis;
  if (!a) {
    ruler.replaceChildren();
    return;
  }
  const groups: HTMLElement[] = [];
  for (let g = 0; g < 16; g++) {
    const cells = a.bits.slice(g * 4, g * 4 + 4).map((b) => {
      const text = b.set ? '1' : '0';
      const title = `bit ${b.bit}: ${b.role}${b.role === 'shared' ? ' (click to toggle)' : ''}`;
      const cell =
        b.role === 'shared'
          ? el('button', { className: `bit shared ${b.set ? 'on' : 'off'}`, textContent: text, title, id: 'shared-bit' })
          : el('span', { className: `bit ${b.role} ${b.set ? 'on' : 'off'}`, textContent: text, title });
      cell.setAttribute('aria-label', title + `, ${text}`);
      if (b.role === 'shared') cell.addEventListener('click', () => post({ type: 'toggleSharedBit' }));
      return cell;
    });
    const hi = a.bits[g * 4].bit;
    groups.push(
      el(
        'div',
        { className: 'nibble' },
        el('div', { className: 'bits' }, ...cells),
        el('div', { className: 'bitno', textContent: String(hi) }),
      ),
    );
  }
  ruler.replaceChildren(...groups);
  const legend = $('legend');
  const s = v.sharedBit;
  legend.replaceChildren(
    el('span', { className: 'key reserved', textContent: `reserved 63:${v.gpaw}` }),
    el('span', { className: 'key shared', textContent: `shared ${s}` }),
    el('span', { className: 'key gfn', textContent: `GFN ${s - 1}:12` }),
    el('span', { className: 'key offset', textContent: 'offset 11:0' }),
  );
}

function renderTables(v: InspectorView): void {
  const a = v.analysis;
  $('conversions').replaceChildren(
    ...(a ? [...a.conversions, ...a.largePageOffsets] : []).map((c) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row', textContent: c.label }),
        el('td', {}, el('code', { textContent: c.display })),
        el('td', {}, copyButton(c.copy, c.label)),
      ),
    ),
  );
  $('ept').replaceChildren(
    ...(a ? a.ept : []).map((e) =>
      el('li', {}, el('span', { className: 'level', textContent: e.level }), ' ', el('code', { textContent: String(e.index) })),
    ),
  );
  $('ept-title').textContent = a ? `EPT indices (${a.ept.length} levels)` : 'EPT indices';
}

function renderWalk(v: InspectorView): void {
  const button = $<HTMLButtonElement>('walk-ept');
  button.hidden = !v.canWalk;
  $('walk-note').textContent = v.canWalk ? '' : 'Walk EPT reads the tables through a debug session stopped at a breakpoint.';
  const w = v.walk;
  $('walk').hidden = !w;
  if (!w) return;
  $('walk-title').textContent = w.title;
  $('walk-rows').replaceChildren(
    ...w.rows.map((r) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row', textContent: r.level }),
        el('td', {}, el('code', { textContent: r.tableHpa })),
        el('td', { textContent: String(r.index) }),
        el('td', {}, el('code', { textContent: r.entry })),
        el('td', { textContent: r.flags }),
      ),
    ),
  );
  const result = $('walk-result');
  result.textContent = w.result;
  result.className = w.ok ? 'walk-ok' : 'walk-fault';
}

function renderHistory(v: InspectorView): void {
  $('history').replaceChildren(
    ...v.history.map((h, index) => {
      const b = el(
        'button',
        { className: `history-item ${h.status}` },
        el('code', { textContent: h.display }),
        el('span', { className: 'badge small', textContent: h.status }),
      );
      b.addEventListener('click', () => post({ type: 'pickHistory', index }));
      return el('li', {}, b);
    }),
  );
  $<HTMLButtonElement>('clear-history').disabled = v.history.length === 0;
}

function render(v: InspectorView, report: boolean): void {
  if (input.value !== v.input) input.value = v.input;
  for (const b of kindButtons) b.setAttribute('aria-pressed', String(b.dataset.kind === v.kind));
  for (const b of gpawButtons) b.setAttribute('aria-pressed', String(b.dataset.gpaw === String(v.gpaw)));
  const status = v.analysis ? v.analysis.summary.status : v.error ? 'error' : 'empty';
  const badge = $('status');
  badge.className = `badge ${status}`;
  badge.textContent = v.analysis ? v.analysis.statusText : v.error ? 'not an address' : 'enter an address';
  $('status-note').textContent = v.analysis?.statusNote ?? '';
  $('error').textContent = v.error ?? '';
  input.setAttribute('aria-invalid', String(!!v.error));
  const where = v.scopeName ? ` (${v.scopeName})` : '';
  $('gpaw-note').textContent = `GPAW ${v.gpaw}${where}: shared bit ${v.sharedBit}, ${v.eptLevels}-level EPT`;
  $('details').hidden = !v.analysis;
  renderRuler(v);
  renderTables(v);
  renderWalk(v);
  renderHistory(v);
  const history = v.history.map((h) => ({ input: h.input, kind: h.kind }));
  vscode.setState({ input: v.input, kind: v.kind, history, ...(v.scope ? { scope: v.scope } : {}) });
  if (report) post({ type: 'rendered', report: readBack() });
}

/** What the DOM shows now, for the extension's own integration tests (sent only when the host asks). */
function readBack(): RenderedReport {
  const shared = document.getElementById('shared-bit');
  return {
    input: input.value,
    kind: currentKind(),
    gpaw: Number(gpawButtons.find((b) => b.getAttribute('aria-pressed') === 'true')?.dataset.gpaw ?? 0),
    status: $('status').textContent ?? '',
    sharedBitSet: shared ? shared.textContent === '1' : null,
    error: $('error').textContent ?? '',
    historyLength: $('history').children.length,
    walkTitle: $('walk').hidden ? '' : ($('walk-title').textContent ?? ''),
    walkResult: $('walk').hidden ? '' : ($('walk-result').textContent ?? ''),
    walkRows: $('walk').hidden ? 0 : $('walk-rows').children.length,
  };
}

window.addEventListener('message', (e: MessageEvent<ToWebviewMessage>) => {
  const m = e.data;
  // A view that answers an older keystroke than the last one sent would overwrite what the user is typing.
  if (m?.type === 'view' && m.inputSeq >= sentSeq) render(m.view, m.report);
  else if (m?.type === 'focusInput') input.focus();
});

const saved = vscode.getState() as InspectorState | undefined;
if (saved && typeof saved.input === 'string') input.value = saved.input;
post({ type: 'ready' });
