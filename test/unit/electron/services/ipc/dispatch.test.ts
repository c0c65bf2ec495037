import { describe, expect, it } from 'vitest';
import { createBroadcaster, dispatch, type Handlers } from '../../../../../electron/services/ipc/dispatch';
import { ServiceError } from '../../../../../electron/services/ipc/service-error';
import { memoryLogger } from '../../../../helpers/memory-log';

const handlers = (overrides: Partial<Handlers> = {}): Handlers =>
  ({
    getAppInfo: () => ({ name: 'x', version: '1', transport: 'bridge' }),
    getSettings: () => ({ language: 'en' }),
    updateSettings: (patch) => ({ language: patch.language ?? 'en' }),
    ...overrides,
  }) as Handlers;

describe('dispatch', () => {
  it('validates the payload before the handler sees it', async () => {
    const { log, records } = memoryLogger();
    let called = false;
    const result = await dispatch(
      handlers({ updateSettings: () => ((called = true), { language: 'en' }) }),
      'updateSettings',
      { language: 'xx' },
      log,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(called).toBe(false);
    expect(records.some((r) => r.message.includes('invalid payload'))).toBe(true);
  });

  it('refuses unknown channels, including prototype names', async () => {
    const { log } = memoryLogger();
    for (const name of ['runCommand', '__proto__', 'constructor', 'toString']) {
      expect(await dispatch(handlers(), name, {}, log)).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      });
    }
  });

  it('keeps a ServiceError code and turns anything else into a logged failure, never a throw', async () => {
    const { log, records } = memoryLogger();
    const typed = await dispatch(
      handlers({
        getSettings: () => {
          throw new ServiceError('not-found', 'No such profile.');
        },
      }),
      'getSettings',
      {},
      log,
    );
    expect(typed).toEqual({ ok: false, error: { code: 'not-found', message: 'No such profile.' } });
    const crashed = await dispatch(
      handlers({
        getSettings: () => Promise.reject(new TypeError('boom')),
      }),
      'getSettings',
      {},
      log,
    );
    expect(crashed).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(records.some((r) => r.level === 'error')).toBe(true);
  });

  it('refuses to pass on a result outside its schema', async () => {
    const { log } = memoryLogger();
    const result = await dispatch(
      handlers({ getSettings: () => ({ language: 'en', password: 'hunter2' }) as never }),
      'getSettings',
      {},
      log,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  it('drops events outside their schema', () => {
    const { log, records } = memoryLogger();
    const events = createBroadcaster(log);
    const seen: unknown[] = [];
    events.subscribe((name, payload) => seen.push([name, payload]));
    events.emit('settingsChanged', { language: 'ko' });
    events.emit('settingsChanged', { language: 'xx' } as never);
    expect(seen).toEqual([['settingsChanged', { language: 'ko' }]]);
    expect(records.some((r) => r.message.includes('event outside its schema'))).toBe(true);
  });
});
