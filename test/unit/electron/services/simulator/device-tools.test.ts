import { describe, expect, it } from 'vitest';
import { device } from '../../../../helpers/sim-shell';

const SOCK = '/ngfw/var/sf/run/EventHandler_SSEConnector.sock';

describe('nslookup (BIND output, seed 004)', () => {
  it('answers with the server, the CNAME and both addresses', async () => {
    const r = await device({ scenario: 'healthy' }).run('nslookup api-sse.cisco.com');
    expect(r.stdout).toBe(
      'Server:\t\t208.67.222.222\nAddress:\t208.67.222.222#53\n\nNon-authoritative answer:\napi-sse.cisco.com\tcanonical name = api-sse.cisco.com.akadns.net.\nName:\tapi-sse.cisco.com.akadns.net\nAddress: 52.6.187.110\nName:\tapi-sse.cisco.com.akadns.net\nAddress: 18.234.20.16\n\n',
    );
  });

  it('says NXDOMAIN, times out, or finds no server', async () => {
    const nx = await device({ scenario: 'dns-resolution-failed' }).run('nslookup cloud-sa.amp.cisco.com');
    expect(nx).toMatchObject({
      status: 1,
      stdout:
        "Server:\t\t10.25.0.1\nAddress:\t10.25.0.1#53\n\n** server can't find cloud-sa.amp.cisco.com: NXDOMAIN\n\n",
    });
    const dead = await device({ scenario: 'dns-resolution-failed-timeout' }).run('nslookup api-sse.cisco.com');
    expect(dead).toMatchObject({ status: 1, stdout: ';; connection timed out; no servers could be reached\n\n' });
    const none = await device({ scenario: 'dns-not-configured', device: { version: '7.4.1' } }).run(
      'nslookup api-sse.cisco.com',
    );
    expect(none.stdout).toMatch(
      /;; communications error to 127\.0\.0\.1#53: connection refused\n;; no servers could be reached\n\n$/,
    );
  });
});

describe('telnet and ping', () => {
  it('connects, is refused, or times out', async () => {
    const ok = await device({ scenario: 'healthy' }).run('timeout 1 telnet api-sse.cisco.com 443');
    expect(ok).toMatchObject({
      status: 124,
      stdout: "Trying 52.6.187.110...\nConnected to api-sse.cisco.com.\nEscape character is '^]'.\n",
    });
    const refused = await device({ scenario: 'cloud-unreachable-refused' }).run('telnet api-sse.cisco.com 443');
    expect(refused.stderr).toBe('telnet: Unable to connect to remote host: Connection refused\n');
    const dropped = await device({ scenario: 'cloud-unreachable' }).run('telnet api-sse.cisco.com 8989');
    expect(dropped.stderr).toBe('telnet: Unable to connect to remote host: Connection timed out\n');
    const closed = await device({ scenario: 'healthy' }).run('telnet api-sse.cisco.com 443');
    expect(closed.stderr).toBe('Connection closed by foreign host.\n');
  });

  it('closes at the end of a redirected stdin, as netkit telnet does (`</dev/null`)', async () => {
    const r = await device({ scenario: 'healthy' }).run('timeout 5 telnet api-sse.cisco.com 443 </dev/null');
    expect(r).toEqual({
      status: 0,
      stdout: "Trying 52.6.187.110...\nConnected to api-sse.cisco.com.\nEscape character is '^]'.\n",
      stderr: 'Connection closed by foreign host.\n',
    });
  });

  it('pings with -c and prints statistics', async () => {
    const r = await device({ scenario: 'healthy' }).run('ping -c 2 api-sse.cisco.com');
    expect(r.stdout).toMatch(
      /^PING api-sse\.cisco\.com \(52\.6\.187\.110\) 56\(84\) bytes of data\.\n64 bytes from ec2-52-6-187-110\.compute-1\.amazonaws\.com \(52\.6\.187\.110\): icmp_seq=1 ttl=231 time=[\d.]+ ms\n/,
    );
    expect(r.stdout).toMatch(/2 packets transmitted, 2 received, 0% packet loss/);
    const lost = await device({ scenario: 'cloud-unreachable' }).run('ping -c 1 api-sse.cisco.com');
    expect(lost).toMatchObject({ status: 1 });
    expect(lost.stdout).toMatch(/1 packets transmitted, 0 received, 100% packet loss/);
  });
});

describe('netstat, lsof, pmtool (seed 000 shapes)', () => {
  it('shows LISTENING and CONNECTED on the EventHandler socket when healthy, LISTENING only when broken', async () => {
    const healthy = await device({ scenario: 'healthy' }).run(`netstat -anlp | grep EventHandler_SSEConnector.sock`);
    expect(healthy.stdout).toBe(
      `unix  2      [ ACC ]     STREAM     LISTENING     382276   7741/EventHandler    ${SOCK}\nunix  3      [ ]         STREAM     CONNECTED     378537   7741/EventHandler    ${SOCK}\n`,
    );
    const broken = await device({ scenario: 'connector-ipc-broken' }).run(
      `netstat -anlp | grep EventHandler_SSEConnector.sock`,
    );
    expect(broken.stdout).toBe(
      `unix  2      [ ACC ]     STREAM     LISTENING     382276   7741/EventHandler    ${SOCK}\n`,
    );
  });

  it("hides program names from the admin, with netstat's note", async () => {
    const r = await device({ scenario: 'healthy' }).run('netstat -anlp | grep EventHandler', 'admin');
    expect(r.stderr).toMatch(/^\(Not all processes could be identified/);
    expect(r.stdout).toMatch(/LISTENING +382276 +- +\/ngfw/);
  });

  it('lists the connector LISTEN and its cloud session for root only', async () => {
    const healthy = await device({ scenario: 'healthy' }).run('lsof -i | grep conn');
    expect(healthy.stdout).toMatch(/^connector +13277 +www +10u +IPv4 +26077573 +0t0 +TCP localhost:8989 \(LISTEN\)\n/);
    expect(healthy.stdout).toMatch(
      /TCP firepower:53426->ec2-35-172-147-246\.compute-1\.amazonaws\.com:https \(ESTABLISHED\)\n$/,
    );
    expect((await device({ scenario: 'cloud-unreachable' }).run('lsof -i | grep conn')).stdout).toMatch(
      /\(SYN_SENT\)\n$/,
    );
    expect((await device({ scenario: 'connector-not-running' }).run('lsof -i | grep conn')).status).toBe(1);
    expect((await device({ scenario: 'healthy' }).run('lsof -i | grep conn', 'admin')).status).toBe(1);
    expect((await device({ scenario: 'healthy' }).run('lsof -nP -i :8989')).stdout).toMatch(
      /127\.0\.0\.1:8989 \(LISTEN\)/,
    );
  });

  it('reports the SSEConnector state in pmtool status', async () => {
    const grep = 'pmtool status | grep -i SSEConnector';
    expect((await device({ scenario: 'healthy' }).run(grep)).stdout).toMatch(
      /^SSEConnector \(normal\) - Running 13277\n/,
    );
    expect((await device({ scenario: 'connector-not-running' }).run(grep)).stdout).toMatch(
      /^SSEConnector \(normal\) - User Disabled\n/,
    );
    expect((await device({ scenario: 'unsupported-version' }).run(grep)).status).toBe(1);
    expect((await device({ scenario: 'healthy' }).run('pmtool status', 'admin')).status).toBe(1);
    const waiting = device({ scenario: 'healthy' });
    waiting.runtime.state.connector.process = 'waiting';
    expect((await waiting.run(grep)).stdout).toMatch(/^SSEConnector \(normal\) - Waiting\n/);
  });
});

describe('files', () => {
  it('cats connector.properties (also through /etc/sf) and refuses the log to the admin', async () => {
    const sh = device({ scenario: 'healthy', region: 'eu' });
    const props =
      'registration_interval=180\nconnector_port=8989\nregion_discovery_endpoint=https://api-sse.cisco.com/providers/sse/api/v1/regions\nconnector_fqdn=api.eu.sse.itd.cisco.com\n';
    expect((await sh.run('cat /ngfw/etc/sf/connector.properties')).stdout).toBe(props);
    expect((await sh.run('more /etc/sf/connector.properties')).stdout).toBe(props);
    expect((await sh.run('tail -n 1 /ngfw/var/log/connector/connector.log', 'admin')).stderr).toMatch(
      /Permission denied/,
    );
  });

  it('has no connector files before 6.4', async () => {
    const r = await device({ scenario: 'unsupported-version' }).run('cat /ngfw/etc/sf/connector.properties');
    expect(r).toMatchObject({
      status: 1,
      stderr: 'cat: /ngfw/etc/sf/connector.properties: No such file or directory\n',
    });
    expect((await device({ scenario: 'unsupported-version' }).run('cat /etc/sf/sf-version')).stdout).toMatch(
      /^Cisco Firepower Threat Defense for VMWare v6\.3\.0 \(build 83\)\n/,
    );
  });

  it('follows the state in /etc/resolv.conf', async () => {
    expect((await device({ scenario: 'healthy' }).run('cat /etc/resolv.conf')).stdout).toBe(
      'nameserver 208.67.222.222\nnameserver 208.67.220.220\n',
    );
    expect((await device({ scenario: 'dns-not-configured' }).run('cat /etc/resolv.conf')).stdout).toBe('');
  });

  it('shows the size of the huge log with ls -l and tails it cheaply', async () => {
    const sh = device({ scenario: 'healthy', faults: ['huge-log'] });
    const ls = await sh.run('ls -l /ngfw/var/log/connector/connector.log');
    const size = Number(/www +www +(\d+) /.exec(ls.stdout)?.[1]);
    expect(size).toBeGreaterThan(499 * 1024 * 1024);
    const started = Date.now();
    const tail = await sh.run('tail -n 200 /ngfw/var/log/connector/connector.log');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(tail.stdout.split('\n')).toHaveLength(201);
    expect((await sh.run('tail -c 1000 /ngfw/var/log/connector/connector.log')).stdout).toHaveLength(1000);
  });

  it('stops reading a huge file as soon as head has its lines', async () => {
    const sh = device({ scenario: 'healthy', faults: ['huge-log'] });
    const r = await sh.run('cat /ngfw/var/log/connector/connector.log | head -n 3');
    expect(r.stdout.split('\n')).toHaveLength(4);
  });
});

describe('privilege', () => {
  it('sudo without a terminal asks for -S, and -n fails without a cached password', async () => {
    const sh = device({ scenario: 'healthy' });
    expect((await sh.run('sudo pmtool status', 'admin')).stderr).toMatch(
      /^sudo: a terminal is required to read the password/,
    );
    expect((await sh.run('sudo -n true', 'admin')).stderr).toBe('sudo: a password is required\n');
  });
});
