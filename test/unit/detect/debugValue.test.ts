import * as assert from 'node:assert/strict';
import { parseUserFieldRules } from '../../../src/detect/userRules';
import {
  typeKind,
  valueKindOf,
  annotation,
  consoleAnnotation,
  isAddressType,
  kindFromNameAndType,
  maskSpaceOf,
  outputAnnotations,
  readDebugInteger,
  readDebugVariable,
} from '../../../src/detect/debugValue';

describe('debug values', () => {
  it('reads GDB decimal, hex and symbolised pointers', () => {
    assert.deepEqual(readDebugInteger('140737488359988'), { ok: true, value: 0x800000001234n, text: '140737488359988' });
    assert.deepEqual(readDebugInteger('0x8000fee00000'), { ok: true, value: 0x8000fee00000n, text: '0x8000fee00000' });
    assert.deepEqual(readDebugInteger('0x401136 <main+4>'), { ok: true, value: 0x401136n, text: '0x401136' });
    assert.deepEqual(readDebugInteger('(void *) 0x1000'), { ok: true, value: 0x1000n, text: '0x1000' });
    assert.deepEqual(readDebugInteger('18446744073709551615'), { ok: true, value: (1n << 64n) - 1n, text: '18446744073709551615' });
  });

  const refused: [string, string | undefined, RegExp][] = [
    ['{...}', 'struct kvm_arch', /struct, union or array/],
    ['{gfn_direct_bits = 34359738368}', undefined, /struct, union or array/],
    ['0x555555556008 "tdx"', 'const char *', /a string/],
    ['1.5', 'double', /floating-point/],
    ['2.5e10', undefined, /floating-point/],
    ['<optimized out>', 'uint64_t', /debugger error or unavailable/],
    ['Error: could not evaluate expression', undefined, /debugger error/],
    ['-1', 'int', /negative/],
    ['true', 'bool', /boolean/],
    ['', undefined, /empty/],
    ['18446744073709551616', 'unsigned __int128', /not a plain integer/],
  ];
  for (const [value, type, re] of refused) {
    it(`refuses ${JSON.stringify(value)} clearly`, () => {
      const r = readDebugInteger(value, type);
      assert.ok(!r.ok);
      assert.match(r.error, re);
      assert.match(r.error, /not an address\. Accepted: an unsigned integer in decimal or 0x hex/);
    });
  }

  it('decides GPA vs GFN from type and name', () => {
    assert.equal(kindFromNameAndType('x', 'gfn_t').kind, 'gfn');
    assert.equal(kindFromNameAndType('base_gfn', 'u64').kind, 'gfn');
    assert.equal(kindFromNameAndType('gfn', 'gpa_t').kind, 'gpa');
    assert.equal(kindFromNameAndType('p', 'void *').kind, 'gpa');
    assert.deepEqual(kindFromNameAndType('gfns', 'gfn_t *'), { kind: 'gpa', why: 'a pointer' });
    assert.equal(kindFromNameAndType('fault_gpa', 'uint64_t').kind, 'gpa');
    assert.equal(kindFromNameAndType('x', 'phys_addr_t').why, 'type phys_addr_t');
    assert.deepEqual(['gfn_t', 'const gpa_t', 'phys_addr_t', 'uint64_t', 'hpa_t', undefined].map(isAddressType), [
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    assert.equal(readDebugVariable({ name: 'gfn', value: '34360782336', type: 'gfn_t' }).ok, true);
    const v = readDebugVariable({ name: 'arch', value: '{...}', type: 'struct kvm_arch' });
    assert.ok(!v.ok && v.error.startsWith("arch: '{...}' is a struct"));
  });

  it('annotates console results: hex always, decimal only for address-like expressions or types', () => {
    assert.equal(
      consoleAnnotation('gpa', '140737488359988', 'uint64_t', 48, 'underscore'),
      'TDX (GPAW 48): shared GPA 0x8000_0000_1234 · GFN 0x8_0000_0001 · private alias 0x1234',
    );
    // A hex integer whose type and name say nothing is a number: no annotation.
    assert.equal(consoleAnnotation('x', '0x1000', 'long', 52, 'none'), undefined);
    assert.equal(
      consoleAnnotation('fault_addr', '0x1000', 'long', 52, 'none'),
      'TDX (GPAW 52): private GPA 0x1000 · GFN 0x1 · shared alias 0x8000000001000',
    );
    // A pointer type is a pointer whatever its value.
    assert.match(
      consoleAnnotation('kvm', '0x555555558030', 'struct kvm *', 48, 'none') ?? '',
      /^TDX: virtual pointer 0x555555558030, not a guest address/,
    );
    assert.equal(consoleAnnotation('f->level', '1', 'int', 48, 'underscore'), undefined);
    assert.equal(consoleAnnotation('ratio', '1.5', 'double', 48, 'underscore'), undefined);
    assert.equal(consoleAnnotation('name', '0x555555556008 "tdx"', 'const char *', 48, 'underscore'), undefined);
    assert.equal(
      consoleAnnotation('n', '4096', 'gpa_t', 48, 'none'),
      'TDX (GPAW 48): private GPA 0x1000 · GFN 0x1 · shared alias 0x800000001000',
    );
    assert.match(
      annotation(0xffff888000001000n, 'gpa', 48, 'none'),
      /^TDX \(GPAW 48\): invalid GPA 0xffff888000001000 — reserved bits 63:48 set \(bits 63:48 must be 0 under GPAW 48\)\. Looks like a kernel virtual address \(0xffff…\): never a guest physical address\.$/,
    );
  });

  it('annotates output lines, bounded per event', () => {
    const lines = outputAnnotations('fault at gpa 0x0000800000001234 gfn 8000fee00 ptr 0x8000fee00000\n', 48, 'underscore', true, 2);
    assert.equal(lines.length, 2);
    assert.equal(lines[0], 'TDX (GPAW 48): shared GPA 0x8000_0000_1234 · GFN 0x8_0000_0001 · private alias 0x1234  ← 0x0000800000001234');
    assert.match(lines[1], /shared GFN 0x8_000f_ee00 .* ← 8000fee00$/);
    assert.deepEqual(outputAnnotations('x'.repeat(2_000_000), 48, 'none', true, 4), []);
  });

  it('knows which space a mask expression is in', () => {
    assert.equal(maskSpaceOf('kvm->arch.gfn_direct_bits'), 'gfn');
    assert.equal(maskSpaceOf('kvm->arch.gfn_shared_mask'), 'gfn');
    assert.equal(maskSpaceOf('cc_mask'), 'gpa');
  });

  it("reads LLDB's forms: REPL results `(type) $N = value`, structs shown as `type @ address`", () => {
    const r = readDebugInteger('(gfn_t) $0 = 34360782336');
    assert.ok(r.ok && r.value === 34360782336n);
    const s = readDebugInteger('kvm_arch @ 0x7fffffffe6c0');
    assert.ok(!s.ok && /is a struct, union or array \(shown by its address\), not an address/.test(s.error));
    assert.equal(
      consoleAnnotation('gpa', '(uint64_t) $2 = 140737488359988', undefined, 48, 'underscore'),
      'TDX (GPAW 48): shared GPA 0x8000_0000_1234 · GFN 0x8_0000_0001 · private alias 0x1234',
    );
  });
});

describe('debugger types decide before names', () => {
  it('reads pointer types as pointers, kernel typedefs as their kinds, phys_addr_t by the debuggee’s side', () => {
    assert.equal(typeKind('struct kvm *')?.kind, 'pointer');
    assert.equal(typeKind('kvm *')?.kind, 'pointer', 'lldb-dap drops the struct keyword');
    assert.equal(typeKind('void *')?.kind, 'pointer');
    assert.equal(typeKind('hpa_t')?.kind, 'hpa');
    assert.equal(typeKind('kvm_pfn_t')?.kind, 'hpfn');
    assert.equal(typeKind('gfn_t')?.kind, 'gfn');
    assert.equal(typeKind('gpa_t')?.kind, 'gpa');
    assert.deepEqual(typeKind('phys_addr_t', 'host'), { kind: 'hpa', why: "type phys_addr_t in a host's debuggee: host physical" });
    assert.equal(typeKind('phys_addr_t', 'guest')?.kind, 'gpa');
    assert.match(typeKind('dma_addr_t')?.why ?? '', /side unknown: read as guest physical/);
    assert.equal(typeKind('uint64_t'), undefined);
    assert.equal(valueKindOf('x', 'uint64_t', 0x1000n).kind, 'number');
    assert.equal(valueKindOf('fault_gpa', 'uint64_t', 0x1000n).kind, 'gpa');
    assert.equal(valueKindOf('kvm', 'struct kvm *', 0x555555558030n).kind, 'pointer');
  });

  it('says what decided the debuggee’s side in the reason of phys_addr_t and dma_addr_t', () => {
    assert.deepEqual(typeKind('phys_addr_t', 'host', 'set by hand'), {
      kind: 'hpa',
      why: "type phys_addr_t in a host's debuggee (set by hand): host physical",
    });
    assert.equal(
      valueKindOf('pa', 'dma_addr_t', 0x1000n, 'guest', 'its output printed `tdx: Guest detected`').why,
      "type dma_addr_t in a TD guest's debuggee (its output printed `tdx: Guest detected`)",
    );
    assert.equal(
      typeKind('phys_addr_t', undefined, 'no marker line in its output')?.why,
      'type phys_addr_t (debuggee side unknown, no marker line in its output: read as guest physical)',
    );
    assert.equal(typeKind('phys_addr_t *', 'host')?.kind, 'pointer', 'a pointer to one is a pointer on either side');
    assert.equal(typeKind('gpa_t', 'host')?.kind, 'gpa', 'gpa_t is guest physical on either side');
  });
});

describe('the debuggee’s side in the Debug Console', () => {
  it('reads a phys_addr_t result as host physical on a host, as a GPA in a TD guest or with the side unknown', () => {
    assert.equal(
      consoleAnnotation('pa', '4294967296', 'phys_addr_t', 48, 'underscore', { side: 'host', sideNote: 'set by hand' }),
      "TDX: host physical address 0x1_0000_0000, not a guest address — type phys_addr_t in a host's debuggee (set by hand): host physical",
    );
    assert.equal(
      consoleAnnotation('pa', '4294967296', 'phys_addr_t', 48, 'underscore', { side: 'guest', sideNote: 'set by hand' }),
      "TDX (GPAW 48): private GPA 0x1_0000_0000 · GFN 0x10_0000 · shared alias 0x8001_0000_0000 — type phys_addr_t in a TD guest's debuggee (set by hand)",
    );
    assert.equal(
      consoleAnnotation('pa', '4294967296', 'phys_addr_t', 48, 'underscore'),
      'TDX (GPAW 48): private GPA 0x1_0000_0000 · GFN 0x10_0000 · shared alias 0x8001_0000_0000 — type phys_addr_t (debuggee side unknown: read as guest physical)',
    );
    // Types that name a host address say so whatever the side; gpa_t lines stay as they were.
    assert.equal(
      consoleAnnotation('root', '0x1000', 'hpa_t', 48, 'none'),
      'TDX: host physical address 0x1000, not a guest address — type hpa_t: a host physical address',
    );
    assert.equal(
      consoleAnnotation('n', '4096', 'gpa_t', 48, 'none', { side: 'host' }),
      'TDX (GPAW 48): private GPA 0x1000 · GFN 0x1 · shared alias 0x800000001000',
    );
  });

  it('reads physical addresses in the debuggee’s output by its side', () => {
    const e820 = 'BIOS-e820: [mem 0x0000000100000000-0x000000047fffffff] usable';
    assert.deepEqual(outputAnnotations(e820, 48, 'none', true, 4, { side: 'host' }), []);
    assert.equal(outputAnnotations(e820, 48, 'none', true, 4, { side: 'guest' }).length, 2);
  });
});

describe('taught labels in the Debug Console', () => {
  it('reads a name the user taught (tdx.detect.fields) after the debugger type, in results and debuggee output', () => {
    const rules = parseUserFieldRules({ exit_info1: 'gpa', val: 'number' });
    assert.equal(consoleAnnotation('vcpu->exit_info1', '0x1000', 'u64', 48, 'none'), undefined);
    assert.equal(
      consoleAnnotation('vcpu->exit_info1', '0x1000', 'u64', 48, 'none', { userRules: rules }),
      'TDX (GPAW 48): private GPA 0x1000 · GFN 0x1 · shared alias 0x800000001000',
    );
    assert.equal(
      consoleAnnotation('p', '0x1000', 'struct kvm *', 48, 'none', { userRules: parseUserFieldRules({ p: 'gpa' }) })?.startsWith(
        'TDX: virtual pointer',
      ),
      true,
    );
    assert.deepEqual(outputAnnotations('exit_info1 0x1000', 48, 'none', true, 5), []);
    assert.deepEqual(outputAnnotations('exit_info1 0x1000', 48, 'none', true, 5, { userRules: rules }), [
      'TDX (GPAW 48): private GPA 0x1000 · GFN 0x1 · shared alias 0x800000001000  ← 0x1000',
    ]);
  });
});
