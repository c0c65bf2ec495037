import { describe, expect, it } from 'vitest';
import { connect, exec, openShell, ROOT, rootShell, useSimulators } from '../../helpers/sim-client';

const start = useSimulators({ timeScale: 0.005 });

const LOG = '/ngfw/var/log/connector/connector.log';

describe('session faults', () => {
  it('drops the connection in the middle of a matching command, once', async () => {
    const sim = await start({ scenario: 'healthy', faults: ['drop-session:match=^curl'] });
    const client = await connect(sim);
    const closed = new Promise<void>((resolve) => client.on('close', () => resolve()));
    client.on('error', () => undefined);
    const shell = await rootShell(client, sim.sudoPassword);
    shell.send('curl -v --cacert /ngfw/etc/ssl/connectorCA.pem https://api-sse.cisco.com\r');
    await closed;
    expect(shell.pending).toContain('Trying');
    expect(shell.pending).not.toContain('left intact');
    const again = await rootShell(await connect(sim), sim.sudoPassword);
    expect(
      await again.run(
        'curl -s -o /dev/null -w "%{http_code}" --cacert /ngfw/etc/ssl/connectorCA.pem https://api-sse.cisco.com',
        ROOT,
      ),
    ).toContain('403');
  });

  it('drops after N commands on a connection', async () => {
    const sim = await start({ scenario: 'healthy', faults: [{ kind: 'drop-session', afterCommands: 2 }] });
    const client = await connect(sim);
    client.on('error', () => undefined);
    const closed = new Promise<void>((resolve) => client.on('close', () => resolve()));
    expect((await exec(client, 'show ntp')).code).toBe(0);
    expect((await exec(client, 'show version')).code).toBe(0);
    void exec(client, 'show network').catch(() => undefined);
    await closed;
  });

  it('hangs a command until Ctrl-C', async () => {
    const sim = await start({ scenario: 'healthy', faults: ['hang:match=^nslookup'] });
    const shell = await rootShell(await connect(sim), sim.sudoPassword);
    shell.send('nslookup api-sse.cisco.com\r');
    await shell.expect('nslookup api-sse.cisco.com\r\n');
    await new Promise((r) => setTimeout(r, 300));
    expect(shell.pending).toBe('');
    shell.send('\x03');
    expect(await shell.expect(ROOT)).toBe('^C\r\nroot@firepower:~# ');
    expect(await shell.run('echo alive', ROOT)).toContain('alive');
  });

  it('answers late when slow', async () => {
    const sim = await start({ scenario: 'healthy', faults: ['slow:delay=250'] });
    const client = await connect(sim);
    const started = Date.now();
    const r = await exec(client, 'show ntp');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(r.stdout).toContain('Being Used');
  });

  it('emits binary garbage before the real output, and keeps working', async () => {
    const sim = await start({ scenario: 'healthy', faults: ['garbage:bytes=64,match=^show ntp'] });
    const shell = await openShell(await connect(sim));
    await shell.expect(/> $/);
    shell.send('show ntp\r');
    await shell.expect(/Status : Being Used[\s\S]*> $/);
    const raw = shell.bytes;
    expect(raw.includes(Buffer.from([0x00, 0xff, 0xc3, 0x28]))).toBe(true);
    expect((await shell.run('show version', /> $/)).includes('Model')).toBe(true);
  });
});

describe('huge connector.log (500 MB, virtual)', () => {
  it('tail is fast and moves little data; ls -l shows the size', async () => {
    const sim = await start({ scenario: 'connector-ipc-broken', faults: ['huge-log'] });
    const shell = await rootShell(await connect(sim), sim.sudoPassword);
    expect(await shell.run(`ls -l ${LOG}`, ROOT)).toMatch(/-rw-r----- 1 www +www +52\d{7} /);
    const before = shell.bytes.length;
    const started = Date.now();
    const out = await shell.run(`tail -n 500 ${LOG} | grep -m 50 level=error`, ROOT);
    const elapsed = Date.now() - started;
    expect(out).toContain('ZeroMQ PUSH endpoint');
    expect(shell.bytes.length - before).toBeLessThan(1024 * 1024);
    expect(elapsed).toBeLessThan(2000);
    expect((await shell.run(`tail -c 4096 ${LOG} | wc -c`, ROOT)).includes('\r\n4096\r\n')).toBe(true);
  });

  it('cat of the whole file streams until Ctrl-C, and the server stays responsive', async () => {
    const sim = await start({ scenario: 'healthy', faults: ['huge-log'] });
    const client = await connect(sim);
    const shell = await rootShell(client, sim.sudoPassword);
    shell.send(`cat ${LOG}\r`);
    await shell.expect('heartbeat OK');
    shell.send('\x03');
    await shell.expect(ROOT, 10_000);
    expect(shell.bytes.length).toBeLessThan(200 * 1024 * 1024);
    expect((await exec(client, 'show ntp')).stdout).toContain('NTP Server');
  });
});
