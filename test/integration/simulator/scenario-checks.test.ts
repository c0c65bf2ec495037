import { afterAll, describe, expect, it } from 'vitest';
import {
  apiHost,
  SCENARIOS,
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../../electron/services/simulator';
import type { Region } from '../../../shared/model/device';
import { CLISH, connect, EXPERT, openShell, ROOT } from '../../helpers/sim-client';

/**
 * Every check command of PRODUCT.md against every scenario, over real SSH, the way an admin types
 * them after `expert` / `sudo su -`; assertions on the key lines of the seeds' transcripts.
 */
interface Outputs {
  readonly showVersion: string;
  readonly showNetwork: string;
  readonly showManagers: string;
  readonly showNtp: string;
  readonly date: string;
  readonly nslookup: string;
  readonly curlCa: string;
  readonly curlK: string;
  readonly props: string;
  readonly pmtool: string;
  readonly lsof: string;
  readonly netstat: string;
  readonly context: string;
  readonly log: string;
}

const sims: RunningSimulator[] = [];
afterAll(async () => {
  await Promise.all(sims.map((s) => s.close()));
});

const collect = async (options: SimulatorOptions): Promise<Outputs> => {
  const sim = await startSimulator({ timeScale: 0.005, ...options });
  sims.push(sim);
  const client = await connect(sim);
  const shell = await openShell(client);
  await shell.expect(/> $/);
  // What the command printed: without the echoed command line and the prompt after it.
  const body = (text: string, prompt: RegExp) => text.slice(text.indexOf('\r\n') + 2).replace(prompt, '');
  const clish = async (line: string) => body(await shell.run(line, CLISH), /> $/);
  const showVersion = await clish('show version');
  const showNetwork = await clish('show network');
  const showManagers = await clish('show managers');
  const showNtp = await clish('show ntp');
  await shell.run('expert', EXPERT);
  shell.send('sudo su -\r');
  await shell.expect('Password: ');
  shell.send(`${sim.sudoPassword}\r`);
  await shell.expect(ROOT);
  const root = async (line: string) => body(await shell.run(line, ROOT, 10_000), /root@[\w.-]+:[^\n]*# $/);
  const api = apiHost(sim.state.region);
  const outputs: Outputs = {
    showVersion,
    showNetwork,
    showManagers,
    showNtp,
    date: await root('date -u'),
    nslookup: await root(`nslookup ${api}`),
    curlCa: await root(
      `curl -v --connect-timeout 3 --max-time 5 --cacert /ngfw/etc/ssl/connectorCA.pem https://${api}`,
    ),
    curlK: await root(`curl -v -k --connect-timeout 3 https://${api}`),
    props: await root('cat /ngfw/etc/sf/connector.properties'),
    pmtool: await root('pmtool status | grep -i SSEConnector'),
    lsof: await root('lsof -i | grep conn'),
    netstat: await root('netstat -anlp | grep EventHandler_SSEConnector.sock'),
    context: await root('curl -sS localhost:8989/v1/contexts/default'),
    log: await root('tail -n 5 /ngfw/var/log/connector/connector.log'),
  };
  client.end();
  return outputs;
};

const healthyChecks = (o: Outputs, api = 'api-sse.cisco.com') => {
  expect(o.showNetwork).toContain('DNS Servers               : ');
  expect(o.showNetwork).toMatch(/Proxy Information ]=+\r\nState {21}: Disabled/);
  expect(o.showManagers).toContain('Registration              : Completed');
  expect(o.showNtp).toContain('Status : Being Used');
  expect(o.nslookup).toContain('Non-authoritative answer:');
  expect(o.curlCa).toContain('< HTTP/1.1 403 Forbidden');
  expect(o.curlCa).toContain(`* Connection #0 to host ${api} left intact`);
  expect(o.props).toContain(`connector_fqdn=${api}\r\n`);
  expect(o.props).toContain('connector_port=8989\r\n');
  expect(o.pmtool).toMatch(/SSEConnector \(normal\) - Running \d+/);
  expect(o.lsof).toMatch(/connector +\d+ +www .*TCP localhost:8989 \(LISTEN\)/);
  expect(o.lsof).toMatch(/:https \(ESTABLISHED\)/);
  expect(o.netstat).toMatch(/STREAM +LISTENING .*EventHandler_SSEConnector\.sock/);
  expect(o.netstat).toMatch(/STREAM +CONNECTED .*EventHandler_SSEConnector\.sock/);
  expect(o.context).toContain('"registered":true');
  expect(o.log).not.toContain('level=error');
};

const CHECKS: Readonly<Record<string, (o: Outputs) => void>> = {
  healthy: (o) => healthyChecks(o),
  'cloud-integration-not-intended': (o) => healthyChecks(o),
  'license-evaluation-mode': (o) => healthyChecks(o),
  'smart-licensing-not-direct': (o) => healthyChecks(o),
  'cloud-services-disabled': (o) => healthyChecks(o),
  'unsupported-version': (o) => {
    expect(o.showVersion).toContain('Version 6.3.0 (Build 83)');
    expect(o.props).toContain('cat: /ngfw/etc/sf/connector.properties: No such file or directory');
    expect(o.pmtool).not.toContain('SSEConnector (normal)');
    expect(o.lsof).not.toContain('connector');
    expect(o.netstat).not.toContain('EventHandler_SSEConnector.sock\r\n');
  },
  'dns-not-configured': (o) => {
    expect(o.showNetwork).not.toContain('DNS Servers');
    expect(o.nslookup).toContain(';; connection timed out; no servers could be reached');
    expect(o.curlCa).toContain("curl: (6) Couldn't resolve host 'api-sse.cisco.com'");
    expect(o.log).toMatch(/lookup .* on \[::1\]:53/);
  },
  'dns-resolution-failed': (o) => {
    expect(o.showNetwork).toContain('DNS Servers               : 10.25.0.1');
    expect(o.nslookup).toContain("** server can't find api-sse.cisco.com: NXDOMAIN");
    expect(o.curlCa).toContain("curl: (6) Couldn't resolve host 'api-sse.cisco.com'");
    expect(o.log).toContain('no such host');
  },
  'dns-resolution-failed-timeout': (o) => {
    expect(o.nslookup).toContain(';; connection timed out; no servers could be reached');
    expect(o.curlCa).toMatch(/curl: \(28\) Resolving timed out after 3001 milliseconds/);
    expect(o.log).toContain('i/o timeout');
  },
  'cloud-unreachable': (o) => {
    expect(o.nslookup).toContain('Non-authoritative answer:');
    expect(o.curlCa).toContain('curl: (28) Connection timed out after 3001 milliseconds');
    expect(o.lsof).toMatch(/:https \(SYN_SENT\)/);
    expect(o.log).toMatch(/events:connectWebSocket\] dial tcp [\d.]+:443: connect: connection timed out/);
  },
  'cloud-unreachable-refused': (o) => {
    expect(o.curlCa).toContain('curl: (7) Failed to connect to api-sse.cisco.com port 443: Connection refused');
    expect(o.log).toContain('connection refused');
  },
  'cloud-unreachable-reset': (o) => {
    expect(o.curlCa).toContain('curl: (35) Unknown SSL protocol error in connection to api-sse.cisco.com:443');
    expect(o.log).toContain('connection reset by peer');
  },
  'tls-interception': (o) => {
    expect(o.curlCa).toContain('curl: (60) SSL certificate problem: self signed certificate in certificate chain');
    expect(o.curlK).toContain('issuer: C=US; O=Example Corp; OU=Network Security; CN=Example Corp SSL Inspection CA');
    expect(o.curlK).toContain('< HTTP/1.1 403 Forbidden');
    expect(o.log).toContain('x509: certificate signed by unknown authority');
  },
  'connector-misconfigured': (o) => {
    expect(o.props).toContain('connector_fqdn=api.eu.sse.itd.cisco.com');
    expect(o.curlCa).toContain('< HTTP/1.1 403 Forbidden');
    expect(o.context).toContain('"registered":false');
    expect(o.lsof).not.toContain('ESTABLISHED) ');
    expect(o.log).toContain('401 Unauthorized');
  },
  'connector-misconfigured-port': (o) => {
    expect(o.props).toContain('connector_port=8990');
    expect(o.lsof).toContain('localhost:8990 (LISTEN)');
    expect(o.context).toContain('curl: (7) Failed to connect to localhost port 8989: Connection refused');
  },
  'connector-not-running': (o) => {
    expect(o.pmtool).toContain('SSEConnector (normal) - User Disabled');
    expect(o.lsof).not.toContain('LISTEN');
    expect(o.context).toContain('curl: (7) Failed to connect to localhost port 8989: Connection refused');
    expect(o.netstat).not.toContain('CONNECTED');
  },
  'connector-ipc-broken': (o) => {
    expect(o.netstat).toMatch(/STREAM +LISTENING .*EventHandler_SSEConnector\.sock/);
    expect(o.netstat).not.toContain('CONNECTED');
    expect(o.pmtool).toMatch(/Running \d+/);
    expect(o.log).toContain('ZeroMQ PUSH endpoint');
    expect(o.log).toContain('EventHandler_SSEConnector.sock: connect: no such file or directory');
  },
  'device-not-registered': (o) => {
    expect(o.showManagers).toContain('Registration              : Pending');
    expect(o.context).toContain('"registered":false');
    expect(o.lsof).not.toContain('ESTABLISHED');
    expect(o.log).toContain('level=warning');
  },
  'device-not-registered-no-manager': (o) => {
    expect(o.showManagers).toContain('No managers configured.');
    expect(o.context).toContain('"registered":false');
  },
  'clock-not-synchronized': (o) => {
    expect(o.showNtp).toContain('Status : Unreachable');
    expect(Number(/UTC (\d{4})/.exec(o.date)?.[1])).toBeLessThan(new Date().getUTCFullYear());
    expect(o.curlCa).toContain('curl: (60) SSL certificate problem: certificate is not yet valid');
    expect(o.curlK).toContain('HydrantID');
    expect(o.log).toContain('x509: certificate has expired or is not yet valid');
  },
  'proxy-interference': (o) => {
    expect(o.showNetwork).toMatch(/Proxy Information ]=+\r\nState {21}: Enabled/);
    expect(o.curlCa).toContain('curl: (56) Received HTTP code 407 from proxy after CONNECT');
    expect(o.log).toContain('proxyconnect tcp');
  },
  'proxy-interference-unreachable': (o) => {
    expect(o.curlCa).toContain('curl: (28) Connection timed out after 3001 milliseconds');
    expect(o.curlCa).toContain('Trying 10.1.1.100...');
    expect(o.log).toContain('proxyconnect tcp: dial tcp 10.1.1.100:3128');
  },
};

describe('every scenario, every check command (FTD, US)', () => {
  it('has checks for every scenario', () => {
    expect(Object.keys(CHECKS).sort()).toEqual(SCENARIOS.map((s) => s.id).sort());
  });

  for (const scenario of SCENARIOS)
    it(`${scenario.id}`, async () => {
      CHECKS[scenario.id]?.(await collect({ scenario: scenario.id }));
    });
});

describe('regions and FMC', () => {
  for (const region of ['eu', 'apj'] as Region[])
    it(`healthy in ${region} uses the region's API host`, async () => {
      const api = apiHost(region);
      healthyChecks(await collect({ scenario: 'healthy', region }), api);
    });

  it('FMC 7.4 healthy speaks curl 7.88 and BIND 9.18', async () => {
    const o = await collect({ scenario: 'healthy', deviceType: 'fmc' });
    expect(o.curlCa).toContain('*  SSL certificate verify ok.');
    expect(o.curlCa).toContain('> User-Agent: curl/7.88.1');
    expect(o.showManagers).toContain('Syntax error');
  });

  it('FMC 7.4 without DNS: BIND 9.18 and curl 7.88 wording', async () => {
    const o = await collect({ scenario: 'dns-not-configured', deviceType: 'fmc', region: 'apj' });
    expect(o.nslookup).toContain(';; no servers could be reached');
    expect(o.curlCa).toContain('curl: (6) Could not resolve host: api.apj.sse.itd.cisco.com');
  });

  it('FMC cloud-unreachable in EU: curl 7.88 connect timeout and SYN_SENT to the EU eventing host', async () => {
    const o = await collect({ scenario: 'cloud-unreachable', deviceType: 'fmc', region: 'eu' });
    expect(o.curlCa).toContain(
      'curl: (28) Failed to connect to api.eu.sse.itd.cisco.com port 443 after 3001 ms: Timeout was reached',
    );
    expect(o.lsof).toMatch(/->ec2-[\d-]+\.eu-central-1\.compute\.amazonaws\.com:https \(SYN_SENT\)/);
  });
});
