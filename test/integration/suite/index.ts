// Entry point loaded by VS Code as `extensionTestsPath` (same contract under code-server and
// @vscode/test-electron). Runs the mocha files of the suite named by TDX_TEST_SUITE and writes the
// results to TDX_TEST_RESULTS for the launcher, which prints them and decides the verdict.
// (The `web` suite, which runs in the browser's web worker extension host, has its own entry: ../web/index.ts.)
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { collectResults } from './results';

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

  return new Promise((resolve) => {
    const runner = mocha.run(() => {
      const body = results();
      if (resultsFile) {
        fs.writeFileSync(resultsFile + '.tmp', JSON.stringify(body, null, 2));
        fs.renameSync(resultsFile + '.tmp', resultsFile);
      }
      resolve();
    });
    const results = collectResults(runner, vscode.version);
  });
}
