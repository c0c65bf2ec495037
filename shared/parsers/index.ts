/**
 * Device-output parsers: one pure function per command, text in → typed facts out. Every result is a
 * discriminated union on `kind` with an `unrecognized` member (→ an `inconclusive` verdict). No parser throws.
 * The check evaluators consume these types; `PARSERS` lists them by command for the catalog and the tests.
 */
import { parseConnectorContext } from './connector-context';
import { parseConnectorLog } from './connector-log';
import { parseConnectorProperties } from './connector-properties';
import { parseCurlVerbose } from './curl-verbose';
import { parseDateU } from './date-u';
import { parseLoginBanner } from './login-banner';
import { parseLsof } from './lsof';
import { parseNetstat } from './netstat';
import { parseNslookup } from './nslookup';
import { parsePing } from './ping';
import { parsePmtoolStatus } from './pmtool-status';
import { parseSfVersion } from './sf-version';
import { parseShowManagers } from './show-managers';
import { parseShowNetwork } from './show-network';
import { parseShowNtp } from './show-ntp';
import { parseShowVersion } from './show-version';
import { parseTelnet } from './telnet';

export { normalizeOutput, toLines } from './normalize';
export { unrecognized, type Unrecognized, type UnrecognizedCode } from './unrecognized';
export type { GrepRun, NoMatch } from './grep-run';
export { ipFamily, isAddressOrHost, portNumber } from './addresses';
export { compareVersions, isVersionAtLeast, parseVersionNumber, SSE_CONNECTOR_MIN_VERSION } from './version-compare';
export type { Branding, DeviceFamily } from './product-name';

export {
  parseShowVersion,
  type OperatingSystemVersion,
  type VersionFacts,
  type VersionResult,
  type VersionSource,
} from './show-version';
export { parseSfVersion } from './sf-version';
export { parseLoginBanner } from './login-banner';
export {
  parseShowNetwork,
  type DnsServers,
  type InterfaceAddressing,
  type ManagementInterface,
  type NetworkFacts,
  type ProxyInfo,
  type ShowNetworkResult,
} from './show-network';
export { parseShowManagers, type Manager, type Registration, type ShowManagersResult } from './show-managers';
export { parseShowNtp, type NtpServer, type NtpStatus, type ShowNtpResult } from './show-ntp';
export { parseDateU, type DateUtcResult, type DeviceInstant } from './date-u';
export {
  parseNslookup,
  type NslookupFailure,
  type NslookupResult,
  type NslookupServer,
  type NslookupStyle,
  type ResolvedAddress,
} from './nslookup';
export {
  certProblemOf,
  parseCurlVerbose,
  type CertProblem,
  type CurlCertificate,
  type CurlCertVerifyFailed,
  type CurlConnectTimeout,
  type CurlDate,
  type CurlEndpoint,
  type CurlExit,
  type CurlFailure,
  type CurlHttpAnswer,
  type CurlNetworkUnreachable,
  type CurlOutcome,
  type CurlProxy,
  type CurlProxyFailed,
  type CurlRefused,
  type CurlReset,
  type CurlResolveFailed,
  type CurlResponseTimeout,
  type CurlTls,
  type CurlTlsHandshakeFailed,
  type CurlTrace,
  type CurlVerify,
} from './curl-verbose';
export {
  parseConnectorProperties,
  type ConnectorProperties,
  type ConnectorPropertiesResult,
} from './connector-properties';
export {
  findPmtoolProcess,
  parsePmtoolStatus,
  type PmtoolProcess,
  type PmtoolStatusResult,
  type ProcessState,
} from './pmtool-status';
export {
  parseNetstat,
  unixSocketUse,
  type InetSocket,
  type NetstatResult,
  type SocketAddress,
  type UnixSocket,
  type UnixSocketUse,
} from './netstat';
export { parseLsof, type LsofEndpoint, type LsofEntry, type LsofResult } from './lsof';
export {
  classifyLogMessage,
  parseConnectorLog,
  summarizeConnectorLog,
  type ConnectorLogResult,
  type ConnectorLogSummary,
  type LogEntry,
  type LogLevel,
  type LogSign,
  type LogSource,
  type SignSummary,
} from './connector-log';
export { parseConnectorContext, type ConnectorContextResult, type ContextSignal } from './connector-context';
export { parseTelnet, type TelnetResult } from './telnet';
export { parsePing, type PingResult } from './ping';

/**
 * Every parser by the name of its fixture folder (`test/fixtures/outputs/<ftd|fmc|common>/<command>/`).
 * Each takes the raw output (and, for grep-filtered commands, an optional `GrepRun`).
 */
export const PARSERS = {
  'show-version': parseShowVersion,
  'sf-version': parseSfVersion,
  'login-banner': parseLoginBanner,
  'show-network': parseShowNetwork,
  'show-managers': parseShowManagers,
  'show-ntp': parseShowNtp,
  'date-u': parseDateU,
  nslookup: parseNslookup,
  'curl-v': parseCurlVerbose,
  'connector-properties': parseConnectorProperties,
  'pmtool-status': parsePmtoolStatus,
  'netstat-anlp': parseNetstat,
  'lsof-i': parseLsof,
  'connector-log': parseConnectorLog,
  'connector-context': parseConnectorContext,
  telnet: parseTelnet,
  ping: parsePing,
} as const;

export type ParsedCommand = keyof typeof PARSERS;
