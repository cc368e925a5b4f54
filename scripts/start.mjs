// `npm start`: builds, then opens the extension on samples/ — in desktop VS Code when `code` is on PATH,
// otherwise in the offline host (code-server), printing the local URL to open in a browser.
// Options: --port N (or PORT=N; default 8080, or a free port when taken), --offline (skip desktop VS Code).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { freePort, installHost, remoteUri, root, startCodeServer } from './host.mjs';

const argv = process.argv.slice(2);
const samples = join(root, 'samples');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

const hasCode = !argv.includes('--offline') && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  console.log('Opening samples/ in VS Code with the extension under development…');
  spawn('code', [`--extensionDevelopmentPath=${root}`, samples], { stdio: 'inherit', detached: true }).unref();
} else {
  const hostDir = installHost();
  const wanted = Number(argv.includes('--port') ? argv[argv.indexOf('--port') + 1] : (process.env.PORT ?? 8080));
  const port = (await isFree(wanted)) ? wanted : await freePort();
  const server = await startCodeServer({ hostDir, workspace: samples, port, extraExtensions: [join(root, 'test/gdb-extension')] });
  const url = server.url([['extensionDevelopmentPath', remoteUri(server.port, root)]]);
  console.log('\nTDX Address Inspector is running in VS Code (code-server) on samples/. Open this URL in a browser:\n');
  console.log(`  ${url}\n`);
  console.log('Hover any address in kvm-trace.log, guest-dmesg.log, gdb-session.txt or gpa_demo.c. Press Ctrl+C to stop.');
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.child.once('exit', (code) => {
    console.error(`code-server exited (${code})`);
    process.exit(1);
  });
}

async function isFree(port) {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}
