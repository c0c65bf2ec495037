/**
 * SSH layer benchmark: connect → root → 15 root commands, sequential (one shell) vs concurrent (a
 * pool of shells on the one connection), median of 5 runs. Against the SSH layer's scripted test
 * double (each command takes 200 ms of "device time", like a probe waiting on the network) and,
 * when running as root with sshd and sudo installed, against a real OpenSSH sshd + bash + sudo.
 *
 *   npm run bench:ssh   (flags when run directly from dist/bench/ssh.cjs: --runs 5 --commands 15 --pool 4 --target double|simulator|sshd|both)
 *
 * The full bench against the product's simulator comes later; this one measures the layer itself.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDevice } from '../../electron/services/ssh/device-session';
import type { DeviceConnectOptions } from '../../electron/services/ssh/types';
import { startDoubleServer } from '../../test/helpers/ssh-double/server';
import { startSimulator } from '../../electron/services/simulator/index';
import { createTestUser, knownHostsLine, sshdUnavailable, startSshd, sudoUnavailable } from '../../test/helpers/sshd';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const RUNS = Number(arg('runs', '5'));
const COMMANDS = Number(arg('commands', '15'));
const POOL = Number(arg('pool', '4'));
const TARGET = arg('target', 'both');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

interface Timing {
  readonly total: number;
  readonly connect: number;
  readonly commands: number;
}

type Privilege = 'expert' | 'root';

/** One run: connect, reach the privilege, run the commands (one after another, or all at once). */
const once = async (
  options: DeviceConnectOptions,
  command: (i: number) => string,
  concurrent: boolean,
  privilege: Privilege,
): Promise<Timing> => {
  const started = performance.now();
  const session = await connectDevice({ ...options, maxChannels: concurrent ? POOL : 1 });
  const connected = performance.now();
  try {
    const run = (i: number) => session.run({ privilege, command: command(i), timeoutMs: 60_000 });
    if (concurrent) await Promise.all(Array.from({ length: COMMANDS }, (_, i) => run(i)));
    else for (let i = 0; i < COMMANDS; i += 1) await run(i);
  } finally {
    await session.close();
  }
  const done = performance.now();
  return { total: done - started, connect: connected - started, commands: done - connected };
};

const measure = async (
  label: string,
  options: DeviceConnectOptions,
  command: (i: number) => string,
  privilege: Privilege = 'root',
) => {
  const rows: string[] = [];
  for (const concurrent of [false, true]) {
    const timings: Timing[] = [];
    for (let r = 0; r < RUNS; r += 1) timings.push(await once(options, command, concurrent, privilege));
    const ms = (pick: (t: Timing) => number) => `${Math.round(median(timings.map(pick)))} ms`.padStart(9);
    rows.push(
      `${label.padEnd(40)} ${(concurrent ? `concurrent (pool ${POOL})` : 'sequential (1 shell)').padEnd(22)}` +
        `${ms((t) => t.total)} total ${ms((t) => t.connect)} connect ${ms((t) => t.commands)} ${privilege} + ${COMMANDS} commands`,
    );
  }
  return rows;
};

const knownHosts = (line: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'fcd-bench-')), 'known_hosts');
  writeFileSync(path, line);
  return path;
};

const main = async () => {
  const rows: string[] = [];
  const wants = (target: string) => TARGET === target || TARGET === 'both';
  if (wants('double')) {
    const server = await startDoubleServer();
    const base: DeviceConnectOptions = {
      host: server.host,
      port: server.port,
      username: 'admin',
      credential: { kind: 'password', password: 'Admin123' },
      knownHostsPath: knownHosts(`[127.0.0.1]:${server.port} ${server.hostKey.keyType} ${server.hostKey.base64}\n`),
      deviceType: 'ftd',
    };
    rows.push(...(await measure('test double, 200 ms per command', base, (i) => `sleep 0.2; echo ${i}`)));
    rows.push(...(await measure('test double, instant commands', base, (i) => `echo ${i}`)));
    await server.close();
  }
  if (wants('simulator')) {
    // The product's own simulated device, at real speed: 15 of the checks' root commands.
    const sim = await startSimulator({ scenario: 'healthy' });
    const base: DeviceConnectOptions = {
      host: sim.host,
      port: sim.port,
      username: sim.username,
      credential: { kind: 'password', password: sim.password },
      knownHostsPath: knownHosts(`${sim.hostKeyLine}\n`),
      deviceType: 'ftd',
    };
    const probes = [
      'cat /ngfw/etc/sf/connector.properties',
      'pmtool status | grep -i SSEConnector',
      'lsof -nP -i | grep conn',
      'netstat -anlp | grep EventHandler_SSEConnector.sock',
      'timeout 10 nslookup api-sse.cisco.com',
      'curl -v --cacert /ngfw/etc/ssl/connectorCA.pem --connect-timeout 5 -m 10 https://api-sse.cisco.com',
      'date -u',
    ];
    rows.push(...(await measure('simulator, the checks\' root commands', base, (i) => probes[i % probes.length] ?? 'true')));
    await sim.close();
  }
  const why = sshdUnavailable() ?? sudoUnavailable();
  if (wants('sshd') && why) rows.push(`real sshd: skipped (${why})`);
  if (wants('sshd') && !why) {
    const user = createTestUser('fcdbench');
    const sshd = await startSshd({ user: user.name, config: ['MaxSessions 20'] });
    try {
      const base: DeviceConnectOptions = {
        host: '127.0.0.1',
        port: sshd.port,
        username: user.name,
        credential: { kind: 'password', password: user.password },
        knownHostsPath: knownHosts(knownHostsLine(sshd)),
        deviceType: 'fmc',
        modeChangeTimeoutMs: 60_000,
      };
      rows.push(...(await measure('real sshd + sudo, 200 ms per command', base, (i) => `sleep 0.2; echo ${i}`)));
      // Without sudo: what the pool gives when reaching the privilege is cheap.
      rows.push(...(await measure('real sshd (expert), 200 ms per command', base, (i) => `sleep 0.2; echo ${i}`, 'expert')));
    } finally {
      await sshd.stop();
      user.remove();
    }
  }
  console.log(`\nSSH layer: connect → root → ${COMMANDS} root commands, median of ${RUNS} runs\n`);
  for (const row of rows) console.log(row);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
