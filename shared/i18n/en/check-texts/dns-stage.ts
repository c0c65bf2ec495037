/** Verdicts and remedies of the DNS stage (dns.servers, network.proxy, dns.resolve). */
export const dnsServersTexts = {
  verdict: {
    configured: 'DNS servers configured: {{servers}}.',
    noLine: '“show network” lists no DNS servers: none is configured, so the device cannot resolve any cloud name.',
    none: 'The DNS Servers line of “show network” is empty: no DNS server is configured, so the device cannot resolve any cloud name.',
  },
  remedy:
    'Configure at least one DNS server that resolves public names, from the CLI: “configure network dns servers” followed by the addresses, separated by commas (guide 004, option 1). The health alert clears after a while.',
} as const;

export const networkProxyTexts = {
  verdict: {
    disabled: 'No HTTP proxy is configured (Proxy Information: State Disabled).',
    noBlock:
      '“show network” prints no Proxy Information block on this version, so there are no proxy settings to check here.',
    works: 'An HTTP proxy ({{proxy}}) is configured, and {{host}} answers through it.',
    unreachable:
      'An HTTP proxy ({{proxy}}) is configured, but it cannot be reached: {{detail}}. Every cloud connection goes through it, so none works (CSCvs05084).',
    fails:
      'An HTTP proxy ({{proxy}}) is configured, and the connection to {{host}} through it fails: {{detail}} (CSCvs05084).',
    certThroughProxy:
      'An HTTP proxy ({{proxy}}) is configured, and through it the certificate of {{host}} is not trusted ({{detail}}): the proxy, or something behind it, inspects TLS (CSCvs05084).',
    certDates:
      'An HTTP proxy ({{proxy}}) is configured; through it, the certificate of {{host}} is rejected for its dates ({{detail}}). That points at the device clock, not at the proxy.',
    probeUnreadable: 'An HTTP proxy ({{proxy}}) is configured; the test through it was not understood: {{detail}}',
    enabledNoAddress:
      'An HTTP proxy is enabled, but “show network” shows no usable address for it (host {{host}}, port {{port}}), so it could not be tested. An enabled proxy is a known cause of cloud failures (CSCvs05084): see the HTTPS checks.',
  },
  remedy:
    'Check the proxy settings with “configure network http-proxy”: the address and port, the credentials if it asks for them (HTTP 407), and that it allows CONNECT to the Cisco cloud hosts on port 443. If no proxy is needed, disable it (CSCvs05084).',
} as const;

export const dnsResolveTexts = {
  verdict: {
    resolved: 'Every cloud name resolves: {{names}}.',
    failed: '{{count}} of {{total}} cloud names do not resolve: {{names}}.',
    partly: 'Not every answer was understood: {{names}}.',
  },
  line: {
    resolved: '{{name}} → {{addresses}}',
    failed: '{{name}}: {{why}}',
    unreadable: '{{name}}: {{detail}}',
  },
  why: {
    nxdomain: 'the DNS server {{server}} says the name does not exist (NXDOMAIN)',
    servfail: 'the DNS server {{server}} failed to answer (SERVFAIL)',
    refused: 'the DNS server {{server}} refused the query',
    noAnswer: 'the DNS server {{server}} has no address for it',
    timeout: 'no DNS server answered in time',
    communicationsError: 'the DNS servers could not be reached',
    cannotResolve: 'it cannot be resolved',
    stopped: 'no answer within {{seconds}} s',
  },
  remedy:
    'Make sure the configured DNS servers are reachable from the management interface (UDP/TCP 53) and resolve public names; otherwise configure other servers with “configure network dns servers” (guide 004, option 2).',
} as const;
