// Entry point of the `web` suite, loaded by VS Code as `extensionTestsPath` in the browser's web worker
// extension host: VS Code runs a test module in the host of the extension whose folder holds it, and the
// launcher (scripts/run-integration.mjs) puts this extension in the worker. The launcher bundles this file
// with esbuild for the browser; without Node (`process.env`, `fs`) the suite reads its options from and writes
// its results to `.tdx-test/` in the workspace folder through `vscode.workspace.fs` — code-server serves
// that folder from disk, where the launcher reads them.
import './setup';
import './web.test';
import * as vscode from 'vscode';
import { collectResults, RunResults } from '../suite/results';

/** What the launcher writes to `.tdx-test/options.json`. */
interface WebSuiteOptions {
  grep?: string;
}

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the web suite needs a workspace folder for its options and results');
  const dir = vscode.Uri.joinPath(folder.uri, '.tdx-test');
  const options = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, 'options.json'))));
  const { grep } = options as WebSuiteOptions;
  if (grep) mocha.grep(grep);
  const body = await new Promise<RunResults>((resolve) => {
    const runner = mocha.run(() => resolve(results()));
    const results = collectResults(runner, vscode.version);
  });
  const tmp = vscode.Uri.joinPath(dir, 'results.json.tmp');
  await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(JSON.stringify(body, null, 2)));
  await vscode.workspace.fs.rename(tmp, vscode.Uri.joinPath(dir, 'results.json'), { overwrite: true });
}
