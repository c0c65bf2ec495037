import { setAllCloudHosts } from '../state';
import { defineScenario } from './scenario';

export const dnsNotConfigured = defineScenario({
  id: 'dns-not-configured',
  title: 'No DNS servers',
  description:
    '`show network` has no DNS Servers line (guide 004, option 1): every lookup fails. Remedy: `configure network dns servers 208.67.222.222,208.67.220.220` fixes it live.',
  expectedCause: 'dns-not-configured',
  apply: (state) => {
    state.network.dnsServers = [];
  },
});

export const dnsResolutionFailed = defineScenario({
  id: 'dns-resolution-failed',
  title: 'DNS cannot resolve the cloud',
  description:
    "DNS servers are configured but answer NXDOMAIN for the Cisco cloud names (guide 004, option 2: `curl: (6) Couldn't resolve host 'api-sse.cisco.com'`).",
  expectedCause: 'dns-resolution-failed',
  apply: (state) => {
    state.network.dnsServers = ['10.25.0.1'];
    setAllCloudHosts(state, 'unresolvable');
  },
});

export const dnsServerUnreachable = defineScenario({
  id: 'dns-resolution-failed-timeout',
  title: 'DNS server never answers',
  description:
    'The configured DNS server is unreachable: nslookup prints ";; connection timed out; no servers could be reached" and curl cannot resolve.',
  expectedCause: 'dns-resolution-failed',
  apply: (state) => {
    state.network.dnsServers = ['10.25.0.1'];
    state.network.deadDnsServers = ['10.25.0.1'];
  },
});
