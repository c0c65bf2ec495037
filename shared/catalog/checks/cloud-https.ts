import { message, type Message } from '../../i18n/message';
import type { CauseId } from '../../model/cause';
import { parseCurlVerbose } from '../../parsers/curl-verbose';
import type { Unrecognized } from '../../parsers/unrecognized';
import { curlInsecure, curlVerified } from '../commands';
import { classifyCertificate, classifyCurl, isValidityProblem, type SettledCurlClass } from '../curl-outcome';
import { outputOf, textOf } from '../outputs';
import { REGION_HOSTS } from '../regions';
import type { CheckDefinition, CommandOutput, Verdict } from '../types';
import { groupBySubject, listOf, regionName, unreadable } from '../verdict-kit';

/** A certificate failure worth a `-k` retry: not the dates (the clock), not the CA file (a device problem). */
const needsRetry = (output: string): boolean => {
  const outcome = parseCurlVerbose(output);
  return (
    outcome.kind === 'cert-verify-failed' && !isValidityProblem(outcome.reason) && outcome.reason !== 'ca-file-problem'
  );
};

interface HostResult {
  readonly seen: SettledCurlClass;
  readonly unread?: { readonly command: string; readonly why: Unrecognized };
}

const hostResult = (host: string, outputs: readonly CommandOutput[]): HostResult => {
  const spec = curlVerified(host);
  const outcome = parseCurlVerbose(textOf(outputs, spec));
  const seen = classifyCurl(host, spec.command, outcome);
  if (seen.kind === 'certificate') {
    const retry = outputOf(outputs, curlInsecure(host));
    return { seen: classifyCertificate(host, seen.outcome, retry ? parseCurlVerbose(retry.output) : undefined) };
  }
  return outcome.kind === 'unrecognized' ? { seen, unread: { command: spec.command, why: outcome } } : { seen };
};

/** One remedy per verdict: the proxy first (it explains the rest, CSCvs05084), then TLS inspection, then the path. */
const remedyFor = (causes: readonly CauseId[], hosts: string): Verdict['remedy'] => {
  if (causes.includes('proxy-interference')) {
    return { text: message('checks.network.proxy.remedy'), command: 'configure network http-proxy' };
  }
  if (causes.includes('tls-interception'))
    return { text: message('checks.cloud.https.remedy.interception', { hosts }) };
  if (causes.includes('cloud-unreachable')) return { text: message('checks.cloud.https.remedy.allow', { hosts }) };
  return undefined;
};

/**
 * Root `curl -v --cacert /ngfw/etc/ssl/connectorCA.pem https://HOST` to every host of the region, all at once,
 * each bounded by `--connect-timeout 5 -m 10` (guide 000, "FMC/FTD와 SSE 포털 간의 연결 확인"). Any HTTP answer —
 * 403 Forbidden is the normal one — with "Connection #0 … left intact" is a working path. Failures are
 * classified per host (curl-outcome.ts); a certificate the bundle rejects is fetched again with `-k`: passing
 * then, with an issuer that is not Cisco's CA, is TLS interception. The explanation lists every host's outcome.
 */
export const cloudHttps: CheckDefinition = {
  id: 'cloud.https',
  kind: 'probe',
  stage: 'cloud',
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'root',
  dependsOn: ['device.privilege'],
  commands: (env) => REGION_HOSTS[env.region].map(curlVerified),
  followUp: (first, env) =>
    REGION_HOSTS[env.region].filter((host) => needsRetry(textOf(first, curlVerified(host)))).map(curlInsecure),
  evaluate: (outputs, env) => {
    const hosts = REGION_HOSTS[env.region];
    const results = hosts.map((host) => hostResult(host, outputs));
    const region = regionName(env.region);
    const lines: Message[] = results.map((r) => r.seen.line);
    const failedHosts = hosts.filter((_, i) => results[i]?.seen.kind === 'failed');
    const causes = [
      ...new Set(results.flatMap((r) => (r.seen.kind === 'failed' && r.seen.cause ? [r.seen.cause] : []))),
    ];
    if (failedHosts.length > 0) {
      const remedy = remedyFor(causes, failedHosts.join(', '));
      return {
        status: 'fail',
        explanation: message('checks.cloud.https.verdict.failed', {
          region,
          count: failedHosts.length,
          total: hosts.length,
          hosts: listOf(groupBySubject(lines, 'host')),
        }),
        ...(causes.length > 0 ? { supports: causes } : {}),
        ...(remedy ? { remedy } : {}),
      };
    }
    const unread = results.filter((r) => r.unread !== undefined);
    const first = unread[0]?.unread;
    if (first && unread.length === results.length) return unreadable(first.command, first.why);
    if (unread.length > 0) {
      return {
        status: 'inconclusive',
        explanation: message('checks.cloud.https.verdict.partly', {
          region,
          hosts: listOf(groupBySubject(lines, 'host')),
        }),
      };
    }
    return {
      status: 'pass',
      explanation: message('checks.cloud.https.verdict.reached', {
        region,
        hosts: listOf(groupBySubject(lines, 'host')),
      }),
    };
  },
};
