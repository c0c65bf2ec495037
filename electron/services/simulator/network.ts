import { cloudHost, cloudHostByAddress } from './cloud-hosts';
import type { DeviceState, HostBehaviour } from './state';

/**
 * What the device's network does, derived from the state: name resolution (nslookup, curl,
 * telnet, ping and the connector all resolve through it), TCP connects and the TLS certificate
 * the far end presents. Pure functions; the commands turn the outcomes into each tool's wording.
 */

export type Resolution =
  | { readonly kind: 'answer'; readonly name: string; readonly cname?: string; readonly addresses: readonly string[] }
  /** the server answered NXDOMAIN (seed 004 "고객 DNS가 … 확인할 수 없습니다") */
  | { readonly kind: 'nxdomain' }
  /** the configured servers never answered */
  | { readonly kind: 'timeout' }
  /** no server configured: the resolver falls back to 127.0.0.1/::1 and is refused */
  | { readonly kind: 'no-servers' };

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** A dotted IPv4 address with four octets 0–255 (what `configure network dns servers` accepts). */
export const isIpv4 = (text: string): boolean => IPV4.test(text);

/** A loose IPv6 check (hex groups and colons, at most one `::`). */
export const isIpv6 = (text: string): boolean =>
  /^[0-9a-f:]+$/i.test(text) &&
  text.includes(':') &&
  (text.match(/::/g) ?? []).length <= 1 &&
  text.split(':').length <= 8;

const LOCAL_NAMES = new Set(['localhost', 'localhost.localdomain', 'ip6-localhost']);

/** Names answered from /etc/hosts without DNS. */
export const hostsFileAddress = (state: DeviceState, name: string): string | undefined => {
  const lower = name.toLowerCase();
  if (LOCAL_NAMES.has(lower)) return '127.0.0.1';
  if (lower === state.identity.hostname.toLowerCase()) return state.network.ipv4;
  return undefined;
};

/** The first configured DNS server that answers, if any (the one nslookup reports as `Server:`). */
export const liveDnsServer = (state: DeviceState): string | undefined =>
  state.network.dnsServers.find((server) => !state.network.deadDnsServers.includes(server));

/** What the DNS servers say about `name` (nslookup asks them directly, skipping /etc/hosts). */
export const queryDns = (state: DeviceState, name: string): Resolution => {
  if (state.network.dnsServers.length === 0) return { kind: 'no-servers' };
  if (liveDnsServer(state) === undefined) return { kind: 'timeout' };
  const record = cloudHost(name.replace(/\.$/, ''));
  if (!record || state.cloud[record.name] === 'unresolvable') return { kind: 'nxdomain' };
  return {
    kind: 'answer',
    name: record.name,
    addresses: record.addresses,
    ...(record.cname ? { cname: record.cname } : {}),
  };
};

/** getaddrinfo: IP literals, /etc/hosts, then DNS (curl, telnet, ping, the connector). */
export const resolveHost = (state: DeviceState, name: string): Resolution => {
  if (isIpv4(name)) return { kind: 'answer', name, addresses: [name] };
  const local = hostsFileAddress(state, name);
  if (local) return { kind: 'answer', name, addresses: [local] };
  return queryDns(state, name);
};

/** What a TCP SYN to ip:port gets. `service` names who answers when it connects. */
export type TcpOutcome =
  | { readonly kind: 'connected'; readonly service: TcpService }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'refused' };

export type TcpService = 'cloud' | 'connector' | 'ssh' | 'sftunnel' | 'proxy' | 'https-manager';

/** The behaviour of the cloud host owning `ip`, if it is one. */
export const behaviourOfAddress = (state: DeviceState, ip: string): HostBehaviour | undefined => {
  const record = cloudHostByAddress(ip);
  return record ? state.cloud[record.name] : undefined;
};

export const connectTcp = (state: DeviceState, ip: string, port: number): TcpOutcome => {
  if (ip === '127.0.0.1' || ip === '::1') {
    const c = state.connector;
    if (c.installed && c.process === 'running' && state.connectorProperties?.port === port)
      return { kind: 'connected', service: 'connector' };
    if (port === 22) return { kind: 'connected', service: 'ssh' };
    return { kind: 'refused' };
  }
  if (ip === state.network.ipv4) {
    if (port === 22) return { kind: 'connected', service: 'ssh' };
    if (port === 8305 && state.identity.type === 'ftd') return { kind: 'connected', service: 'sftunnel' };
    return { kind: 'refused' };
  }
  const proxy = state.proxy;
  if (proxy.enabled && ip === proxy.host) {
    if (proxy.behaviour === 'unreachable') return { kind: 'timeout' };
    if (proxy.behaviour === 'refused' || port !== proxy.port) return { kind: 'refused' };
    return { kind: 'connected', service: 'proxy' };
  }
  const manager = state.manager;
  if ((manager.kind === 'completed' || manager.kind === 'pending') && ip === manager.host) {
    if (port === 8305) return { kind: 'connected', service: 'sftunnel' };
    if (port === 443) return { kind: 'connected', service: 'https-manager' };
    return { kind: 'refused' };
  }
  const behaviour = behaviourOfAddress(state, ip);
  if (behaviour === undefined) return { kind: 'timeout' };
  if (behaviour === 'timeout') return { kind: 'timeout' };
  if (behaviour === 'refused') return { kind: 'refused' };
  // Cloud front ends listen on 443 only; other ports (8989 included) are silently dropped.
  return port === 443 ? { kind: 'connected', service: 'cloud' } : { kind: 'timeout' };
};

/** The certificate a TLS server presents to the device. */
export interface Certificate {
  readonly subject: string;
  readonly issuer: string;
  readonly notBefore: number;
  readonly notAfter: number;
  /** `cisco` chains to the public root in connectorCA.pem; `interceptor` to a corporate inspection CA. */
  readonly chain: 'cisco' | 'interceptor';
}

/** The certificate for `name` when reached through the network (issuer as in seed 000's `-k` output). */
export const certificateFor = (state: DeviceState, name: string, behaviour: HostBehaviour): Certificate => {
  const day = 86_400_000;
  const subject = `C=US; ST=California; L=San Jose; O=Cisco Systems, Inc.; CN=${name}`;
  return behaviour === 'intercepted'
    ? {
        subject,
        issuer: 'C=US; O=Example Corp; OU=Network Security; CN=Example Corp SSL Inspection CA',
        notBefore: state.createdAt - 30 * day,
        notAfter: state.createdAt + 335 * day,
        chain: 'interceptor',
      }
    : {
        subject,
        issuer: 'C=US; O=HydrantID (Avalanche Cloud Corporation); CN=HydrantID SSL ICA G2',
        notBefore: state.createdAt - 120 * day,
        notAfter: state.createdAt + 245 * day,
        chain: 'cisco',
      };
};

/** Which CA bundle the client verifies with. */
export type TrustStore = 'connector-ca' | 'system';

export type VerifyResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** OpenSSL verify code: 19 self-signed in chain, 20 unable to get local issuer, 9 not yet valid, 10 expired */
      readonly code: 9 | 10 | 19 | 20;
    };

/**
 * OpenSSL's verdict. The old FTD curl's default CApath lacks the HydrantID chain, which is why seed
 * 000 shows "self signed certificate in certificate chain (19)" with `-k` and the guide passes
 * `--cacert /ngfw/etc/ssl/connectorCA.pem`; a modern bundle has it.
 */
export const verifyCertificate = (
  cert: Certificate,
  store: TrustStore,
  flavour: 'legacy' | 'modern',
  deviceNow: number,
): VerifyResult => {
  if (cert.chain === 'interceptor') return { ok: false, code: 19 };
  if (store === 'system' && flavour === 'legacy') return { ok: false, code: 19 };
  if (deviceNow < cert.notBefore) return { ok: false, code: 9 };
  if (deviceNow > cert.notAfter) return { ok: false, code: 10 };
  return { ok: true };
};

/** OpenSSL's text for a verify code (OpenSSL 3 writes "self-signed"). */
export const verifyMessage = (code: 9 | 10 | 19 | 20, flavour: 'legacy' | 'modern'): string => {
  switch (code) {
    case 9:
      return 'certificate is not yet valid';
    case 10:
      return 'certificate has expired';
    case 19:
      return flavour === 'modern'
        ? 'self-signed certificate in certificate chain'
        : 'self signed certificate in certificate chain';
    case 20:
      return 'unable to get local issuer certificate';
  }
};
