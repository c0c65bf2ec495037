import { describe, expect, it } from 'vitest';
import { findAction } from '../../../../shared/catalog/actions';
import { dnsServers } from '../../../../shared/catalog/checks/dns-servers';
import { env, fixture, runCheck, say } from '../../../helpers/check-harness';

const network = (raw: string, e = env()) => runCheck(dnsServers, { 'show network': raw }, e).verdict;

describe('dns.servers (CLISH show network)', () => {
  it('passes with the servers listed, continuation lines and IPv6 included', () => {
    const v = network(fixture('ftd/show-network/fp1010-7-4-2-three-dns'));
    expect(v.status).toBe('pass');
    expect(say(v.explanation)).toBe('DNS servers configured: 208.67.222.222, 208.67.220.220, 2620:119:35::35.');
    expect(network(fixture('ftd/show-network/br1-6x-one-dns')).status).toBe('pass');
    expect(network(fixture('fmc/show-network/fmc-7-4-eth0'), env({ deviceType: 'fmc' })).status).toBe('pass');
  });

  it('fails the 6.x layout without a DNS Servers line, and an empty value, as dns-not-configured with the action', () => {
    for (const raw of [fixture('ftd/show-network/br1-6x-no-dns-line'), fixture('ftd/show-network/dns-empty-value')]) {
      const v = network(raw);
      expect(v).toMatchObject({
        status: 'fail',
        supports: ['dns-not-configured'],
        remedy: { command: 'configure network dns servers <dns_ip_addresses>', actionId: 'set-dns-servers' },
      });
      expect(findAction(v.remedy!.actionId!)).toBeDefined();
      expect(say(v.remedy!.text, 'ko')).toContain('configure network dns servers');
    }
  });

  it('is inconclusive when the output stops inside System Information (never read as "no servers")', () => {
    expect(network(fixture('ftd/show-network/truncated-in-system-information')).status).toBe('inconclusive');
    expect(network(fixture('ftd/show-network/completion-listing')).status).toBe('inconclusive');
    expect(network('\u0000garbage\u00ff').status).toBe('inconclusive');
  });

  it('is an error when CLISH refuses the command', () => {
    expect(network(fixture('ftd/show-network/cli-syntax-error')).status).toBe('error');
  });
});
