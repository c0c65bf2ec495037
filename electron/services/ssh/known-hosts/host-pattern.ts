import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The name a host is filed under in known_hosts: `host` on port 22, `[host]:port` otherwise
 * (sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT"). Host names are compared in lower case.
 */
export const hostToken = (host: string, port: number): string =>
  port === 22 ? host.toLowerCase() : `[${host.toLowerCase()}]:${port}`;

/** `host` / `[host]:port` back to its parts; null for wildcard patterns and hashed names. */
export const parseHostToken = (token: string): { host: string; port: number } | null => {
  if (/[*?!|]/.test(token)) return null;
  const bracketed = /^\[([^\]]+)\]:(\d{1,5})$/.exec(token);
  if (bracketed) return { host: bracketed[1] ?? '', port: Number(bracketed[2]) };
  return { host: token, port: 22 };
};

/** A hashed name `|1|salt|hash`: HMAC-SHA1 of the host token keyed by the salt (HashKnownHosts). */
const matchesHashed = (field: string, token: string): boolean => {
  const [, magic, salt, hash] = field.split('|');
  if (magic !== '1' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = createHmac('sha1', Buffer.from(salt, 'base64')).update(token).digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual);
};

const wildcard = (pattern: string): RegExp =>
  new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');

/**
 * Does a known_hosts host field (comma list, `*`/`?` wildcards, `!` negation, or one hashed
 * name) name this host token? A negated match wins over any positive one, as in OpenSSH.
 */
export const hostFieldMatches = (field: string, token: string): boolean => {
  if (field.startsWith('|')) return matchesHashed(field, token);
  let positive = false;
  for (const raw of field.split(',')) {
    const negated = raw.startsWith('!');
    const pattern = negated ? raw.slice(1) : raw;
    if (!wildcard(pattern).test(token)) continue;
    if (negated) return false;
    positive = true;
  }
  return positive;
};

/** A hashed entry for a token (for tests and for writers that want HashKnownHosts). */
export const hashHostToken = (token: string, salt: Buffer): string =>
  `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(token).digest('base64')}`;
