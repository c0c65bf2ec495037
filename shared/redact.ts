import type { SessionRecord } from './model/session';
import { REDACTED, REDACTED_KEY, scrubCredentialPatterns, secretScrubber } from './redaction/credentials';
import { hostnameMasker } from './redaction/hostnames';
import { maskAddresses } from './redaction/ip-addresses';
import { createPlaceholderRegistry } from './redaction/placeholders';
import { mapStrings } from './redaction/walk';

export { REDACTED, REDACTED_KEY };

/**
 * What a report masks besides secrets. Secrets are masked always; addresses and names only on
 * request (PRODUCT.md, "Report": "masks secrets always, and host names/IP addresses on request").
 */
export interface RedactionOptions {
  /** IPv4 and IPv6 addresses → `[IP-n]` / `[IPv6-n]`. Loopback, unspecified and netmasks stay. */
  readonly addresses: boolean;
  /** FQDNs and the device's own names (hostname, SSH host) → `[HOST-n]`. */
  readonly hostnames: boolean;
  /**
   * When masking names, keep the Cisco cloud's public names (*.cisco.com, *.sourcefire.com,
   * *.threatgrid.com): they identify nothing about the customer and TAC needs them. Default true.
   */
  readonly keepCiscoHosts: boolean;
}

export const DEFAULT_REDACTION: RedactionOptions = { addresses: false, hostnames: false, keepCiscoHosts: true };

export interface RedactorInput {
  /** Every secret the session used: passwords, key passphrases, the sudo password. */
  readonly secrets: readonly string[];
  readonly options?: Partial<RedactionOptions>;
  /** The device's own names, masked wherever they stand alone when `hostnames` is on. */
  readonly deviceNames?: readonly string[];
}

/** Masks text. One redactor per report: placeholders stay stable across everything it masks. */
export interface Redactor {
  readonly text: (text: string) => string;
  readonly options: RedactionOptions;
}

/**
 * Build a redactor. Order matters: secrets and credential shapes first (a password inside a URL is
 * gone before the URL's host is looked at), then names (reverse-DNS names contain addresses), then
 * addresses. Each step is idempotent and never matches a placeholder, so redacting twice changes
 * nothing.
 */
export const createRedactor = (input: RedactorInput): Redactor => {
  const options: RedactionOptions = { ...DEFAULT_REDACTION, ...input.options };
  const scrubSecrets = secretScrubber(input.secrets);
  const registry = createPlaceholderRegistry();
  const maskNames = options.hostnames
    ? hostnameMasker(registry, { keepCiscoHosts: options.keepCiscoHosts, deviceNames: input.deviceNames ?? [] })
    : undefined;
  const text = (raw: string): string => {
    let out = scrubCredentialPatterns(scrubSecrets(raw));
    if (maskNames) out = maskNames(out);
    if (options.addresses) out = maskAddresses(out, registry);
    return out;
  };
  return { text, options };
};

/** Fields that are ids, enums, i18n keys or timestamps: never device text, and must stay valid. */
const STRUCTURAL_KEYS: ReadonlySet<string> = new Set([
  'key',
  'id',
  'stage',
  'status',
  'type',
  'region',
  'state',
  'outcome',
  'actionId',
  'checks',
  'supports',
  'relatedBugs',
  'schemaVersion',
  'startedAt',
  'finishedAt',
  'confirmedAt',
  'version',
  'build',
]);

/**
 * The session record with every piece of device text, message parameter, command, output and
 * error masked by `redactor`. Reports are built only from a record that went through here.
 */
export const redactSessionRecord = (record: SessionRecord, redactor: Redactor): SessionRecord =>
  mapStrings(record, redactor.text, STRUCTURAL_KEYS) as SessionRecord;

/**
 * Any other JSON-like value of the session (a live event, an action record) masked the same way,
 * with the same structural keys left alone: what main sends the renderer goes through here.
 */
export const redactValue = <T>(value: T, redactor: Redactor): T => mapStrings(value, redactor.text, STRUCTURAL_KEYS) as T;

/** The device names a record knows, for `RedactorInput.deviceNames`. */
export const deviceNamesOf = (record: SessionRecord): readonly string[] =>
  [record.device.hostname, record.device.host].filter((name): name is string => Boolean(name));
