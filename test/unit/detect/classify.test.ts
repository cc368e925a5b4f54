import * as assert from 'node:assert/strict';
import { classifiedValueAt, classifyLine, ClassifiedValue, ClassifyOptions } from '../../../src/detect/classify';
import { EVENT_RULES } from '../../../src/detect/fieldRules';
import { scanLine } from '../../../src/detect/scanner';
import { gpaStatus } from '../../../src/tdx/tdx';

const bare: ClassifyOptions = { labelledBareHex: true };
const classify = (line: string, options: ClassifyOptions = bare) => classifyLine(line, options);
const kinds = (values: ClassifiedValue[]) => values.map((v) => [v.text, v.kind]);

describe('classifyLine: the five reference lines', () => {
  it('kvm_page_fault: vcpu count, RIP, raw GPA, exit qualification', () => {
    const values = classify('kvm_page_fault: vcpu 0 rip 0xffffffff81a01234 address 0x0000000012345000 error_code 0x2');
    assert.deepEqual(kinds(values), [
      ['0', 'count'],
      ['0xffffffff81a01234', 'gva'],
      ['0x0000000012345000', 'gpa'],
      ['0x2', 'exitQualification'],
    ]);
    assert.equal(values[2].field, 'address');
    assert.equal(values[2].event, 'kvm_page_fault');
    assert.equal(values[2].confidence, 'certain');
    assert.equal(values[2].why, '`address` of kvm_page_fault (arch/x86/kvm/trace.h): raw GPA, shared bit included');
    assert.equal(values[2].value, 0x12345000n);
  });
  it('a failed SEAMCALL: status, then registers', () => {
    const line = 'kvm_intel: SEAMCALL TDH_MEM_PAGE_AUG failed: 0xc0000b0d00000092, rcx 0x8000000012345000, rdx 0x1';
    assert.deepEqual(kinds(classify(line)), [
      ['0xc0000b0d00000092', 'tdxStatus'],
      ['0x8000000012345000', 'register'],
      ['0x1', 'register'],
    ]);
  });
  it('QEMU kvm_memory_fault: GPA with a start/size range, size, flags', () => {
    const values = classify('kvm_memory_fault start 0x12345000 size 0x1000 flags 0x8');
    assert.deepEqual(kinds(values), [
      ['0x12345000', 'gpa'],
      ['0x1000', 'size'],
      ['0x8', 'flags'],
    ]);
    assert.deepEqual(values[0].range, { first: 0x12345000n, last: 0x12345fffn });
  });
  it('kvm_mmu_pagetable_walk: addr is a guest virtual address, pferr an error code', () => {
    const values = classify('kvm_mmu_pagetable_walk: addr 7f3a16a8a001 pferr 10 F');
    assert.deepEqual(kinds(values), [
      ['7f3a16a8a001', 'gva'],
      ['10', 'errorCode'],
    ]);
    assert.equal(values[1].value, 0x10n);
    assert.equal(values[0].label, 'addr');
  });
  it('virt/tdx TDMR: a host-physical half-open range', () => {
    const values = classify('virt/tdx: TDMR [0x100000000, 0x180000000): unable to find local NUMA node ...');
    assert.deepEqual(kinds(values), [
      ['0x100000000', 'hpa'],
      ['0x180000000', 'hpa'],
    ]);
    assert.deepEqual(values[0].range, { first: 0x100000000n, last: 0x17fffffffn });
    assert.deepEqual(values[1].range, values[0].range);
  });
});

describe('classifyLine: label traps of tdx-semantics.md', () => {
  it('handle_mmio_page_fault: addr: is a GPA (shared bit set), gfn already stripped', () => {
    const values = classify('handle_mmio_page_fault: addr:8000fee00030 gfn fee00 access 6');
    assert.deepEqual(kinds(values), [
      ['8000fee00030', 'gpa'],
      ['fee00', 'gfn'],
      ['6', 'flags'],
    ]);
    assert.equal(gpaStatus(values[0].value, 48), 'shared');
  });
  it('kvm_mmu_spte_requested: pfn is a host PFN', () => {
    assert.deepEqual(kinds(classify('kvm_mmu_spte_requested: gfn 8000fee00 pfn 1234567 level 1')), [
      ['8000fee00', 'gfn'],
      ['1234567', 'hpfn'],
      ['1', 'count'],
    ]);
  });
  it('kvm_mmu_set_spte: spte contents and `at` host physical', () => {
    const line = ' qemu-kvm-4187 [003] d..1. 1234.567890: kvm_mmu_set_spte: gfn 8000fee00 spte 600000012345677 (rwx-) level 1 at 1a2b3c000';
    assert.deepEqual(kinds(classify(line)), [
      ['8000fee00', 'gfn'],
      ['600000012345677', 'spte'],
      ['1', 'count'],
      ['1a2b3c000', 'hpa'],
    ]);
  });
  it('kvm_tdp_mmu_spte_changed: old_spte/new_spte are SPTE contents', () => {
    assert.deepEqual(kinds(classify('kvm_tdp_mmu_spte_changed: as id 0 gfn 12345 level 1 old_spte 5a0 new_spte 86000001a2b3cb77')), [
      ['0', 'count'],
      ['12345', 'gfn'],
      ['1', 'count'],
      ['5a0', 'spte'],
      ['86000001a2b3cb77', 'spte'],
    ]);
  });
  it('fast_page_fault: gva holds cr2_or_gpa, a GPA under TDP', () => {
    const line =
      'fast_page_fault: vcpu 1 gva 8000fee00000 error_code W sptep 00000000c0ffee12 old 0x8600000123456b77 new 8600000123456b77 spurious 0 fixed 1';
    assert.deepEqual(kinds(classify(line)), [
      ['1', 'count'],
      ['8000fee00000', 'gpa'],
      ['00000000c0ffee12', 'pointer'],
      ['0x8600000123456b77', 'spte'],
      ['8600000123456b77', 'spte'],
      ['0', 'count'],
      ['1', 'count'],
    ]);
  });
  it('kvm_async_pf_completed: `address` is a host virtual address', () => {
    assert.deepEqual(kinds(classify('kvm_async_pf_completed: gva 0x7ffff7a01000 address 0x7f2a3c000000 pfn 0x1a2b3c')), [
      ['0x7ffff7a01000', 'gva'],
      ['0x7f2a3c000000', 'pointer'],
      ['0x1a2b3c', 'hpfn'],
    ]);
  });
  it('a TDX status code that looks like a valid GPA is still a status after `failed:`', () => {
    const values = classify('[  12.345678] virt/tdx: SEAMCALL (0x0000000000000021) failed: 0x0000081500000000');
    assert.deepEqual(kinds(values), [
      ['0x0000000000000021', 'count'],
      ['0x0000081500000000', 'tdxStatus'],
    ]);
  });
  it('kvm_mmio GPAs and values', () => {
    assert.deepEqual(kinds(classify('kvm_mmio: mmio write len 4 gpa 0xfee000b0 val 0x0')), [
      ['4', 'size'],
      ['0xfee000b0', 'gpa'],
      ['0x0', 'data'],
    ]);
  });
  it('guest dmesg e820 and PCI BARs are GPA ranges; I/O BARs are ports', () => {
    const e820 = classify('[    0.000000] BIOS-e820: [mem 0x0000000100000000-0x000000047fffffff] usable');
    assert.deepEqual(kinds(e820), [
      ['0x0000000100000000', 'gpa'],
      ['0x000000047fffffff', 'gpa'],
    ]);
    assert.deepEqual(e820[1].range, { first: 0x100000000n, last: 0x47fffffffn });
    assert.deepEqual(kinds(classify('[    0.271828] pci 0000:00:02.0: BAR 0 [mem 0xfe000000-0xfe7fffff pref]')), [
      ['0', 'count'],
      ['0xfe000000', 'gpa'],
      ['0xfe7fffff', 'gpa'],
    ]);
    assert.deepEqual(kinds(classify('pci 0000:00:03.0: BAR 1 [io  0xc040-0xc07f]')), [
      ['1', 'count'],
      ['0xc040', 'count'],
      ['0xc07f', 'count'],
    ]);
  });
});

describe('classifyLine: GPAW 48 and 52 values', () => {
  it('keeps the raw address of kvm_page_fault so the shared bit of either width can be seen', () => {
    const v48 = classify('kvm_page_fault: vcpu 2 rip 0xffffffff81a01234 address 0x00008000fee00000 error_code 0x2')[2];
    assert.equal(v48.kind, 'gpa');
    assert.equal(gpaStatus(v48.value, 48), 'shared');
    const v52 = classify('kvm_page_fault: vcpu 2 rip 0xffffffff81a01234 address 0x0008000fee000000 error_code 0x2')[2];
    assert.equal(v52.kind, 'gpa');
    assert.equal(gpaStatus(v52.value, 52), 'shared');
    assert.equal(gpaStatus(v52.value, 48), 'invalid');
  });
  it('reads GFNs of 5-level EPT (GPAW 52) as GFNs', () => {
    assert.deepEqual(kinds(classify('kvm_mmu_set_spte: gfn 8000000fee spte 8600000123456b77 (rwx-) level 1 at 1a2b3c008')).slice(0, 2), [
      ['8000000fee', 'gfn'],
      ['8600000123456b77', 'spte'],
    ]);
  });
});

describe('classifyLine: GDB, QEMU and source code', () => {
  it('GDB print, typed pointers, examine dumps and registers', () => {
    // Nothing says what a bare `$1 = 0x…` is: a number, no claim (its hover still reads it as a GPA).
    assert.deepEqual(kinds(classify('$1 = 0x8000000001234')), [['0x8000000001234', 'number']]);
    assert.equal(classify('$1 = 0x8000000001234')[0].confidence, 'guess');
    assert.deepEqual(kinds(classify('$2 = (struct kvm *) 0xffff888100a4c000')), [['0xffff888100a4c000', 'pointer']]);
    assert.deepEqual(kinds(classify('0x7fffffffe3d0:\t0x0000000000000001\t0x00007fffffffe6a2')), [
      ['0x7fffffffe3d0', 'pointer'],
      ['0x0000000000000001', 'data'],
      ['0x00007fffffffe6a2', 'data'],
    ]);
    assert.deepEqual(kinds(classify('rax            0x1c                28')), [['0x1c', 'register']]);
    assert.deepEqual(kinds(classify('rip            0x401136            0x401136 <main+4>')), [
      ['0x401136', 'gva'],
      ['0x401136', 'gva'],
    ]);
  });
  it('GDB frames: pc, pointer arguments and a decimal gpa', () => {
    const values = classify('#0  0x00007ffff7e3c1a2 in handle (f=0x555555558030, gpa=140737488359988) at gpa_demo.c:30');
    assert.deepEqual(kinds(values), [
      ['0x00007ffff7e3c1a2', 'gva'],
      ['0x555555558030', 'pointer'],
      ['140737488359988', 'gpa'],
    ]);
    assert.equal(values[2].value, 140737488359988n);
    assert.equal(values[2].style.radix, 10);
  });
  it('GDB locals print integers in decimal', () => {
    const [v] = classify('gfn = 34359738369');
    assert.equal(v.kind, 'gfn');
    assert.equal(v.value, 34359738369n);
  });
  it('QEMU trace lines with and without the pid@time: prefix', () => {
    const line = '4187@1700000000.123456:kvm_convert_memory start 0x80000000 size 0x200000 shared_to_private';
    assert.deepEqual(kinds(classify(line)), [
      ['0x80000000', 'gpa'],
      ['0x200000', 'size'],
    ]);
    assert.deepEqual(
      kinds(
        classify(
          'kvm_set_user_memory AddrSpace#0 Slot#2 flags=0x4 gpa=0x100000000 size=0x80000000 ua=0x7f2a00000000 guest_memfd=25 guest_memfd_offset=0x0 ret=0',
        ),
      ),
      [
        ['0x4', 'flags'],
        ['0x100000000', 'gpa'],
        ['0x80000000', 'size'],
        ['0x7f2a00000000', 'pointer'],
        ['25', 'count'],
        ['0x0', 'size'],
        ['0', 'count'],
      ],
    );
  });
  it('source code: a constant needs its name or context (an unnamed one is a number), kernel virtual addresses are pointers', () => {
    const c = { labelledBareHex: true, languageId: 'c' };
    assert.deepEqual(kinds(classify('#define TDX_SHARED_BIT 0x800000000000ULL', c)), [['0x800000000000ULL', 'number']]);
    assert.deepEqual(kinds(classify('#define APIC_BASE_GPA 0xfee00000', c)), [['0xfee00000', 'gpa']]);
    assert.deepEqual(kinds(classify('gpa = 0xfee00000;', c)), [['0xfee00000', 'gpa']]);
    assert.deepEqual(kinds(classify('u64 x = 0x4e51ef000;', c)), [['0x4e51ef000', 'number']]);
    assert.equal(classify('#define TDX_SHARED_BIT 0x800000000000ULL', c)[0].confidence, 'guess');
    assert.equal(classify('#define TD_SHARED_GPA 0x800000000000ULL', c)[0].confidence, 'likely');
    assert.deepEqual(kinds(classify('\tgfn_t gfn = 0x8000fee00;', c)), [['0x8000fee00', 'gfn']]);
    assert.deepEqual(kinds(classify('static const u64 kernel_text = 0xffffffff81000000;', c)), [['0xffffffff81000000', 'pointer']]);
    assert.deepEqual(kinds(classify('const PAGE_OFFSET: u64 = 0xff11000000000000;', { labelledBareHex: true, languageId: 'rust' })), [
      ['0xff11000000000000', 'pointer'],
    ]);
  });
  it('treats plaintext and log documents the same', () => {
    const lines = [
      'kvm_page_fault: vcpu 0 rip 0xffffffff81a01234 address 0x0000000012345000 error_code 0x2',
      '$1 = 0x8000000001234',
      'gpa 0x1000',
    ];
    for (const line of lines) {
      const plain = classify(line, { labelledBareHex: true, languageId: 'plaintext' });
      const log = classify(line, { labelledBareHex: true, languageId: 'log' });
      assert.deepEqual(kinds(plain), kinds(log));
    }
  });
  it('yields nothing for hashes, UUIDs, colours, MACs and hex words', () => {
    for (const line of [
      'commit 3f2a9c1d8e7b6a5f4c3d2e1f0a9b8c7d6e5f4a3b',
      'uuid 123e4567-e89b-12d3-a456-426614174000',
      'magic deadbeef: the added cafe bytes are deadbeef',
      'color: #ff00ff; background: #c0ffee;',
      '    link/ether 52:54:00:12:34:56 brd ff:ff:ff:ff:ff:ff',
    ]) {
      assert.deepEqual(classify(line), [], line);
    }
  });
});

describe('classifyLine: windows and options', () => {
  it('returns only values starting in [from, to), with the same kinds as for the whole line', () => {
    const line = 'kvm_page_fault: vcpu 0 rip 0xffffffff81a01234 address 0x0000000012345000 error_code 0x2';
    const at = line.indexOf('0x0000000012345000');
    const values = classify(line, { labelledBareHex: true, from: at - 5, to: at + 3 });
    assert.deepEqual(kinds(values), [['0x0000000012345000', 'gpa']]);
  });
  it('finds the value under a hover position, with the kind its message gives it', () => {
    const line = ' qemu-kvm-4187 [003] d..1. 1234.567890: kvm_mmu_set_spte: gfn 8000fee00 spte 600000012345677 (rwx-) level 1 at 1a2b3c000';
    assert.equal(classifiedValueAt(line, line.indexOf('8000fee00') + 3, bare)?.kind, 'gfn');
    assert.equal(classifiedValueAt(line, line.indexOf('1a2b3c000') + 9, bare)?.kind, 'hpa');
    assert.equal(classifiedValueAt(line, line.indexOf('(rwx-)'), bare), undefined);
    const long = 'kvm_page_fault: vcpu 0 rip 0xffffffff81a01234 ' + 'x'.repeat(300) + ' address 0x0000000012345000 error_code 0x2';
    assert.equal(classifiedValueAt(long, long.indexOf('0x00000000123'), bare)?.kind, 'gpa');
    assert.equal(classifiedValueAt(long, long.lastIndexOf('0x2'), bare)?.kind, 'exitQualification');
  });
  it('reads no bare values when labelledBareHex is off, like the scanner', () => {
    const line = 'kvm_mmu_set_spte: gfn 8000fee00 spte 600000012345677 (rwx-) level 1 at 1a2b3c000';
    assert.deepEqual(classify(line, { labelledBareHex: false }), []);
    assert.deepEqual(scanLine(line, { labelledBareHex: false }), []);
  });
  it('gives every value of a line the same span as the scanner gives it', () => {
    const line = '[  5.000001] kvm_intel: SEAMCALL TDH_MEM_SEPT_ADD failed: 0x8000020000000092, rcx 0x0, rdx 0x3';
    const scanned = scanLine(line, { labelledBareHex: true }).map((t) => [t.start, t.end, t.text]);
    assert.deepEqual(
      classify(line).map((v) => [v.start, v.end, v.text]),
      scanned,
    );
  });
  it('every rule cites a source path', () => {
    for (const r of EVENT_RULES)
      assert.match(
        r.source,
        /^(?:(arch|include|drivers|kernel|init|mm|hw|accel|target|system|monitor|qobject|gdb|OvmfPkg|MdePkg)\/[\w/.-]+|(?:pciutils|crash): [\w.]+|cloud-hypervisor: [\w/.]+)$/,
        r.names.join(),
      );
  });

  it('reads perf script lines, whose events carry their subsystem (kvm:kvm_page_fault)', () => {
    const line =
      'qemu-kvm  4187 [003]  5125.204133: kvm:kvm_page_fault: vcpu 0 rip 0xffffffff81a01234 address 0x0000800012345000 error_code 0x181';
    assert.deepEqual(
      classifyLine(line, { labelledBareHex: true }).map((v) => [v.text, v.kind, v.confidence]),
      [
        ['0', 'count', 'certain'],
        ['0xffffffff81a01234', 'gva', 'certain'],
        ['0x0000800012345000', 'gpa', 'certain'],
        ['0x181', 'exitQualification', 'certain'],
      ],
    );
  });
});

describe('classifyLine: evidence beyond the rules table (formats no rule names)', () => {
  const kindsOf = (line: string, options: ClassifyOptions = bare) => kinds(classify(line, options));

  it('reads an unknown label by its form: masks and yes/no fields are flags, ids and levels counts, offsets sizes', () => {
    assert.deepEqual(kindsOf('kvm_hv_whatever: processor_mask 0x3 is_private = 0x1 max_level = 0x3 mmu_seq = 0x1a2 offset: 0x2000'), [
      ['0x3', 'flags'],
      ['0x1', 'flags'],
      ['0x3', 'count'],
      ['0x1a2', 'count'],
      ['0x2000', 'size'],
    ]);
    // An address label still wins over a form: `gpa_mask` names a GPA.
    assert.deepEqual(kindsOf('fault gpa_mask 0x800000000000'), [['0x800000000000', 'gpa']]);
  });

  it('reads the label of a quoted value (XML attributes, JSON) and of a comparison', () => {
    // libvirt's PCI address: domain, bus, slot and function select a device; a DIMM's base is a GPA.
    assert.deepEqual(kindsOf("<address type='pci' domain='0x0000' bus='0x05' slot='0x00' function='0x0'/>"), [
      ['0x0000', 'count'],
      ['0x05', 'count'],
      ['0x00', 'count'],
      ['0x0', 'count'],
    ]);
    assert.deepEqual(kindsOf('{"gpa": "0x80001000", "size": "0x1000", "flags": 0x3}'), [
      ['0x80001000', 'gpa'],
      ['0x1000', 'size'],
      ['0x3', 'flags'],
    ]);
    const c = { labelledBareHex: true, languageId: 'c' };
    assert.deepEqual(kindsOf('if (entry->function == 0x80000008 && gpa >= 0x100000000)', c), [
      ['0x80000008', 'count'],
      ['0x100000000', 'gpa'],
    ]);
  });

  it('reads a guest page-table dump (dump_pagetable): each entry holds the GPA of the next table or the page', () => {
    const values = classify('[  602.118830] PGD 7d201067 P4D 7d201067 PUD 7d3fe067 PMD 7d3c2067 PTE 80000a3c1061');
    assert.deepEqual(kinds(values), [
      ['7d201067', 'gpa'],
      ['7d201067', 'gpa'],
      ['7d3fe067', 'gpa'],
      ['7d3c2067', 'gpa'],
      ['80000a3c1061', 'gpa'],
    ]);
    assert.match(values[4].why, /^`PTE` of PGD \(arch\/x86\/mm\/fault.c\): page-table entry/);
    assert.deepEqual(kindsOf('[  412.009235] PGD 0 P4D 0'), [
      ['0', 'gpa'],
      ['0', 'gpa'],
    ]);
  });

  it('calls a field of a GDB struct print data when its name says nothing, but keeps address names', () => {
    const values = classify('$1 = {addr = 0x8000febd1000, foo = 0x1234, gfn = 0xfebd1, slot = 0xffffc90001a3d000}');
    assert.deepEqual(kinds(values), [
      ['0x8000febd1000', 'gpa'],
      ['0x1234', 'data'],
      ['0xfebd1', 'gfn'],
      ['0xffffc90001a3d000', 'pointer'],
    ]);
    assert.equal(values[1].confidence, 'guess');
    // A bare `$1 = 0x…`: nothing says what it is.
    assert.deepEqual(kindsOf('$2 = 0x8000febd1000'), [['0x8000febd1000', 'number']]);
  });

  it('reads a QEMU process pointer (0x55…, 0x56…, 0x7f… with 12 digits) as a pointer, a short value after `at` as a number', () => {
    assert.deepEqual(kindsOf('virtqueue_fill vq 0x7f1c2c0a8010 elem 0x55d6a3e1f2c0 at 0x7f4c1000'), [
      ['0x7f1c2c0a8010', 'pointer'],
      ['0x55d6a3e1f2c0', 'pointer'],
      ['0x7f4c1000', 'number'],
    ]);
    assert.match(classify('vq 0x00007f1c2c0a8010')[0].why, /user-space pointer/);
  });

  it('reads a 64-bit value with bit 63 or 62 set that names a TDX or TDVMCALL status as that status', () => {
    const c = { labelledBareHex: true, languageId: 'c' };
    assert.deepEqual(kindsOf('#define TDX_OPERAND_BUSY\t\t0x8000020000000000ULL', c), [['0x8000020000000000ULL', 'tdxStatus']]);
    assert.deepEqual(kindsOf('#define TDVMCALL_STATUS_ALIGN_ERROR\t0x8000000000000002ULL', c), [
      ['0x8000000000000002ULL', 'tdvmcallStatus'],
    ]);
    // Bit 62 alone is the non-recoverable class: TDX_NON_RECOVERABLE_VCPU.
    assert.deepEqual(kindsOf('#define TDX_NON_RECOVERABLE_VCPU\t\t0x4000000100000000ULL', c), [['0x4000000100000000ULL', 'tdxStatus']]);
    // Bit 63 set but no known status: nothing says what it is.
    assert.deepEqual(kindsOf('#define X 0x8000123400000000ULL', c), [['0x8000123400000000ULL', 'number']]);
  });

  it('reads a constant named after a TDX leaf, operand or metadata field as an id, a status by its value as a status', () => {
    const c = { labelledBareHex: true, languageId: 'c' };
    assert.deepEqual(kindsOf('#define TDVMCALL_MAP_GPA\t\t0x10001', c), [['0x10001', 'count']]);
    assert.deepEqual(kindsOf('#define TDX_OPERAND_ID_SEPT\t\t\t0x92', c), [['0x92', 'count']]);
    assert.deepEqual(kindsOf('#define TD_MD_FIELD_ID_CPUID_VALUES\t\t0x9410000300000000ULL', c), [['0x9410000300000000ULL', 'count']]);
    const rust = { labelledBareHex: true, languageId: 'rust' };
    assert.deepEqual(kindsOf('const TDG_VP_VMCALL_MAP_GPA: u64 = 0x10001;', rust), [['0x10001', 'count']]);
    // cloud-hypervisor names TDVMCALL statuses without STATUS: the value decides.
    assert.deepEqual(kindsOf('const TDG_VP_VMCALL_ALIGN_ERROR: u64 = 0x8000000000000002;', rust), [
      ['0x8000000000000002', 'tdvmcallStatus'],
    ]);
    assert.notEqual(kindsOf('#define TDVMCALL_STATUS_RETRY\t\t0x0000000000000001ULL', c)[0][1], 'count');
  });

  it('counts the digits of a value written with separators or a suffix before judging its form', () => {
    // The checks count a value's significant digits first: separators are skipped, a suffix is not a digit.
    assert.deepEqual(kindsOf('v 0x8000_0200_0000_0092 w 0xC0000100_00000000'), [
      ['0x8000_0200_0000_0092', 'tdxStatus'],
      ['0xC0000100_00000000', 'tdxStatus'],
    ]);
    assert.deepEqual(kindsOf('v 0xffff_8880_0000_1000 w 0x7f12_3456_7890 x 0x7f12345678ULL'), [
      ['0xffff_8880_0000_1000', 'pointer'],
      ['0x7f12_3456_7890', 'pointer'],
      ['0x7f12345678ULL', 'number'],
    ]);
  });

  it("takes a Rust constant's name, not its type, as the label", () => {
    const rust = { labelledBareHex: true, languageId: 'rust' };
    assert.deepEqual(kindsOf('pub const IOAPIC_SIZE: u64 = 0x20;', rust), [['0x20', 'size']]);
    assert.deepEqual(kindsOf('let shared: u64 = 0x8000_fee0_0000_u64;', rust), [['0x8000_fee0_0000_u64', 'gpa']]);
    assert.deepEqual(kindsOf('let v: u64 = 0x8000_fee0_0000_u64;', rust), [['0x8000_fee0_0000_u64', 'number']]);
    assert.deepEqual(kindsOf('pub const APIC_START: GuestAddress = GuestAddress(0xfee0_0000);', rust), [['0xfee0_0000', 'gpa']]);
  });

  it('reads QEMU monitor output: info mtree ranges (memory GPAs, I/O ports), x/xp dumps, GDB info proc mappings', () => {
    const ram = classify('    0000000100000000-000000047fffffff (prio 0, ram): pc.ram KVM');
    assert.deepEqual(kinds(ram), [
      ['0000000100000000', 'gpa'],
      ['000000047fffffff', 'gpa'],
    ]);
    assert.deepEqual(ram[0].range, { first: 0x100000000n, last: 0x47fffffffn });
    assert.deepEqual(kindsOf('    0000000000000cf8-0000000000000cfb (prio 0, i/o): pci-conf-idx'), [
      ['0000000000000cf8', 'count'],
      ['0000000000000cfb', 'count'],
    ]);
    assert.deepEqual(kindsOf('000000007f4c1000: 0x0000000000000001 0x000000007f4c2067'), [
      ['0x0000000000000001', 'data'],
      ['0x000000007f4c2067', 'data'],
    ]);
    assert.deepEqual(
      kindsOf('      0x7f1b00000000     0x7f1c00000000 0x100000000        0x0  rw-s   /memfd:pc.ram (deleted)').map(([, k]) => k),
      ['pointer', 'pointer', 'pointer', 'pointer'],
    );
  });

  it('reads a debug TD through QEMU: info tlb maps a virtual page to a GPA, GDB cr3 is the page-table root GPA', () => {
    const tlb = classify('ffff88807fe3a000: 000080007fe3a000 XG-DA---W');
    assert.deepEqual(kinds(tlb), [['000080007fe3a000', 'gpa']]);
    assert.match(tlb[0].why, /info tlb/);
    // Not the `x` dump (`addr: 0x…`) nor a 16-digit value followed by anything but a second 16-digit column.
    assert.deepEqual(kindsOf('ffff88807fe3a000: 0000007fe3a000 foo'), []);
    const cr3 = classify('cr3            0x102e5e000         [ PDBR=1060446 PCID=0 ]');
    assert.deepEqual(kinds(cr3), [
      ['0x102e5e000', 'gpa'],
      ['1060446', 'gfn'],
      ['0', 'count'],
    ]);
    assert.equal(cr3[1].value, 0x102e5en);
  });

  it("reads the kernel's symbol+offset/length in call traces and WARN lines as an offset and a length, not GPAs", () => {
    assert.deepEqual(kindsOf('[  412.009260] RIP: 0010:tdx_handle_ept_violation+0x1d2/0x230 [kvm_intel]'), [
      ['0x1d2', 'size'],
      ['0x230', 'size'],
    ]);
    const trace = classify('[  412.009312]  vcpu_enter_guest.constprop.0+0x8c4/0x1400 [kvm]');
    assert.deepEqual(
      trace.map((v) => v.why),
      ['offset in the function (symbol+offset/length)', 'length of the function (symbol+offset/length)'],
    );
    // Spaced arithmetic is not a symbol: `gpa + 0x1000 / 0x10`.
    assert.deepEqual(
      kindsOf('gpa + 0x1000 / 0x10').map(([, k]) => k),
      ['size', 'number'],
    );
  });

  it('reads /proc/iomem ranges and lspci BARs as GPA ranges and addresses, and CamelCase labels by their parts', () => {
    const ram = classify('  100000000-47fffffff : System RAM');
    assert.deepEqual(kinds(ram), [
      ['100000000', 'gpa'],
      ['47fffffff', 'gpa'],
    ]);
    assert.deepEqual(ram[1].range, { first: 0x100000000n, last: 0x47fffffffn });
    assert.deepEqual(kindsOf('\tRegion 0: Memory at fe000000 (32-bit, non-prefetchable) [size=4K]'), [['fe000000', 'gpa']]);
    assert.deepEqual(kindsOf('ResourceLength: 0x7F800000 ResourceType: 0x7 ResourceAttribute: 0x7 Pci64Base=0x380000000000'), [
      ['0x7F800000', 'size'],
      ['0x7', 'count'],
      ['0x7', 'flags'],
      ['0x380000000000', 'gpa'],
    ]);
  });

  it('reads the host and guest messages the blind set found: DMAR units, XSAVE masks, QEMU error_report ranges', () => {
    assert.deepEqual(kindsOf('[    0.012360] DMAR: RMRR base: 0x0000006f7b8000 end: 0x0000006f7bafff'), [
      ['0x0000006f7b8000', 'hpa'],
      ['0x0000006f7bafff', 'hpa'],
    ]);
    assert.deepEqual(kindsOf('[    0.000000] x86/fpu: Enabled xstate features 0x602e7, context size is 11008 bytes'), [
      ['0x602e7', 'flags'],
    ]);
    const convert = classify('qemu-system-x86_64: Convert non guest_memfd backed memory region (0xfed45000 ,+ 0x1000) to private');
    assert.deepEqual(kinds(convert), [
      ['0xfed45000', 'gpa'],
      ['0x1000', 'size'],
    ]);
    assert.deepEqual(convert[0].range, { first: 0xfed45000n, last: 0xfed45fffn });
  });
});
