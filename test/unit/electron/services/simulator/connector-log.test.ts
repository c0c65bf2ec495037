import { describe, expect, it } from 'vitest';
import { device } from '../../../../helpers/sim-shell';

/** The last lines of connector.log per scenario, in the logrus shape of seed 000. */
const tail = async (scenario: string, options: Parameters<typeof device>[0] = {}) => {
  const { stdout } = await device({ scenario, ...options }).run('tail -n 4 /ngfw/var/log/connector/connector.log');
  return stdout;
};

const LOGRUS =
  /^time="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z" level=(info|warning|error) msg="\[firepower\]\[[^\]]+\] .*"$/;

describe('connector.log', () => {
  it('is logrus text lines throughout', async () => {
    const { stdout } = await device({ scenario: 'healthy' }).run('cat /ngfw/var/log/connector/connector.log');
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(400);
    for (const line of lines) expect(line).toMatch(LOGRUS);
  });

  it('is healthy info lines on a healthy device', async () => {
    const text = await tail('healthy');
    expect(text).not.toMatch(/level=error/);
    expect(text).toMatch(/level=info .*heartbeat/);
  });

  it('repeats the seed-000 connectWebSocket timeout when the cloud is blackholed', async () => {
    expect(await tail('cloud-unreachable', { device: { version: '6.6.0', build: '90' } })).toMatch(
      /level=error msg="\[firepower\]\[events.go:90 events:connectWebSocket\] dial tcp (18\.205\.49\.246|100\.25\.93\.234|35\.172\.147\.246):443: getsockopt: connection timed out"/,
    );
    expect(await tail('cloud-unreachable')).toMatch(
      /connectWebSocket\] dial tcp [\d.]+:443: connect: connection timed out/,
    );
  });

  it('shows the ZeroMQ PUSH / EventHandler_SSEConnector.sock error when the IPC is broken', async () => {
    expect(await tail('connector-ipc-broken')).toMatch(
      /\(\*Service\)\.Start\] Unable to connect to ZeroMQ PUSH endpoint: unable to dial \\"ipc:\/\/\/ngfw\/var\/sf\/run\/EventHandler_SSEConnector\.sock\\": dial unix \/ngfw\/var\/sf\/run\/EventHandler_SSEConnector\.sock: connect: no such file or directory\\n"/,
    );
  });

  it('names x509, lookup and proxyconnect failures', async () => {
    expect(await tail('tls-interception')).toMatch(/x509: certificate signed by unknown authority/);
    expect(await tail('clock-not-synchronized')).toMatch(/x509: certificate has expired or is not yet valid/);
    expect(await tail('dns-resolution-failed')).toMatch(
      /lookup eventing-ingest\.sse\.itd\.cisco\.com on 10\.25\.0\.1:53: no such host/,
    );
    expect(await tail('dns-not-configured')).toMatch(
      /lookup eventing-ingest\.sse\.itd\.cisco\.com on \[::1\]:53: .*connection refused/,
    );
    expect(await tail('proxy-interference')).toMatch(/proxyconnect tcp: 10\.1\.1\.100:3128 answered CONNECT with 407/);
    expect(await tail('proxy-interference-unreachable')).toMatch(
      /proxyconnect tcp: dial tcp 10\.1\.1\.100:3128: connect: connection timed out/,
    );
  });

  it('logs registration trouble when the device is not registered or points at another region', async () => {
    expect(await tail('device-not-registered')).toMatch(
      /level=warning .*registration:waitForToken\] device is not registered with SSE/,
    );
    expect(await tail('connector-misconfigured')).toMatch(
      /registration failed: POST https:\/\/api\.eu\.sse\.itd\.cisco\.com\/.* 401 Unauthorized/,
    );
  });

  it('ends with the shutdown when the connector was disabled', async () => {
    expect(await tail('connector-not-running')).toMatch(
      /received signal terminated, shutting down[\s\S]*SSE Connector stopped"\n$/,
    );
  });

  it('uses the region hosts of EU and APJ', async () => {
    expect(await tail('cloud-unreachable', { region: 'eu' })).toMatch(/dial tcp (18\.157\.23\.102|3\.64\.12\.77):443/);
    expect(await tail('healthy', { region: 'apj' })).toMatch(/api\.apj\.sse\.itd\.cisco\.com/);
  });
});
