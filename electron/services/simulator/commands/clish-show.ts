import { contentVersions, modelLine } from '../device-profile';
import type { DeviceState } from '../state';

/**
 * What CLISH prints for `show version`, `show network`, `show managers` and `show ntp`, from the
 * state. Layout of device facts §1.3–1.4: 52-column `--[ name ]--` / `==[ name ]==` banners, keys
 * padded to 26 columns then `: `, extra DNS servers as indented continuation lines, and no
 * `DNS Servers` line at all when none is configured.
 */
const WIDTH = 52;

const banner = (fill: string, name: string): string => {
  const label = `[ ${name} ]`;
  const left = Math.floor((WIDTH - label.length) / 2);
  return `${fill.repeat(Math.max(0, left))}${label}${fill.repeat(Math.max(0, WIDTH - label.length - left))}`;
};

const kv = (key: string, value: string | number): string => `${key.padEnd(26)}: ${value}`;

export const showVersion = (state: DeviceState): string =>
  [
    banner('-', state.identity.hostname),
    kv('Model', modelLine(state.identity)),
    kv('UUID', state.identity.uuid),
    ...contentVersions(state.identity).map(([k, v]) => kv(k, v)),
    '-'.repeat(WIDTH),
    '',
  ].join('\n');

export const showNetwork = (state: DeviceState): string => {
  const net = state.network;
  const lines = [banner('=', 'System Information'), kv('Hostname', state.identity.hostname)];
  if (net.searchDomains.length) lines.push(kv('Domains', net.searchDomains.join(' ')));
  const [first, ...others] = net.dnsServers;
  if (first !== undefined)
    lines.push(kv('DNS Servers', first), ...others.map((server) => `${' '.repeat(28)}${server}`));
  lines.push(kv('Management port', 8305), 'IPv4 Default route', kv('  Gateway', net.gateway), '');
  lines.push(
    banner('=', 'eth0'),
    kv('State', 'Enabled'),
    kv('Link', 'Up'),
    kv('Channels', 'Management & Events'),
    kv('Mode', 'Non-Autonegotiation'),
    kv('MDI/MDIX', 'Auto/MDIX'),
    kv('MTU', 1500),
    kv('MAC Address', net.mac),
    banner('-', 'IPv4'),
    kv('Configuration', 'Manual'),
    kv('Address', net.ipv4),
    kv('Netmask', net.netmask),
    kv('Gateway', net.gateway),
    banner('-', 'IPv6'),
    kv('Configuration', 'Disabled'),
    '',
    banner('=', 'Proxy Information'),
  );
  const proxy = state.proxy;
  if (!proxy.enabled) lines.push(kv('State', 'Disabled'), kv('Authentication', 'Disabled'));
  else {
    lines.push(kv('State', 'Enabled'), kv('HTTP Proxy Address', proxy.host), kv('HTTP Proxy Port', proxy.port));
    lines.push(kv('Authentication', proxy.username ? 'Enabled' : 'Disabled'));
    if (proxy.username) lines.push(kv('Username', proxy.username));
  }
  lines.push('');
  return lines.join('\n');
};

export const showManagers = (state: DeviceState): string => {
  const manager = state.manager;
  if (manager.kind === 'none') return 'No managers configured.\n';
  if (manager.kind === 'local') return 'Managed locally.\n';
  return [
    kv('Type', 'Manager'),
    kv('Host', manager.host),
    kv('Display name', manager.host),
    kv('Identifier', manager.host),
    kv('Registration', manager.kind === 'completed' ? 'Completed' : 'Pending'),
    '',
  ].join('\n');
};

/** `show ntp` in the single-space form of doc 215468 and the JP community article. */
export const showNtp = (state: DeviceState): string => {
  const ntp = state.ntp;
  if (!ntp.server) return 'No NTP servers configured.\n';
  return [
    `NTP Server : ${ntp.server}`,
    `Status : ${ntp.status}`,
    `Offset : ${ntp.offsetMs.toFixed(3)} (milliseconds)`,
    `Last Update : ${ntp.lastUpdateS} (seconds)`,
    '',
  ].join('\n');
};
