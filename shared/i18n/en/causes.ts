/** Every cause of the vocabulary: a short title and what it means for the admin. Keys are cause ids. */
export const causes = {
  healthy: {
    title: 'Healthy',
    summary: 'Every automated check passed: the device reaches the Cisco cloud and its SSE Connector is connected.',
  },
  'cloud-integration-not-intended': {
    title: 'Cloud integration is not wanted',
    summary:
      'The deployment does not use the Cisco cloud, so the "Cisco Cloud Configuration - Failure" alert is expected. Turn the alert off in the health policy.',
  },
  'license-evaluation-mode': {
    title: 'Smart License in Evaluation mode',
    summary:
      'The FMC runs in Evaluation mode, in which cloud integration does not work. Register the FMC with a Smart Account.',
  },
  'smart-licensing-not-direct': {
    title: 'Smart Licensing is not direct',
    summary:
      'The FMC uses a Smart Software Satellite (air-gapped) instead of a direct connection to Cisco Smart Software Manager; cloud integration is not supported that way.',
  },
  'cloud-services-disabled': {
    title: 'Cisco Cloud Event Configuration is off',
    summary: 'Cloud Services on the FMC do not send events to the cloud. Turn on Cisco Cloud Event Configuration.',
  },
  'unsupported-version': {
    title: 'Software version too old',
    summary: 'The SSE Connector exists from version 6.4.0. Upgrade the device to use cloud integration.',
  },
  'dns-not-configured': {
    title: 'No DNS server configured',
    summary:
      'The device has no DNS server, so it cannot resolve any cloud name. Configure DNS servers on the management interface.',
  },
  'dns-resolution-failed': {
    title: 'Cloud names do not resolve',
    summary:
      'The configured DNS servers cannot resolve the Cisco cloud names. Check the DNS servers and that they are reachable.',
  },
  'cloud-unreachable': {
    title: 'Cloud hosts unreachable',
    summary:
      'Connections to the Cisco cloud on TCP 443 get no answer or are refused. Allow the region’s cloud hosts by name on the path from the management interface.',
  },
  'tls-interception': {
    title: 'TLS interception in the path',
    summary:
      'A device in the path replaces the cloud’s certificate (the connection works only without certificate checks). Exempt the Cisco cloud hosts from TLS/SSL decryption.',
  },
  'connector-misconfigured': {
    title: 'Connector settings wrong',
    summary: 'connector.properties does not point at the right cloud host or port for this region.',
  },
  'connector-not-running': {
    title: 'SSE Connector not running',
    summary: 'The SSEConnector process is not running. Enable it with pmtool.',
  },
  'connector-ipc-broken': {
    title: 'Connector cannot reach EventHandler',
    summary:
      'The SSE Connector has no connection to EventHandler (seen after upgrades to 6.4). Restart the SSEConnector with pmtool, and reboot the device if that is not enough.',
  },
  'device-not-registered': {
    title: 'FTD not registered with its FMC',
    summary:
      'An FTD gets its SSE registration token from its FMC; until registration completes it cannot enrol in the cloud.',
  },
  'clock-not-synchronized': {
    title: 'Clock not synchronised',
    summary: 'The device clock is not synchronised with NTP, so cloud certificates look expired or not yet valid.',
  },
  'proxy-interference': {
    title: 'HTTP proxy breaks the cloud connection',
    summary: 'An HTTP proxy is enabled and the cloud connections through it fail (CSCvs05084).',
  },
  error: {
    title: 'Could not finish the diagnosis',
    summary: 'The session could not complete; the report shows what ran and why it stopped.',
  },
} as const;
