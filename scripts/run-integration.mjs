// Integration tier: runs the mocha suites in out/test/integration inside a real VS Code extension host.
// Offline (default here): code-server 4.100.3 + Debian Chromium driven by playwright-core.
// With TDX_TEST_HOST=electron: @vscode/test-electron (desktop VS Code, downloaded; needs internet).
// Writes { passed, failed, pending, tests[] } to the file named by --summary and exits non-zero on failure.
// TDX_TEST_RUNS=web,ui runs only the named runs; TDX_TEST_GREP=pattern narrows the tests inside them.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { installHost, launchChromium, remoteUri, root, startCodeServer } from './host.mjs';
import { noNodeBuiltins } from './noNodeBuiltins.mjs';
import { packageVsix } from './package-vsix.mjs';

const args = process.argv.slice(2);
const summaryPath = args.includes('--summary') ? args[args.indexOf('--summary') + 1] : undefined;
const RUN_TIMEOUT_MS = Number(process.env.TDX_TEST_TIMEOUT_MS ?? 20 * 60_000);
const gdbExtension = join(root, 'test/gdb-extension');
// The `installed` run's development extension: contributes nothing, so the extension under test is the installed .vsix.
const installedRunHost = join(root, 'test/installed-extension');
const suiteIndex = join(root, 'out/test/integration/suite/index.js');
// Inside the extension's folder, so VS Code runs it in the extension's own host (the web worker).
const webSuiteBundle = join(root, 'out/test/integration/web/suite.bundle.js');

/** The runs: each is one window on its own workspace copy; `trust` keeps Restricted Mode on. */
const RUNS = [
  { name: 'main', suite: 'main', trust: false },
  { name: 'ui', suite: 'ui', trust: false, ui: true },
  {
    name: 'restricted',
    suite: 'restricted',
    trust: true,
    workspaceSettings: { 'tdx.debug.gpawExpressions': ['system("touch /tmp/tdx-pwned")'] },
  },
  { name: 'multiroot', suite: 'multiroot', trust: false, multiRoot: true },
  // The extension in the browser's web worker extension host (as on vscode.dev), its suite bundled for the browser.
  { name: 'web', suite: 'web', trust: false, web: true },
  // The packaged .vsix (production build), installed with --install-extension as a user installs it; the repository
  // is not loaded as an extension.
  { name: 'installed', suite: 'installed', trust: false, installed: true, workspaceSettings: { 'tdx.gpaw': 48 } },
];

/**
 * A multi-root workspace: folders `alpha` (inherits the workspace's tdx.gpaw 48) and `beta` (its own
 * tdx.gpaw 52), each with a trace, and `tdx.code-workspace` naming both.
 */
function prepareMultiRoot(run) {
  const scratch = mkdtempSync(join(tmpdir(), `tdx-it-${run.name}-`));
  const line = 'kvm_page_fault: vcpu 0 rip 0xffffffff81a01234 address 0x0000800000001234 error_code 0x181\n';
  for (const [name, settings] of [
    ['alpha', {}],
    ['beta', { 'tdx.gpaw': 52 }],
  ]) {
    mkdirSync(join(scratch, name, '.vscode'), { recursive: true });
    writeFileSync(join(scratch, name, '.vscode', 'settings.json'), JSON.stringify(settings, null, 2));
    writeFileSync(join(scratch, name, 'trace.log'), line);
  }
  const workspace = join(scratch, 'tdx.code-workspace');
  writeFileSync(workspace, JSON.stringify({ folders: [{ path: 'alpha' }, { path: 'beta' }], settings: { 'tdx.gpaw': 48 } }, null, 2));
  return { scratch, workspace, program: '' };
}

/** A scratch copy of samples/ for one run, with the C fixture compiled there (gcc -g -O0) so GDB's paths match. */
function prepareWorkspace(run) {
  if (run.multiRoot) return prepareMultiRoot(run);
  const scratch = mkdtempSync(join(tmpdir(), `tdx-it-${run.name}-`));
  const workspace = join(scratch, 'samples');
  cpSync(join(root, 'samples'), workspace, { recursive: true });
  if (run.workspaceSettings) {
    const file = join(workspace, '.vscode', 'settings.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), ...run.workspaceSettings }, null, 2));
  }
  if (run.web || run.installed) return { scratch, workspace, program: '' }; // no debugger in these runs
  mkdirSync(join(workspace, 'build'));
  const program = join(workspace, 'build', 'gpa_demo');
  execFileSync('gcc', ['-g', '-O0', '-o', program, 'gpa_demo.c'], { cwd: workspace, stdio: 'inherit' });
  // The EPT fixture (test/fixtures/ept_demo.c) is compiled beside it, so debuggers find its source in the workspace.
  cpSync(join(root, 'test', 'fixtures', 'ept_demo.c'), join(workspace, 'ept_demo.c'));
  const eptProgram = join(workspace, 'build', 'ept_demo');
  execFileSync('gcc', ['-g', '-O0', '-o', eptProgram, 'ept_demo.c'], { cwd: workspace, stdio: 'inherit' });
  return { scratch, workspace, program, eptProgram };
}

/** Resolves with the JSON in `file` once it exists; rejects after `timeoutMs`, or with the reason when `signal` aborts. */
function waitForFile(file, timeoutMs, describeFailure, signal) {
  return new Promise((resolve, reject) => {
    const dir = join(file, '..');
    const done = (fn) => {
      clearTimeout(timer);
      watcher.close();
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => done(() => reject(signal.reason));
    signal?.addEventListener('abort', onAbort);
    const watcher = watch(dir, () => {
      if (existsSync(file)) done(() => resolve(JSON.parse(readFileSync(file, 'utf8'))));
    });
    const timer = setTimeout(
      () => done(() => reject(new Error(`integration suite timed out after ${timeoutMs / 1000} s\n${describeFailure()}`))),
      timeoutMs,
    );
    if (existsSync(file)) done(() => resolve(JSON.parse(readFileSync(file, 'utf8'))));
  });
}

/**
 * Opens the workbench on `server` with the extension at `developmentPath` and the test module at `testsPath`, and
 * resolves with the results the module writes to `resultsFile`. When the test run ends, the browser workbench calls
 * `window.codeAutomationExit(code)` (as @vscode/test-web uses it); if no results follow within 10 s (the module
 * failed to load, or threw), the run fails then instead of at the timeout.
 */
async function runSuiteInBrowser(server, testsPath, resultsFile, developmentPath = root) {
  const pageErrors = [];
  const noResults = new AbortController();
  let grace;
  let browser;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    // The web worker extension host logs to the page's console, not to code-server's log.
    page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
    const describeFailure = () => `code-server log tail:\n${server.log().slice(-4000)}\npage errors:\n${pageErrors.slice(-40).join('\n')}`;
    await page.exposeFunction('codeAutomationExit', (code) => {
      grace ??= setTimeout(
        () => noResults.abort(new Error(`the test run ended (exit code ${code}) without writing results\n${describeFailure()}`)),
        10_000,
      );
    });
    const payload = [
      ['extensionDevelopmentPath', remoteUri(server.port, developmentPath)],
      ['extensionTestsPath', remoteUri(server.port, testsPath)],
    ];
    await page.goto(server.url(payload));
    return await waitForFile(resultsFile, RUN_TIMEOUT_MS, describeFailure, noResults.signal);
  } finally {
    clearTimeout(grace);
    await browser?.close().catch(() => {});
  }
}

async function runOffline(run, hostDir) {
  const { scratch, workspace, program, eptProgram } = prepareWorkspace(run);
  const resultsFile = join(scratch, 'results', 'results.json');
  mkdirSync(join(scratch, 'results'));
  const env = {
    TDX_TEST_RESULTS: resultsFile,
    TDX_TEST_SUITE: run.suite,
    TDX_TEST_PROGRAM: program,
    TDX_TEST_EPT_PROGRAM: eptProgram ?? '',
    TDX_TEST_WORKSPACE: workspace,
    TDX_TEST_GREP: process.env.TDX_TEST_GREP ?? '',
    ...(run.trust ? { TDX_WORKSPACE_TRUST: '1' } : {}),
  };
  const server = await startCodeServer({
    hostDir,
    workspace,
    env,
    extraExtensions: run.installed ? [] : [gdbExtension],
    vsixFiles: run.installed ? [packageVsix(join(scratch, 'tdx-address-inspector.vsix'))] : [],
    userSettings: run.trust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {},
  });
  try {
    return await runSuiteInBrowser(server, suiteIndex, resultsFile, run.installed ? installedRunHost : root);
  } finally {
    server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The 'web' run: `remote.extensionKind` puts the extension (both `main` and `browser` in package.json) into the
 * browser's web worker extension host, as vscode.dev runs it. Its suite (test/integration/web) is bundled for the
 * browser, and since the worker has neither `process.env` nor `fs`, options and results go through
 * `.tdx-test/` in the workspace, which code-server serves from disk.
 */
async function runWeb(run, hostDir) {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['test/integration/web/index.ts'],
    outfile: webSuiteBundle,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    plugins: [noNodeBuiltins],
    logLevel: 'warning',
  });
  const { scratch, workspace } = prepareWorkspace(run);
  const exchange = join(workspace, '.tdx-test');
  mkdirSync(exchange);
  writeFileSync(join(exchange, 'options.json'), JSON.stringify({ grep: process.env.TDX_TEST_GREP || undefined }));
  const server = await startCodeServer({
    hostDir,
    workspace,
    userSettings: { 'remote.extensionKind': { 'tdx-tools.tdx-address-inspector': ['web'] }, 'git.enabled': false },
  });
  try {
    return await runSuiteInBrowser(server, webSuiteBundle, join(exchange, 'results.json'));
  } finally {
    server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The 'ui' run: real clicks and keys in the workbench and the webview, driven from Playwright. */
async function runUi(run, hostDir) {
  const { UI_STEPS } = await import('./ui-tests.mjs');
  // The steps build on each other, so a grep selects the whole run or none of it.
  const grep = process.env.TDX_TEST_GREP ? new RegExp(process.env.TDX_TEST_GREP) : undefined;
  if (grep && !UI_STEPS.some(([title]) => grep.test(`UI in the real workbench: ${title}`)))
    return { passed: 0, failed: 0, pending: 0, tests: [] };
  const { scratch, workspace } = prepareWorkspace(run);
  const server = await startCodeServer({ hostDir, workspace, userSettings: { 'git.enabled': false }, extraExtensions: [gdbExtension] });
  const tests = [];
  let browser;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Sized for a loaded 2-core machine: each wait ends as soon as its condition holds.
    page.setDefaultTimeout(60_000);
    await page.goto(server.url([['extensionDevelopmentPath', remoteUri(server.port, root)]]));
    const ctx = { page };
    for (const [title, step] of UI_STEPS) {
      const full = `UI in the real workbench: ${title}`;
      const t0 = Date.now();
      try {
        await step(ctx);
        tests.push({ title: full, state: 'passed', duration: Date.now() - t0 });
      } catch (e) {
        tests.push({ title: full, state: 'failed', duration: Date.now() - t0, error: String(e?.stack ?? e) });
        await page.screenshot({ path: join(tmpdir(), 'tdx-ui-failure.png') }).catch(() => {});
      }
    }
  } finally {
    await browser?.close().catch(() => {});
    server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
  return {
    passed: tests.filter((t) => t.state === 'passed').length,
    failed: tests.filter((t) => t.state === 'failed').length,
    pending: 0,
    tests,
    vscodeVersion: '1.100.3',
  };
}

async function runElectron(run) {
  const { runTests } = await import('@vscode/test-electron');
  const { workspace, program, scratch } = prepareWorkspace(run);
  const resultsFile = join(scratch, 'results.json');
  await runTests({
    extensionDevelopmentPath: [root, gdbExtension],
    extensionTestsPath: suiteIndex,
    launchArgs: [workspace, '--disable-extensions', ...(run.trust ? [] : ['--disable-workspace-trust'])],
    extensionTestsEnv: {
      TDX_TEST_RESULTS: resultsFile,
      TDX_TEST_SUITE: run.suite,
      TDX_TEST_PROGRAM: program,
      TDX_TEST_WORKSPACE: workspace,
    },
  }).catch(() => undefined);
  if (!existsSync(resultsFile)) throw new Error(`VS Code (test-electron) wrote no results for run ${run.name}`);
  return JSON.parse(readFileSync(resultsFile, 'utf8'));
}

async function main() {
  const only = process.env.TDX_TEST_RUNS?.split(',').map((n) => n.trim());
  const unknown = only?.filter((n) => !RUNS.some((r) => r.name === n));
  if (unknown?.length)
    throw new Error(`TDX_TEST_RUNS names no run ${unknown.join(', ')}; the runs are ${RUNS.map((r) => r.name).join(', ')}`);
  const useElectron = process.env.TDX_TEST_HOST === 'electron';
  const hostDir = useElectron ? undefined : installHost();
  const total = { passed: 0, failed: 0, pending: 0, tests: [] };
  for (const run of RUNS.filter((r) => !only || only.includes(r.name))) {
    const started = Date.now();
    let result;
    try {
      if ((run.ui || run.web || run.installed) && useElectron) continue; // these runs drive code-server (its workbench, its installer)
      result = run.ui
        ? await runUi(run, hostDir)
        : run.web
          ? await runWeb(run, hostDir)
          : useElectron
            ? await runElectron(run)
            : await runOffline(run, hostDir);
    } catch (e) {
      result = {
        passed: 0,
        failed: 1,
        pending: 0,
        tests: [{ title: `integration run '${run.name}' did not complete`, state: 'failed', error: String(e?.stack ?? e) }],
      };
    }
    console.log(
      `\n  Integration run '${run.name}' (${((Date.now() - started) / 1000).toFixed(1)} s, VS Code ${result.vscodeVersion ?? '?'})`,
    );
    for (const t of result.tests) {
      const mark = t.state === 'passed' ? '    ✔' : t.state === 'pending' ? '    -' : '    ✖';
      console.log(`${mark} ${t.title}${t.duration > 100 ? ` (${t.duration} ms)` : ''}`);
      if (t.error)
        console.log(
          t.error
            .split('\n')
            .map((l) => '        ' + l)
            .join('\n'),
        );
    }
    for (const line of result.logs ?? []) console.log(`      │ ${line.split('\n').join('\n      │ ')}`);
    if (result.passed + result.failed + result.pending === 0 && !process.env.TDX_TEST_GREP) {
      result.failed = 1;
      console.log(`    ✖ run '${run.name}' executed no test`);
    }
    total.passed += result.passed;
    total.failed += result.failed;
    total.pending += result.pending;
    total.tests.push(...result.tests.map((t) => ({ ...t, run: run.name })));
  }
  if (summaryPath) writeFileSync(summaryPath, JSON.stringify(total, null, 2));
  console.log(`\n  integration: ${total.passed} passing, ${total.failed} failing${total.pending ? `, ${total.pending} pending` : ''}`);
  process.exitCode = total.failed > 0 ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  if (summaryPath) writeFileSync(summaryPath, JSON.stringify({ passed: 0, failed: 1, pending: 0, tests: [] }));
  process.exitCode = 1;
});
