/**
 * Words the check verdicts share: output that could not be read, lists, durations, and what one curl to a
 * cloud host showed (cloud.https and network.proxy both say it). Per-check sentences live under `checks`.
 */
export const verdict = {
  unreadable: {
    empty: '“{{command}}” printed nothing ({{reason}}), so there is nothing to judge.',
    commandNotFound: 'The device could not run “{{command}}”: {{reason}}.',
    permissionDenied: 'The device refused “{{command}}”: {{reason}}.',
    noSuchFile: '“{{command}}” found no such file: {{reason}}.',
    cliError: 'The device’s CLI refused “{{command}}”: {{reason}}.',
    truncated: 'The output of “{{command}}” stops before the lines that decide ({{reason}}), so it was not judged.',
    unknownFormat: 'The output of “{{command}}” is not in a form this tool knows ({{reason}}), so it was not judged.',
  },
  list: {
    one: '{{item}}',
    more: '{{item}}; {{rest}}',
    none: 'none',
  },
  duration: {
    seconds: '{{n}} s',
    minutes: '{{n}} min',
    hours: '{{n}} h',
    days: '{{n}} days',
  },
  curl: {
    answered: '{{host}}: answered HTTP {{status}}, so the connection works',
    resolve: '{{host}}: the name does not resolve',
    connectTimeout: '{{host}}: no answer to the connection attempt (timed out: the packets are dropped on the way)',
    responseTimeout: '{{host}}: connected, then no answer in time',
    refused: '{{host}}: the connection was refused',
    connectTimeoutAt:
      '{{host}}: {{address}} does not answer the connection attempt (timed out: the packets are dropped on the way)',
    refusedAt: '{{host}}: {{address}} refused the connection',
    noRoute: '{{host}}: no route to the host',
    reset: '{{host}}: the connection was cut ({{detail}})',
    tls: '{{host}}: the TLS handshake failed ({{detail}})',
    proxy: '{{host}}: the HTTP proxy failed ({{detail}})',
    unreadable: '{{host}}: {{detail}}',
    certValidity:
      '{{host}}: the certificate is rejected for its dates ({{detail}}), which usually means the device clock is wrong',
    certCaFile: '{{host}}: curl could not use the CA file ({{detail}})',
    certIntercepted:
      '{{host}}: the certificate is not trusted ({{detail}}); without verification the host answers with a certificate issued by “{{issuer}}”, not by Cisco’s CA, so something in the path inspects TLS',
    certInterceptedUnknownIssuer:
      '{{host}}: the certificate is not trusted ({{detail}}), yet the host answers without verification: a sign of TLS inspection in the path',
    certCiscoIssuer:
      '{{host}}: the certificate is not trusted ({{detail}}) although “{{issuer}}”, a CA Cisco uses, issued it; the connector’s CA bundle may be out of date',
    certUnsettled: '{{host}}: the certificate is not trusted ({{detail}}); {{why}}',
    notRetried: 'it was not fetched again without verification',
    retryUnreadable: 'the retry without verification was not understood',
    retryFailed: 'without verification it fails too ({{detail}})',
  },
} as const;
