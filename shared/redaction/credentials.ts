/**
 * Secrets that must never reach a report, a log or an error message: the caller's own secret
 * strings (passwords, passphrases, the sudo password) and credential shapes that devices and curl
 * print (`password=…`, `Authorization: …`, `user:pass@` in proxy URLs, private key blocks).
 */
export const REDACTED = '[REDACTED]';
export const REDACTED_KEY = '[REDACTED PRIVATE KEY]';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pass over the text replacing every occurrence of every secret, longest first. */
export const secretScrubber = (secrets: readonly string[]): ((text: string) => string) => {
  const distinct = [...new Set(secrets.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
  if (distinct.length === 0) return (text) => text;
  const pattern = new RegExp(distinct.map(escapeRegExp).join('|'), 'g');
  return (text) => text.replace(pattern, REDACTED);
};

// PEM private keys (RSA, EC, OPENSSH, ENCRYPTED …). A block cut short by an output cap is masked to the end.
const PRIVATE_KEY = /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?(?:-----END \1PRIVATE KEY-----|$)/g;

// HTTP headers that carry credentials, as curl -v prints them ("> Authorization: Basic …") or in JSON.
const HEADER =
  /((?:^|[\s>*<"'])(?:proxy-authorization|authorization|cookie|set-cookie|x-auth-access-token|x-auth-refresh-token)["']?[ \t]*:[ \t]*)([^\r\n]+)/gim;

// key=value and "key": "value" forms (connector settings, proxy settings, registration tokens).
const KEY_VALUE =
  /((?:^|[^\w-])[\w-]*(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key)["']?[ \t]*[=:][ \t]*)("[^"\r\n]*"|'[^'\r\n]*'|[^\s,;&"']+)/gim;

// Credentials inside URLs: http://user:pass@proxy:3128 (CSCvs05084 proxies are often authenticated).
const URL_USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)([^\s@/]+)(@)/gi;

const quoted = (value: string): string => {
  const quote = value[0];
  return quote === '"' || quote === "'" ? `${quote}${REDACTED}${quote}` : REDACTED;
};

/** Mask credential shapes that need no list of secrets. Idempotent. */
export const scrubCredentialPatterns = (text: string): string =>
  text
    .replace(PRIVATE_KEY, REDACTED_KEY)
    .replace(HEADER, (_all, head: string) => `${head}${REDACTED}`)
    .replace(KEY_VALUE, (_all, head: string, value: string) => `${head}${quoted(value)}`)
    .replace(URL_USERINFO, (_all, head: string, _secret: string, at: string) => `${head}${REDACTED}${at}`);
