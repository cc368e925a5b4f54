import * as assert from 'node:assert/strict';
import { inspectorHtml, newNonce } from '../../../src/inspector/html';
import { validateFromWebview } from '../../../src/shared/protocol';
import { buildInspectorView, EMPTY_STATE, HISTORY_LIMIT, pushHistory, restoreState, toggleSharedInput } from '../../../src/inspector/model';

describe('inspector view model', () => {
  it('breaks a GPA into a 64-bit ruler with roles for GPAW 48', () => {
    const v = buildInspectorView({ input: '0x8000_0000_1234', kind: 'gpa', history: [] }, 48, 'underscore');
    assert.ok(v.analysis);
    assert.equal(v.analysis.bits.length, 64);
    assert.equal(v.analysis.bits[0].bit, 63);
    const role = (bit: number) => v.analysis!.bits[63 - bit].role;
    assert.deepEqual(
      [role(63), role(48), role(47), role(46), role(12), role(11), role(0)],
      ['reserved', 'reserved', 'shared', 'gfn', 'gfn', 'offset', 'offset'],
    );
    assert.equal(v.analysis.bits[63 - 47].set, true);
    assert.equal(v.analysis.statusText, 'shared — bit 47 is set');
    assert.deepEqual(v.analysis.ept, [
      { level: 'PML4', index: 256 },
      { level: 'PDPT', index: 0 },
      { level: 'PD', index: 0 },
      { level: 'PT', index: 1 },
    ]);
    assert.deepEqual(
      v.analysis.conversions.find((c) => c.label === 'To private (GPA)'),
      { label: 'To private (GPA)', display: '0x1234', copy: '0x1234' },
    );
    assert.deepEqual(
      v.analysis.largePageOffsets.map((o) => o.copy),
      ['0x1234', '0x1234'],
    );
  });

  it('uses a 5-level walk and bit 51 for GPAW 52; explains invalid and bad input', () => {
    const v = buildInspectorView({ input: '0x8_0000_0000_1000', kind: 'gpa', history: [] }, 52, 'none');
    assert.equal(v.analysis?.ept.length, 5);
    assert.equal(v.analysis?.ept[0].level, 'PML5');
    assert.equal(v.analysis?.statusText, 'shared — bit 51 is set');
    assert.equal(
      buildInspectorView({ input: '0xffff888000001000', kind: 'gpa', history: [] }, 48, 'none').analysis?.statusText,
      'invalid — reserved bits 63:48 set (bits 63:48 must be 0 under GPAW 48)',
    );
    assert.equal(
      buildInspectorView({ input: '0xffff888000001000', kind: 'gpa', history: [] }, 48, 'none').analysis?.statusNote,
      'Looks like a kernel virtual address (0xffff…): never a guest physical address.',
    );
    const bad = buildInspectorView({ input: 'zz', kind: 'gpa', history: [] }, 48, 'none');
    assert.equal(bad.analysis, undefined);
    assert.match(bad.error!, /not an address/);
    assert.equal(buildInspectorView(EMPTY_STATE, 48, 'none').error, undefined);
  });

  it('reads the GFN toggle, and a label overrides it', () => {
    assert.equal(
      buildInspectorView({ input: '0x8000fee00', kind: 'gfn', history: [] }, 48, 'none').analysis?.summary.gpa,
      '0x8000fee00000',
    );
    assert.equal(buildInspectorView({ input: 'gpa 0x1000', kind: 'gfn', history: [] }, 48, 'none').kind, 'gpa');
  });

  it('toggles the shared bit keeping the style and label', () => {
    assert.equal(toggleSharedInput({ input: '0x8000_0000_1234', kind: 'gpa', history: [] }, 52), '0x8_8000_0000_1234');
    assert.equal(toggleSharedInput({ input: '0x8000_0000_1234', kind: 'gpa', history: [] }, 48), '0x1234');
    assert.equal(toggleSharedInput({ input: 'gfn 8000fee00', kind: 'gpa', history: [] }, 48), 'gfn fee00');
    assert.equal(toggleSharedInput({ input: 'nope', kind: 'gpa', history: [] }, 48), undefined);
  });

  it('keeps history most-recent-first, de-duplicated by value and bounded', () => {
    let h = pushHistory([], { input: '0x1000', kind: 'gpa' });
    h = pushHistory(h, { input: '0x2000', kind: 'gpa' });
    h = pushHistory(h, { input: '0x0000000000001000', kind: 'gpa' });
    h = pushHistory(h, { input: '0x1000', kind: 'gfn' });
    assert.deepEqual(
      h.map((e) => `${e.kind}:${e.input}`),
      ['gfn:0x1000', 'gpa:0x0000000000001000', 'gpa:0x2000'],
    );
    for (let i = 0; i < 200; i++) h = pushHistory(h, { input: `0x${i.toString(16)}`, kind: 'gpa' });
    assert.equal(h.length, HISTORY_LIMIT);
  });

  it('restores persisted state defensively', () => {
    assert.deepEqual(restoreState(undefined), EMPTY_STATE);
    assert.deepEqual(restoreState({ input: 5, kind: 'x', history: 'no' }), EMPTY_STATE);
    const r = restoreState({
      input: '0x1',
      kind: 'gfn',
      history: [{ input: '0x2', kind: 'gpa' }, { input: 3 }, null, { input: '', kind: 'gpa' }],
    });
    assert.deepEqual(r, { input: '0x1', kind: 'gfn', history: [{ input: '0x2', kind: 'gpa' }] });
    assert.equal(
      restoreState({ history: Array.from({ length: 500 }, (_, i) => ({ input: `0x${i}`, kind: 'gpa' })) }).history.length,
      HISTORY_LIMIT,
    );
  });
});

describe('webview message validation', () => {
  it('accepts every well-formed message', () => {
    const good = [
      { type: 'ready' },
      { type: 'commit' },
      { type: 'toggleSharedBit' },
      { type: 'clearHistory' },
      { type: 'input', text: '0x1000', kind: 'gfn', seq: 7 },
      { type: 'setGpaw', gpaw: 48 },
      { type: 'copy', text: '0x1' },
      { type: 'pickHistory', index: 3 },
      {
        type: 'rendered',
        report: {
          input: '',
          kind: 'gpa',
          gpaw: 52,
          status: 'x',
          sharedBitSet: null,
          error: '',
          historyLength: 0,
          walkTitle: '',
          walkResult: '',
          walkRows: 0,
        },
      },
    ];
    for (const m of good) assert.ok(validateFromWebview(m).ok, JSON.stringify(m));
  });
  it('refuses malformed and unknown messages with a reason', () => {
    const bad: [unknown, RegExp][] = [
      [null, /not an object/],
      [[], /not an object/],
      ['ready', /not an object/],
      [{ type: 7 }, /not an object/],
      [{ type: 'evil' }, /unknown message type "evil"/],
      [{ type: 'input', text: 1, kind: 'gpa' }, /text must be/],
      [{ type: 'input', text: 'x'.repeat(201), kind: 'gpa' }, /at most 200/],
      [{ type: 'input', text: '1', kind: 'hpa', seq: 1 }, /kind must be/],
      [{ type: 'input', text: '1', kind: 'gpa' }, /seq must be a non-negative integer/],
      [{ type: 'input', text: '1', kind: 'gpa', seq: -1 }, /seq must be/],
      [{ type: 'setGpaw', gpaw: '52' }, /48 or 52/],
      [{ type: 'copy', text: '' }, /non-empty/],
      [{ type: 'pickHistory', index: 1.5 }, /integer/],
      [{ type: 'pickHistory', index: 50 }, /integer in \[0, 50\)/],
      [{ type: 'rendered', report: { input: '' } }, /malformed/],
    ];
    for (const [m, re] of bad) {
      const r = validateFromWebview(m);
      assert.ok(!r.ok, JSON.stringify(m));
      assert.match(r.reason, re);
    }
  });
});

describe('inspector HTML', () => {
  const html = inspectorHtml({
    cspSource: 'https://x.vscode-cdn.net',
    scriptUri: 'https://x.vscode-cdn.net/dist/webview/inspector.js',
    styleUri: 'https://x.vscode-cdn.net/dist/webview/inspector.css',
    nonce: 'abc123',
  });
  it('carries a strict CSP with the nonce and no inline code or remote origins', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0][1], /nonce="abc123"/);
    assert.equal(scripts[0][2].trim(), '', 'no inline script');
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handlers');
    assert.doesNotMatch(html.replace(/https:\/\/x\.vscode-cdn\.net/g, ''), /https?:\/\//, 'no remote origin');
  });
  it('gets a fresh nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    assert.equal(nonces.size, 100);
    for (const n of nonces) assert.match(n, /^[A-Za-z0-9+/]{24}$/);
  });
});
