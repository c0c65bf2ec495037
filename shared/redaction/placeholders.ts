/**
 * Stable placeholders: the same value always gets the same placeholder for the whole report, so
 * a reader can still follow "[HOST-1] resolves to [IP-2]" across sections without seeing either.
 */
export interface PlaceholderRegistry {
  /** The placeholder for `canonical`, creating `[PREFIX-n]` on first sight. */
  readonly get: (prefix: string, canonical: string) => string;
  /** Make `alias` share the placeholder of `canonical` (a host's short name and its FQDN). */
  readonly alias: (prefix: string, canonical: string, alias: string) => void;
}

export const createPlaceholderRegistry = (): PlaceholderRegistry => {
  const byValue = new Map<string, string>();
  const counters = new Map<string, number>();
  const get = (prefix: string, canonical: string): string => {
    const key = `${prefix}\u0000${canonical}`;
    const known = byValue.get(key);
    if (known) return known;
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    const placeholder = `[${prefix}-${n}]`;
    byValue.set(key, placeholder);
    return placeholder;
  };
  const alias = (prefix: string, canonical: string, other: string): void => {
    const key = `${prefix}\u0000${other}`;
    if (!byValue.has(key)) byValue.set(key, get(prefix, canonical));
  };
  return { get, alias };
};
