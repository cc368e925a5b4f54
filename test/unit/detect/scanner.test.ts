import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanLine, tokenAt, AddressToken } from '../../../src/detect/scanner';
import { bareHexEnd, prefixedHexEnd, readBareHex, readPrefixedHex } from '../../../src/detect/lexer';

const scan = (line: string, labelledBareHex = true) => scanLine(line, { labelledBareHex });
const brief = (tokens: AddressToken[]) => tokens.map((t) => [t.text, t.kind, t.label ?? '']);

describe('scanner: where addresses appear', () => {
  it('finds a KVM page-fault GPA, its rip and error code', () => {
    const line = ' qemu-1234 [001] kvm_page_fault: vcpu 0 rip 0xffffffff81000000 address 0x00008000fee00000 error_code 0x181';
    assert.deepEqual(brief(scan(line)), [
      ['0xffffffff81000000', 'gpa', ''],
      ['0x00008000fee00000', 'gpa', 'address'],
      ['0x181', 'gpa', ''],
    ]);
  });
  it('reads bare hex after a gfn label as a GFN, and only when enabled', () => {
    const line = 'kvm_mmu_set_spte: gfn 8000fee00 spte 600000012345677 (rwx-) level 1';
    assert.deepEqual(brief(scan(line)), [['8000fee00', 'gfn', 'gfn']]);
    assert.deepEqual(scan(line, false), []);
  });
  it('handles gpa= and address: labels and C assignments', () => {
    assert.deepEqual(brief(scan('fault gpa=8000fee00000 done')), [['8000fee00000', 'gpa', 'gpa']]);
    assert.deepEqual(brief(scan('address: 8000fee00000')), [['8000fee00000', 'gpa', 'address']]);
    assert.deepEqual(brief(scan('gfn_t base_gfn = 0x8000fee00;')), [['0x8000fee00', 'gfn', 'base_gfn']]);
    assert.deepEqual(brief(scan('u64 gpa = 0x8000fee00000ULL;')), [['0x8000fee00000ULL', 'gpa', 'gpa']]);
  });
  it('finds an addr label by its ddr, in any case, and no label that only contains ddr', () => {
    assert.deepEqual(brief(scan('ADDR=fee00000 paddr 1000')), [
      ['fee00000', 'gpa', 'ADDR'],
      ['1000', 'gpa', 'paddr'],
    ]);
    // `ddr` at the start of a word is no `addr`: the word is still read from its `_gpa` end.
    assert.deepEqual(brief(scan('ddr_gpa 12345 Xddr 0x10')), [
      ['12345', 'gpa', 'ddr_gpa'],
      ['0x10', 'gpa', ''],
    ]);
    assert.deepEqual(brief(scan('gpaddr 12345 ddr 0x1000')), [['0x1000', 'gpa', '']]);
  });
  it('finds both ends of a kernel [mem] range', () => {
    const line = '[    0.000000] BIOS-e820: [mem 0x0000000100000000-0x000000047fffffff] usable';
    assert.deepEqual(
      scan(line).map((t) => t.value),
      [0x1_0000_0000n, 0x4_7fff_ffffn],
    );
  });
  it('reads GDB, LLDB, register dumps, WinDbg and separators', () => {
    assert.deepEqual(brief(scan('$1 = 0x8000000001234')), [['0x8000000001234', 'gpa', '']]);
    assert.deepEqual(
      scan('(uint64_t) gpa = 0x8000000001234').map((t) => t.kind),
      ['gpa'],
    );
    assert.deepEqual(
      scan('rax            0x8000000001234     2251799813689908').map((t) => t.text),
      ['0x8000000001234'],
    );
    assert.deepEqual(
      scan('kd> dq 00008000`00001234 L1').map((t) => t.value),
      [0x8000_0000_1234n],
    );
    assert.deepEqual(
      scan("let a = 0x8000_0000_1234_u64; auto b = 0x8000'0000'1234;").map((t) => t.value),
      [0x8000_0000_1234n, 0x8000_0000_1234n],
    );
    assert.deepEqual(
      scan('mov $0x1000, %rax').map((t) => t.text),
      ['0x1000'],
    );
  });
  it('gives exact ranges', () => {
    const line = 'x = 0x1000ULL;';
    const [t] = scan(line);
    assert.equal(line.slice(t.start, t.end), '0x1000ULL');
    assert.equal(t.start, 4);
  });
});

describe('scanner: false positives stay silent', () => {
  const silent = [
    'color: #ff00ff;',
    'id 123e4567-e89b-12d3-a456-426614174000',
    'commit da39a3ee5e6b4b0d3255bfef95601890afd80709',
    'hash 0xda39a3ee5e6b4b0d3255bfef95601890afd80709',
    'deadbeef cafe added facade',
    'double d = 0x1.8p3;',
    'foo0x1234 bar_0x1234',
    '0x123456789abcdef01',
    '[   12.345678] eth0: link up',
    'ether 00:1a:2b:3c:4d:5e  pci 0000:00:1f.3  ipv6 fe80::1',
    'address: 00:1a:2b:3c:4d:5e',
    'gfn 8000fee00.5 gpa 1234-5678',
  ];
  for (const line of silent) it(JSON.stringify(line), () => assert.deepEqual(scan(line), []));
});

describe('tokenAt', () => {
  it('finds the token under the cursor, including at its end', () => {
    const line = 'a 0x1000 b gfn 8000fee00';
    assert.equal(tokenAt(line, 2, true)?.text, '0x1000');
    assert.equal(tokenAt(line, 8, true)?.text, '0x1000');
    assert.equal(tokenAt(line, 9, true), undefined);
    assert.equal(tokenAt(line, 20, true)?.kind, 'gfn');
  });
  it('scans only a window in a 1 MB line and still finds the token', () => {
    const pad = 'x '.repeat(500_000);
    const line = pad + 'gpa 0x8000fee00000 ' + pad;
    const t = tokenAt(line, pad.length + 6, true);
    assert.equal(t?.value, 0x8000fee00000n);
    assert.equal(t?.label, 'gpa');
  });
});

describe('scanner fast path agrees with the reader', () => {
  it('prefixedHexEnd accepts exactly what readPrefixedHex accepts (property)', () => {
    const piece = fc.constantFrom(
      '0x',
      '0X',
      '1',
      'a',
      'F',
      '_',
      "'",
      '.',
      'p',
      'u',
      'l',
      'L',
      'U',
      'u64',
      '_u64',
      'usize',
      'ull',
      ' ',
      'g',
      '0',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((a) => '0x' + a.join('')),
        (s) => {
          const r = readPrefixedHex(s, 0);
          assert.equal(prefixedHexEnd(s, 0), r && 'value' in r ? r.end : -1, s);
        },
      ),
      { numRuns: 5000 },
    );
  });
  it('bareHexEnd accepts exactly what readBareHex accepts (property)', () => {
    const piece = fc.constantFrom('1', 'a', 'F', '0', '.', ':', '-', ' ', 'g', ',', "'");
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 24 }).map((a) => a.join('')),
        (s) => {
          const r = readBareHex(s, 0);
          assert.equal(bareHexEnd(s, 0), r && 'value' in r ? r.end : -1, s);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
