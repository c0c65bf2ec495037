import { describe, expect, it } from 'vitest';
import { cloudHttps } from '../../../../shared/catalog/checks/cloud-https';
import { REGION_HOSTS } from '../../../../shared/catalog/regions';
import type { CommandSpec } from '../../../../shared/catalog/types';
import { env, fixture, runCheck, say, type Answer } from '../../../helpers/check-harness';

const verified = (host: string) =>
  `curl -v --cacert /ngfw/etc/ssl/connectorCA.pem --connect-timeout 5 -m 10 https://${host}`;
const insecure = (host: string) => `curl -v -k --connect-timeout 5 -m 10 https://${host}`;

const OK = fixture('common/curl-v/real-cacert-verify-ok-403');

/** Every host answers 403 (the cloud's normal answer) unless the test says otherwise, by command. */
const cloud =
  (special: Readonly<Record<string, Answer>> = {}) =>
  (spec: CommandSpec): Answer | undefined =>
    special[spec.command] ?? (spec.command.includes(' -k ') ? undefined : OK);

describe('cloud.https (curl -v --cacert connectorCA.pem to every host of the region)', () => {
  it('probes the five hosts of the region at once, bounded, and passes on HTTP answers', () => {
    const run = runCheck(cloudHttps, cloud());
    expect(run.commands).toEqual(REGION_HOSTS.us.map(verified));
    expect(run.verdict.status).toBe('pass');
    expect(say(run.verdict.explanation)).toBe(
      'Every cloud host of the US region answers over HTTPS with a verified certificate: api-sse.cisco.com, est.sco.cisco.com, mx01.sse.itd.cisco.com, dex.sse.itd.cisco.com, eventing-ingest.sse.itd.cisco.com: answered HTTP 403, so the connection works.',
    );
    expect(say(run.verdict.explanation, 'ko')).toContain('HTTP 403 응답');
  });

  it('uses the APJ hosts for the APJ region, and accepts old curl 7.44 and NSS wording', () => {
    const run = runCheck(
      cloudHttps,
      cloud({ [verified('api.apj.sse.itd.cisco.com')]: fixture('common/curl-v/nss-7-29-k-403') }),
      env({ region: 'apj' }),
    );
    expect(run.commands).toEqual(REGION_HOSTS.apj.map(verified));
    expect(run.verdict.status).toBe('pass');
  });

  it('classifies resolve failures as dns-resolution-failed and timeouts, refusals, resets as cloud-unreachable', () => {
    const run = runCheck(
      cloudHttps,
      cloud({
        [verified('api-sse.cisco.com')]: { output: fixture('common/curl-v/seed-004-couldnt-resolve'), exitCode: 6 },
        [verified('est.sco.cisco.com')]: { output: fixture('common/curl-v/real-connect-timeout'), exitCode: 28 },
        [verified('mx01.sse.itd.cisco.com')]: { output: fixture('common/curl-v/real-refused'), exitCode: 7 },
        [verified('dex.sse.itd.cisco.com')]: { output: fixture('common/curl-v/real-reset-during-tls'), exitCode: 35 },
      }),
    );
    expect(run.verdict.status).toBe('fail');
    expect(run.verdict.supports).toEqual(['dns-resolution-failed', 'cloud-unreachable']);
    const text = say(run.verdict.explanation);
    expect(text).toMatch(
      /^4 of 5 cloud hosts of the US region cannot be used over HTTPS: api-sse\.cisco\.com: the name does not resolve; est\.sco\.cisco\.com: 10\.255\.0\.1 does not answer the connection attempt/,
    );
    expect(text).toMatch(/mx01\.sse\.itd\.cisco\.com: 127\.0\.0\.\d+ refused the connection/);
    expect(text).toContain('eventing-ingest.sse.itd.cisco.com: answered HTTP 403');
    expect(say(run.verdict.remedy!.text)).toContain('by name rather than by address');
  });

  it('retries a certificate failure with -k: a foreign issuer is tls-interception', () => {
    const run = runCheck(
      cloudHttps,
      cloud({
        [verified('mx01.sse.itd.cisco.com')]: {
          output: fixture('common/curl-v/real-self-signed-in-chain-cacert'),
          exitCode: 60,
        },
        [insecure('mx01.sse.itd.cisco.com')]: fixture('common/curl-v/real-self-signed-in-chain-k-403'),
      }),
    );
    expect(run.commands).toEqual([...REGION_HOSTS.us.map(verified), insecure('mx01.sse.itd.cisco.com')]);
    expect(run.verdict).toMatchObject({ status: 'fail', supports: ['tls-interception'] });
    expect(say(run.verdict.explanation)).toContain('issued by “Corp SSL Inspection CA”, not by Cisco’s CA');
    expect(say(run.verdict.remedy!.text)).toContain('SSL/TLS decryption');
  });

  it('does not call Cisco’s own chain interception (guide 000’s HydrantID issuer)', () => {
    const run = runCheck(
      cloudHttps,
      cloud({
        [verified('api-sse.cisco.com')]: { output: fixture('common/curl-v/openssl-7-44-unknown-issuer'), exitCode: 60 },
        [insecure('api-sse.cisco.com')]: fixture('common/curl-v/seed-000-api-sse-k-403'),
      }),
    );
    expect(run.verdict.status).toBe('fail');
    expect(run.verdict.supports).toBeUndefined();
    expect(say(run.verdict.explanation)).toContain('“HydrantID S SL ICA G2”, a CA Cisco uses');
  });

  it('names the clock for expired / not-yet-valid certificates, without a -k retry', () => {
    const run = runCheck(
      cloudHttps,
      cloud({
        [verified('dex.sse.itd.cisco.com')]: {
          output: fixture('common/curl-v/real-not-yet-valid-cacert'),
          exitCode: 60,
        },
      }),
    );
    expect(run.commands).toHaveLength(5);
    expect(run.verdict).toMatchObject({ status: 'fail', supports: ['clock-not-synchronized'] });
  });

  it('names a failing proxy as proxy-interference, and a missing CA file without blaming the cloud', () => {
    const proxy = runCheck(
      cloudHttps,
      cloud({ [verified('api-sse.cisco.com')]: { output: fixture('common/curl-v/real-proxy-env-407'), exitCode: 56 } }),
    );
    expect(proxy.verdict).toMatchObject({ status: 'fail', supports: ['proxy-interference'] });
    const ca = runCheck(
      cloudHttps,
      cloud({
        [verified('est.sco.cisco.com')]: { output: fixture('common/curl-v/real-cafile-missing'), exitCode: 77 },
      }),
    );
    expect(ca.commands).toHaveLength(5);
    expect(ca.verdict.status).toBe('fail');
    expect(ca.verdict.supports).toBeUndefined();
  });

  it('is inconclusive when an output is cut off or not curl at all, and nothing failed', () => {
    const run = runCheck(
      cloudHttps,
      cloud({
        [verified('est.sco.cisco.com')]: { output: fixture('common/curl-v/trying-only-cut-off'), exitCode: null },
      }),
    );
    expect(run.verdict.status).toBe('inconclusive');
    expect(
      runCheck(cloudHttps, cloud({ [verified('dex.sse.itd.cisco.com')]: 'garbage \u0000\u00ff' })).verdict.status,
    ).toBe('inconclusive');
  });

  it('is an error when curl is not on the device', () => {
    const run = runCheck(cloudHttps, () => ({ output: fixture('common/curl-v/command-not-found'), exitCode: 127 }));
    expect(run.verdict.status).toBe('error');
  });
});
