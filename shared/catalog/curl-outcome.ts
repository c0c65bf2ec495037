import { message, type Message } from '../i18n/message';
import type { CauseId } from '../model/cause';
import type { CurlOutcome } from '../parsers/curl-verbose';
import { excerpt, unreadableMessage } from './verdict-kit';

/**
 * What one `curl -v https://HOST` says about the path to the cloud, in the classes of PRODUCT.md's
 * cloud.https row: could not resolve → dns-resolution-failed; no SYN-ACK, refused, reset or no route →
 * cloud-unreachable; a certificate failure is decided by the caller (it needs the `-k` retry); a failing HTTP
 * proxy → proxy-interference (CSCvs05084). An HTTP answer of any status is a working connection (guide 000:
 * "403 Forbidden … 연결을 검증할 수 있습니다").
 */
export type CurlClass =
  | { readonly kind: 'answered'; readonly line: Message }
  | { readonly kind: 'failed'; readonly line: Message; readonly cause?: CauseId }
  | { readonly kind: 'certificate'; readonly outcome: Extract<CurlOutcome, { kind: 'cert-verify-failed' }> }
  | { readonly kind: 'unreadable'; readonly line: Message };

/** A class that needs nothing more to be decided. */
export type SettledCurlClass = Exclude<CurlClass, { kind: 'certificate' }>;

const failed = (
  key: Parameters<typeof message>[0],
  params: Record<string, string | number>,
  cause?: CauseId,
): SettledCurlClass => ({
  kind: 'failed',
  line: message(key, params),
  ...(cause ? { cause } : {}),
});

/** Classifies one curl outcome for `host` (the command text names it for unreadable output). */
export const classifyCurl = (host: string, command: string, outcome: CurlOutcome): CurlClass => {
  switch (outcome.kind) {
    case 'http-answer':
      return { kind: 'answered', line: message('verdict.curl.answered', { host, status: outcome.status }) };
    case 'resolve-failed':
      return failed('verdict.curl.resolve', { host }, 'dns-resolution-failed');
    // The address curl tried is named: behind a proxy set in the environment it is the proxy's (old curl does
    // not say it used one), which the admin recognises from network.proxy.
    case 'connect-timeout':
      return outcome.addresses[0]
        ? failed('verdict.curl.connectTimeoutAt', { host, address: outcome.addresses[0] }, 'cloud-unreachable')
        : failed('verdict.curl.connectTimeout', { host }, 'cloud-unreachable');
    case 'response-timeout':
      return failed('verdict.curl.responseTimeout', { host }, 'cloud-unreachable');
    case 'refused':
      return outcome.addresses[0]
        ? failed('verdict.curl.refusedAt', { host, address: outcome.addresses[0] }, 'cloud-unreachable')
        : failed('verdict.curl.refused', { host }, 'cloud-unreachable');
    case 'network-unreachable':
      return failed('verdict.curl.noRoute', { host }, 'cloud-unreachable');
    case 'reset':
      return failed('verdict.curl.reset', { host, detail: excerpt(outcome.message) }, 'cloud-unreachable');
    case 'tls-handshake-failed':
      // Something in the path broke the handshake (an alert, an old protocol): the session cannot be set up.
      return failed('verdict.curl.tls', { host, detail: excerpt(outcome.message) }, 'cloud-unreachable');
    case 'proxy-failed':
      return failed('verdict.curl.proxy', { host, detail: excerpt(outcome.message) }, 'proxy-interference');
    case 'cert-verify-failed':
      return { kind: 'certificate', outcome };
    case 'unrecognized':
      return {
        kind: 'unreadable',
        line: message('verdict.curl.unreadable', { host, detail: unreadableMessage(command, outcome) }),
      };
  }
};

/**
 * Issuers of the certificates Cisco's SSE hosts present: HydrantID (guide 000/004's `-k` output: "O=HydrantID
 * (Avalanche Cloud Corporation); CN=HydrantID SSL ICA G2"), IdenTrust (which owns HydrantID and signs its
 * newer intermediates), and, inferred, the other public CAs of Cisco's own certificates. A chain that `-k`
 * shows signed by anyone else was re-signed in the path: TLS inspection.
 */
const CISCO_CLOUD_ISSUERS = /HydrantID|IdenTrust|DigiCert|QuoVadis|O=Cisco Systems/i;

export const isCiscoCloudIssuer = (issuer: string): boolean => CISCO_CLOUD_ISSUERS.test(issuer);

/** The issuer's common name (or the whole issuer when it has none), for explanations. */
export const issuerName = (issuer: string): string =>
  /CN\s*=\s*([^;,/]+)/.exec(issuer)?.[1]?.trim() ?? excerpt(issuer, 80);

/** Certificate problems that mean the dates, not the signer, are wrong — usually the device clock. */
export const isValidityProblem = (reason: string): boolean => reason === 'expired' || reason === 'not-yet-valid';

/**
 * A certificate verify failure with connectorCA.pem, decided with the `-k` retry (guide 000: "다음 명령을
 * 사용하여 인증서 검사를 우회할 수 있습니다"): expired / not yet valid → the clock (PRODUCT.md ranking); the
 * CA file unusable → a device problem, no cloud cause; `-k` answers and the chain is not Cisco's → TLS
 * interception; `-k` answers with Cisco's own chain → the bundle does not match, named without guessing a cause.
 */
export const classifyCertificate = (
  host: string,
  first: Extract<CurlOutcome, { kind: 'cert-verify-failed' }>,
  retry: CurlOutcome | undefined,
): SettledCurlClass => {
  const detail = excerpt(first.detail);
  if (isValidityProblem(first.reason))
    return failed('verdict.curl.certValidity', { host, detail }, 'clock-not-synchronized');
  if (first.reason === 'ca-file-problem') return failed('verdict.curl.certCaFile', { host, detail });
  if (!retry || retry.kind !== 'http-answer') {
    const why =
      retry === undefined
        ? message('verdict.curl.notRetried')
        : retry.kind === 'unrecognized'
          ? message('verdict.curl.retryUnreadable')
          : message('verdict.curl.retryFailed', { detail: excerpt(retry.message) });
    return { kind: 'failed', line: message('verdict.curl.certUnsettled', { host, detail, why }) };
  }
  const issuer = retry.tls?.certificate?.issuer ?? first.issuer;
  if (issuer === undefined)
    return failed('verdict.curl.certInterceptedUnknownIssuer', { host, detail }, 'tls-interception');
  if (isCiscoCloudIssuer(issuer))
    return failed('verdict.curl.certCiscoIssuer', { host, detail, issuer: issuerName(issuer) });
  return failed('verdict.curl.certIntercepted', { host, detail, issuer: issuerName(issuer) }, 'tls-interception');
};
