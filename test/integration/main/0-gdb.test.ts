import * as assert from 'assert';
import { activateExtension } from '../util/helpers';
import { startGdbSession, stopSession } from '../util/gdb';

describe('A real GDB session through cdt-gdb-adapter', () => {
  before(activateExtension);

  it('launches the C fixture, stops at a breakpoint and reads a uint64_t in decimal', async () => {
    const { session, frameId } = await startGdbSession();
    try {
      const r = await session.customRequest('evaluate', { expression: 'gpa', frameId, context: 'repl' });
      assert.equal(r.result, '140737488359988');
      const p = await session.customRequest('evaluate', { expression: 'ptr', frameId, context: 'watch' });
      assert.match(p.result, /0x8000fee00000/);
    } finally {
      await stopSession(session);
    }
  });
});
