import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFolderDesktopShell } from '../../../electron/services/bridge/folder-desktop-shell';
import { createHandlers } from '../../../electron/services/handlers/index';
import { createBroadcaster, dispatch, type Handlers } from '../../../electron/services/ipc/dispatch';
import { dataFiles } from '../../../electron/services/paths';
import { createProfileStore } from '../../../electron/services/profiles/profile-store';
import { startSimulator, type RunningSimulator } from '../../../electron/services/simulator/server';
import type { EventName } from '../../../shared/ipc/contract';
import type { Prompt } from '../../../shared/ipc/channels/prompts';
import { memoryLogger } from '../../helpers/memory-log';

const PASSWORD = 'Seoul-Adm1n!pw';

let simulator: RunningSimulator | undefined;
afterEach(async () => {
  await simulator?.close();
  simulator = undefined;
});

/** The real handlers as main builds them, with the folder stand-in for the save dialog. */
const host = () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'fcd-sessions-int-'));
  const { log, records } = memoryLogger();
  const events = createBroadcaster(log);
  const seen: { name: EventName; payload: unknown }[] = [];
  events.subscribe((name, payload) => seen.push({ name, payload }));
  const folder = mkdtempSync(join(tmpdir(), 'fcd-exports-'));
  const handlers = createHandlers({
    transport: 'bridge',
    userDataDir,
    events,
    log,
    desktop: createFolderDesktopShell(folder),
    simulator: { timeScale: 0.02 },
  });
  const call = async (name: keyof Handlers, payload: unknown) => {
    const envelope = await dispatch(handlers, name, JSON.parse(JSON.stringify(payload)), log);
    // Results are checked by their schemas in dispatch; the test reads them loosely.
    return JSON.parse(JSON.stringify(envelope)) as {
      ok: boolean;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      value?: any;
      error?: { code: string; message: string };
    };
  };
  const ok = async (name: keyof Handlers, payload: unknown) => {
    const envelope = await call(name, payload);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error?.code} ${envelope.error?.message}`);
    return envelope.value;
  };
  return { userDataDir, events, seen, call, ok, logs: records, folder };
};

describe('the sessions channel group over the real services', () => {
  it('runs a whole session on the simulated device, keeps it in the history and exports it', async () => {
    const h = host();
    const { scenarios, defaultScenario } = await h.ok('listSimulatorScenarios', {});
    expect(defaultScenario).toBe('dns-not-configured');
    expect(scenarios.map((s: { id: string }) => s.id)).toContain('connector-ipc-broken');

    const info = await h.ok('startSession', {
      profileId: 'simulated',
      simulated: { scenario: 'healthy', deviceType: 'ftd', region: 'eu' },
    });
    expect(info).toMatchObject({
      profileId: 'simulated',
      scenario: 'healthy',
      device: { type: 'ftd', region: 'eu', host: '127.0.0.1' },
    });
    expect(info.suggestedAnswers).toMatchObject({ cloudIntended: true });
    await h.ok('setSessionAnswers', { sessionId: info.sessionId, answers: info.suggestedAnswers });
    const record = await h.ok('runSessionAll', { sessionId: info.sessionId });
    expect(record.state).toBe('finished');
    expect(record.checks.find((c: { id: string }) => c.id === 'ssh.connect').status).toBe('pass');
    expect(
      h.seen.some((e) => e.name === 'sessionEvent' && (e.payload as { type: string }).type === 'session-finished'),
    ).toBe(true);

    await h.ok('closeSession', { sessionId: info.sessionId });
    const past = await h.ok('listPastSessions', { profileId: 'simulated' });
    expect(past.sessions).toHaveLength(1);
    expect(past.sessions[0]).toMatchObject({ scenario: 'healthy', sessionId: info.sessionId });
    expect(h.seen.some((e) => e.name === 'pastSessionsChanged')).toBe(true);
    const opened = await h.ok('openPastSession', { historyId: past.sessions[0].historyId });
    expect(opened.record.id).toBe(info.sessionId);

    const exported = await h.ok('exportSessionReport', {
      source: { kind: 'past', historyId: past.sessions[0].historyId },
      format: 'json',
      lang: 'en',
      paper: 'a4',
      redaction: { addresses: false, hostnames: false },
    });
    expect(exported.saved).toBe(true);
    expect(JSON.parse(readFileSync(join(exported.folder, exported.fileName), 'utf8')).schemaVersion).toBeDefined();
  });

  it('asks for an unsaved password and an unknown host key through prompts, and no secret ever leaves main', async () => {
    simulator = await startSimulator({
      scenario: 'healthy',
      credentials: { password: PASSWORD, sudoPassword: PASSWORD },
      timeScale: 0.02,
    });
    const h = host();
    const store = createProfileStore({ path: dataFiles(h.userDataDir).profiles, log: memoryLogger().log });
    const created = await store.create({
      name: 'Seoul FTD',
      host: '127.0.0.1',
      port: String(simulator.port),
      username: 'admin',
      auth: 'password',
      keyPath: '',
      deviceType: 'ftd',
      region: 'us',
      jump: '',
      jumpAuth: 'password',
      jumpKeyPath: '',
      notes: '',
    });
    if (!created.ok) throw new Error('profile not created');
    const prompts: Prompt[] = [];
    h.events.subscribe((name, payload) => {
      if (name !== 'prompt') return;
      const prompt = payload as Prompt;
      prompts.push(prompt);
      const answer =
        prompt.kind === 'host-key'
          ? { id: prompt.id, kind: 'host-key', trust: true }
          : { id: prompt.id, kind: 'secret', value: PASSWORD };
      void h.ok('answerPrompt', answer);
    });

    const info = await h.ok('startSession', { profileId: created.profile.id });
    expect(info).toMatchObject({ profileName: 'Seoul FTD', device: { host: '127.0.0.1', type: 'ftd' } });
    await h.ok('runSessionStage', { sessionId: info.sessionId, stage: 'connect' });
    const record = await h.ok('getSessionRecord', { sessionId: info.sessionId });
    expect(record.checks.find((c: { id: string }) => c.id === 'ssh.connect').status).toBe('pass');
    expect(record.checks.find((c: { id: string }) => c.id === 'device.privilege').status).toBe('pass');
    expect(prompts.map((p) => (p.kind === 'secret' ? p.secret : p.kind))).toEqual(['password', 'host-key']);
    expect(readFileSync(dataFiles(h.userDataDir).knownHosts, 'utf8')).toContain(simulator.hostKeyLine.split(' ')[1]);
    await h.ok('closeSession', { sessionId: info.sessionId });

    const everything =
      JSON.stringify(h.seen) +
      JSON.stringify(h.logs) +
      readdirSync(dataFiles(h.userDataDir).sessions)
        .map((f) => readFileSync(join(dataFiles(h.userDataDir).sessions, f), 'utf8'))
        .join('');
    expect(everything).not.toContain(PASSWORD);
  });

  it('a closed password prompt stops the login with that said, and the session can be retried', async () => {
    simulator = await startSimulator({ scenario: 'healthy', timeScale: 0.02 });
    const h = host();
    const store = createProfileStore({ path: dataFiles(h.userDataDir).profiles, log: memoryLogger().log });
    const created = await store.create({
      name: 'Busan FTD',
      host: '127.0.0.1',
      port: String(simulator.port),
      username: 'admin',
      auth: 'password',
      keyPath: '',
      deviceType: 'ftd',
      region: 'us',
      jump: '',
      jumpAuth: 'password',
      jumpKeyPath: '',
      notes: '',
    });
    if (!created.ok) throw new Error('profile not created');
    let answerPasswords = false;
    h.events.subscribe((name, payload) => {
      if (name !== 'prompt') return;
      const prompt = payload as Prompt;
      if (prompt.kind === 'host-key') void h.ok('answerPrompt', { id: prompt.id, kind: 'host-key', trust: true });
      else
        void h.ok(
          'answerPrompt',
          answerPasswords
            ? { id: prompt.id, kind: 'secret', value: simulator!.password }
            : { id: prompt.id, kind: 'cancel' },
        );
    });
    const info = await h.ok('startSession', { profileId: created.profile.id });
    const ack = await h.ok('runSessionStage', { sessionId: info.sessionId, stage: 'connect' });
    expect(ack.state).toBe('failed');
    const failed = await h.ok('getSessionRecord', { sessionId: info.sessionId });
    expect(JSON.stringify(failed.checks[0].explanation)).toContain('session.errors.noSecret');
    answerPasswords = true;
    await h.ok('retrySession', { sessionId: info.sessionId });
    const record = await h.ok('getSessionRecord', { sessionId: info.sessionId });
    expect(record.checks.find((c: { id: string }) => c.id === 'ssh.connect').status).toBe('pass');
    await h.ok('closeSession', { sessionId: info.sessionId });
  });

  it('refuses a remedy without explicit confirmation and any payload that carries a command', async () => {
    const h = host();
    const info = await h.ok('startSession', {
      profileId: 'simulated',
      simulated: { scenario: 'dns-not-configured', deviceType: 'ftd', region: 'us' },
    });
    const missing = await h.call('applySessionAction', {
      sessionId: info.sessionId,
      actionId: 'set-dns-servers',
      params: { servers: ['208.67.222.222'] },
    });
    expect(missing.error?.code).toBe('invalid-payload');
    const unconfirmed = await h.call('applySessionAction', {
      sessionId: info.sessionId,
      actionId: 'set-dns-servers',
      params: { servers: ['208.67.222.222'] },
      confirmed: false,
    });
    expect(unconfirmed.error?.code).toBe('invalid-payload');
    const smuggled = await h.call('applySessionAction', {
      sessionId: info.sessionId,
      actionId: 'set-dns-servers',
      params: { servers: ['208.67.222.222'] },
      confirmed: true,
      command: 'reboot',
    });
    expect(smuggled.error?.code).toBe('invalid-payload');
    const badParams = await h.call('applySessionAction', {
      sessionId: info.sessionId,
      actionId: 'set-dns-servers',
      params: { servers: ['1.1.1.1 && reboot'] },
      confirmed: true,
    });
    expect(badParams.error?.code).toBe('invalid-payload');
    const wrongType = await h.call('startSession', {
      profileId: 'simulated',
      simulated: { scenario: 'device-not-registered', deviceType: 'fmc', region: 'us' },
    });
    expect(wrongType.error?.code).toBe('invalid-payload');
    await h.ok('closeSession', { sessionId: info.sessionId });
  });
});
