import type { DeviceType, Region } from '../../../shared/model/device';
import { ALL_CLOUD_HOSTS, apiHost, REGION_DISCOVERY_ENDPOINT } from './cloud-hosts';
import { hasSseConnector, type DeviceIdentity, type Platform } from './device-profile';

/**
 * The live state of one simulated device. Every command's output is derived from it, and remedies
 * (`configure network dns servers`, `pmtool disablebyid/enablebyid SSEConnector`) change it, so later
 * output changes too. Scenarios start from a healthy state and change a few fields.
 */

/** How one cloud host behaves from the device's management interface. */
export type HostBehaviour =
  /** resolves, connects, real Cisco certificate, `HTTP/1.1 403 Forbidden` */
  | 'ok'
  /** SYN silently dropped: connect timeouts (seed 000 `getsockopt: connection timed out`) */
  | 'timeout'
  /** RST to the SYN: `Connection refused` */
  | 'refused'
  /** TCP connects, then RST during the TLS handshake */
  | 'reset'
  /** the name does not resolve (NXDOMAIN) */
  | 'unresolvable'
  /** a TLS-inspecting middlebox answers with its own certificate (issuer not Cisco's) */
  | 'intercepted';

/** `show managers` (device facts §1.4): registered, pending, none, or FDM (`Managed locally.`). */
export type ManagerRegistration =
  | { readonly kind: 'completed' | 'pending'; readonly host: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'local' };

/** The proxy of `show network` → Proxy Information (CSCvs05084) and how it treats CONNECT. */
export type ProxyState =
  | { readonly enabled: false }
  | {
      readonly enabled: true;
      readonly host: string;
      readonly port: number;
      /** Set when the device is configured with proxy credentials. */
      readonly username?: string;
      /** ok = tunnels; auth-required = 407; unreachable = SYN dropped; refused = RST. */
      readonly behaviour: 'ok' | 'auth-required' | 'unreachable' | 'refused';
    };

/** `show ntp` Status values (doc 215468 shows `Being Used`). */
export type NtpStatus = 'Being Used' | 'Available' | 'Unreachable';

export interface NtpState {
  readonly server: string | null;
  readonly status: NtpStatus;
  readonly offsetMs: number;
  readonly lastUpdateS: number;
}

/** `/ngfw/etc/sf/connector.properties` (seed 000/004). */
export interface ConnectorProperties {
  readonly registrationInterval: number | null;
  readonly port: number;
  readonly fqdn: string;
  readonly regionDiscoveryEndpoint: string;
}

/** pmtool's view of SSEConnector: `Running PID`, `Waiting`, `User Disabled`. */
export type ConnectorProcess = 'running' | 'waiting' | 'disabled';

export interface ConnectorState {
  /** False before 6.4: no SSEConnector, no properties, no log. */
  readonly installed: boolean;
  process: ConnectorProcess;
  pid: number;
  readonly eventHandlerPid: number;
  /** The ZeroMQ PUSH link to EventHandler_SSEConnector.sock (seed 000's post-6.4-upgrade fault). */
  ipc: 'connected' | 'broken';
  /**
   * The device holds an SSE registration (the `default` context of the local API). It survives a
   * cloud outage — seed 000's blackholed connector keeps trying `connectWebSocket` — and is gained
   * as soon as the API host is reachable, the fqdn right and the FTD registered with its FMC.
   */
  registered: boolean;
  /** When the process was last stopped (device ms), for the log's last lines. */
  stoppedAt?: number;
}

export interface Credentials {
  readonly username: string;
  readonly password: string;
  /** What `sudo` accepts (the `wrong-sudo-password` fault makes it differ from what the user is told). */
  readonly sudoPassword: string;
}

export interface DeviceState {
  identity: DeviceIdentity;
  readonly region: Region;
  network: {
    readonly ipv4: string;
    readonly netmask: string;
    readonly gateway: string;
    readonly mac: string;
    dnsServers: string[];
    /** Configured servers that never answer (queries to them time out); new servers work. */
    deadDnsServers: string[];
    searchDomains: string[];
  };
  proxy: ProxyState;
  ntp: NtpState;
  /** Device clock minus real clock, in ms (negative = behind). */
  clockOffsetMs: number;
  manager: ManagerRegistration;
  connectorProperties: ConnectorProperties | null;
  connector: ConnectorState;
  /** Behaviour per cloud host name (every name of cloud-hosts.ts has an entry). */
  cloud: Record<string, HostBehaviour>;
  /** Size of the virtual connector.log when the `huge-log` fault is on, else null. */
  hugeLogBytes: number | null;
  credentials: Credentials;
  /** `system lockdown` (or a CLI user without Config level) removes `expert`. */
  expert: 'enabled' | 'disabled';
  /** Users who have had sudo's lecture (it is shown once per user, device facts §1.2). */
  sudoLectured: string[];
  /** Where an FMC session lands (device facts §1.5). FTDs always land in CLISH. */
  fmcLanding: 'clish' | 'bash';
  logins: { count: number; lastAt?: number; lastFrom?: string };
  /** Real time the simulated device was created (certificates and log history hang off it). */
  readonly createdAt: number;
}

export interface DeviceStateOptions {
  readonly deviceType: DeviceType;
  readonly region: Region;
  readonly version?: string;
  readonly build?: string;
  readonly platform?: Platform;
  readonly hostname?: string;
  readonly fmcLanding?: 'clish' | 'bash';
  readonly credentials?: Partial<Credentials>;
  readonly createdAt?: number;
}

/** Default passwords of a fresh lab device (the brief: `Admin123`). */
export const DEFAULT_CREDENTIALS: Credentials = { username: 'admin', password: 'Admin123', sudoPassword: 'Admin123' };

/** Default versions: an FTD 7.2 (Firepower naming, curl 7.44) and an FMC 7.4 (Secure Firewall naming). */
export const DEFAULT_VERSIONS: Readonly<Record<DeviceType, { version: string; build: string }>> = {
  ftd: { version: '7.2.5', build: '208' },
  fmc: { version: '7.4.1', build: '172' },
};

const UUIDS: Readonly<Record<DeviceType, string>> = {
  ftd: '9d4b06f4-f4d2-11e9-8c86-eb98e807d9d8',
  fmc: '5e3a1c52-8b1f-11ee-9a4e-d1c7f0a2b6e1',
};

/** A healthy device: DNS, NTP, registration, connector and every cloud host fine. */
export const createDeviceState = (options: DeviceStateOptions): DeviceState => {
  const type = options.deviceType;
  const platform = type === 'ftd' ? (options.platform ?? 'virtual') : 'virtual';
  const identity: DeviceIdentity = {
    type,
    version: options.version ?? DEFAULT_VERSIONS[type].version,
    build: options.build ?? DEFAULT_VERSIONS[type].build,
    platform,
    hostname:
      options.hostname ?? (platform === 'chassis-module' ? 'Firepower-module1' : type === 'ftd' ? 'firepower' : 'fmc'),
    uuid: UUIDS[type],
  };
  const installed = hasSseConnector(identity);
  const cloud: Record<string, HostBehaviour> = {};
  for (const name of ALL_CLOUD_HOSTS) cloud[name] = 'ok';
  return {
    identity,
    region: options.region,
    network: {
      ipv4: type === 'ftd' ? '192.168.45.45' : '192.168.45.10',
      netmask: '255.255.255.0',
      gateway: '192.168.45.1',
      mac: type === 'ftd' ? '00:50:56:9A:8C:5E' : '00:50:56:9A:1F:07',
      // OpenDNS, as in the FP1010 `show network` sample of device facts §1.3.
      dnsServers: ['208.67.222.222', '208.67.220.220'],
      deadDnsServers: [],
      searchDomains: [],
    },
    proxy: { enabled: false },
    ntp: {
      server: type === 'ftd' ? '192.168.45.10' : '192.168.45.5',
      status: 'Being Used',
      offsetMs: 0.013,
      lastUpdateS: 36,
    },
    clockOffsetMs: 0,
    manager: type === 'ftd' ? { kind: 'completed', host: '192.168.45.10' } : { kind: 'none' },
    connectorProperties: installed
      ? {
          registrationInterval: 180,
          port: 8989,
          fqdn: apiHost(options.region),
          regionDiscoveryEndpoint: REGION_DISCOVERY_ENDPOINT,
        }
      : null,
    connector: {
      installed,
      process: 'running',
      pid: 13277,
      eventHandlerPid: 7741,
      ipc: 'connected',
      registered: installed,
    },
    cloud,
    hugeLogBytes: null,
    credentials: { ...DEFAULT_CREDENTIALS, ...options.credentials },
    expert: 'enabled',
    sudoLectured: [],
    fmcLanding: options.fmcLanding ?? 'clish',
    logins: { count: 7 },
    createdAt: options.createdAt ?? Date.now(),
  };
};

/** Set every cloud host (SSE and AMP names) to one behaviour. */
export const setAllCloudHosts = (state: DeviceState, behaviour: HostBehaviour): void => {
  for (const name of Object.keys(state.cloud)) state.cloud[name] = behaviour;
};
