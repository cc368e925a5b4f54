import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ReadU64, rootFor, walkEpt, walkToSummary } from '../../src/tdx/eptWalk';
import { eptLevelCount, Gpaw } from '../../src/tdx/tdx';

// Compiles and runs test/fixtures/ept_demo.c, then walks the tables it dumps with the TypeScript walker:
// the fixture and the walker must agree before any debugger is involved.

const SOURCE = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'ept_demo.c');

interface FixtureWalk {
  gpa: string;
  root: 'shared' | 'mirror';
  leafLevel?: number;
  pageSize?: string;
  hpa?: string;
  fault?: { level: number; reason: string };
}

interface FixtureLayout {
  name: string;
  gpaw: Gpaw;
  sharedRoot: string;
  mirrorRoot: string;
  walks: FixtureWalk[];
}

interface FixtureDescription {
  page_offset_base: string;
  layouts: FixtureLayout[];
}

const leaf = (gpa: string, root: 'shared' | 'mirror', leafLevel: number, pageSize: string, hpa: string): FixtureWalk => ({
  gpa,
  root,
  leafLevel,
  pageSize,
  hpa,
});
const hole = (gpa: string, level: number): FixtureWalk => ({ gpa, root: 'shared', fault: { level, reason: 'not present' } });

/** The table in ept_demo.c's header comment. */
const DOCUMENTED: Omit<FixtureLayout, 'gpaw'>[] = [
  {
    name: 'vcpu48',
    sharedRoot: '0x1000',
    mirrorRoot: '0x6000',
    walks: [
      leaf('0x800040203abc', 'shared', 1, '0x1000', '0x5abc'),
      leaf('0x8000c1234567', 'shared', 3, '0x40000000', '0x141234567'),
      hole('0x800040400000', 2),
      leaf('0x123456789', 'mirror', 1, '0x1000', '0xa789'),
      leaf('0x1239abcde', 'mirror', 2, '0x200000', '0x801abcde'),
    ],
  },
  {
    name: 'vcpu52',
    sharedRoot: '0xb000',
    mirrorRoot: '0x11000',
    walks: [
      leaf('0x8000040203abc', 'shared', 1, '0x1000', '0x10abc'),
      leaf('0x80000c1234567', 'shared', 3, '0x40000000', '0x201234567'),
      hole('0x8000040400000', 2),
      leaf('0x123456789', 'mirror', 1, '0x1000', '0x16789'),
      leaf('0x1239abcde', 'mirror', 2, '0x200000', '0xc01abcde'),
    ],
  },
];

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.error) {
    assert.fail(`could not run ${command} (${result.error.message}); the EPT fixture test needs gcc on PATH`);
  }
  assert.equal(result.status, 0, `${command} ${args.join(' ')} exited with ${String(result.status)}:\n${result.stderr}`);
  return result.stdout;
}

describe('ept_demo.c fixture and the TypeScript walker', () => {
  let description: FixtureDescription;
  const entries = new Map<bigint, bigint>();

  before(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ept-demo-'));
    try {
      const binary = path.join(dir, 'ept_demo');
      const compilerOutput = spawnSync('gcc', ['-g', '-O0', '-Wall', '-Wextra', '-Werror', '-o', binary, SOURCE], { encoding: 'utf8' });
      if (compilerOutput.error) assert.fail(`could not run gcc (${compilerOutput.error.message}); the EPT fixture test needs gcc on PATH`);
      assert.equal(compilerOutput.status, 0, `gcc -Wall -Wextra -Werror failed on ${SOURCE}:\n${compilerOutput.stderr}`);
      const [json, ...pages] = run(binary, ['--dump']).trimEnd().split('\n');
      description = JSON.parse(json) as FixtureDescription;
      for (const line of pages) {
        const [word, base, ...values] = line.split(' ');
        assert.equal(word, 'page', `unexpected output line: ${line.slice(0, 80)}`);
        assert.equal(values.length, 512, `page ${base} has ${values.length} entries`);
        values.forEach((value, i) => entries.set(BigInt(base) + 8n * BigInt(i), BigInt(value)));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  const read: ReadU64 = async (hpa) => {
    const value = entries.get(hpa);
    if (value === undefined) throw new Error(`HPA 0x${hpa.toString(16)} is not in a dumped table page`);
    return value;
  };

  it('describes the layout documented in its header comment', () => {
    assert.match(description.page_offset_base, /^0x[0-9a-f]+000$/);
    assert.deepEqual(
      description.layouts.map(({ name, sharedRoot, mirrorRoot, walks }) => ({ name, sharedRoot, mirrorRoot, walks })),
      DOCUMENTED,
    );
    assert.deepEqual(
      description.layouts.map((l) => l.gpaw),
      [48, 52],
    );
  });

  it('has KVM choose the root it documents for each GPA', () => {
    for (const layout of description.layouts) {
      for (const walk of layout.walks) assert.equal(rootFor(BigInt(walk.gpa), layout.gpaw), walk.root, `${layout.name} ${walk.gpa}`);
    }
  });

  it('walks every documented GPA through the dumped tables to the expected leaf or hole', async () => {
    for (const layout of description.layouts) {
      for (const expected of layout.walks) {
        const rootHpa = BigInt(expected.root === 'shared' ? layout.sharedRoot : layout.mirrorRoot);
        const walk = walkToSummary(await walkEpt({ gpa: BigInt(expected.gpa), gpaw: layout.gpaw, rootHpa, root: expected.root }, read));
        const { levels, rootHpa: walkedRoot, ...outcome } = walk;
        const label = `${layout.name} ${expected.gpa}`;
        assert.deepEqual(outcome, expected, label);
        assert.equal(walkedRoot, expected.root === 'shared' ? layout.sharedRoot : layout.mirrorRoot, label);
        const top = eptLevelCount(layout.gpaw);
        const last = expected.leafLevel ?? expected.fault?.level ?? 1;
        assert.deepEqual(
          levels.map((l) => l.level),
          Array.from({ length: top - last + 1 }, (_, i) => top - i),
          label,
        );
        if (expected.root === 'shared')
          assert.equal(levels[0].index, layout.gpaw === 48 ? 256 : 8, `${label}: the shared bit indexes the top level`);
      }
    }
  });
});
