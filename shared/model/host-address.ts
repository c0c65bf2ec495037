import { z } from 'zod';

const IPV4_OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${IPV4_OCTET}(\\.${IPV4_OCTET}){3}$`);
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
const ipv6 = z.ipv6();

export const isIpv4 = (text: string): boolean => IPV4.test(text);
export const isIpv6 = (text: string): boolean => ipv6.safeParse(text).success;

/**
 * A DNS host name (RFC 1123 labels, 253 characters at most). All-numeric names such as
 * `10.0.0.300` are refused: they are mistyped IPv4 addresses, not names.
 */
export const isHostName = (text: string): boolean => {
  if (text.length === 0 || text.length > 253) return false;
  const labels = (text.endsWith('.') ? text.slice(0, -1) : text).split('.');
  if (!labels.every((label) => LABEL.test(label))) return false;
  return !labels.every((label) => /^\d+$/.test(label));
};

/** What an SSH target may be: a host name, an IPv4 address or an IPv6 address (without brackets). */
export const isValidHost = (text: string): boolean => isIpv4(text) || isIpv6(text) || isHostName(text);
