import { isAddressOrHost } from './addresses';
import { findField, findSection, parseClishDocument, type ClishSection } from './clish-fields';
import { toLines } from './normalize';
import { rejectEmptyOrFailed, unrecognized, type Unrecognized } from './unrecognized';

/**
 * `show network` (CLISH, FTD and FMC) — checks `dns.servers` and `network.proxy`.
 *
 *   DNS Servers               : 208.67.222.222
 *
 * Sources: device-facts §1.3 (FP1010 FTD 7.4.2 with `management0`, three DNS servers on continuation lines,
 * `DNS from router`; an older 6.x box with `br1` and no `DNS Servers` line at all when none is configured;
 * the `Proxy Information` block: CSCvs05084). Guide 004 option 1: "> show network", then
 * "> configure network dns servers dns_ip_addresses".
 */

/**
 * The DNS servers the device resolves with. `none` says why: the line is absent (6.x prints no line when
 * none is set), its value is empty, or it says `none` (the setup script's word for no servers).
 */
export type DnsServers =
  | { readonly state: 'configured'; readonly servers: readonly string[] }
  | { readonly state: 'none'; readonly why: 'line-absent' | 'empty-value' | 'none-value' };

/** IPv4 or IPv6 settings of a management interface, as printed. */
export interface InterfaceAddressing {
  readonly configuration?: string;
  readonly address?: string;
  readonly netmask?: string;
  readonly gateway?: string;
}

/** A management interface block (`br1` on 6.x, `management0` on 7.x). Values are as printed. */
export interface ManagementInterface {
  readonly name: string;
  /** `State` (6.x) or `Admin State` (7.x): `Enabled`/`enabled`. */
  readonly state?: string;
  /** `Link` or `Link State`: `up`/`down`. */
  readonly link?: string;
  readonly channels?: string;
  readonly mac?: string;
  readonly ipv4?: InterfaceAddressing;
  readonly ipv6?: InterfaceAddressing;
}

/** The `Proxy Information` block (CSCvs05084: an enabled proxy can break the cloud connection). */
export interface ProxyInfo {
  readonly state: 'enabled' | 'disabled';
  readonly authentication?: 'enabled' | 'disabled';
  readonly host?: string;
  readonly port?: number;
  readonly username?: string;
}

/** The facts of `show network` that the checks read. */
export interface NetworkFacts {
  readonly kind: 'network';
  /** `br1` = the 6.x layout, `management0` = the 7.x layout, `other` = another first interface name. */
  readonly layout: 'br1' | 'management0' | 'other';
  readonly hostname?: string;
  readonly dns: DnsServers;
  readonly dnsFromRouter?: boolean;
  readonly managementPort?: number;
  /** `IPv4 Default route / Gateway` (`data-interfaces` when management traffic leaves by the data ports). */
  readonly ipv4DefaultGateway?: string;
  readonly interfaces: readonly ManagementInterface[];
  /**
   * Absent when the output has no `Proxy Information` block (older releases print none). Its absence is
   * not evidence that no proxy is configured.
   */
  readonly proxy?: ProxyInfo;
}

/** `parseShowNetwork` returns this. */
export type ShowNetworkResult = NetworkFacts | Unrecognized;

const enabled = (value: string | undefined): 'enabled' | 'disabled' | undefined =>
  value === undefined
    ? undefined
    : /^enabled$/i.test(value)
      ? 'enabled'
      : /^disabled$/i.test(value)
        ? 'disabled'
        : undefined;

const value = (section: ClishSection | undefined, ...names: string[]): string | undefined => {
  const v = findField(section, ...names)?.value;
  return v ? v : undefined;
};

const readDns = (system: ClishSection): DnsServers | Unrecognized => {
  const line = findField(system, 'DNS Servers', 'DNS Server');
  if (!line) return { state: 'none', why: 'line-absent' };
  const tokens = [line.value, ...line.more].flatMap((part) => part.split(/[\s,]+/)).filter((t) => t !== '');
  if (tokens.length === 0) return { state: 'none', why: 'empty-value' };
  if (tokens.length === 1 && /^none$/i.test(tokens[0] ?? '')) return { state: 'none', why: 'none-value' };
  const bad = tokens.find((t) => !isAddressOrHost(t));
  if (bad !== undefined) return unrecognized('unknown-format', `"${bad}" in DNS Servers is not an address`);
  return { state: 'configured', servers: tokens };
};

const addressing = (section: ClishSection | undefined): InterfaceAddressing | undefined => {
  if (!section) return undefined;
  const configuration = value(section, 'Configuration');
  const address = value(section, 'Address', 'IPv4 Address', 'IPv6 Address');
  const netmask = value(section, 'Netmask', 'Prefix Length');
  const gateway = value(section, 'Gateway');
  return {
    ...(configuration ? { configuration } : {}),
    ...(address ? { address } : {}),
    ...(netmask ? { netmask } : {}),
    ...(gateway ? { gateway } : {}),
  };
};

const readInterfaces = (sections: readonly ClishSection[]): ManagementInterface[] => {
  const interfaces: ManagementInterface[] = [];
  sections.forEach((section, at) => {
    const title = section.title ?? '';
    if (section.rule !== '=' || /^(System|Proxy) Information$/i.test(title)) return;
    const minors: ClishSection[] = [];
    for (const next of sections.slice(at + 1)) {
      if (next.rule !== '-') break;
      minors.push(next);
    }
    const v4 = addressing(minors.find((s) => /^IPv4$/i.test(s.title ?? '')));
    const v6 = addressing(minors.find((s) => /^IPv6$/i.test(s.title ?? '')));
    const state = value(section, 'Admin State', 'State');
    const link = value(section, 'Link', 'Link State');
    const channels = value(section, 'Channels');
    const mac = value(section, 'MAC Address');
    interfaces.push({
      name: title,
      ...(state ? { state } : {}),
      ...(link ? { link } : {}),
      ...(channels ? { channels } : {}),
      ...(mac ? { mac } : {}),
      ...(v4 ? { ipv4: v4 } : {}),
      ...(v6 ? { ipv6: v6 } : {}),
    });
  });
  return interfaces;
};

const readProxy = (section: ClishSection | undefined): ProxyInfo | Unrecognized | undefined => {
  if (!section) return undefined;
  const state = enabled(value(section, 'State'));
  if (!state) return unrecognized('truncated', 'the Proxy Information block has no "State : Enabled|Disabled"');
  const authentication = enabled(value(section, 'Authentication'));
  const host = section.fields.find((f) =>
    /proxy (?:address|host|server)|^(?:address|host|server)$/i.test(f.key),
  )?.value;
  const port = section.fields.find((f) => /port/i.test(f.key))?.value;
  const username = section.fields.find((f) => /user/i.test(f.key))?.value;
  return {
    state,
    ...(authentication ? { authentication } : {}),
    ...(host ? { host } : {}),
    ...(port && /^\d{1,5}$/.test(port) ? { port: Number(port) } : {}),
    ...(username ? { username } : {}),
  };
};

/**
 * Parses `show network`. Decisive: the `System Information` block, closed by the next block (so a cut-off
 * output is never read as "no DNS line"); its `DNS Servers` line and continuations give the servers.
 */
export const parseShowNetwork = (raw: string): ShowNetworkResult => {
  const lines = toLines(raw);
  const rejected = rejectEmptyOrFailed(lines);
  if (rejected) return rejected;
  const doc = parseClishDocument(lines);
  const systemAt = doc.sections.findIndex((s) => /^System Information$/i.test(s.title ?? ''));
  const system = doc.sections[systemAt];
  if (!system) return unrecognized('unknown-format', 'no "System Information" block');
  if (systemAt === doc.sections.length - 1) {
    return unrecognized('truncated', 'the output stops inside the System Information block');
  }
  const dns = readDns(system);
  if ('kind' in dns) return dns;
  const interfaces = readInterfaces(doc.sections);
  const proxy = readProxy(findSection(doc, 'Proxy Information'));
  if (proxy && 'kind' in proxy) return proxy;
  const first = interfaces[0]?.name ?? '';
  const layout = /^br1$/i.test(first) ? 'br1' : /^management0$/i.test(first) ? 'management0' : 'other';
  const host = value(system, 'Hostname');
  const fromRouter = enabled(value(system, 'DNS from router'));
  const port = value(system, 'Management port');
  const gateway = value(system, 'Gateway');
  return {
    kind: 'network',
    layout,
    ...(host ? { hostname: host } : {}),
    dns,
    ...(fromRouter ? { dnsFromRouter: fromRouter === 'enabled' } : {}),
    ...(port && /^\d{1,5}$/.test(port) ? { managementPort: Number(port) } : {}),
    ...(gateway ? { ipv4DefaultGateway: gateway } : {}),
    interfaces,
    ...(proxy ? { proxy } : {}),
  };
};
