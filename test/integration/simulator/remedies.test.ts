import { describe, expect, it } from 'vitest';
import { CLISH, connect, EXPERT, openShell, ROOT, rootShell, useSimulators } from '../../helpers/sim-client';

const start = useSimulators({ timeScale: 0.005 });

describe('remedies change the device live', () => {
  it('configure network dns servers fixes dns-not-configured (guide 004, option 1)', async () => {
    const sim = await start({ scenario: 'dns-not-configured' });
    const client = await connect(sim);
    const shell = await openShell(client);
    await shell.expect(/> $/);
    await shell.run('configure network dns servers 208.67.222.222,208.67.220.220', CLISH);
    expect(await shell.run('show network', CLISH)).toContain(
      'DNS Servers               : 208.67.222.222\r\n                            208.67.220.220\r\n',
    );
    await shell.run('expert', EXPERT);
    shell.send('sudo su -\r');
    await shell.expect('Password: ');
    shell.send(`${sim.sudoPassword}\r`);
    await shell.expect(ROOT);
    expect(await shell.run('cat /etc/resolv.conf', ROOT)).toContain(
      'nameserver 208.67.222.222\r\nnameserver 208.67.220.220\r\n',
    );
    expect(await shell.run('nslookup api-sse.cisco.com', ROOT)).toContain('Address: 52.6.187.110');
    expect(
      await shell.run(
        'curl -s -o /dev/null -w "%{http_code}" --cacert /ngfw/etc/ssl/connectorCA.pem https://api-sse.cisco.com',
        ROOT,
      ),
    ).toContain('\r\n403root@');
    const tail = await shell.run('tail -n 1 /ngfw/var/log/connector/connector.log', ROOT);
    expect(tail).toContain('level=info');
    expect(await shell.run('lsof -i | grep conn', ROOT)).toContain('(ESTABLISHED)');
  });

  it('pmtool disablebyid then enablebyid SSEConnector repairs the IPC (guide 000 "일반적인 문제")', async () => {
    const sim = await start({ scenario: 'connector-ipc-broken' });
    const shell = await rootShell(await connect(sim), sim.sudoPassword);
    const grep = 'netstat -anlp | grep EventHandler_SSEConnector.sock';
    expect(await shell.run(grep, ROOT)).not.toContain('CONNECTED');
    expect(await shell.run('pmtool enablebyid SSEConnector', ROOT)).toBe(
      'pmtool enablebyid SSEConnector\r\nroot@firepower:~# ',
    );
    expect(sim.state.connector.ipc).toBe('broken');
    await shell.run('pmtool disablebyid SSEConnector', ROOT);
    expect(await shell.run('pmtool status | grep -i SSEConnector', ROOT)).toContain(
      'SSEConnector (normal) - User Disabled',
    );
    expect(await shell.run('lsof -i | grep conn', ROOT)).not.toContain('connector ');
    await shell.run('pmtool enablebyid SSEConnector', ROOT);
    const status = await shell.run('pmtool status | grep -i SSEConnector', ROOT);
    expect(status).toMatch(/SSEConnector \(normal\) - Running (\d+)/);
    expect(status).not.toContain('Running 13277');
    expect(await shell.run(grep, ROOT)).toMatch(/STREAM +CONNECTED .*EventHandler_SSEConnector\.sock/);
    const log = await shell.run('tail -n 4 /ngfw/var/log/connector/connector.log', ROOT);
    expect(log).toContain('Starting SSE Connector');
    expect(log).not.toContain('ZeroMQ');
  });

  it('enablebyid starts a disabled connector (connector-not-running), seen on another connection too', async () => {
    const sim = await start({ scenario: 'connector-not-running' });
    const admin = await openShell(await connect(sim));
    await admin.expect(/> $/);
    await admin.run('expert', EXPERT);
    admin.send('sudo pmtool enablebyid SSEConnector\r');
    await admin.expect('Password: ');
    admin.send(`${sim.sudoPassword}\r`);
    await admin.expect(EXPERT);
    const other = await rootShell(await connect(sim), sim.sudoPassword);
    expect(await other.run('lsof -i | grep conn', ROOT)).toContain('localhost:8989 (LISTEN)');
    expect(await other.run('curl -s localhost:8989/v1/contexts/default', ROOT)).toContain('"registered":true');
  });

  it('a test can script the live state directly', async () => {
    const sim = await start({ scenario: 'healthy' });
    const shell = await rootShell(await connect(sim), sim.sudoPassword);
    sim.state.cloud['api-sse.cisco.com'] = 'refused';
    expect(await shell.run('curl -sS https://api-sse.cisco.com', ROOT)).toContain(
      'curl: (7) Failed to connect to api-sse.cisco.com port 443: Connection refused',
    );
  });
});
