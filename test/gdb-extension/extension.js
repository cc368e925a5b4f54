// Registers debug type 'gdb' backed by cdt-gdb-adapter (Eclipse CDT's DAP adapter for GDB), run on
// the extension host's own Node, and 'lldb-dap' backed by LLVM's lldb-dap-19. Loaded only by the integration tests and `npm start`'s offline host.
const vscode = require('vscode');
const path = require('path');
const { registerFlood } = require('./flood');

function activate(context) {
  // Installed by copy into the host's extensions folder, so the launcher names the adapter's path.
  const adapter =
    process.env.TDX_GDB_ADAPTER || require.resolve('cdt-gdb-adapter/dist/debugAdapter.js', { paths: [path.join(__dirname, '..', '..')] });
  context.subscriptions.push(
    vscode.debug.registerDebugAdapterDescriptorFactory('gdb', {
      createDebugAdapterDescriptor: () => new vscode.DebugAdapterExecutable(process.execPath, [adapter]),
    }),
    // LLVM's DAP server from Debian's lldb-19 package.
    vscode.debug.registerDebugAdapterDescriptorFactory('lldb-dap', {
      createDebugAdapterDescriptor: () => new vscode.DebugAdapterExecutable(process.env.TDX_LLDB_DAP || 'lldb-dap-19', []),
    }),
  );
  registerFlood(context);
}

module.exports = { activate, deactivate() {} };
