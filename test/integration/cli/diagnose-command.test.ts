import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { startSimulator, type RunningSimulator } from '../../../electron/services/simulator/index';
import { jsonReportSchema } from '../../../shared/report/json-schema';
import { captureIo } from '../../helpers/capture-io';
import { freePort } from '../../helpers/free-port';

let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const dir = () => mkdtempSync(join(tmpdir(), 'fcd-cli-diag-'));

const hostArgs = (s: RunningSimulator, knownHosts: string) => [
  'diagnose', '--host', s.host, '--port', String(s.port), '--user', s.username, '--password-env', 'FTD_PASSWORD',
  '--known-hosts', knownHosts,
];


describe('diagnose command', () => {
  it('--demo healthy: a text report on stdout, exit 0', async () => {
    const io = captureIo();
    expect(await runCli(['diagnose', '--demo', 'healthy'], io)).toBe(0);
    expect(io.out()).toMatch(/Verdict:/);
    expect(io.out()).toContain('ssh.connect');
  });

  it('--format json follows the contract schema, in Korean with --lang ko', async () => {
    const io = captureIo();
    await runCli(['diagnose', '--demo', 'healthy', '--format', 'json', '--lang', 'ko'], io);
    const report = JSON.parse(io.out());
    expect(jsonReportSchema.safeParse(report).error).toBeUndefined();
    expect(report.tool.name).toBe('Firepower Cloud Doctor');
    expect(report.checks.find((c: { id: string }) => c.id === 'ssh.connect').title).toBe('SSH 로그인');
  });

  it('writes --out and --pdf and says where', async () => {
    const d = dir();
    const io = captureIo();
    await runCli(['diagnose', '--demo', 'healthy', '--format', 'json', '--out', join(d, 'r.json'), '--pdf', join(d, 'r.pdf')], io);
    expect(JSON.parse(readFileSync(join(d, 'r.json'), 'utf8')).schemaVersion).toBe(1);
    expect(readFileSync(join(d, 'r.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(io.err()).toContain(join(d, 'r.pdf'));
  });

  it('refuses an unknown host key without --accept-new-host-key, printing its SHA256 fingerprint, exit 2', async () => {
    sim = await startSimulator({ scenario: 'healthy' });
    const knownHosts = join(dir(), 'known_hosts');
    const io = captureIo({ FTD_PASSWORD: sim.password });
    expect(await runCli(hostArgs(sim, knownHosts), io)).toBe(2);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).toContain(sim.hostKeyFingerprint);
    expect(io.err()).toContain('--accept-new-host-key');
    expect(existsSync(knownHosts)).toBe(false);

    const accepted = captureIo({ FTD_PASSWORD: sim.password });
    expect(await runCli([...hostArgs(sim, knownHosts), '--accept-new-host-key', '--format', 'json'], accepted)).not.toBe(2);
    expect(readFileSync(knownHosts, 'utf8')).toContain(`[127.0.0.1]:${sim.port}`);
  });

  it('refuses a changed host key, naming the known_hosts line, exit 2', async () => {
    sim = await startSimulator({ scenario: 'healthy' });
    const other = await startSimulator({ scenario: 'healthy' });
    const knownHosts = join(dir(), 'known_hosts');
    writeFileSync(knownHosts, `# ours\n${other.hostKeyLine.replace(/^\S+/, `[127.0.0.1]:${sim.port}`)}\n`);
    await other.close();
    const io = captureIo({ FTD_PASSWORD: sim.password });
    expect(await runCli([...hostArgs(sim, knownHosts), '--accept-new-host-key'], io)).toBe(2);
    expect(io.err()).toMatch(/line 2 of .*known_hosts/);
  });

  it('a wrong password, a missing secret variable, and an unreachable port are one line each, exit 2', async () => {
    sim = await startSimulator({ scenario: 'healthy' });
    const knownHosts = join(dir(), 'known_hosts');
    writeFileSync(knownHosts, `${sim.hostKeyLine}\n`);
    const wrong = captureIo({ FTD_PASSWORD: 'not-the-password' });
    expect(await runCli(hostArgs(sim, knownHosts), wrong)).toBe(2);
    expect(wrong.err().trim().split('\n')).toHaveLength(1);
    expect(wrong.err()).not.toContain('not-the-password');

    const missing = captureIo({});
    expect(await runCli(hostArgs(sim, knownHosts), missing)).toBe(2);
    expect(missing.err()).toContain('environment variable FTD_PASSWORD is not set');

    const closed = captureIo({ FTD_PASSWORD: 'x' });
    const port = await freePort();
    expect(await runCli(['diagnose', '--host', '127.0.0.1', '--port', String(port), '--user', 'admin', '--password-env', 'FTD_PASSWORD', '--known-hosts', knownHosts], closed)).toBe(2);
    expect(closed.err().trim().split('\n')).toHaveLength(1);
  });

  it('an unknown demo scenario lists the known ones, exit 2', async () => {
    const io = captureIo();
    expect(await runCli(['diagnose', '--demo', 'no-such-thing'], io)).toBe(2);
    expect(io.err()).toMatch(/unknown scenario "no-such-thing". Scenarios: healthy/);
  });
});
