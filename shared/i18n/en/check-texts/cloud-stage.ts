/** Verdicts and remedies of the Cloud reachability stage (cloud.https, cloud.ports). */
export const cloudHttpsTexts = {
  verdict: {
    reached: 'Every cloud host of the {{region}} region answers over HTTPS with a verified certificate: {{hosts}}.',
    failed: '{{count}} of {{total}} cloud hosts of the {{region}} region cannot be used over HTTPS: {{hosts}}.',
    partly: 'Not every answer from the {{region}} cloud hosts was understood: {{hosts}}.',
  },
  remedy: {
    allow:
      'Allow HTTPS (TCP 443) from the device’s management interface to {{hosts}}, by name rather than by address: their addresses change (guide 000). Check that no upstream device blocks or alters these connections.',
    interception:
      'Exempt the Cisco cloud hosts ({{hosts}}) from SSL/TLS decryption on the device that inspects this traffic: the SSE Connector accepts only certificates that chain to Cisco’s CA.',
  },
} as const;

export const cloudPortsTexts = {
  verdict: {
    summary: 'For information: {{https}}; {{alt}}; {{ping}}.',
    closed: 'TCP 443 to the API host does not open: {{https}}; {{alt}}; {{ping}}. See the HTTPS check for the cause.',
    unreadable: 'None of the port tests was understood: {{https}}; {{alt}}; {{ping}}.',
  },
  port: {
    open: 'TCP {{port}} to {{host}} opens',
    refused: 'TCP {{port}} to {{host}} is refused',
    timeout: 'TCP {{port}} to {{host}} gets no answer',
    unreachable: 'TCP {{port}} to {{host}}: no route',
    unknownHost: 'TCP {{port}} to {{host}}: the name does not resolve',
    stopped: 'TCP {{port}} to {{host}}: no connection within {{seconds}} s',
    unreadable: 'TCP {{port}} to {{host}}: {{detail}}',
  },
  ping: {
    answers: '{{host}} answers ping ({{received}} of {{sent}})',
    silent: '{{host}} does not answer ping ({{sent}} sent; many networks drop ping, so this alone means little)',
    unknownHost: 'ping: the name {{host}} does not resolve',
    unreachable: 'ping: no route to {{host}}',
    unreadable: 'ping {{host}}: {{detail}}',
  },
} as const;
