import { message, type Message } from '../../i18n/message';
import { parseNslookup, type NslookupFailure } from '../../parsers/nslookup';
import type { Unrecognized } from '../../parsers/unrecognized';
import { nslookup, NSLOOKUP_TIMEOUT_S } from '../commands';
import { outputOf } from '../outputs';
import { apiHost, EXTRA_DNS_NAMES } from '../regions';
import type { CheckDefinition, CheckEnv, Verdict } from '../types';
import { DNS_REMEDY_COMMAND } from './dns-servers';
import { groupBySubject, listOf, unreadable, unreadableMessage } from '../verdict-kit';

/** The names PRODUCT.md resolves: the region's API host, then the AMP / Threat Grid names of guide 004. */
export const namesToResolve = (env: CheckEnv): readonly string[] => [apiHost(env.region), ...EXTRA_DNS_NAMES];

const FAILURE_KEYS = {
  nxdomain: 'checks.dns.resolve.why.nxdomain',
  servfail: 'checks.dns.resolve.why.servfail',
  refused: 'checks.dns.resolve.why.refused',
  'no-answer': 'checks.dns.resolve.why.noAnswer',
  timeout: 'checks.dns.resolve.why.timeout',
  'communications-error': 'checks.dns.resolve.why.communicationsError',
  'cannot-resolve': 'checks.dns.resolve.why.cannotResolve',
} as const satisfies Record<NslookupFailure, string>;

type Lookup =
  | { readonly kind: 'resolved'; readonly line: Message }
  | { readonly kind: 'failed'; readonly line: Message }
  | { readonly kind: 'unreadable'; readonly line: Message; readonly command: string; readonly why: Unrecognized };

/**
 * Root `nslookup` of each name, all at once and each stopped after 10 s on the device (guide 004: "nslookup
 * api-sse.cisco.com <-- To discard any DNS error", and the AMP names under "서버 호스트 이름에 nslookup 적용").
 * Any name that does not resolve is `dns-resolution-failed`, naming the names and why. Skipped when dns.servers
 * found no DNS server (it has already said why every lookup fails), but not when it could not tell — an FMC
 * whose CLISH is off cannot `show network`, and nslookup still answers the question.
 */
export const dnsResolve: CheckDefinition = {
  id: 'dns.resolve',
  kind: 'probe',
  stage: 'dns',
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'root',
  dependsOn: ['device.privilege'],
  skipIfFailed: ['dns.servers'],
  commands: (env) => namesToResolve(env).map(nslookup),
  evaluate: (outputs, env): Verdict => {
    const lookups = namesToResolve(env).map((name): Lookup => {
      const spec = nslookup(name);
      const output = outputOf(outputs, spec);
      const result = parseNslookup(output?.output ?? '');
      if (result.kind === 'resolved') {
        const addresses = result.addresses.map((a) => a.address).join(', ');
        return { kind: 'resolved', line: message('checks.dns.resolve.line.resolved', { name, addresses }) };
      }
      if (result.kind === 'failed') {
        const server = result.server?.address ?? '?';
        return {
          kind: 'failed',
          line: message('checks.dns.resolve.line.failed', {
            name,
            why: message(FAILURE_KEYS[result.failure], { server }),
          }),
        };
      }
      if (output?.exitCode === 124) {
        // `timeout` stopped nslookup before it printed anything decisive: no answer within the limit.
        return {
          kind: 'failed',
          line: message('checks.dns.resolve.line.failed', {
            name,
            why: message('checks.dns.resolve.why.stopped', { seconds: NSLOOKUP_TIMEOUT_S }),
          }),
        };
      }
      return {
        kind: 'unreadable',
        line: message('checks.dns.resolve.line.unreadable', { name, detail: unreadableMessage(spec.command, result) }),
        command: spec.command,
        why: result,
      };
    });
    const failed = lookups.filter((l) => l.kind === 'failed');
    const unread = lookups.filter((l) => l.kind === 'unreadable');
    if (failed.length > 0) {
      return {
        status: 'fail',
        explanation: message('checks.dns.resolve.verdict.failed', {
          count: failed.length,
          total: lookups.length,
          names: listOf(
            groupBySubject(
              failed.map((l) => l.line),
              'name',
            ),
          ),
        }),
        supports: ['dns-resolution-failed'],
        remedy: {
          text: message('checks.dns.resolve.remedy'),
          command: DNS_REMEDY_COMMAND,
          actionId: 'set-dns-servers',
        },
      };
    }
    const [firstUnread] = unread;
    if (firstUnread?.kind === 'unreadable' && unread.length === lookups.length) {
      return unreadable(firstUnread.command, firstUnread.why);
    }
    if (unread.length > 0) {
      return {
        status: 'inconclusive',
        explanation: message('checks.dns.resolve.verdict.partly', { names: listOf(lookups.map((l) => l.line)) }),
      };
    }
    return {
      status: 'pass',
      explanation: message('checks.dns.resolve.verdict.resolved', { names: listOf(lookups.map((l) => l.line)) }),
    };
  },
};
