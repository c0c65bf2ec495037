import { cloudHttpsTexts, cloudPortsTexts } from './check-texts/cloud-stage';
import { deviceManagersTexts, deviceVersionTexts, timeNtpTexts } from './check-texts/connect-stage';
import {
  connectorCloudSessionTexts,
  connectorContextTexts,
  connectorIpcTexts,
  connectorLogTexts,
  connectorProcessTexts,
  connectorPropertiesTexts,
} from './check-texts/connector-stage';
import { dnsResolveTexts, dnsServersTexts, networkProxyTexts } from './check-texts/dns-stage';

/**
 * Every check's title and a one-paragraph "what it checks and why it matters". Keys follow the
 * check id's dotted path (`checks.dns.servers.title`), so `checks.${id}.title` is always a key.
 * Verdict explanations and remedies live in check-texts/ (one file per stage) and are spread into each
 * check's subtree, so `checks.dns.servers.verdict.configured` sits next to its title.
 */
export const checks = {
  ssh: {
    connect: {
      title: 'SSH login',
      about:
        'Logs in to the device over SSH, after verifying its host key, the way you would with an SSH client. Every other check runs over this session.',
    },
  },
  device: {
    version: {
      title: 'Software version',
      about:
        'Reads the model and software version with "show version". The SSE Connector that talks to the Cisco cloud exists from version 6.4.0 on.',
      ...deviceVersionTexts,
    },
    managers: {
      title: 'Registration with the FMC',
      about:
        'Reads "show managers". An FTD gets its SSE registration token from its management center, so an FTD that is not registered with its FMC cannot enrol in the cloud.',
      ...deviceManagersTexts,
    },
    privilege: {
      title: 'Expert mode and root',
      about:
        'Enters expert mode and then root with "sudo su -", as the Cisco guides do. The connector and network checks need root.',
    },
  },
  time: {
    ntp: {
      title: 'Clock and NTP',
      about:
        'Reads "show ntp". TLS connections to the cloud fail when the clock is wrong: certificates look expired or not yet valid.',
      ...timeNtpTexts,
    },
  },
  fmc: {
    'cloud-intended': {
      title: 'Cloud integration wanted',
      about:
        'Whether this deployment is meant to use the Cisco cloud (SecureX/CTR, SSE). If not, the "Cisco Cloud Configuration - Failure" alert is expected and can be switched off.',
      question: 'Do you want this deployment to use Cisco cloud services (SecureX/CTR, Security Services Exchange)?',
      where: 'Decided by you; the alert comes from System > Health > Policy > Threat Data Updates on Devices.',
      yes: 'Cloud integration is wanted: the checks below find out why it fails.',
      no: 'Cloud integration is not wanted, so the "Cisco Cloud Configuration - Failure" alert is expected (guide 004, scenario 1).',
      remedy:
        'Turn the alert off: System > Health > Policy > Edit policy > Threat Data Updates on Devices > Enabled (Off) > Save Policy and Exit.',
    },
    'license-mode': {
      title: 'Smart License not in Evaluation mode',
      about:
        'Cloud integration does not work while the FMC runs in Evaluation mode. Look in System > Licenses > Smart Licenses.',
      question: 'Is the FMC registered with a Smart Account (not in Evaluation mode)?',
      where: 'System > Licenses > Smart Licenses',
      yes: 'The FMC is not in Evaluation mode.',
      no: 'The FMC is in Evaluation mode, in which cloud integration does not work.',
      remedy: 'Register the FMC with your Smart Account: System > Licenses > Smart Licenses > Register.',
    },
    'smart-licensing-direct': {
      title: 'Direct connection to Cisco Smart Software Manager',
      about:
        'System > Integration > Smart Software Satellite must connect directly to Cisco Smart Software Manager; air-gapped (satellite) deployments are not supported for cloud integration.',
      question:
        'Does the FMC connect directly to Cisco Smart Software Manager (not through a Smart Software Satellite)?',
      where: 'System > Integration > Smart Software Satellite',
      yes: 'Smart Licensing connects directly to Cisco Smart Software Manager.',
      no: 'Smart Licensing goes through a satellite (air-gapped), which cloud integration does not support.',
      remedy:
        'Select "Connect directly to Cisco Smart Software Manager" in System > Integration > Smart Software Satellite, if your network allows it.',
    },
    'cloud-events': {
      title: 'Cisco Cloud Event Configuration',
      about:
        'System > Integration > Cloud Services must have Cisco Cloud Event Configuration turned on for events to reach SecureX/CTR.',
      question: 'Is Cisco Cloud Event Configuration turned on?',
      where: 'System > Integration > Cloud Services',
      yes: 'Cisco Cloud Event Configuration is on.',
      no: 'Cisco Cloud Event Configuration is off, so no events are sent to the cloud.',
      remedy: 'Turn on Cisco Cloud Event Configuration in System > Integration > Cloud Services and save.',
    },
  },
  dns: {
    servers: {
      title: 'DNS servers configured',
      about:
        'Reads "show network". Without a DNS server the device cannot resolve api-sse.cisco.com or any other cloud name.',
      ...dnsServersTexts,
    },
    resolve: {
      title: 'Cloud names resolve',
      about:
        'Looks up the region’s API host and the other Cisco cloud names with nslookup. A DNS server that cannot resolve them blocks every cloud connection.',
      ...dnsResolveTexts,
    },
  },
  network: {
    proxy: {
      title: 'HTTP proxy',
      about:
        'Reads the Proxy Information block of "show network". An enabled proxy that refuses or breaks the cloud connection is a known cause (CSCvs05084).',
      ...networkProxyTexts,
    },
  },
  cloud: {
    https: {
      title: 'HTTPS to the cloud hosts',
      about:
        'Runs "curl -v" with the connector’s CA bundle to every cloud host of the region, at once and with bounded timeouts. A "403 Forbidden" answer is normal: it proves the connection works.',
      ...cloudHttpsTexts,
    },
    ports: {
      title: 'TCP ports to the cloud',
      about:
        'Opens TCP 443 (and 8989, which the guide mentions) to the API host. Ping is shown for information only: many networks drop it.',
      ...cloudPortsTexts,
    },
  },
  connector: {
    properties: {
      title: 'Connector settings',
      about:
        'Reads /ngfw/etc/sf/connector.properties: the connector port must be 8989 and connector_fqdn the API host of your region.',
      ...connectorPropertiesTexts,
    },
    process: {
      title: 'SSE Connector process',
      about:
        'Checks with "pmtool status" that the SSEConnector process is running, and with "lsof -i" that it listens on localhost:8989.',
      ...connectorProcessTexts,
    },
    ipc: {
      title: 'Connector to EventHandler link',
      about:
        'Checks with "netstat -anlp" that the EventHandler socket has a CONNECTED stream besides LISTENING. Without it, events never reach the connector.',
      ...connectorIpcTexts,
    },
    'cloud-session': {
      title: 'Connector session to the cloud',
      about:
        'Checks with "lsof -i" that the connector has an ESTABLISHED HTTPS session to the cloud. SYN_SENT means its packets get no answer.',
      ...connectorCloudSessionTexts,
    },
    context: {
      title: 'Connector registration context',
      about:
        'Asks the connector for its default context (curl localhost:8989/v1/contexts/default) to see whether it is registered.',
      ...connectorContextTexts,
    },
    log: {
      title: 'Connector log',
      about:
        'Reads the recent lines of /ngfw/var/log/connector/connector.log (never the whole file) and classifies its errors.',
      ...connectorLogTexts,
    },
  },
} as const;
