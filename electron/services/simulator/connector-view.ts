import { apiHost, eventingHost, regionOfApiHost } from './cloud-hosts';
import { certificateFor, connectTcp, resolveHost, verifyCertificate, type Resolution } from './network';
import type { DeviceState } from './state';

/**
 * What the SSE Connector experiences, derived from the state: can it reach its API host and the
 * eventing host, is it registered, does it hold a session (lsof's ESTABLISHED / SYN_SENT), is the
 * EventHandler IPC up. connector.log, lsof, netstat and the context API all read this one view, so
 * they never contradict each other.
 */
export type LinkFailure =
  | { readonly kind: 'dns'; readonly name: string; readonly resolution: Exclude<Resolution, { kind: 'answer' }> }
  | { readonly kind: 'timeout' | 'refused' | 'reset'; readonly name: string; readonly ip: string }
  | { readonly kind: 'tls'; readonly name: string; readonly reason: 'unknown-authority' | 'not-yet-valid' | 'expired' }
  | {
      readonly kind: 'proxy';
      readonly behaviour: 'auth-required' | 'unreachable' | 'refused';
      readonly host: string;
      readonly port: number;
    }
  /** `connector_fqdn` is another region's API host: the cloud does not know this device there */
  | { readonly kind: 'wrong-region'; readonly fqdn: string }
  /** no registration token from the FMC (FTD not registered, guide 000 "등록 토큰을 FMC에 요청") */
  | { readonly kind: 'not-registered' };

export type Link = { readonly kind: 'ok'; readonly name: string; readonly ip: string } | LinkFailure;

export interface ConnectorView {
  readonly running: boolean;
  /** The port it listens on (localhost), null when not running. */
  readonly listeningPort: number | null;
  readonly api: Link | null;
  readonly eventing: Link | null;
  readonly registered: boolean;
  readonly session: { readonly state: 'ESTABLISHED' | 'SYN_SENT'; readonly ip: string; readonly name: string } | null;
  readonly ipcConnected: boolean;
}

/** One HTTPS dial as the connector does it: through the configured proxy, else directly. */
export const dial = (state: DeviceState, name: string, deviceNow: number): Link => {
  const proxy = state.proxy;
  if (proxy.enabled && proxy.behaviour !== 'ok')
    return { kind: 'proxy', behaviour: proxy.behaviour, host: proxy.host, port: proxy.port };
  const resolution = resolveHost(state, name);
  let ip: string;
  if (proxy.enabled) {
    ip = resolution.kind === 'answer' ? (resolution.addresses[0] ?? name) : name;
  } else {
    if (resolution.kind !== 'answer') return { kind: 'dns', name, resolution };
    ip = resolution.addresses[0] ?? '0.0.0.0';
    const tcp = connectTcp(state, ip, 443);
    if (tcp.kind !== 'connected') return { kind: tcp.kind, name, ip };
  }
  const behaviour = state.cloud[name] ?? 'ok';
  if (behaviour === 'timeout' || behaviour === 'refused') return { kind: behaviour, name, ip };
  if (behaviour === 'reset') return { kind: 'reset', name, ip };
  const verdict = verifyCertificate(certificateFor(state, name, behaviour), 'connector-ca', 'modern', deviceNow);
  if (!verdict.ok)
    return {
      kind: 'tls',
      name,
      reason: verdict.code === 9 ? 'not-yet-valid' : verdict.code === 10 ? 'expired' : 'unknown-authority',
    };
  return { kind: 'ok', name, ip };
};

export const connectorView = (state: DeviceState, deviceNow: number): ConnectorView => {
  const c = state.connector;
  const props = state.connectorProperties;
  const running = c.installed && c.process === 'running' && props !== null;
  if (!running || !props)
    return {
      running: false,
      listeningPort: null,
      api: null,
      eventing: null,
      registered: false,
      session: null,
      ipcConnected: false,
    };
  let api: Link = dial(state, props.fqdn, deviceNow);
  const fqdnRegion = regionOfApiHost(props.fqdn);
  if (api.kind === 'ok' && fqdnRegion !== undefined && props.fqdn !== apiHost(state.region))
    api = { kind: 'wrong-region', fqdn: props.fqdn };
  const managerOk = state.identity.type === 'fmc' || state.manager.kind === 'completed';
  if (api.kind === 'ok' && !managerOk) api = { kind: 'not-registered' };
  const registered = c.registered || api.kind === 'ok';
  const eventing = registered ? dial(state, eventingHost(state.region), deviceNow) : null;
  const session =
    eventing?.kind === 'ok'
      ? { state: 'ESTABLISHED' as const, ip: eventing.ip, name: eventing.name }
      : eventing?.kind === 'timeout'
        ? { state: 'SYN_SENT' as const, ip: eventing.ip, name: eventing.name }
        : null;
  return {
    running,
    listeningPort: props.port,
    api,
    eventing,
    registered,
    session,
    ipcConnected: c.ipc === 'connected',
  };
};
