import type { PlaceholderRegistry } from './placeholders';

/**
 * IP address masking. Addresses that identify nothing stay readable because the evidence needs
 * them: loopback (the connector listens on localhost:8989, guide 000), the unspecified address and
 * netmasks. Everything else gets a stable placeholder, `[IP-n]` for IPv4 and `[IPv6-n]` for IPv6.
 */
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
// Not part of a longer dotted number, and not a version ("v6.2.3.3", "Version 6.4.0.1", "1.2.3.4.5").
const IPV4 = new RegExp(`(?<![\\w.])(?<!version:?\\s{1,3})${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, 'gi');
// Candidates only: validated by parseIPv6 below (times like 14:34:02 and MACs are not addresses).
const IPV6_CANDIDATE =
  /(?<![\w:.%-])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?::(?:\d{1,3}\.){3}\d{1,3}|\.\d{1,3}(?:\.\d{1,3}){2})?(?:%[\w.-]+)?/gi;

const ipv4Number = (text: string): number => text.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);

const isNetmask = (n: number): boolean => {
  if (n < 0x80000000) return false;
  const inverted = ~n >>> 0;
  return (inverted & (inverted + 1)) === 0;
};

/** Loopback, unspecified, broadcast and netmasks stay as they are. */
export const isKeptIPv4 = (text: string): boolean => {
  const n = ipv4Number(text);
  return n === 0 || text.startsWith('127.') || isNetmask(n);
};

const isIPv4 = (text: string): boolean => new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`).test(text);

/** The eight groups of an IPv6 address (zone id dropped), or undefined when it is not one. */
export const parseIPv6 = (text: string): readonly number[] | undefined => {
  const address = text.split('%')[0] ?? '';
  let head = address;
  const tail: number[] = [];
  const lastColon = address.lastIndexOf(':');
  const maybeV4 = address.slice(lastColon + 1);
  if (maybeV4.includes('.')) {
    if (!isIPv4(maybeV4)) return undefined;
    const n = ipv4Number(maybeV4);
    tail.push(Math.floor(n / 65536), n % 65536);
    head = address.slice(0, lastColon + 1);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    for (const group of part.split(':')) {
      if (!/^[0-9a-f]{1,4}$/i.test(group)) return undefined;
      out.push(parseInt(group, 16));
    }
    return out;
  };
  const left = groups(halves[0] ?? '');
  const right = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (!left || !right) return undefined;
  const given = left.length + right.length + tail.length;
  if (halves.length === 2) {
    if (given > 7) return undefined;
    return [...left, ...new Array<number>(8 - given).fill(0), ...right, ...tail];
  }
  return given === 8 ? [...left, ...tail] : undefined;
};

const isKeptIPv6 = (groups: readonly number[]): boolean =>
  groups.slice(0, 7).every((g) => g === 0) && (groups[7] === 0 || groups[7] === 1);

/** Replace every IPv6 and IPv4 address in `text` with its stable placeholder. Idempotent. */
export const maskAddresses = (text: string, registry: PlaceholderRegistry): string =>
  text
    .replace(IPV6_CANDIDATE, (candidate, offset: number, whole: string) => {
      if (/\w/.test(whole[offset + candidate.length] ?? '')) return candidate;
      // Sentence punctuation after an address is not part of it ("… 2001:db8::1.", "[2001:db8::1]:443").
      for (let end = candidate.length; end > 1; end -= 1) {
        const groups = parseIPv6(candidate.slice(0, end));
        if (groups) {
          if (isKeptIPv6(groups)) return candidate;
          return registry.get('IPv6', groups.map((g) => g.toString(16)).join(':')) + candidate.slice(end);
        }
        if (!/[.:]$/.test(candidate.slice(0, end))) return candidate;
      }
      return candidate;
    })
    .replace(IPV4, (address) => (isKeptIPv4(address) ? address : registry.get('IP', address)));
