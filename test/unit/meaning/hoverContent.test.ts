import * as assert from 'node:assert/strict';
import { hoverAtPosition, HOVER_COMMANDS } from '../../../src/meaning/hoverContent';
import { statusHints } from '../../../src/hints/model';

const s48 = { gpaw: 48 as const, grouping: 'underscore' as const, labelledBareHex: true };

function links(markdown: string): { title: string; command: string; args: unknown[] }[] {
  return [...markdown.matchAll(/\[([^\]]+)\]\(command:([a-zA-Z.]+)\?([^ )]+) "[^"]*"\)/g)].map((m) => ({
    title: m[1],
    command: m[2],
    args: JSON.parse(decodeURIComponent(m[3])),
  }));
}

describe('hover content', () => {
  it('describes a labelled GPA with every conversion and only enabled command links', () => {
    const line = 'kvm_page_fault: address 0x00008000fee00000 error_code 0x181';
    const h = hoverAtPosition(line, 30, s48, { uri: 'file:///w/trace.log', line: 7, offset: 0 });
    assert.ok(h);
    assert.equal(line.slice(h.start, h.end), '0x00008000fee00000');
    assert.match(h.markdown, /^\*\*TDX GPA\*\* `0x8000_fee0_0000` — label `address`/);
    assert.match(h.markdown, /\nStatus: \*\*shared\*\* — bit 47 is set\n/);
    const ls = links(h.markdown);
    assert.deepEqual(
      ls.map((l) => l.title),
      ['Copy shared', 'Copy private', 'Replace to private', 'Open in Inspector', 'Use GPAW 52'],
    );
    assert.ok(ls.every((l) => (HOVER_COMMANDS as readonly string[]).includes(l.command)));
    assert.deepEqual(ls[2].args, [
      { uri: 'file:///w/trace.log', line: 7, start: 24, end: 42, expected: '0x00008000fee00000', text: '0x00000000fee00000' },
    ]);
    assert.deepEqual(ls[3].args, ['0x8000fee00000']);
  });

  it('encodes replace links for any URI and text, including quotes and spaces', () => {
    for (const uri of ['untitled:Untitled-1', 'file:///a%20b/"quoted" (x).c', 'output:extension-output-#1']) {
      const h = hoverAtPosition('x 0x1000', 3, s48, { uri, line: 0, offset: 10 });
      const replace = links(h!.markdown).find((l) => l.command === 'tdx.replaceToken');
      assert.deepEqual(replace?.args, [{ uri, line: 0, start: 12, end: 18, expected: '0x1000', text: '0x800000001000' }]);
    }
  });

  it('gives GFN hovers the GPA and the un-aliasing hint, and no hover off a token', () => {
    const h = hoverAtPosition('kvm_mmu_set_spte: gfn 8000fee00 level 1', 25, s48);
    assert.match(h!.markdown, /\*\*TDX GFN \(frame number\)\*\* `0x8_000f_ee00` — label `gfn`/);
    assert.match(h!.markdown, /\| GPA \| `0x8000_fee0_0000` \|/);
    assert.match(
      h!.markdown,
      /Read as a GFN: `gfn` of kvm_mmu_set_spte \(arch\/x86\/kvm\/mmu\/mmutrace\.h\): GFN with the shared bit already stripped by KVM \(certain\)/,
    );
    assert.equal(hoverAtPosition('kvm_mmu_set_spte: gfn 8000fee00 level 1', 5, s48), undefined);
  });

  it('names the kind and value of a guest-physical value (the page index counts its frame), and of nothing else', () => {
    assert.deepEqual(hoverAtPosition('kvm_mmu_set_spte: gfn 8000fee00 level 1', 25, s48)?.address, { kind: 'gfn', value: 0x8000fee00n });
    assert.deepEqual(hoverAtPosition('address 0x1234', 10, s48)?.address, { kind: 'gpa', value: 0x1234n });
    assert.equal(hoverAtPosition('kvm_mmu_spte_requested: gfn 12345 pfn 1a2b3c level 1', 37, s48)?.address, undefined, 'a host PFN');
  });

  it('lists status hints for the requested range only', () => {
    const lines = ['gpa 0x8000_0000_1234 gpa 0x1000', 'gpa 0x8_0000_0000_1000', 'gpa 0x2000', 'x 0x3000'];
    const hs = statusHints((l) => lines[l], 0, 1, 7, 24, s48, 100);
    assert.deepEqual(
      hs.map((h) => [h.line, h.character, h.label]),
      [
        [0, 31, 'private'],
        [1, 22, 'invalid'],
      ],
    );
    // A number nothing identifies gets no hint.
    assert.deepEqual(
      statusHints((l) => lines[l], 3, 3, 0, 8, s48, 100),
      [],
    );
    assert.match(hs[1].tooltip, /reserved bit 51/);
    assert.equal(statusHints((l) => lines[l], 0, 2, 0, 8, s48, 2).length, 2);
  });
});
