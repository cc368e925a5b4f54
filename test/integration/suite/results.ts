// The results every integration suite hands to the launcher (scripts/run-integration.mjs), which prints them and
// decides the verdict. No Node here: the `web` suite builds them in the browser's web worker extension host too.

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  duration?: number;
  error?: string;
}

export interface RunResults {
  vscodeVersion: string;
  passed: number;
  failed: number;
  pending: number;
  tests: TestResult[];
  /** Lines the tests recorded with `report()` (test/integration/util/workbench.ts), printed under the run. */
  logs: string[];
}

/** Records every test `runner` reports; the returned function gives the results once the run has ended. */
export function collectResults(runner: Mocha.Runner, vscodeVersion: string): () => RunResults {
  const tests: TestResult[] = [];
  const logs: string[] = [];
  (globalThis as { __tdxTestReport?: string[] }).__tdxTestReport = logs;
  runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', duration: t.duration }));
  runner.on('fail', (t, err: Error) =>
    tests.push({ title: t.fullTitle(), state: 'failed', duration: t.duration, error: String(err?.stack ?? err) }),
  );
  runner.on('pending', (t) => tests.push({ title: t.fullTitle(), state: 'pending' }));
  return () => ({
    vscodeVersion,
    passed: tests.filter((t) => t.state === 'passed').length,
    failed: tests.filter((t) => t.state === 'failed').length,
    pending: tests.filter((t) => t.state === 'pending').length,
    tests,
    logs,
  });
}
