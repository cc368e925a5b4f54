import * as assert from 'node:assert/strict';
import { identifiersIn, InlineLanguage, inlineValueText } from '../../../src/inlineValues/model';

/** `name@start` for each identifier, checking that each range covers its name. */
function names(line: string, language: InlineLanguage): string[] {
  return identifiersIn(line, language).map(({ name, start, end }) => {
    assert.equal(line.slice(start, end), name);
    return `${name}@${start}`;
  });
}

describe('inline values: identifiers in a line', () => {
  const cases: [InlineLanguage, string, string[]][] = [
    // Parameters, not the function, keywords, `struct` tags, `_t` types or the comment.
    ['c', 'static int tdx_fault(struct kvm_vcpu *vcpu, gpa_t gpa, u64 error_code) /* gpa */ {', ['vcpu@38', 'gpa@50', 'error_code@59']],
    // `f->gpa` yields `f`; `gpa` is the local, once; calls and `//` comments are skipped.
    ['c', '\tif (f->gpa != gpa) x = gfn_to_gpa(gfn); // gpa', ['f@5', 'gpa@15', 'x@20', 'gfn@35']],
    ['c', '\tf->gpa = gpa;', ['f@1', 'gpa@10']],
    ['c', '  printf("gpa=%llx\\n", (unsigned long long)fault_gpa);', ['fault_gpa@43']],
    ['c', '  char c = \'"\'; const char *s = "a \\" gpa"; int n = sizeof(gpa_t);', ['c@7', 's@28', 'n@48']],
    ['c', '#define SHARED(gpa) ((gpa) | MASK)', []],
    ['c', '  #include <linux/kvm_host.h>', []],
    ['c', ' * gpa is the address', []],
    ['c', ' */', []],
    ['c', 'done */ x = s.base + PAGE_SIZE * n;', ['x@8', 's@12', 'n@33']],
    ['c', 'for (i = 0; i < ARRAY_SIZE(tbl); i++) tbl[i].gpa |= 0x8000ULL << 32;', ['i@5', 'tbl@27']],
    ['c', 'struct kvm_page_fault *f = container_of(p, struct kvm_page_fault, node);', ['f@23', 'p@40', 'node@66']],
    // A cast to a type without `_t` looks like a variable; the glue finds no such variable and shows nothing.
    ['c', 'out: __u64 __percpu *v = (hwaddr)addr;', ['out@0', 'v@21', 'hwaddr@26', 'addr@33']],
    [
      'cpp',
      'auto v = std::vector<uint64_t>{}; hwaddr addr = obj.gpa; char c = \'x\'; u8"a" L"b" R"d(gpa)d" k;',
      ['v@5', 'addr@41', 'obj@48', 'c@62', 'k@93'],
    ],
    ['cpp', "for (int i = 0; i < n; ++i) total += 0x8000'0000ULL + this->gpa;", ['i@9', 'n@20', 'total@28']],
    ['cpp', 'for (auto &e : list) std::cout << e.gpa << Foo::count << ns::x;', ['e@11', 'list@15']],
    ['c', 'x = a.b.c->d[i].e;', ['x@0', 'a@4', 'i@13']],
    ['rust', 'let gpa: u64 = fault.gpa | SHARED_BIT; // gfn', ['gpa@4', 'fault@15']],
    ['rust', "fn f<'a>(x: &'a u64, c: char) -> impl Fn(u64) -> u64 + 'a { move |g| g + *x }", ['x@9', 'c@21', 'g@66']],
    ['rust', 'if let Some(gpa) = x.gpa() { let v = Vec::<u64>::new(); }', ['gpa@12', 'x@19', 'v@33']],
    ['rust', 'let r = &arr[1..=n]; let z = x.0 + 1.5e3;', ['r@4', 'arr@9', 'n@17', 'z@25', 'x@29']],
    [
      'rust',
      'for i in 0..n { println!("{gpa}", x); v.push(Gfn::new(b"x", r#"y"#, \'z\', &\'static s)); }',
      ['i@4', 'n@12', 'x@34', 'v@38', 's@82'],
    ],
    ['rust', "'outer: loop { let c = b'\\''; break 'outer; }", ['c@19']],
    ['rust', 'use kvm::mmu::gpa;', []],
    ['rust', 'pub(crate) mod tdx;', []],
    ['rust', '#[inline] fn to_shared(gpa: Gpa, mask: u64) -> Gpa { self.mask & gpa.0 }', ['gpa@23', 'mask@33']],
    ['rust', 'match tdx::status(r#type) { Ok(v) if v > 1_000u64 => x, _ => y }', ['v@31', 'x@53', 'y@61']],
    ['rust', 'let p = ptr as *const u64; let q = &mut *p; assert!(gpa != 0);', ['p@4', 'ptr@8', 'q@31', 'gpa@52']],
  ];
  for (const [language, line, expected] of cases) {
    it(`${language}: ${line}`, () => assert.deepEqual(names(line, language), expected));
  }

  it('gives UTF-16 ranges after non-ASCII text', () => {
    assert.deepEqual(identifiersIn('/* é😀 */ gpa = x;', 'c'), [
      { name: 'gpa', start: 10, end: 13 },
      { name: 'x', start: 16, end: 17 },
    ]);
  });

  it('stops at an unterminated string or comment', () => {
    assert.deepEqual(names('x = "gpa', 'c'), ['x@0']);
    assert.deepEqual(names('x = 1; /* gpa', 'c'), ['x@0']);
  });
});

describe('inline values: text for one variable', () => {
  const cases: [string, string, string | undefined, string | undefined][] = [
    // Address types, pointers, and 64-bit unsigned integers named like addresses.
    ['fault_gpa', '140737489015348', 'uint64_t', 'fault_gpa = 0x8000_000a_1234 · shared'],
    ['gfn', '34359738369', 'gfn_t', 'gfn = 0x8_0000_0001 · shared GFN'],
    ['x', '4096', 'const gpa_t', 'x = 0x1000 · private'],
    ['base_gfn', '4096', 'u64', 'base_gfn = 0x1000 · private GFN'],
    ['addr', '0x00080000fee00000', 'long unsigned int', 'addr = 0x8_0000_fee0_0000 · invalid'],
    ['gpa', '0x1000', undefined, 'gpa = 0x1000 · private'],
    // Pointer types are pointers, never shared or private, whatever their value (a `struct kvm *` fits under the GPAW).
    ['f', '0x00007fffffffe0a0', 'struct kvm_page_fault *', undefined],
    ['kvm', '0x0000555555558030', 'kvm *', undefined],
    ['v', '0x7ffc1000', '*const u8', undefined],
    ['gfns', '0x7ffc1000', 'gfn_t *', undefined],
    ['phys', '0x100000000', 'usize', 'phys = 0x1_0000_0000 · private'],
    // Not addresses: plain scalars, loop counters, unnamed integers, null and kernel pointers, other kinds.
    ['i', '3', 'int', undefined],
    ['i', '3', 'size_t', undefined],
    ['gpa', '5', 'int', undefined],
    ['gpa', '5', 'long', undefined],
    ['count', '5', 'u64', undefined],
    ['x', '0x1000', undefined, undefined],
    ['ratio', '1.5', 'double', undefined],
    ['ok', 'true', 'bool', undefined],
    ['c', "97 'a'", 'char', undefined],
    ['s', '{...}', 'struct foo', undefined],
    ['name', '0x555555556008 "tdx"', 'const char *', undefined],
    ['p', '0x0', 'void *', undefined],
    ['handler', '0x401136 <main+4>', 'void (*)(void)', undefined],
    ['kvm', '0xffff888100a4c000', 'struct kvm *', undefined],
    ['error_code', '2', 'u64', undefined],
    ['pfn', '1234', 'u64', undefined],
    // A type that names a host address says so, never shared or private.
    ['pfn', '1234', 'kvm_pfn_t', 'pfn = 0x4d2 · host PFN'],
    ['root', '0x1000', 'hpa_t', 'root = 0x1000 · host physical'],
    ['gpa', '<optimized out>', 'uint64_t', undefined],
    ['gpa', '-1', 'long', undefined],
  ];
  for (const [name, value, type, expected] of cases) {
    it(`${type ?? '(no type)'} ${name} = ${value}`, () => assert.equal(inlineValueText(name, value, type, 48, 'underscore'), expected));
  }

  it('reads phys_addr_t and dma_addr_t by the debuggee’s side: host physical on a host, a GPA in a guest or unknown', () => {
    assert.equal(inlineValueText('pa', '4294967296', 'phys_addr_t', 48, 'underscore', 'host'), 'pa = 0x1_0000_0000 · host physical');
    assert.equal(inlineValueText('pa', '4294967296', 'phys_addr_t', 48, 'underscore', 'guest'), 'pa = 0x1_0000_0000 · private');
    assert.equal(inlineValueText('pa', '4294967296', 'phys_addr_t', 48, 'underscore'), 'pa = 0x1_0000_0000 · private');
    assert.equal(inlineValueText('dma', '0x800000001000', 'dma_addr_t', 48, 'none', 'host'), 'dma = 0x800000001000 · host physical');
    assert.equal(inlineValueText('dma', '0x800000001000', 'dma_addr_t', 48, 'none', 'guest'), 'dma = 0x800000001000 · shared');
    assert.equal(inlineValueText('gpa', '4096', 'gpa_t', 48, 'none', 'host'), 'gpa = 0x1000 · private', 'gpa_t is a GPA on either side');
    assert.equal(inlineValueText('p', '0x7ffc1000', 'phys_addr_t *', 48, 'none', 'host'), undefined, 'a pointer to one is a pointer');
  });

  it('follows GPAW and grouping', () => {
    assert.equal(inlineValueText('fault_gpa', '140737489015348', 'uint64_t', 52, 'none'), 'fault_gpa = 0x8000000a1234 · private');
  });
});
