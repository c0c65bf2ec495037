import { describe, expect, it } from 'vitest';
import { parseCurlVerbose, type CurlOutcome } from '../../../../shared/parsers/curl-verbose';
import { itParsesEveryFixture } from '../../../helpers/parser-fixtures';
import { fuzzParser } from '../../../helpers/parser-fuzz';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The class each fixture was captured (or written) to show: kind, then the sub-reason where there is one. */
const EXPECTED: Readonly<Record<string, string>> = {
  'seed-000-api-sse-k-403': 'http-answer 403',
  'seed-004-api-sse-k-403': 'http-answer 403',
  'seed-004-couldnt-resolve': 'resolve-failed',
  'seed-004-cloud-sa-truncated': 'unrecognized truncated',
  'real-cacert-verify-ok-403': 'http-answer 403',
  'real-k-403': 'http-answer 403',
  'real-http2-403': 'http-answer 403',
  'real-progress-meter-403': 'http-answer 403',
  'real-proxy-tunnel-403': 'http-answer 403',
  'real-self-signed-k-403': 'http-answer 403',
  'real-self-signed-in-chain-k-403': 'http-answer 403',
  'curl-8-5-http2-403': 'http-answer 403',
  'nss-7-29-k-403': 'http-answer 403',
  'real-resolve-failed': 'resolve-failed',
  'curl-7-29-could-not-resolve': 'resolve-failed',
  'curl-8-x-could-not-resolve': 'resolve-failed',
  'real-connect-timeout': 'connect-timeout',
  'real-connect-timeout-kernel': 'connect-timeout',
  'real-progress-meter-connect-timeout': 'connect-timeout',
  'nss-7-29-connect-timeout': 'connect-timeout',
  'openssl-7-44-connect-timeout-ms': 'connect-timeout',
  'openssl-7-5x-failed-to-connect-timed-out': 'connect-timeout',
  'curl-8-x-timeout-no-verbose': 'connect-timeout',
  'real-response-timeout': 'response-timeout',
  'openssl-7-5x-operation-timed-out': 'response-timeout',
  'real-refused': 'refused',
  'real-proxy-refused': 'refused',
  'nss-7-29-refused': 'refused',
  'curl-8-x-refused-no-verbose': 'refused',
  'real-network-unreachable': 'network-unreachable',
  'real-reset-during-tls': 'reset reset',
  'real-reset-after-request': 'reset reset',
  'real-empty-reply': 'reset closed',
  'nss-7-29-reset': 'reset reset',
  'openssl-7-58-ssl-error-syscall': 'reset reset',
  'real-self-signed-cacert': 'cert-verify-failed self-signed',
  'real-self-signed-in-chain-cacert': 'cert-verify-failed self-signed-in-chain',
  'real-unknown-issuer-cacert': 'cert-verify-failed unknown-issuer',
  'openssl-7-44-unknown-issuer': 'cert-verify-failed unknown-issuer',
  'nss-7-29-unknown-issuer': 'cert-verify-failed unknown-issuer',
  'real-expired-cacert': 'cert-verify-failed expired',
  'real-not-yet-valid-cacert': 'cert-verify-failed not-yet-valid',
  'real-hostname-mismatch': 'cert-verify-failed hostname-mismatch',
  'real-cafile-missing': 'cert-verify-failed ca-file-problem',
  'openssl-7-5x-cafile-problem': 'cert-verify-failed ca-file-problem',
  'real-tls-protocol-mismatch': 'tls-handshake-failed',
  'real-proxy-407': 'proxy-failed auth-required',
  'real-proxy-env-407': 'proxy-failed auth-required',
  'openssl-7-44-proxy-407': 'proxy-failed auth-required',
  'real-proxy-unresolvable': 'proxy-failed resolve',
  'openssl-7-44-couldnt-resolve-proxy': 'proxy-failed resolve',
  'command-not-found': 'unrecognized command-not-found',
  'body-only-no-verbose': 'unrecognized unknown-format',
  'trying-only-cut-off': 'unrecognized truncated',
};

const summary = (r: CurlOutcome): string => {
  switch (r.kind) {
    case 'http-answer':
      return `http-answer ${r.status}`;
    case 'unrecognized':
      return `unrecognized ${r.code}`;
    case 'cert-verify-failed':
      return `${r.kind} ${r.reason}`;
    case 'reset':
      return `${r.kind} ${r.how}`;
    case 'proxy-failed':
      return `${r.kind} ${r.problem}`;
    default:
      return r.kind;
  }
};

describe('parseCurlVerbose (curl -v, 7.29 to 8.x, OpenSSL and NSS)', () => {
  const fixtures = itParsesEveryFixture('curl-v', parseCurlVerbose);
  const parsed = (name: string) => parseCurlVerbose(fixtures.find((f) => f.name === name)?.raw ?? '');

  it('knows what every fixture shows', () => {
    expect(fixtures.map((f) => f.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('classifies %s as it was captured', (name, fixture) => {
    expect(summary(parseCurlVerbose(fixture.raw))).toBe(EXPECTED[name]);
  });

  it('reads guide 004\'s answer: where it connected, the TLS facts, the -k verify result and "left intact"', () => {
    expect(parsed('seed-004-api-sse-k-403')).toMatchObject({
      kind: 'http-answer',
      status: 403,
      statusText: 'Forbidden',
      httpVersion: '1.1',
      leftIntact: true,
      connectedTo: { host: 'api-sse.cisco.com', ip: '52.6.187.110', port: 443 },
      tls: {
        completed: true,
        version: 'TLSv1.2',
        cipher: 'ECDHE-RSA-AES128-GCM-SHA256',
        certificate: {
          issuer: 'C=US; O=HydrantID (Avalanche Cloud Corporation); CN=HydrantID SSL ICA G2',
          startDate: { text: '2019-12-03 20:57:56 GMT', epochMs: Date.UTC(2019, 11, 3, 20, 57, 56) },
        },
        verify: { outcome: 'failed', problem: 'self-signed-in-chain', code: 19, continued: true },
      },
    });
    expect(parsed('seed-000-api-sse-k-403')).toMatchObject({ status: 403, leftIntact: false });
  });

  it('gives the issuer of a certificate -k gets past, to compare with the one --cacert refuses', () => {
    expect(parsed('real-self-signed-in-chain-k-403')).toMatchObject({
      tls: { certificate: { issuer: 'C=US; O=Corp Security; CN=Corp SSL Inspection CA' }, verify: { continued: true } },
    });
    expect(parsed('nss-7-29-unknown-issuer')).toMatchObject({
      issuer: 'CN=Corp SSL Inspection CA,O=Corp Security,C=US',
    });
  });

  it("never takes a proxy's answer to CONNECT for the server's", () => {
    expect(parsed('real-proxy-407')).toMatchObject({
      kind: 'proxy-failed',
      proxyStatus: 407,
      proxy: { connectStatus: 407 },
    });
    expect(parsed('real-proxy-tunnel-403')).toMatchObject({
      kind: 'http-answer',
      status: 403,
      proxy: { connectStatus: 200 },
    });
  });

  it('sees through curl 8.x\'s vague "Couldn\'t connect to server" using the verbose errno line', () => {
    expect(parsed('real-connect-timeout-kernel').kind).toBe('connect-timeout');
    expect(parsed('real-refused').kind).toBe('refused');
    expect(parsed('real-network-unreachable').kind).toBe('network-unreachable');
  });

  it('tells a reset during the handshake from one after it', () => {
    expect(parsed('real-reset-during-tls')).toMatchObject({ tlsCompleted: false });
    expect(parsed('real-reset-after-request')).toMatchObject({ tlsCompleted: true });
  });

  it("lists the addresses curl tried, IPv6 included, and 8.x's resolved list", () => {
    expect(parsed('real-http2-403')).toMatchObject({ addresses: ['::1', '127.0.0.14'], httpVersion: '2' });
    expect(parsed('curl-8-5-http2-403')).toMatchObject({ addresses: ['52.4.85.66', '18.234.20.16'] });
  });

  it('still reads a proxy\'s refusal when the output stops after its status line', () => {
    const raw = (fixtures.find((f) => f.name === 'real-proxy-407')?.raw ?? '').split('* CONNECT tunnel failed')[0] ?? '';
    expect(parseCurlVerbose(raw)).toMatchObject({ kind: 'proxy-failed', problem: 'auth-required', proxyStatus: 407 });
  });

  it('reports an answer whose transfer broke afterwards, with the error', () => {
    const text =
      '*   Trying 10.0.0.1:443...\n* Connected to h (10.0.0.1) port 443\n< HTTP/1.1 403 Forbidden\ncurl: (18) transfer closed with 5 bytes remaining to read\n';
    expect(parseCurlVerbose(text)).toMatchObject({ kind: 'http-answer', status: 403, transferError: { code: 18 } });
  });

  fuzzParser<CurlOutcome>({
    parse: parseCurlVerbose,
    fixtures,
    passLooking: (r) => r.kind === 'http-answer',
    evidence: (r) =>
      r.kind === 'http-answer'
        ? [
            new RegExp(`HTTP/${escape(r.httpVersion)}\\s+${r.status}`),
            ...(r.leftIntact ? ['left intact'] : []),
            ...(r.connectedTo ? [`Connected to ${r.connectedTo.host}`] : []),
            ...(r.tls?.verify?.outcome === 'ok' ? ['verify ok'] : []),
          ]
        : [],
  });
});
