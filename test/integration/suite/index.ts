// Entry point loaded by VS Code as `extensionTestsPath` (same contract under code-server and
// @vscode/test-electron). Runs the mocha files of the suite named by TDX_TEST_SUITE and writes the
// results to TDX_TEST_RESULTS for the launcher, which prints them and decides the verdict.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  duration?: number;
  error?: string;
}

export function run(): Promise<void> {
  const suite = process.env.TDX_TEST_SUITE ?? 'main';
  const resultsFile = process.env.TDX_TEST_RESULTS;
  const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, color: false, reporter: 'dot', grep: process.env.TDX_TEST_GREP || undefined });
  const dir = path.join(__dirname, '..', suite);
  for (const f of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(path.join(dir, f));

  const tests: TestResult[] = [];
  const logs: string[] = [];
  (globalThis as { __tdxTestReport?: string[] }).__tdxTestReport = logs;
  return new Promise((resolve) => {
    const runner = mocha.run(() => {
      const failedCount = tests.filter((t) => t.state === 'failed').length;
      const body = {
        vscodeVersion: vscode.version,
        passed: tests.filter((t) => t.state === 'passed').length,
        failed: failedCount,
        pending: tests.filter((t) => t.state === 'pending').length,
        tests,
        logs,
      };
      if (resultsFile) {
        fs.writeFileSync(resultsFile + '.tmp', JSON.stringify(body, null, 2));
        fs.renameSync(resultsFile + '.tmp', resultsFile);
      }
      resolve();
    });
    runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', duration: t.duration }));
    runner.on('fail', (t, err: Error) =>
      tests.push({ title: t.fullTitle(), state: 'failed', duration: t.duration, error: String(err?.stack ?? err) }),
    );
    runner.on('pending', (t) => tests.push({ title: t.fullTitle(), state: 'pending' }));
  });
}
