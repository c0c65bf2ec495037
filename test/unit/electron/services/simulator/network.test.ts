import { describe, expect, it } from 'vitest';
import { buildDevice } from '../../../../../electron/services/simulator';
import { cloudHost } from '../../../../../electron/services/simulator/cloud-hosts';
import { ALL_CLOUD_HOSTS } from '../../../../../shared/catalog/regions';
import {
  certificateFor,
  connectTcp,
  isIpv4,
  queryDns,
  resolveHost,
  verifyCertificate,
} from '../../../../../electron/services/simulator/network';

describe('network model', () => {
  it('knows an address for every name the catalog ever probes (shared/catalog/regions.ts)', () => {
    for (const name of ALL_CLOUD_HOSTS) expect(cloudHost(name)?.addresses.length, name).toBeGreaterThan(0);
  });

  it('validates IPv4 addresses strictly', () => {
    expect(isIpv4('208.67.222.222')).toBe(true);
    for (const bad of ['256.1.1.1', '1.2.3', '1.2.3.4.5', '01a.2.3.4', '']) expect(isIpv4(bad)).toBe(false);
  });

  it('resolves through the configured DNS, /etc/hosts and IP literals', () => {
    const { state } = buildDevice({ scenario: 'healthy' });
    expect(resolveHost(state, 'api-sse.cisco.com')).toMatchObject({
      kind: 'answer',
      cname: 'api-sse.cisco.com.akadns.net',
      addresses: ['52.6.187.110', '18.234.20.16'],
    });
    expect(resolveHost(state, 'localhost')).toMatchObject({ addresses: ['127.0.0.1'] });
    expect(resolveHost(state, '10.1.2.3')).toMatchObject({ addresses: ['10.1.2.3'] });
    expect(queryDns(state, 'no.such.example')).toEqual({ kind: 'nxdomain' });
  });

  it('has no servers, NXDOMAIN or silence depending on the DNS scenario', () => {
    expect(queryDns(buildDevice({ scenario: 'dns-not-configured' }).state, 'api-sse.cisco.com')).toEqual({
      kind: 'no-servers',
    });
    expect(queryDns(buildDevice({ scenario: 'dns-resolution-failed' }).state, 'api-sse.cisco.com')).toEqual({
      kind: 'nxdomain',
    });
    expect(queryDns(buildDevice({ scenario: 'dns-resolution-failed-timeout' }).state, 'api-sse.cisco.com')).toEqual({
      kind: 'timeout',
    });
  });

  it('connects, drops or refuses per host behaviour; the connector listens on its configured port only', () => {
    expect(connectTcp(buildDevice({ scenario: 'healthy' }).state, '52.6.187.110', 443)).toMatchObject({
      kind: 'connected',
      service: 'cloud',
    });
    expect(connectTcp(buildDevice({ scenario: 'cloud-unreachable' }).state, '52.6.187.110', 443)).toEqual({
      kind: 'timeout',
    });
    expect(connectTcp(buildDevice({ scenario: 'cloud-unreachable-refused' }).state, '52.6.187.110', 443)).toEqual({
      kind: 'refused',
    });
    expect(connectTcp(buildDevice({ scenario: 'healthy' }).state, '127.0.0.1', 8989)).toMatchObject({
      service: 'connector',
    });
    expect(connectTcp(buildDevice({ scenario: 'connector-misconfigured-port' }).state, '127.0.0.1', 8989)).toEqual({
      kind: 'refused',
    });
    expect(connectTcp(buildDevice({ scenario: 'connector-not-running' }).state, '127.0.0.1', 8989)).toEqual({
      kind: 'refused',
    });
  });

  it('verifies certificates like OpenSSL: chain first, then the validity dates against the device clock', () => {
    const { state } = buildDevice({ scenario: 'healthy' });
    const genuine = certificateFor(state, 'api-sse.cisco.com', 'ok');
    const foreign = certificateFor(state, 'api-sse.cisco.com', 'intercepted');
    const now = Date.now();
    expect(verifyCertificate(genuine, 'connector-ca', 'legacy', now)).toEqual({ ok: true });
    expect(verifyCertificate(genuine, 'system', 'legacy', now)).toEqual({ ok: false, code: 19 });
    expect(verifyCertificate(genuine, 'system', 'modern', now)).toEqual({ ok: true });
    expect(verifyCertificate(foreign, 'connector-ca', 'modern', now)).toEqual({ ok: false, code: 19 });
    expect(verifyCertificate(genuine, 'connector-ca', 'legacy', now - 400 * 86_400_000)).toEqual({
      ok: false,
      code: 9,
    });
    expect(verifyCertificate(genuine, 'connector-ca', 'legacy', now + 400 * 86_400_000)).toEqual({
      ok: false,
      code: 10,
    });
  });
});
