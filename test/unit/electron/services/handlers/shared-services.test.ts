import { describe, expect, it } from 'vitest';
import { createSharedServices } from '../../../../../electron/services/handlers/shared-services';
import { createBroadcaster } from '../../../../../electron/services/ipc/dispatch';
import { memoryLogger } from '../../../../helpers/memory-log';

const setup = () => {
  const { log, records } = memoryLogger();
  return { shared: createSharedServices({ transport: 'bridge', userDataDir: '/nonexistent', events: createBroadcaster(log), log }), records };
};

describe('shutdown of a host', () => {
  it('runs every task once, even when one fails', async () => {
    const { shared } = setup();
    const ran: string[] = [];
    shared.onShutdown(async () => {
      ran.push('a');
      throw new Error('device gone');
    });
    shared.onShutdown(async () => {
      ran.push('b');
    });
    await shared.shutdown();
    await shared.shutdown();
    expect(ran).toEqual(['a', 'b']);
  });

  it('never waits longer than its limit for a task that hangs, and logs that it gave up', async () => {
    const { shared, records } = setup();
    shared.onShutdown(() => new Promise<void>(() => undefined));
    await shared.shutdown(50);
    expect(records.some((r) => r.level === 'warn' && /longer than its limit/.test(r.message))).toBe(true);
  });
});
