import { describe, expect, it } from 'vitest';
import { networkProxy } from '../../../../shared/catalog/checks/network-proxy';
import { env, fixture, runCheck, say, type Answer } from '../../../helpers/check-harness';

const PROXIED = fixture('ftd/show-network/proxy-enabled-with-auth');
const PROBE =
  'curl -v --cacert /ngfw/etc/ssl/connectorCA.pem --connect-timeout 5 -m 10 -x http://10.10.10.1:3128 https://api-sse.cisco.com';

const through = (answer: Answer) => runCheck(networkProxy, { 'show network': PROXIED, [PROBE]: answer });

describe('network.proxy (show network Proxy Information, CSCvs05084)', () => {
  it('passes a disabled proxy without probing anything', () => {
    const run = runCheck(networkProxy, { 'show network': fixture('ftd/show-network/fp1010-7-4-2-three-dns') });
    expect(run.commands).toEqual(['show network']);
    expect(run.verdict.status).toBe('pass');
  });

  it('probes the region API host through an enabled proxy and passes when the cloud answers through it', () => {
    const run = through({ output: fixture('common/curl-v/real-proxy-tunnel-403'), exitCode: 0 });
    expect(run.commands).toEqual(['show network', PROBE]);
    expect(run.verdict.status).toBe('pass');
    expect(say(run.verdict.explanation)).toContain('10.10.10.1:3128');
  });

  it('uses the region API host of EU for the probe', () => {
    const eu = PROBE.replace('api-sse.cisco.com', 'api.eu.sse.itd.cisco.com');
    const run = runCheck(
      networkProxy,
      { 'show network': PROXIED, [eu]: fixture('common/curl-v/real-proxy-tunnel-403') },
      env({ region: 'eu' }),
    );
    expect(run.commands[1]).toBe(eu);
  });

  it('fails a proxy that wants credentials (407) as proxy-interference naming CSCvs05084', () => {
    for (const raw of [fixture('common/curl-v/real-proxy-407'), fixture('common/curl-v/openssl-7-44-proxy-407')]) {
      const v = through({ output: raw, exitCode: 56 }).verdict;
      expect(v).toMatchObject({
        status: 'fail',
        supports: ['proxy-interference'],
        remedy: { command: 'configure network http-proxy' },
      });
      expect(say(v.explanation)).toMatch(/407.*CSCvs05084/);
    }
  });

  it('fails a proxy that refuses or drops the connection: it cannot be reached', () => {
    const refused = through({ output: fixture('common/curl-v/real-proxy-refused'), exitCode: 7 }).verdict;
    expect(refused).toMatchObject({ status: 'fail', supports: ['proxy-interference'] });
    expect(say(refused.explanation)).toContain('cannot be reached');
    const silent = through({
      output:
        '*   Trying 10.10.10.1...\n* Connection timed out after 5001 milliseconds\ncurl: (28) Connection timed out after 5001 milliseconds\n',
      exitCode: 28,
    }).verdict;
    expect(silent).toMatchObject({ status: 'fail', supports: ['proxy-interference'] });
  });

  it('names TLS inspection by the proxy when the certificate through it is not trusted, and the clock when only the dates are wrong', () => {
    const inspected = through({ output: fixture('common/curl-v/real-unknown-issuer-cacert'), exitCode: 60 }).verdict;
    expect(inspected).toMatchObject({ status: 'fail', supports: ['proxy-interference'] });
    const dates = through({ output: fixture('common/curl-v/real-not-yet-valid-cacert'), exitCode: 60 }).verdict;
    expect(dates).toMatchObject({ status: 'fail', supports: ['clock-not-synchronized'] });
  });

  it('says so when the show network of this version has no proxy block', () => {
    const raw = fixture('ftd/show-network/fp1010-7-4-2-three-dns').replace(/=+\[ Proxy Information \][\s\S]*$/, '');
    expect(runCheck(networkProxy, { 'show network': raw }).verdict.status).toBe('info');
  });

  it('never puts an address it cannot validate into a command; warns instead', () => {
    for (const host of ['10.0.0.1;reboot', '$(reboot)', '10.0.0.1 -o /etc/passwd', '`id`']) {
      const raw = PROXIED.replace('10.10.10.1        ', host.padEnd(18));
      const run = runCheck(networkProxy, { 'show network': raw });
      expect(run.commands).toEqual(['show network']);
      expect(run.verdict.status).toBe('warn');
    }
  });

  it('is inconclusive when the probe output is not understood, or show network is cut off', () => {
    expect(through({ output: '*   Trying 10.10.10.1...\n', exitCode: null }).verdict.status).toBe('inconclusive');
    expect(
      runCheck(networkProxy, { 'show network': fixture('ftd/show-network/truncated-in-system-information') }).verdict
        .status,
    ).toBe('inconclusive');
  });

  it('is an error when CLISH refuses show network, or curl is missing', () => {
    expect(
      runCheck(networkProxy, { 'show network': fixture('ftd/show-network/cli-syntax-error') }).verdict.status,
    ).toBe('error');
    expect(through({ output: '-bash: curl: command not found\n', exitCode: 127 }).verdict.status).toBe('error');
  });
});
