/** Address shapes the parsers validate before calling something an IP address or a host name. */

const ipv4Pattern = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const ipv6Pattern = /^(?=(?:[^:]*:){2})(?:[0-9a-f]{0,4}:){1,7}(?:[0-9a-f]{0,4}|(?:\d{1,3}\.){3}\d{1,3})(?:%\w+)?$/i;
const hostPattern =
  /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?)*\.?$/i;

export const isIpv4 = (text: string): boolean => ipv4Pattern.test(text);
export const isIpv6 = (text: string): boolean => ipv6Pattern.test(text);

/** 4 or 6 for an IP address, undefined otherwise. */
export const ipFamily = (text: string): 4 | 6 | undefined => (isIpv4(text) ? 4 : isIpv6(text) ? 6 : undefined);

/** An IPv4/IPv6 address or a DNS host name. */
export const isAddressOrHost = (text: string): boolean => isIpv4(text) || isIpv6(text) || hostPattern.test(text);

/** Well-known service names lsof and netstat print instead of port numbers (/etc/services). */
const SERVICES: Readonly<Record<string, number>> = {
  https: 443,
  http: 80,
  domain: 53,
  ssh: 22,
  telnet: 23,
  ntp: 123,
  'http-alt': 8080,
  webcache: 8080,
  sunwebadmins: 8989,
  squid: 3128,
};

/** A port as printed (`443`, `https`, `*`) to its number; undefined for `*` or an unknown name. */
export const portNumber = (port: string): number | undefined => {
  if (/^\d{1,5}$/.test(port)) {
    const n = Number(port);
    return n <= 65535 ? n : undefined;
  }
  return SERVICES[port.toLowerCase()];
};
