// What the integration tier needs from the machine, checked before anything else runs, so that `npm test`
// on a machine it cannot provision (no apt-get, or not root) stops at once with one message naming them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** Programs the offline host (code-server + Chromium), the debug tests and the native tier (gcc) need: [command, Debian package]. */
const OFFLINE_HOST = [
  ['rg', 'ripgrep'],
  ['pkg-config', 'pkg-config'],
  ['krb5-config', 'libkrb5-dev'],
  ['gdb', 'gdb'],
  ['lldb-dap-19', 'lldb-19'],
  ['gcc', 'gcc'],
];
/** With TDX_TEST_HOST=electron VS Code itself is downloaded; the debug tests and the native tier still need these. */
const ELECTRON_HOST = [
  ['gdb', 'gdb'],
  ['lldb-dap-19', 'lldb-19'],
  ['gcc', 'gcc'],
];

/**
 * Undefined when the integration tier can run here (everything present, or Debian/Ubuntu as root, where
 * scripts/install-host.sh installs what is missing); otherwise the one message saying what to install.
 */
export function integrationPrerequisiteProblem(env = process.env) {
  const electron = env.TDX_TEST_HOST === 'electron';
  const lldb = env.TDX_LLDB_DAP ?? 'lldb-dap-19';
  const needed = (electron ? ELECTRON_HOST : OFFLINE_HOST).map(([cmd, pkg]) => (cmd === 'lldb-dap-19' ? [lldb, pkg] : [cmd, pkg]));
  const missing = needed.filter(([cmd]) => !has(cmd));
  const chromium = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!electron && !existsSync(chromium)) missing.push([chromium, 'chromium']);
  if (missing.length === 0) return undefined;
  const canInstall = has('apt-get') && typeof process.getuid === 'function' && process.getuid() === 0;
  if (canInstall) return undefined;
  const names = missing.map(([cmd, pkg]) => (cmd === pkg ? cmd : `${cmd} (Debian package ${pkg})`)).join(', ');
  const how = has('apt-get')
    ? `run npm test as root (it then installs them with apt-get), or install them yourself: apt-get install ${missing.map(([, p]) => p).join(' ')}`
    : 'install them with your package manager (Fedora: dnf install chromium ripgrep pkgconf-pkg-config krb5-devel gdb lldb gcc, and TDX_LLDB_DAP=lldb-dap; ' +
      'set CHROMIUM_PATH if Chromium is not /usr/bin/chromium)';
  const alternative = electron
    ? ''
    : ', or run the integration tier in desktop VS Code with TDX_TEST_HOST=electron (downloads VS Code, needs gdb, lldb-dap and gcc)';
  return `The integration tier needs ${names}: ${how}${alternative}.`;
}
