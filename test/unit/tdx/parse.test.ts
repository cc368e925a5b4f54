import * as assert from 'node:assert/strict';
import { parseAddress } from '../../../src/tdx/parse';
import { formatHex, formatLike } from '../../../src/tdx/format';
import { U64_MAX } from '../../../src/tdx/tdx';

function value(text: string, opts = {}): bigint {
  const r = parseAddress(text, opts);
  assert.ok(r.ok, `expected ${text} to parse: ${r.ok ? '' : r.error}`);
  return r.value;
}

function error(text: string, opts = {}): string {
  const r = parseAddress(text, opts);
  assert.ok(!r.ok, `expected ${text} to be rejected`);
  return r.error;
}

describe('parseAddress accepts every documented form', () => {
  const cases: [string, bigint, string?][] = [
    ['0x1000', 0x1000n],
    ['0X1000', 0x1000n],
    ['0x8000_0000_1234', 0x8000_0000_1234n],
    ["0x8000'0000'1234", 0x8000_0000_1234n],
    ['0x00008000fee00000', 0x8000fee00000n],
    ['0x1000ULL', 0x1000n],
    ['0x1000ul', 0x1000n],
    ['0x1000u64', 0x1000n],
    ['0x1000_u64', 0x1000n],
    ['0x1000usize', 0x1000n],
    ['0xffffffffffffffff', U64_MAX],
    ['00008000`00001234', 0x8000_0000_1234n],
    ['  0x1234,  ', 0x1234n],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → 0x${expected.toString(16)}`, () => assert.equal(value(text), expected));
  }

  it('lets a label decide GPA vs GFN and read bare hex', () => {
    const gfn = parseAddress('gfn 8000fee00');
    assert.ok(gfn.ok && gfn.kind === 'gfn' && gfn.value === 0x8000fee00n && gfn.label === 'gfn');
    const gpa = parseAddress('gpa=8000fee00000', { kind: 'gfn' });
    assert.ok(gpa.ok && gpa.kind === 'gpa' && gpa.value === 0x8000fee00000n);
    const addr = parseAddress('address: 0x1000');
    assert.ok(addr.ok && addr.kind === 'gpa' && addr.label === 'address');
    const dflt = parseAddress('0x1000', { kind: 'gfn' });
    assert.ok(dflt.ok && dflt.kind === 'gfn');
  });

  it('reads decimal only when asked', () => {
    assert.equal(value('2251799813689908', { allowDecimal: true }), 2251799813689908n);
    assert.equal(value('18446744073709551615', { allowDecimal: true }), U64_MAX);
    assert.match(error('2251799813689908'), /not an address|bare hex/);
    assert.match(error('18446744073709551616', { allowDecimal: true }), /wider than 64 bits/);
  });
});

describe('parseAddress rejects with a message naming the problem and the accepted forms', () => {
  const cases: [string, RegExp][] = [
    ['', /No address given/],
    ['#ff00ff', /not an address/],
    ['deadbeef', /bare hex without a 0x prefix/],
    ['0x1.8p3', /hex floats/],
    ['0x1p3', /'p' is not a hex digit/],
    ['0x', /no hex digits/],
    ['0x12345678901234567', /wider than 64 bits/],
    ['0xda39a3ee5e6b4b0d3255bfef95601890afd80709', /wider than 64 bits/],
    ['123e4567-e89b-12d3-a456-426614174000', /not an address/],
    ['-0x1000', /negative/],
    ['0x1000 0x2000', /after the number/],
    ['gfn', /no number after it/],
    ['gfn 8000fee00:1', /':' after bare hex/],
    ['0x1000zz', /'z' is not a hex digit/],
  ];
  for (const [text, re] of cases) {
    it(JSON.stringify(text), () => {
      const msg = error(text);
      assert.match(msg, re);
      assert.match(msg, /Accepted: 0x-prefixed hex/);
    });
  }
  it('rejects over-long input without scanning it', () => {
    assert.match(error('0x' + '1'.repeat(10_000)), /too long/);
  });
});

describe('formatting', () => {
  it('formats canonically with optional grouping', () => {
    assert.equal(formatHex(0x8000_0000_1234n), '0x8000_0000_1234');
    assert.equal(formatHex(0x8_0000_0000_1000n), '0x8_0000_0000_1000');
    assert.equal(formatHex(0x1000n), '0x1000');
    assert.equal(formatHex(0n), '0x0');
    assert.equal(formatHex(0x8000_0000_1234n, 'none'), '0x800000001234');
    assert.equal(formatHex(0x8000_0000_1234n, 'none'), '0x800000001234');
  });

  const roundTrips: [string, bigint, string][] = [
    ['0x1000', 0x8000_0000_1000n, '0x800000001000'],
    ['0X1000', 0x8000_0000_1000n, '0X800000001000'],
    ['0x00001000ULL', 0x8000_0000_1000n, '0x800000001000ULL'],
    ['0x0000000000001000', 0x8000_0000_1000n, '0x0000800000001000'],
    ['0x8000_0000_1ABC', 0x1abcn, '0x1ABC'],
    ['0x8000_0000_1abc_u64', 0x1abcn, '0x1abc_u64'],
    ["0x0000'8000'0000'1234", 0x1234n, "0x0000'0000'0000'1234"],
    ['00008000`00001234', 0x1234n, '00000000`00001234'],
    ['gfn 8000FEE00', 0xfee00n, 'FEE00'],
  ];
  for (const [source, next, expected] of roundTrips) {
    it(`keeps the style of ${source}`, () => {
      const r = parseAddress(source);
      assert.ok(r.ok);
      assert.equal(formatLike(next, r.style), expected);
      const again = parseAddress(source.startsWith('gfn') ? `gfn ${expected}` : expected);
      assert.ok(again.ok && again.value === next);
    });
  }
});
