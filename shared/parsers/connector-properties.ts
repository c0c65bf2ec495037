import { toLines } from './normalize';
import { rejectEmptyOrFailed, unrecognized, type Unrecognized } from './unrecognized';

/**
 * `cat /ngfw/etc/sf/connector.properties` (root; guide 000 shows `more`) — check `connector.properties`.
 *
 *   connector_fqdn=api-sse.cisco.com
 *
 * Sources: guide 000 (`# more /ngfw/etc/sf/connector.properties`: registration_interval=180,
 * connector_port=8989, connector_fqdn=api-sse.cisco.com) and guide 004 (`cat`, adds
 * `region_discovery_endpoint=https://api-sse.cisco.com/providers/sse/api/v1/regions`). Java-properties style:
 * `#`/`!` comments, `key=value` or `key: value`. `more` on several files prints `::::::::::::::` banners.
 */

/** The SSE Connector's settings. Known keys are typed; every key=value is also kept in `values`. */
export interface ConnectorProperties {
  readonly kind: 'properties';
  readonly values: Readonly<Record<string, string>>;
  /** Seconds between registration attempts (`registration_interval=180`). */
  readonly registrationInterval?: number;
  /** The local API port, 8989 on a healthy device (`connector_port`). */
  readonly connectorPort?: number;
  /** The region's API host (`connector_fqdn`, `api-sse.cisco.com` for the US). */
  readonly connectorFqdn?: string;
  readonly regionDiscoveryEndpoint?: string;
  /** Lines that are neither comments nor key=value (kept so the evaluator can say the file looks odd). */
  readonly otherLines: readonly string[];
}

/** `parseConnectorProperties` returns this. */
export type ConnectorPropertiesResult = ConnectorProperties | Unrecognized;

const integer = (text: string | undefined): number | undefined =>
  text !== undefined && /^\d{1,9}$/.test(text) ? Number(text) : undefined;

/** Parses connector.properties; at least one `key=value` line is required. */
export const parseConnectorProperties = (raw: string): ConnectorPropertiesResult => {
  const lines = toLines(raw);
  const rejected = rejectEmptyOrFailed(lines);
  if (rejected) return rejected;
  const entries = new Map<string, string>(); // a Map, so a key like `__proto__` stays a plain key
  const otherLines: string[] = [];
  for (const line of lines) {
    const text = line.trim();
    if (text === '' || /^[#!]/.test(text) || /^:{4,}$/.test(text)) continue;
    const m = /^([A-Za-z0-9_.-]+)\s*[=:]\s*(.*)$/.exec(text);
    if (m && !entries.has(m[1] ?? '')) entries.set(m[1] ?? '', (m[2] ?? '').trim());
    else if (!m) otherLines.push(text);
  }
  if (entries.size === 0) return unrecognized('unknown-format', 'no key=value line');
  const values = Object.fromEntries(entries);
  const registrationInterval = integer(entries.get('registration_interval'));
  const connectorPort = integer(entries.get('connector_port'));
  const connectorFqdn = entries.get('connector_fqdn') || undefined;
  const regionDiscoveryEndpoint = entries.get('region_discovery_endpoint') || undefined;
  return {
    kind: 'properties',
    values,
    ...(registrationInterval !== undefined ? { registrationInterval } : {}),
    ...(connectorPort !== undefined ? { connectorPort } : {}),
    ...(connectorFqdn ? { connectorFqdn } : {}),
    ...(regionDiscoveryEndpoint ? { regionDiscoveryEndpoint } : {}),
    otherLines,
  };
};
