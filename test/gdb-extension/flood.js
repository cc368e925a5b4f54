// Debug type 'tdx-flood': an inline DAP adapter for robustness tests. On launch it sends `count` output
// events (each with addresses), answers `evaluate` with an error for expressions starting with "err",
// never answers those starting with "hang", and ends the session when asked or after the flood with `end`;
// with `stop` it reports a stop once configured (one thread, one frame, no scopes).
const vscode = require('vscode');

class FloodAdapter {
  constructor() {
    this.emitter = new vscode.EventEmitter();
    this.onDidSendMessage = this.emitter.event;
    this.seq = 1;
  }
  send(m) {
    this.emitter.fire({ seq: this.seq++, ...m });
  }
  respond(req, body, success = true, message) {
    this.send({ type: 'response', request_seq: req.seq, command: req.command, success, ...(message ? { message } : {}), body });
  }
  event(event, body) {
    this.send({ type: 'event', event, body });
  }
  handleMessage(req) {
    if (req.type !== 'request') return;
    switch (req.command) {
      case 'initialize':
        this.respond(req, { supportsConfigurationDoneRequest: true });
        this.event('initialized');
        return;
      case 'launch': {
        this.stopWhenConfigured = req.arguments.stop === true;
        this.respond(req, {});
        const count = req.arguments.count ?? 100000;
        setImmediate(() => {
          for (let i = 0; i < count; i++) {
            this.event('output', {
              category: 'stdout',
              output: `flood ${i} gpa 0x${(0x800000001000 + i * 0x1000).toString(16)} gfn ${(i + 1).toString(16)}\n`,
            });
          }
          this.event('output', { category: 'console', output: 'flood done\n' });
          if (req.arguments.end) this.event('terminated');
        });
        return;
      }
      case 'configurationDone':
        this.respond(req, {});
        // VS Code takes a stop into account once the configuration is done.
        if (this.stopWhenConfigured) this.event('stopped', { reason: 'breakpoint', threadId: 1, allThreadsStopped: true });
        return;
      case 'setBreakpoints':
      case 'setExceptionBreakpoints':
        this.respond(req, req.command === 'setBreakpoints' ? { breakpoints: [] } : {});
        return;
      case 'threads':
        this.respond(req, { threads: [{ id: 1, name: 'main' }] });
        return;
      case 'stackTrace':
        this.respond(req, { stackFrames: [{ id: 1, name: 'flood', line: 1, column: 1 }], totalFrames: 1 });
        return;
      case 'scopes':
        this.respond(req, { scopes: [] });
        return;
      case 'evaluate': {
        const e = String(req.arguments.expression);
        if (e.startsWith('hang')) return;
        if (e.startsWith('err')) this.respond(req, undefined, false, `cannot evaluate ${e}`);
        else this.respond(req, { result: e.startsWith('0x') ? e : '140737488359988', type: 'uint64_t', variablesReference: 0 });
        return;
      }
      case 'disconnect':
      case 'terminate':
        this.respond(req, {});
        this.event('terminated');
        return;
      default:
        this.respond(req, {});
    }
  }
  dispose() {
    this.emitter.dispose();
  }
}

function registerFlood(context) {
  context.subscriptions.push(
    vscode.debug.registerDebugAdapterDescriptorFactory('tdx-flood', {
      createDebugAdapterDescriptor: () => new vscode.DebugAdapterInlineImplementation(new FloodAdapter()),
    }),
  );
}

module.exports = { registerFlood };
