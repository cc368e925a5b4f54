// The offline VS Code host: code-server 4.100.3 installed by scripts/install-host.sh, started on a free
// loopback port with a fresh user-data folder. Shared by `npm test` (integration tier) and `npm start`.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Installs (or finds in the cache) code-server; returns its install folder. */
export function installHost() {
  const out = execFileSync('bash', [join(root, 'scripts/install-host.sh')], { stdio: ['ignore', 'pipe', 'inherit'] });
  return out.toString().trim().split('\n').pop();
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server on `workspace` and resolves once it listens. `vsixFiles` are installed into the host's own
 * extensions folder first, as a user installs them (`--install-extension`); code-server and the extension host
 * are told that folder in TDX_EXTENSIONS_DIR. (The installer's extensions.json would not list `extraExtensions`
 * copied there before it, so a run uses one or the other.) Returns { url(payload), port, child, stop(), userDataDir, extensionsDir }.
 */
export async function startCodeServer({
  hostDir,
  workspace,
  env = {},
  userSettings = {},
  port,
  quiet = true,
  extraExtensions = [],
  vsixFiles = [],
}) {
  port = port ?? (await freePort());
  const base = mkdtempSync(join(tmpdir(), 'tdx-host-'));
  const userDataDir = join(base, 'user-data');
  const extensionsDir = join(base, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  // code-server honours only one extensionDevelopmentPath, so helper extensions are installed by copy.
  for (const dir of extraExtensions) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    cpSync(dir, join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), { recursive: true });
  }
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      { 'workbench.startupEditor': 'none', 'debug.saveBeforeStart': 'none', 'telemetry.telemetryLevel': 'off', ...userSettings },
      null,
      2,
    ),
  );
  const bin = join(hostDir, 'node_modules/.bin/code-server');
  for (const vsix of vsixFiles)
    execFileSync(bin, ['--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const args = [
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--extensions-dir',
    extensionsDir,
    '--user-data-dir',
    userDataDir,
    workspace,
  ];
  if (env.TDX_WORKSPACE_TRUST === '1') args.splice(args.indexOf('--disable-workspace-trust'), 1);
  const gdbAdapter = join(root, 'node_modules/cdt-gdb-adapter/dist/debugAdapter.js');
  const child = spawn(bin, args, {
    env: { TDX_GDB_ADAPTER: gdbAdapter, ...process.env, TDX_EXTENSIONS_DIR: extensionsDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  const onData = (d) => {
    log += d.toString();
    if (log.length > 200_000) log = log.slice(-100_000);
    if (!quiet) process.stderr.write(d);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
      reject(new Error(`code-server did not start within 60 s:\n${log}`));
    }, 60_000);
    const check = () => {
      if (/HTTP server listening on/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited with ${code} before listening:\n${log}`));
    });
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const url = (payload) => {
    const q = new URLSearchParams(workspace.endsWith('.code-workspace') ? { workspace } : { folder: workspace });
    if (payload) q.set('payload', JSON.stringify(payload));
    return `http://127.0.0.1:${port}/?${q.toString()}`;
  };
  return { port, child, stop, url, userDataDir, extensionsDir, log: () => log };
}

/** A `vscode-remote://` URI for a local path, as the payload wants it. */
export function remoteUri(port, path) {
  return `vscode-remote://127.0.0.1:${port}${path}`;
}

/** Debian's Chromium, headless, with the flags that keep it off this machine's closed network. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
