/** Verdicts and remedies of the SSE Connector stage. */
export const connectorPropertiesTexts = {
  verdict: {
    ok: 'connector.properties points at {{fqdn}} (the {{region}} region’s API host) on port {{port}}, registration interval {{interval}} s.',
    wrong: 'connector.properties is wrong: {{problems}}.',
    missing: '{{path}} does not exist: the SSE Connector has no settings.',
  },
  problem: {
    otherRegion:
      'connector_fqdn is {{fqdn}}, the API host of the {{other}} region, while this device is set to the {{region}} region ({{expected}})',
    wrongFqdn: 'connector_fqdn is {{fqdn}}, not the {{region}} region’s API host {{expected}}',
    noFqdn: 'there is no connector_fqdn (expected {{expected}})',
    wrongPort: 'connector_port is {{port}}, not {{expected}}',
    noPort: 'there is no connector_port (expected {{expected}})',
    noInterval: 'registration_interval is not set',
    badInterval: 'registration_interval is “{{value}}”, not a number of seconds',
  },
  remedy: {
    region:
      'If your SecureX / SSE account is in another region, change this profile’s region. Otherwise set the cloud region on the FMC (System > Integration > Cloud Services / SecureX: Current Region, {{region}} = {{expected}}) and deploy; the FMC writes connector.properties. Do not edit the file by hand unless Cisco TAC asks you to.',
    missing:
      'Turn cloud services on in the FMC (System > Integration > Cloud Services) and deploy, so the SSE Connector gets its settings; if the file is still missing, contact Cisco TAC.',
  },
} as const;

export const connectorProcessTexts = {
  verdict: {
    running: 'SSEConnector is running (PID {{pid}}) and listens on localhost:{{port}}.',
    notRunning: 'pmtool says SSEConnector is “{{state}}”: the process that talks to the Cisco cloud is not running.',
    absent: 'pmtool does not list SSEConnector at all: the process that talks to the Cisco cloud is not there.',
    unknownState: 'pmtool says SSEConnector is “{{state}}”, a state this tool does not know.',
    otherPort:
      'SSEConnector is running (PID {{pid}}) but listens on localhost:{{ports}} instead of {{expected}}: its settings are wrong (see connector.properties).',
    notListening:
      'SSEConnector is running (PID {{pid}}) but nothing listens on localhost:{{expected}}: the connector did not come up properly.',
  },
  remedy: {
    enable: 'Enable the SSE Connector as root: “pmtool enablebyid SSEConnector” (guide 000), then check it again.',
    restart:
      'Restart the SSE Connector as root: “pmtool disablebyid SSEConnector”, then “pmtool enablebyid SSEConnector”; reboot the device if it still does not listen (guide 000).',
  },
} as const;

export const connectorIpcTexts = {
  verdict: {
    connected:
      'The SSE Connector is connected to EventHandler ({{count}} CONNECTED stream on EventHandler_SSEConnector.sock).',
    listeningOnly:
      'EventHandler listens on EventHandler_SSEConnector.sock, but no CONNECTED stream: the SSE Connector is not linked to EventHandler, so no event reaches the cloud (the fault guide 000 describes after upgrades to 6.4).',
    noSocket:
      'Nothing uses EventHandler_SSEConnector.sock, not even a LISTENING socket: the SSE Connector and EventHandler are not linked.',
  },
  remedy:
    'As root, restart the SSE Connector: “pmtool disablebyid SSEConnector”, then “pmtool enablebyid SSEConnector”. If the link is still missing, reboot the device; after the restart it talks to the cloud again (guide 000).',
} as const;

export const connectorCloudSessionTexts = {
  verdict: {
    established: 'The connector holds an ESTABLISHED session to the cloud: {{remote}}.',
    synSent:
      'The connector is stuck in SYN_SENT to {{remote}}: its connection attempts get no answer, so no event is sent to the cloud (guide 000).',
    otherState: 'The connector has no established session to the cloud, only: {{sessions}}.',
    none: 'The connector has no session to the cloud at all, so no event is sent. It opens one once it is registered and its DNS, TLS and proxy checks pass: see the checks above for which one stops it.',
  },
  remedy: {
    allow:
      'Allow HTTPS (TCP 443) from the management interface to the region’s cloud hosts by name (their addresses change, guide 000); check that no upstream firewall drops the connector’s connections.',
  },
} as const;

export const connectorContextTexts = {
  verdict: {
    registered: 'The connector’s default context says the device is registered with SSE ({{field}} = {{value}}).',
    notRegistered:
      'The connector’s default context says the device is not registered with SSE ({{field}} = {{value}}). An FTD registers with the token its FMC gives it; see the registration and settings checks.',
    noAnswer: 'The connector’s local API on port {{port}} did not answer: {{detail}}.',
  },
} as const;

export const connectorLogTexts = {
  verdict: {
    quiet: 'No error in the last {{window}} of connector.log ({{count}} recent entries, the last at {{last}}).',
    stale:
      'connector.log has no entry in the last {{window}}; the last one ({{last}}) is {{age}} old. The connector is not writing to its log: is it running?',
    errors: 'connector.log has {{count}} errors in the last {{window}}: {{signs}}.',
    persistent: 'connector.log keeps logging errors ({{count}} in the last {{window}}): {{signs}}.',
    missing: '{{path}} does not exist: the SSE Connector has never written its log.',
  },
  sign: {
    websocketTimeout: '{{count}} × connectWebSocket timeouts to the cloud (last at {{time}}: “{{text}}”)',
    ipcSocketMissing:
      '{{count}} × cannot reach EventHandler (ZeroMQ PUSH, EventHandler_SSEConnector.sock; last at {{time}}: “{{text}}”)',
    x509UnknownAuthority: '{{count}} × certificate signed by an unknown authority (last at {{time}}: “{{text}}”)',
    x509Validity: '{{count}} × certificate expired or not yet valid (last at {{time}}: “{{text}}”)',
    x509Other: '{{count}} × other certificate errors (last at {{time}}: “{{text}}”)',
    dns: '{{count}} × name resolution failures (last at {{time}}: “{{text}}”)',
    proxy: '{{count}} × HTTP proxy failures (last at {{time}}: “{{text}}”)',
    refused: '{{count}} × connections refused (last at {{time}}: “{{text}}”)',
    reset: '{{count}} × connections reset (last at {{time}}: “{{text}}”)',
    ioTimeout: '{{count}} × timeouts (last at {{time}}: “{{text}}”)',
    other: '{{count}} × other errors (last at {{time}}: “{{text}}”)',
  },
} as const;
