import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Prompt } from '../../../shared/ipc/channels/prompts';
import type { ConnectionTestResult, ConnectionTestStep } from '../../../shared/model/connection-test';
import { SIMULATED_PROFILE, type Profile, type SecretKind } from '../../../shared/model/profile';
import { render } from '../../../shared/i18n/translate';
import { testProfileConnection, testSimulatedConnection, type ProfileTestOptions } from '../../../electron/services/connection/test-connection';
import { createBroadcaster } from '../../../electron/services/ipc/dispatch';
import { createPromptBroker } from '../../../electron/services/prompts/prompt-broker';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../../../electron/services/simulator/index';
import { memoryLogger } from '../../helpers/memory-log';
import { generateKeyPair } from '../../helpers/ssh-double/keys';
import { freePort } from '../../helpers/free-port';

const running: RunningSimulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

const simulator = async (options: SimulatorOptions = {}) => {
  const sim = await startSimulator({ timeScale: 0.05, ...options });
  running.push(sim);
  return sim;
};

const profileFor = (target: { host: string; port: number }, patch: Partial<Profile> = {}): Profile => ({
  ...SIMULATED_PROFILE,
  id: 'lab-ftd',
  name: 'Lab FTD',
  host: target.host,
  port: target.port,
  ...patch,
});

/**
 * The test's world: a real prompt broker over a real event sink, a temp known_hosts, saved secrets,
 * and a scripted admin who answers each prompt (or never does).
 */
const world = (options: { saved?: Partial<Record<SecretKind, string>>; answer?: (prompt: Prompt) => unknown; knownHosts?: string } = {}) => {
  const { log, records } = memoryLogger();
  const events = createBroadcaster(log);
  const prompts: Prompt[] = [];
  const closed: string[] = [];
  const steps: ConnectionTestStep[] = [];
  let accepted = 0;
  const broker = createPromptBroker(events);
  events.subscribe((name, payload) => {
    if (name === 'promptClosed') closed.push((payload as { id: string }).id);
    if (name !== 'prompt') return;
    const prompt = payload as Prompt;
    prompts.push(prompt);
    const reply = options.answer?.(prompt);
    if (reply === undefined) return;
    setTimeout(() => {
      if (reply === 'cancel') broker.answer({ id: prompt.id, kind: 'cancel' });
      else if (typeof reply === 'boolean') broker.answer({ id: prompt.id, kind: 'host-key', trust: reply });
      else broker.answer({ id: prompt.id, kind: 'secret', value: String(reply) });
    }, 5);
  });
  const dir = mkdtempSync(join(tmpdir(), 'fcd-test-connection-'));
  const knownHostsPath = join(dir, 'known_hosts');
  if (options.knownHosts !== undefined) writeFileSync(knownHostsPath, options.knownHosts);
  const testOptions: ProfileTestOptions = {
    prompts: broker,
    knownHostsPath,
    savedSecret: (kind) => Promise.resolve(options.saved?.[kind]),
    onStep: (step) => steps.push(step),
    onKeyAccepted: () => (accepted += 1),
    log,
  };
  return { broker, prompts, closed, steps, records, knownHostsPath, options: testOptions, accepted: () => accepted };
};

const failed = (result: ConnectionTestResult) => {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
  return result;
};
const succeeded = (result: ConnectionTestResult) => {
  if (!result.ok) throw new Error(`expected success, got ${result.kind}: ${render('en', result.message)}`);
  return result;
};


describe('testConnection against the simulated device over real SSH', () => {
  it('logs in with a saved password to a known host, reads show version, and reports model, version, key and algorithms', async () => {
    const sim = await simulator({ device: { hostname: 'ftd-lab-01' } });
    const w = world({ saved: { password: sim.password }, knownHosts: `${sim.hostKeyLine}\n` });
    const result = succeeded(await testProfileConnection(profileFor(sim), w.options));
    expect(result.device).toEqual({
      kind: 'version',
      source: 'show-version',
      family: 'ftd',
      branding: 'firepower',
      model: expect.stringMatching(/^Cisco Firepower Threat Defense/),
      version: '7.2.5',
      build: 208,
      hostname: 'ftd-lab-01',
    });
    expect(result.hostKey).toEqual({ keyType: 'ssh-ed25519', fingerprint: sim.hostKeyFingerprint, trust: 'known' });
    expect(result).toMatchObject({ host: '127.0.0.1', port: sim.port, username: 'admin', landing: 'clish' });
    expect(['password', 'keyboard-interactive']).toContain(result.authMethod);
    expect(result.algorithms.kex).not.toBe('');
    expect(result.durationMs).toBeGreaterThan(0);
    expect(w.steps).toEqual(['connecting', 'reading-version', 'disconnecting']);
    expect(w.prompts).toEqual([]);
    expect(JSON.stringify(result) + JSON.stringify(w.records)).not.toContain(sim.password);
  });

  it('reports a wrong password as auth-failed, in words that say to check the user and password, with no secret in them', async () => {
    const sim = await simulator();
    const wrong = 'Not-the-password-9';
    const w = world({ saved: { password: wrong }, knownHosts: `${sim.hostKeyLine}\n` });
    const result = failed(await testProfileConnection(profileFor(sim), w.options));
    expect(result.kind).toBe('auth-failed');
    expect(result.message.key).toBe('ssh.errors.authFailed');
    expect(render('en', result.message)).toContain('Check the user name and the credential');
    expect(JSON.stringify(result) + JSON.stringify(w.records)).not.toContain(wrong);
  });

  it('shows an unknown key with its exact SHA256 fingerprint, and writes it to known_hosts once trusted', async () => {
    const sim = await simulator();
    const w = world({ saved: { password: sim.password }, answer: (p) => (p.kind === 'host-key' ? true : undefined) });
    const result = succeeded(await testProfileConnection(profileFor(sim), w.options));
    expect(w.prompts).toEqual([
      expect.objectContaining({ kind: 'host-key', role: 'target', host: '127.0.0.1', port: sim.port, keyType: 'ssh-ed25519', fingerprint: sim.hostKeyFingerprint }),
    ]);
    expect(result.hostKey.trust).toBe('accepted');
    expect(readFileSync(w.knownHostsPath, 'utf8')).toBe(`${sim.hostKeyLine}\n`);
    expect(w.accepted()).toBe(1);

    // The second test finds the key on file: no dialog.
    const again = succeeded(await testProfileConnection(profileFor(sim), w.options));
    expect(again.hostKey.trust).toBe('known');
    expect(w.prompts).toHaveLength(1);
  });

  it('refuses an unknown key the admin does not trust: nothing written, and the fingerprint in the error', async () => {
    const sim = await simulator();
    const w = world({ saved: { password: sim.password }, answer: (p) => (p.kind === 'host-key' ? false : undefined) });
    const result = failed(await testProfileConnection(profileFor(sim), w.options));
    expect(result.kind).toBe('host-key-unknown');
    expect(result.hostKey).toEqual({ keyType: 'ssh-ed25519', fingerprint: sim.hostKeyFingerprint });
    expect(existsSync(w.knownHostsPath)).toBe(false);
    expect(w.accepted()).toBe(0);
  });

  it('refuses a changed key without asking, naming the file and the line of the key on file', async () => {
    const sim = await simulator();
    const other = await simulator();
    const oldLine = other.hostKeyLine.replace(/^\S+/, `[127.0.0.1]:${sim.port}`);
    const file = `# keys trusted by the lab\n${oldLine}\n`;
    const w = world({ saved: { password: sim.password }, knownHosts: file, answer: () => true });
    const result = failed(await testProfileConnection(profileFor(sim), w.options));
    expect(result.kind).toBe('host-key-changed');
    expect(result.knownHost).toEqual({ file: w.knownHostsPath, line: 2 });
    expect(result.hostKey?.fingerprint).toBe(sim.hostKeyFingerprint);
    expect(render('en', result.message)).toContain(`line 2 of ${w.knownHostsPath}`);
    expect(w.prompts).toEqual([]);
    expect(readFileSync(w.knownHostsPath, 'utf8')).toBe(file);
  });

  it('reports a closed port as unreachable (refused)', async () => {
    const port = await freePort();
    const w = world({ saved: { password: 'x' } });
    const result = failed(await testProfileConnection(profileFor({ host: '127.0.0.1', port }), w.options));
    expect(result.kind).toBe('unreachable');
    expect(result.message.key).toBe('ssh.errors.unreachable.refused');
    expect(result).toMatchObject({ host: '127.0.0.1', port });
  });

  it('asks for a password that is not saved ("ask every time"), and logs in with the answer', async () => {
    const sim = await simulator();
    const w = world({ knownHosts: `${sim.hostKeyLine}\n`, answer: (p) => (p.kind === 'secret' ? sim.password : undefined) });
    succeeded(await testProfileConnection(profileFor(sim), w.options));
    expect(w.prompts).toEqual([{ id: expect.any(String), kind: 'secret', secret: 'password', host: '127.0.0.1', username: 'admin', retry: false }]);
  });

  it('stops at once when the admin cancels the password dialog: cancelled, no connection tried', async () => {
    const sim = await simulator();
    const logins = sim.state.logins.count;
    const w = world({ knownHosts: `${sim.hostKeyLine}\n`, answer: () => 'cancel' });
    const result = failed(await testProfileConnection(profileFor(sim), w.options));
    expect(result.kind).toBe('cancelled');
    expect(render('en', result.message)).toBe('The test was cancelled: no password was given.');
    expect(w.steps).toEqual([]);
    expect(sim.state.logins.count).toBe(logins);
  });

  it('never hangs on a host-key dialog nobody answers: test-timeout at its bound, the dialog closed, nothing written', async () => {
    const sim = await simulator();
    const w = world({ saved: { password: sim.password } });
    const started = Date.now();
    const result = failed(await testProfileConnection(profileFor(sim), { ...w.options, boundMs: 1500 }));
    const took = Date.now() - started;
    expect(result.kind).toBe('test-timeout');
    expect(render('en', result.message)).toContain('within 1.5 s');
    expect(took).toBeGreaterThanOrEqual(1400);
    // Generous for a loaded CI machine; without the bound the broker would wait five minutes.
    expect(took).toBeLessThan(10_000);
    expect(w.prompts).toHaveLength(1);
    expect(w.closed).toEqual([w.prompts[0]?.id]);
    expect(w.broker.waiting).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(existsSync(w.knownHostsPath)).toBe(false);
  });

  it('never hangs on a password dialog nobody answers either', async () => {
    const sim = await simulator();
    const logins = sim.state.logins.count;
    const w = world({ knownHosts: `${sim.hostKeyLine}\n` });
    const result = failed(await testProfileConnection(profileFor(sim), { ...w.options, boundMs: 800 }));
    expect(result.kind).toBe('test-timeout');
    expect(w.broker.waiting).toBe(0);
    expect(sim.state.logins.count).toBe(logins);
  });

  it('reads an FMC that lands in bash from /etc/sf/sf-version through expert', async () => {
    const sim = await simulator({ deviceType: 'fmc', device: { fmcLanding: 'bash' } });
    const w = world({ saved: { password: sim.password }, knownHosts: `${sim.hostKeyLine}\n` });
    const result = succeeded(await testProfileConnection(profileFor(sim, { deviceType: 'fmc' }), w.options));
    expect(result.landing).toBe('expert');
    expect(result.device).toMatchObject({ kind: 'version', source: 'sf-version', family: 'fmc', version: '7.4.1', build: 172 });
  });

  it('opens a passphrase-protected key after asking again for a wrong passphrase', async () => {
    const pair = generateKeyPair('ed25519', { passphrase: 'right horse' });
    const sim = await simulator({ auth: { methods: ['publickey'], authorizedKeys: [pair.public] } });
    const dir = mkdtempSync(join(tmpdir(), 'fcd-key-'));
    const keyPath = join(dir, 'id_ed25519');
    writeFileSync(keyPath, pair.private, { mode: 0o600 });
    const answers = ['wrong staple', 'right horse'];
    const w = world({ knownHosts: `${sim.hostKeyLine}\n`, answer: (p) => (p.kind === 'secret' ? answers.shift() : undefined) });
    const result = succeeded(await testProfileConnection(profileFor(sim, { auth: { method: 'key', keyPath } }), w.options));
    expect(result.authMethod).toBe('publickey');
    expect(w.prompts.map((p) => p.kind === 'secret' && [p.secret, p.retry])).toEqual([
      ['passphrase', false],
      ['passphrase', true],
    ]);
  });

  it('tests the built-in simulated device on a fresh one, with its own key and no dialog', async () => {
    const w = world();
    const result = succeeded(await testSimulatedConnection(SIMULATED_PROFILE, w.options));
    expect(result.hostKey.trust).toBe('simulated');
    expect(result.device).toMatchObject({ kind: 'version', family: 'ftd', model: expect.stringContaining('Threat Defense') });
    expect(w.prompts).toEqual([]);
    expect(existsSync(w.knownHostsPath)).toBe(false);
  });
});
