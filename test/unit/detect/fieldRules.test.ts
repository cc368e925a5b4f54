import * as assert from 'node:assert/strict';
import { classifyLine } from '../../../src/detect/classify';
import { EVENT_RULES, GENERIC_FIELDS } from '../../../src/detect/fieldRules';
import { RULE_ROWS } from '../../../src/detect/rules';
import { QEMU_ROWS } from '../../../src/detect/rules/qemu';
import { Field, PrintedAs, rowNames } from '../../../src/detect/rules/row';
import { VALUE_KIND_TITLES } from '../../../src/detect/valueKind';
import { FORMATS } from '../../corpus/formats';
import { eventRules, fieldOf, generateCorpus, lineShape } from '../../corpus/generate';
import { normalizeFormat } from '../../corpus/render';

const PRINTED_AS: readonly PrintedAs[] = ['bare', '0x', 'decimal'];
/** A file inside a repository (`arch/x86/kvm/x86.c`, `accel/kvm/trace-events`), or a file named with its project (`pciutils: lspci.c`, `cloud-hypervisor: arch/src/x86_64/tdx/mod.rs`). */
const SOURCE_PATH = /^(?:[A-Za-z0-9_-]+\/)+[\w.-]+$|^(?:pciutils|crash): [\w.]+$|^cloud-hypervisor: (?:[\w-]+\/)+[\w.]+$/;

function fieldsOf(row: (typeof RULE_ROWS)[number]): [string, Field][] {
  return [
    ...Object.entries(row.fields ?? {}),
    ...(row.other ? [['*other', row.other] as [string, Field]] : []),
    ...(row.unknownWord ? [['*unknownWord', row.unknownWord] as [string, Field]] : []),
    ...(row.leading ?? []).map((f, i) => [`*leading${i}`, f] as [string, Field]),
  ];
}

/**
 * How the formats print the number after `key`: decimal if any does, else bare if any prints it without `0x`.
 * `userSpace`: the formats are a user-space program's (QEMU's trace-events), whose glibc `%p` prints `0x`.
 */
function printedIn(formats: readonly string[], key: string, userSpace = false): PrintedAs | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    `(?<![\\w])${escaped}(?:\\s*[:=]\\s*|\\s+)(0x)?%([-#0 +]*)\\d*(?:\\.\\d+)?(?:hh|h|ll|l|L|z|j|t)?([diuxXp])([aR]?)`,
    'g',
  );
  const seen = new Set<PrintedAs>();
  for (const f of formats.map(normalizeFormat)) {
    for (const m of f.matchAll(re)) {
      const [, prefix, flags, conv, pointerExtension] = m;
      // The kernel's `%pa` and `%pR` print `0x`, its plain `%p` a hashed pointer without it; glibc's `%p` prints `0x`.
      const pointer0x = pointerExtension || (conv === 'p' && userSpace);
      seen.add('diu'.includes(conv) ? 'decimal' : prefix || flags.includes('#') || pointer0x ? '0x' : 'bare');
    }
  }
  return seen.has('decimal') ? 'decimal' : seen.has('bare') ? 'bare' : seen.has('0x') ? '0x' : undefined;
}

describe('rule rows', () => {
  it('are well-formed: known kinds and printed forms, a reason, a source path', () => {
    for (const row of RULE_ROWS) {
      const name = rowNames(row).join();
      assert.ok(rowNames(row).length > 0, name);
      assert.match(row.source, SOURCE_PATH, name);
      for (const [key, [kind, printedAs, why]] of fieldsOf(row)) {
        assert.ok(kind in VALUE_KIND_TITLES, `${name} ${key}: kind ${kind}`);
        assert.ok(PRINTED_AS.includes(printedAs), `${name} ${key}: printed as ${printedAs}`);
        assert.match(why, /\S/, `${name} ${key}`);
        // Reasons cite full paths: no bare file name such as `(x86.c)` or `in vmx.c`.
        assert.doesNotMatch(why, /(?:^|[\s(])[\w-]+\.[ch]\b/, `${name} ${key}: ${why}`);
      }
    }
  });

  it('say how each field is printed as their own printf formats print it', () => {
    let checked = 0;
    for (const row of RULE_ROWS) {
      if (!row.formats) continue;
      for (const [key, [, printedAs]] of Object.entries(row.fields ?? {})) {
        if (!/^\w+$/.test(key)) continue;
        const inFormats = printedIn(row.formats, key, QEMU_ROWS.includes(row));
        if (inFormats === undefined) continue;
        checked++;
        assert.equal(printedAs, inFormats, `${rowNames(row)[0]} ${key} in ${row.formats.join(' | ')}`);
      }
    }
    assert.ok(checked > 100, `${checked} fields checked against their formats`);
  });

  it('name each event once: rows sharing a name share all their names', () => {
    const seen = new Map<string, string>();
    for (const row of RULE_ROWS) {
      const names = rowNames(row).join('|');
      for (const n of rowNames(row)) {
        assert.ok(!seen.has(n) || seen.get(n) === names, `${n} is in ${seen.get(n)} and ${names}`);
        seen.set(n, names);
      }
    }
    assert.equal(EVENT_RULES.length, new Set([...seen.values()]).size);
  });

  it('compile a field of a second source with that source cited (dump_vmcs() lines of kvm_intel)', () => {
    const rsp = eventRules('kvm_intel').fields!.RSP;
    assert.equal(rsp.why, 'guest RSP printed by dump_vmcs() (arch/x86/kvm/vmx/vmx.c)');
    assert.equal(eventRules('kvm_intel').source, 'arch/x86/kvm/vmx/tdx.c');
    assert.equal(GENERIC_FIELDS.spte.kind, 'spte');
  });
});

describe('hover reasons cite the full upstream path', () => {
  const why = (line: string, text: string) => {
    const v = classifyLine(line, { labelledBareHex: true }).find((c) => c.text === text);
    assert.ok(v, `${text} in ${line}`);
    return v.why;
  };

  it('for the message source and for a field of another file', () => {
    assert.match(why('kvm_intel: RSP = 0x00007ffd5a1c2e10  RIP = 0xffffffff81a01234', '0xffffffff81a01234'), /arch\/x86\/kvm\/vmx\/vmx\.c/);
    assert.match(why('kvm: vcpu0, guest rIP: 0xffffffff81a01234 ignored rdmsr: 0x1a2 data 0x0', '0x1a2'), /\(arch\/x86\/kvm\/x86\.c\)$/);
    assert.match(
      why('kvm_intel: SEAMCALL TDH_MEM_PAGE_AUG failed: 0x8000020000000092', '0x8000020000000092'),
      /arch\/x86\/include\/asm\/shared\/tdx_errno\.h/,
    );
    assert.match(
      why('kvm_page_fault: vcpu 0 rip 0xffffffff81a01234 address 0x0000800012345000 error_code 0x181', '0x181'),
      /^`error_code` of kvm_page_fault \(arch\/x86\/kvm\/trace\.h\): .*\(arch\/x86\/include\/asm\/vmx\.h\)$/,
    );
    assert.match(
      why('kvm_mmu_set_spte: gfn 8000fee00 spte 600000012345677 (rwx-) level 1 at 1a2b3c000', '1a2b3c000'),
      /arch\/x86\/kvm\/mmu\/mmutrace\.h/,
    );
  });
});

describe('the generated corpus and the rule rows', () => {
  it('take every line of a rule row from the row: its source, one of its formats, kinds of its fields', () => {
    for (const e of FORMATS) {
      if (e.rule === undefined) continue;
      const rules = eventRules(e.rule);
      const shape = lineShape(e);
      assert.ok(
        RULE_ROWS.some((r) => rowNames(r).includes(e.rule!) && r.source === shape.source),
        `${e.rule}: ${shape.source}`,
      );
      for (const c of e.convs) {
        if (c.field !== undefined) {
          assert.ok(fieldOf(rules, c.field), `${e.rule} ${c.field}`);
          assert.equal(c.kind, undefined, `${e.rule} ${c.field} states no kind of its own`);
        }
      }
    }
  });

  it('labels a value with the kind the rule row gives its field, so the two cannot disagree', () => {
    const corpus = generateCorpus();
    const setSpte = corpus.find((e) => e.event === 'kvm_mmu_set_spte')!;
    assert.deepEqual(
      setSpte.values.map((v) => v.kind),
      ['gfn', 'spte', 'count', 'hpa'].map((f) => f),
    );
    assert.equal(eventRules('kvm_mmu_set_spte').fields!.at.kind, 'hpa');
    assert.throws(() => fieldOf(eventRules('kvm_mmu_set_spte'), 'nonexistent'), /kvm_mmu_set_spte has no field nonexistent/);
  });
});
