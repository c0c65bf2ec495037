import { fingerprintOf } from './host-key';
import { hostFieldMatches, hostToken } from './host-pattern';

/** One key line of a known_hosts file (comments and blank lines are not entries). */
export interface KnownHostLine {
  /** 1-based line number in the file, as an editor shows it. */
  readonly line: number;
  readonly marker: '@revoked' | '@cert-authority' | null;
  /** The host field as written: a comma list of patterns, or one hashed `|1|…` name. */
  readonly hosts: string;
  readonly keyType: string;
  readonly base64: string;
  readonly fingerprint: string;
}

/** Split a file into lines, keeping each line's own ending so a rewrite keeps the rest byte for byte. */
export const splitLines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/** Parse every key line; lines we cannot read are skipped (OpenSSH ignores them too). */
export const parseKnownHosts = (text: string): KnownHostLine[] => {
  const entries: KnownHostLine[] = [];
  splitLines(text).forEach((raw, index) => {
    const fields = raw.trim().split(/\s+/);
    if (fields[0] === undefined || fields[0] === '' || fields[0].startsWith('#')) return;
    const marker = fields[0] === '@revoked' || fields[0] === '@cert-authority' ? fields[0] : null;
    const [hosts, keyType, base64] = marker ? fields.slice(1) : fields;
    if (!hosts || !keyType || !base64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return;
    const blob = Buffer.from(base64, 'base64');
    entries.push({ line: index + 1, marker, hosts, keyType, base64, fingerprint: fingerprintOf(blob) });
  });
  return entries;
};

/** What the file says about one presented host key. */
export type HostKeyLookup =
  | { readonly status: 'known'; readonly line: number }
  | { readonly status: 'changed'; readonly line: number }
  | { readonly status: 'revoked'; readonly line: number }
  | { readonly status: 'unknown'; readonly otherTypes: readonly string[] };

/**
 * Look a presented key up the way OpenSSH does: a revoked key is refused; the same key under
 * this name is known; a different key of the same type under this name is a changed key.
 */
export const lookupHostKey = (
  entries: readonly KnownHostLine[],
  host: string,
  port: number,
  key: { readonly keyType: string; readonly base64: string },
): HostKeyLookup => {
  const token = hostToken(host, port);
  const revoked = entries.find((e) => e.marker === '@revoked' && e.base64 === key.base64);
  if (revoked) return { status: 'revoked', line: revoked.line };
  const named = entries.filter((e) => e.marker === null && hostFieldMatches(e.hosts, token));
  const same = named.find((e) => e.base64 === key.base64);
  if (same) return { status: 'known', line: same.line };
  const changed = named.find((e) => e.keyType === key.keyType);
  if (changed) return { status: 'changed', line: changed.line };
  return { status: 'unknown', otherTypes: [...new Set(named.map((e) => e.keyType))] };
};

/** Key types on file for this host, to prefer them when negotiating. */
export const knownKeyTypes = (entries: readonly KnownHostLine[], host: string, port: number): string[] => {
  const token = hostToken(host, port);
  return [
    ...new Set(entries.filter((e) => e.marker === null && hostFieldMatches(e.hosts, token)).map((e) => e.keyType)),
  ];
};
