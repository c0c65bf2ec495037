import { message } from '../../i18n/message';
import { parseShowNetwork } from '../../parsers/show-network';
import { SHOW_NETWORK } from '../commands';
import { textOf } from '../outputs';
import type { CheckDefinition } from '../types';
import { unreadable } from '../verdict-kit';

/** Guide 004, option 1, step 2: `> configure network dns servers dns_ip_addresses` (the action applies it). */
export const DNS_REMEDY_COMMAND = 'configure network dns servers <dns_ip_addresses>';

/**
 * CLISH `show network`: at least one DNS server (guide 004, option 1 "DNS 구성 누락"). Without one the device
 * resolves no cloud name at all: `dns-not-configured`, fixed by the `set-dns-servers` action. 6.x prints no
 * `DNS Servers` line at all when none is set (device-facts §1.3); a cut-off output is inconclusive, never
 * read as "no servers".
 */
export const dnsServers: CheckDefinition = {
  id: 'dns.servers',
  kind: 'probe',
  stage: 'dns',
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'clish',
  dependsOn: ['ssh.connect'],
  commands: () => [SHOW_NETWORK],
  evaluate: (outputs) => {
    const network = parseShowNetwork(textOf(outputs, SHOW_NETWORK));
    if (network.kind === 'unrecognized') return unreadable(SHOW_NETWORK.command, network);
    if (network.dns.state === 'configured') {
      return {
        status: 'pass',
        explanation: message('checks.dns.servers.verdict.configured', { servers: network.dns.servers.join(', ') }),
      };
    }
    return {
      status: 'fail',
      explanation: message(
        network.dns.why === 'line-absent' ? 'checks.dns.servers.verdict.noLine' : 'checks.dns.servers.verdict.none',
      ),
      supports: ['dns-not-configured'],
      remedy: { text: message('checks.dns.servers.remedy'), command: DNS_REMEDY_COMMAND, actionId: 'set-dns-servers' },
    };
  },
};
