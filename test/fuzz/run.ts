// `npm run fuzz`: every property in properties.ts with FUZZ_RUNS cases (default 100,000), each bounded
// by FUZZ_SECONDS (default 120). Prints one line per property and fails on the first counterexample.
import fc from 'fast-check';
import { PROPERTIES } from './properties';

const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
const seconds = Number(process.env.FUZZ_SECONDS ?? 120);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
let failed = 0;
let total = 0;
console.log(`fuzz: ${runs} cases per property, seed ${seed}, at most ${seconds} s each\n`);
for (const { name, property } of PROPERTIES) {
  const t0 = Date.now();
  const r = fc.check(property, { numRuns: runs, seed, interruptAfterTimeLimit: seconds * 1000, markInterruptAsFailure: true });
  const ms = Date.now() - t0;
  total += r.numRuns;
  const ok = !r.failed;
  if (!ok) failed++;
  console.log(`${ok ? '✔' : '✖'} ${name}: ${r.numRuns} cases in ${(ms / 1000).toFixed(1)} s`);
  if (!ok) console.log(fc.defaultReportMessage(r) ?? 'failed');
}
console.log(`\n${PROPERTIES.length - failed} passed, ${failed} failed (${total} cases)`);
process.exitCode = failed ? 1 : 0;
