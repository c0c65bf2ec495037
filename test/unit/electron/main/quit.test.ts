import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { invokeWireName } from '../../../../shared/ipc/contract';
import { fake } from '../../../helpers/fake-electron';
import { startMain } from '../../../helpers/main-process';

type Reply = { ok: boolean; value?: { sessionId?: string }; error?: { code: string } };

/**
 * Quitting with a session half-run: main holds the quit, closes the session (saved to the
 * history as cancelled, its SSH connection and simulator closed), then quits for real.
 */
describe('quitting the app', () => {
  beforeEach(() => fake.reset());

  it('saves a half-run session to the history as cancelled before it quits, and quits once', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'fcd-user-'));
    const frame = (await startMain(userData)).webContents.mainFrame;
    const invoke = (channel: string, payload: unknown) =>
      fake.ipcMain.handlers.get(invokeWireName(channel as never))!({ senderFrame: frame }, payload) as Promise<Reply>;

    const started = await invoke('startSession', {
      profileId: 'simulated',
      simulated: { scenario: 'dns-not-configured', deviceType: 'ftd', region: 'us' },
    });
    expect(started.ok).toBe(true);
    const sessionId = started.value!.sessionId!;
    expect((await invoke('runSessionStage', { sessionId, stage: 'connect' })).ok).toBe(true);

    let prevented = 0;
    fake.app.emit('before-quit', { preventDefault: () => (prevented += 1) });
    expect(prevented).toBe(1);
    expect(fake.app.quitCalls).toBe(0);
    for (let waited = 0; fake.app.quitCalls === 0 && waited < 5000; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.app.quitCalls).toBe(1);

    const files = readdirSync(join(userData, 'sessions'));
    expect(files).toHaveLength(1);
    const saved = JSON.parse(readFileSync(join(userData, 'sessions', files[0]!), 'utf8'));
    expect(saved.record.state).toBe('cancelled');
    expect(saved.record.checks.find((c: { id: string }) => c.id === 'ssh.connect').status).toBe('pass');

    // The quit it asked for goes through.
    fake.app.emit('before-quit', { preventDefault: () => (prevented += 1) });
    expect(prevented).toBe(1);
  }, 20_000);
});
