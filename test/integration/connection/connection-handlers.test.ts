/* eslint-disable @typescript-eslint/no-explicit-any -- envelope values are checked by shape (toMatchObject/toEqual), not by type */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../../shared/ipc/contract';
import { EMPTY_DRAFT } from '../../../shared/model/profile-rules';
import { createHandlers } from '../../../electron/services/handlers/index';
import { createSharedServices } from '../../../electron/services/handlers/shared-services';
import { createBroadcaster, dispatch } from '../../../electron/services/ipc/dispatch';
import { dataFiles } from '../../../electron/services/paths';
import { startSimulator, type RunningSimulator } from '../../../electron/services/simulator/index';
import { fakeEncryptor } from '../../helpers/fake-encryptor';
import { memoryLogger } from '../../helpers/memory-log';

let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/** The handlers as main builds them, with an admin who trusts every key the moment it is shown. */
const setup = () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'fcd-connection-dispatch-'));
  const { log, records } = memoryLogger();
  const events = createBroadcaster(log);
  const deps = { transport: 'bridge', userDataDir, events, log, encryptor: fakeEncryptor().encryptor } as const;
  const shared = createSharedServices(deps);
  const handlers = createHandlers(deps, shared);
  const seen: { name: EventName; payload: any }[] = [];
  events.subscribe((name, payload: any) => {
    seen.push({ name, payload });
    if (name === 'prompt' && payload.kind === 'host-key') setTimeout(() => shared.prompts.answer({ id: payload.id, kind: 'host-key', trust: true }), 5);
  });
  const call = async (name: string, payload: unknown) =>
    (await dispatch(handlers, name, JSON.parse(JSON.stringify(payload)), log)) as { ok: boolean; value?: any; error?: { code: string } };
  return { userDataDir, call, seen, records };
};

describe('testConnection through dispatch, against the simulator', () => {
  it('tests a saved device: progress events, the key trusted and listed with the same fingerprint, no secret anywhere', async () => {
    sim = await startSimulator({ timeScale: 0.05 });
    const { call, seen, userDataDir, records } = setup();
    const created = await call('createProfile', { draft: { ...EMPTY_DRAFT, name: 'Lab', host: '127.0.0.1', port: String(sim.port) } });
    const id = created.value.profile.id;
    await call('saveProfileSecret', { id, kind: 'password', value: sim.password });
    seen.length = 0;

    const tested = await call('testConnection', { profileId: id });
    expect(tested.ok).toBe(true);
    expect(tested.value).toMatchObject({ ok: true, device: { kind: 'version', version: '7.2.5' }, hostKey: { fingerprint: sim.hostKeyFingerprint, trust: 'accepted' } });
    expect(seen.map((e) => e.name)).toEqual(['connectionTestProgress', 'prompt', 'promptClosed', 'connectionTestProgress', 'connectionTestProgress', 'knownHostsChanged']);
    expect(seen.filter((e) => e.name === 'connectionTestProgress').map((e) => e.payload)).toEqual([
      { profileId: id, step: 'connecting' },
      { profileId: id, step: 'reading-version' },
      { profileId: id, step: 'disconnecting' },
    ]);

    const listed = await call('listKnownHosts', {});
    expect(listed.value.entries).toEqual([expect.objectContaining({ host: '127.0.0.1', port: sim.port, fingerprint: sim.hostKeyFingerprint, line: 1 })]);
    expect(readFileSync(dataFiles(userDataDir).knownHosts, 'utf8')).toBe(`${sim.hostKeyLine}\n`);
    expect(JSON.stringify(seen) + JSON.stringify(tested) + JSON.stringify(records)).not.toContain(sim.password);
  });

  it('tests the simulated device without touching the app’s known_hosts', async () => {
    const { call, seen, userDataDir } = setup();
    const tested = await call('testConnection', { profileId: 'simulated' });
    expect(tested.value).toMatchObject({ ok: true, hostKey: { trust: 'simulated' }, device: { kind: 'version', family: 'ftd' } });
    expect(seen.some((e) => e.name === 'prompt')).toBe(false);
    expect((await call('listKnownHosts', {})).value).toEqual({ file: dataFiles(userDataDir).knownHosts, entries: [] });
  });
});
