import { connect as tcpConnect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { REGION_HOSTS } from '../../../electron/services/simulator';
import { connect, exec, openShell, ROOT, rootShell, useSimulators } from '../../helpers/sim-client';

const start = useSimulators({ timeScale: 0.005 });

describe('concurrency', () => {
  it('runs five root shells at once on one connection, each with its own output', async () => {
    const sim = await start({ scenario: 'cloud-unreachable-refused' });
    const client = await connect(sim);
    const shells = await Promise.all(REGION_HOSTS.us.map(() => rootShell(client, sim.sudoPassword)));
    const outputs = await Promise.all(
      REGION_HOSTS.us.map((host, i) =>
        shells[i]?.run(
          `curl -sS --connect-timeout 3 --cacert /ngfw/etc/ssl/connectorCA.pem https://${host}; echo "__M_${i}__ $?"`,
          ROOT,
        ),
      ),
    );
    REGION_HOSTS.us.forEach((host, i) => {
      expect(outputs[i]).toContain(`curl: (7) Failed to connect to ${host} port 443: Connection refused`);
      expect(outputs[i]).toContain(`__M_${i}__ 7`);
    });
    client.end();
  });

  it('runs many exec channels at once, and several connections at once', async () => {
    const sim = await start();
    const clients = await Promise.all([1, 2, 3].map(() => connect(sim)));
    const results = await Promise.all(
      clients.flatMap((client) => ['show version', 'show ntp', 'show managers'].map((cmd) => exec(client, cmd))),
    );
    expect(results.every((r) => r.code === 0)).toBe(true);
    expect(results.filter((r) => r.stdout.includes('Registration              : Completed'))).toHaveLength(3);
    for (const client of clients) client.end();
  });

  it('shares one device state between channels: a remedy on one shows on the others', async () => {
    const sim = await start({ scenario: 'connector-not-running' });
    const client = await connect(sim);
    const [a, b] = await Promise.all([rootShell(client, sim.sudoPassword), rootShell(client, sim.sudoPassword)]);
    await a?.run('pmtool enablebyid SSEConnector', ROOT);
    expect(await b?.run('pmtool status | grep -i sseconnector', ROOT)).toMatch(/Running \d+/);
  });
});

describe('robustness', () => {
  it('survives binary garbage typed into a shell', async () => {
    const sim = await start();
    const client = await connect(sim);
    const shell = await rootShell(client, sim.sudoPassword);
    let x = 12345;
    const junk = Buffer.alloc(1024, 0).map(() => {
      x = (x * 1103515245 + 12345) >>> 0;
      const byte = (x >>> 16) & 0xff;
      return byte === 0x04 || byte === 0x03 ? 0x20 : byte;
    });
    shell.channel.write(junk);
    shell.send('\x15\x03');
    await shell.expect(/\^C\r\nroot@firepower:~# $/);
    expect(await shell.run('echo still-alive', ROOT)).toContain('\r\nstill-alive\r\n');
  });

  it('survives raw TCP garbage and clients that vanish mid-command', async () => {
    const sim = await start({ faults: ['hang:match=^sleep'] });
    await new Promise<void>((resolve) => {
      const socket = tcpConnect(sim.port, sim.host, () => {
        socket.write(Buffer.from('GET / HTTP/1.1\r\n\r\n\x00\xff garbage'));
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
      socket.on('error', () => resolve());
    });
    const client = await connect(sim);
    const shell = await rootShell(client, sim.sudoPassword);
    shell.send('sleep 1\r');
    await shell.expect('sleep 1\r\n');
    client.end();
    const next = await connect(sim);
    expect((await exec(next, 'show ntp')).stdout).toContain('NTP Server');
    next.end();
  });

  it('keeps a session usable after a huge paste of input', async () => {
    const sim = await start();
    const shell = await openShell(await connect(sim));
    await shell.expect(/> $/);
    shell.send('x'.repeat(200_000));
    shell.send('\x15show ntp\r');
    await shell.expect('Status : Being Used', 10_000);
  });
});
