import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../../../electron/services/simulator/index';
import { connectDevice } from '../../../electron/services/ssh/device-session';
import type { DeviceSession } from '../../../electron/services/ssh/types';

/**
 * Issue 3, item 10: the product's SSH driver against the product's simulated device, for every
 * mode change and every fault. (The driver's own suite proves the same against a scripted
 * double and a real sshd; this proves the two halves of the product agree.)
 */
const open: { sim?: RunningSimulator; session?: DeviceSession }[] = [];
afterEach(async () => {
  for (const { sim, session } of open.splice(0)) {
    await session?.close().catch(() => undefined);
    await sim?.close();
  }
});

const start = async (options: SimulatorOptions, overrides: Record<string, unknown> = {}) => {
  const sim = await startSimulator({ timeScale: 0.05, ...options });
  const knownHostsPath = join(mkdtempSync(join(tmpdir(), 'fcd-drv-sim-')), 'known_hosts');
  writeFileSync(knownHostsPath, `${sim.hostKeyLine}\n`);
  const entry: { sim: RunningSimulator; session?: DeviceSession } = { sim };
  open.push(entry);
  const session = await connectDevice({
    host: sim.host,
    port: sim.port,
    username: sim.username,
    credential: { kind: 'password', password: sim.password },
    sudoPassword: sim.sudoPassword,
    knownHostsPath,
    deviceType: sim.state.identity.type,
    ...overrides,
  });
  entry.session = session;
  return { sim, session };
};

const kindOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { kind?: string }) => error.kind ?? 'unknown',
  );

describe('SSH driver × simulated device: modes', () => {
  it('FTD: CLISH, then expert, then root — with the sudo lecture on first use', async () => {
    const { session } = await start({ scenario: 'healthy' });
    expect(session.info.landing).toBe('clish');
    expect(session.info.banner).toMatch(/Threat Defense/);
    const version = await session.run({ privilege: 'clish', command: 'show version', timeoutMs: 10_000 });
    expect(version.output).toMatch(/Model\s+:\s+Cisco Firepower Threat Defense/);
    expect(version.exitCode).toBeNull();
    expect((await session.run({ privilege: 'expert', command: 'id -un', timeoutMs: 10_000 })).output.trim()).toBe('admin');
    const root = await session.run({ privilege: 'root', command: 'id -un; false', timeoutMs: 10_000 });
    expect(root.output.trim()).toBe('root');
    expect(root.exitCode).toBe(1);
  });

  it('keyboard-interactive only (publickey,keyboard-interactive): the password credential still logs in', async () => {
    const { session } = await start({ scenario: 'healthy', auth: { methods: ['publickey', 'keyboard-interactive'] } });
    expect(session.info.authMethod).toBe('keyboard-interactive');
  });

  it('FMC 7.4 ("Secure Firewall") landing straight in bash', async () => {
    const { session } = await start({ scenario: 'healthy', deviceType: 'fmc', device: { version: '7.4.1', fmcLanding: 'bash' } });
    expect(session.info.landing).toBe('expert');
    expect(session.info.banner).toMatch(/Secure Firewall/);
    expect((await session.run({ privilege: 'root', command: 'id -u', timeoutMs: 10_000 })).output.trim()).toBe('0');
  });

  it('Firepower 4100/9300 module prompt: connect ftd first', async () => {
    const { session } = await start({ scenario: 'healthy', device: { platform: 'chassis-module' } });
    const managers = await session.run({ privilege: 'clish', command: 'show managers', timeoutMs: 10_000 });
    expect(managers.output).toMatch(/Registration\s+:\s+Completed/);
  });

  it('CLISH Syntax error is reported, not hung on', async () => {
    const { session } = await start({ scenario: 'healthy' });
    const result = await session.run({ privilege: 'clish', command: 'show nonsense', timeoutMs: 10_000 });
    expect(result.syntaxError).toMatch(/^Syntax error:/);
  });
});

describe('SSH driver × simulated device: faults', () => {
  it('wrong sudo password → sudo-failed, and no second attempt', async () => {
    const { session } = await start({ scenario: 'healthy', faults: ['wrong-sudo-password'] });
    expect(await kindOf(session.run({ privilege: 'root', command: 'id -u', timeoutMs: 10_000 }))).toBe('sudo-failed');
    expect(await kindOf(session.run({ privilege: 'root', command: 'id -u', timeoutMs: 10_000 }))).toBe('sudo-failed');
    expect((await session.run({ privilege: 'expert', command: 'id -un', timeoutMs: 10_000 })).output.trim()).toBe('admin');
  });

  it('expert disabled (system lockdown) → expert-unavailable', async () => {
    const { session } = await start({ scenario: 'healthy', faults: ['expert-disabled'] });
    expect(await kindOf(session.run({ privilege: 'expert', command: 'id -u', timeoutMs: 10_000 }))).toBe('expert-unavailable');
  });

  it('a command that never returns times out, is interrupted, and the shell is usable again', async () => {
    const { session } = await start({ scenario: 'healthy', faults: ['hang:match=pmtool'] });
    const started = Date.now();
    expect(await kindOf(session.run({ privilege: 'root', command: 'pmtool status', timeoutMs: 1500 }))).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await session.run({ privilege: 'root', command: 'echo back', timeoutMs: 10_000 })).output).toBe('back\n');
  });

  it('slow output: every answer 2 s late still comes back whole', async () => {
    const { session } = await start({ scenario: 'healthy', faults: ['slow:delay=2000'] });
    const result = await session.run({ privilege: 'root', command: 'cat /ngfw/etc/sf/connector.properties', timeoutMs: 20_000 });
    expect(result.output).toMatch(/connector_port=8989/);
  }, 60_000);

  it('garbage and binary bytes reach the caller as output, never as a hang or a crash', async () => {
    const { session } = await start({ scenario: 'healthy', faults: ['garbage:match=netstat'] });
    const result = await session.run({ privilege: 'root', command: 'netstat -anlp | grep EventHandler_SSEConnector.sock', timeoutMs: 10_000 });
    expect(result.output).toMatch(/EventHandler_SSEConnector\.sock/);
    expect(result.exitCode).toBe(0);
  });

  it('a flood of output streams to the caller in many chunks, inside the command, past the pipe after it', async () => {
    const { session } = await start({ scenario: 'healthy', faults: ['flood:lines=3000,match=^pmtool'] });
    const chunks: string[] = [];
    const result = await session.run({
      privilege: 'root',
      command: 'pmtool status | grep -i SSEConnector',
      timeoutMs: 20_000,
      onChunk: (chunk) => chunks.push(chunk),
    });
    const lines = result.output.split('\n');
    expect(lines.filter((line) => line.startsWith('%FTD-6-302013: Built inbound TCP connection'))).toHaveLength(3000);
    expect(result.output).toMatch(/SSEConnector \(normal\) - Running \d+/);
    expect(result.exitCode).toBe(0);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(result.output);
  });

  it('a huge connector.log: the output cap holds and the rest is counted', async () => {
    const { session } = await start({ scenario: 'healthy', faults: ['huge-log'] });
    const result = await session.run({
      privilege: 'root',
      command: 'tail -c 2000000 /ngfw/var/log/connector/connector.log',
      timeoutMs: 20_000,
      maxBytes: 64 * 1024,
    });
    expect(Buffer.byteLength(result.output)).toBeLessThanOrEqual(64 * 1024);
    expect(result.truncatedBytes).toBeGreaterThan(0);
  });

  it('the session drops mid-command: every pending run rejects at once with disconnected', async () => {
    const { session } = await start({ scenario: 'healthy', faults: ['drop-session:match=lsof'] });
    const runs = [
      session.run({ privilege: 'root', command: 'lsof -nP -i', timeoutMs: 30_000 }),
      session.run({ privilege: 'root', command: 'sleep 20', timeoutMs: 30_000 }),
    ];
    const started = Date.now();
    expect(await Promise.all(runs.map(kindOf))).toEqual(['disconnected', 'disconnected']);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
