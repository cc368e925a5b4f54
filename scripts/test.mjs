// `npm test`: type-check, lint and build, then the unit tier (mocha on Node alone), the packaging tier, the
// integration tier (mocha inside a real VS Code) and the native tier (gcc: the C fixtures). The last line printed is
// the summary `N passed, N failed[, N skipped]`.
// `--unit` runs the unit and packaging tiers only (the summary then says the other tiers did not run, and fails).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Mocha from 'mocha';
import { root } from './host.mjs';
import { integrationPrerequisiteProblem } from './prereqs.mjs';

const unitOnly = process.argv.includes('--unit');
let passed = 0;
let failed = 0;
let skipped = 0;

function step(name, cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed`);
    failed++;
    return false;
  }
  return true;
}

function files(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, suffix) : p.endsWith(suffix) ? [p] : [];
  });
}

const npx = (bin) => join(root, 'node_modules/.bin', bin);

/** Runs the compiled mocha files under `dir` in this process and adds their counts; a tier with no test fails. */
async function mochaTier(title, dir) {
  console.log(`\n${title}`);
  const mocha = new Mocha({ reporter: 'spec', timeout: 60_000 });
  for (const f of files(join(root, dir), '.test.js')) mocha.addFile(f);
  const stats = await new Promise((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
  });
  passed += stats.passes;
  failed += stats.failures;
  skipped += stats.pending;
  if (stats.tests === 0) {
    console.error(`✖ ${title} ran no test`);
    failed++;
  }
}

// Before anything else: a machine this script cannot provision stops here, with what to install.
const problem = unitOnly ? undefined : integrationPrerequisiteProblem();
if (problem) {
  console.error(`\n✖ ${problem}`);
  failed++;
} else {
  rmSync(join(root, 'out'), { recursive: true, force: true });
  const built =
    step('type-check (tsc)', npx('tsc'), ['-p', '.']) &&
    step('type-check (webview)', npx('tsc'), ['-p', 'webview', '--noEmit']) &&
    step('lint (eslint)', npx('eslint'), ['.']) &&
    step('format (prettier --check)', npx('prettier'), ['--check', '--log-level', 'warn', '.']) &&
    step('build (esbuild)', process.execPath, ['scripts/build.mjs']);

  if (built) {
    await mochaTier('Unit tier (mocha on Node)', 'out/test/unit');
    await mochaTier('Packaging tier (vsce ls, vsce package)', 'out/test/package');
    if (unitOnly) {
      console.error('\n✖ integration and native tiers not run (--unit)');
      failed++;
    } else {
      console.log('\nIntegration tier (real VS Code extension host)');
      const dir = mkdtempSync(join(tmpdir(), 'tdx-summary-'));
      const summary = join(dir, 'integration.json');
      spawnSync(process.execPath, ['scripts/run-integration.mjs', '--summary', summary], { cwd: root, stdio: 'inherit' });
      if (existsSync(summary)) {
        const s = JSON.parse(readFileSync(summary, 'utf8'));
        passed += s.passed;
        failed += s.failed;
        skipped += s.pending;
      } else {
        console.error('✖ the integration tier wrote no summary');
        failed++;
      }
      rmSync(dir, { recursive: true, force: true });
      // After the integration tier: on a bare Debian machine its host installer is what provides gcc.
      await mochaTier('Native tier (gcc + the EPT fixture)', 'out/test/native');
    }
  }
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
