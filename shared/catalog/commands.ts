import { isIpv4, isIpv6 } from '../parsers/addresses';
import { ALL_CLOUD_HOSTS } from './regions';
import type { CommandSpec } from './types';

/**
 * Every command the probe checks send, built here from fixed text and validated parameters only: cloud
 * host names from regions.ts (checked against ALL_CLOUD_HOSTS) and, for the proxy probe, an address and
 * port read from `show network` that must pass a strict shape check. Nothing typed by a user ever reaches a
 * command (PRODUCT.md, Security). Each command is bounded on the device itself (`timeout N`, curl's
 * `--connect-timeout`/`-m`), and `timeoutMs` bounds it again on our side with room for a slow device.
 */

/** The CA bundle the SSE Connector verifies the cloud with (guide 000: `--cacert /ngfw/etc/ssl/connectorCA.pem`). */
export const CONNECTOR_CA = '/ngfw/etc/ssl/connectorCA.pem';
export const CONNECTOR_PROPERTIES_PATH = '/ngfw/etc/sf/connector.properties';
export const CONNECTOR_LOG_PATH = '/ngfw/var/log/connector/connector.log';
/** The EventHandler's socket the connector pushes events into (guide 000). */
export const EVENT_HANDLER_SOCKET = 'EventHandler_SSEConnector.sock';
/** The SSE Connector's local API port (guide 000/004: `connector_port=8989`). */
export const CONNECTOR_PORT = 8989;

/** Seconds curl may spend connecting, and in total, per host. */
export const CURL_CONNECT_TIMEOUT_S = 5;
export const CURL_MAX_TIME_S = 10;
/** Seconds one nslookup may take on the device before `timeout` stops it. */
export const NSLOOKUP_TIMEOUT_S = 10;
/**
 * Seconds one telnet port probe may take. Short: the probe is information only, a TCP handshake takes well
 * under a second on any working path, and a port the cloud drops (8989 often is) must not hold up a healthy
 * session (PRODUCT.md target: every check of a healthy device in under 3 s).
 */
export const TELNET_TIMEOUT_S = 2;
/** Lines of connector.log read: the recent past only, never the whole file (PRODUCT.md targets: 500 MB logs). */
export const CONNECTOR_LOG_LINES = 400;
export const CONNECTOR_LOG_MAX_BYTES = 256 * 1024;

/** GNU `timeout`'s exit status when it stopped the command. */
export const TIMEOUT_EXIT_CODE = 124;

/** Room on our side for a slow device (issue 4: every answer 2 s late still diagnoses right). */
const SLACK_MS = 10_000;

const cloudHost = (host: string): string => {
  if (!ALL_CLOUD_HOSTS.includes(host)) throw new Error(`not a cloud host of the catalog: ${host}`);
  return host;
};

/** CLISH `show network`: dns.servers and network.proxy share it (the engine runs it once). */
export const SHOW_NETWORK: CommandSpec = { privilege: 'clish', command: 'show network', timeoutMs: 15_000 };

/** The device clock (expert `date -u`): time.ntp compares it with ours, connector.log dates "recent" with it. */
export const DATE_UTC: CommandSpec = { privilege: 'expert', command: 'date -u', timeoutMs: 10_000 };

/**
 * `lsof -nP -i | grep conn` (guide 000/004 type `lsof -i | grep conn`): connector.process and
 * connector.cloud-session share it. `-n -P` skip reverse DNS and service names: on a device whose DNS is
 * broken — exactly when this tool runs — each reverse lookup would wait for its timeout.
 */
export const LSOF_CONNECTOR: CommandSpec = { privilege: 'root', command: 'lsof -nP -i | grep conn', timeoutMs: 30_000 };

/** Guide 000's probe: `curl -v --cacert /ngfw/etc/ssl/connectorCA.pem https://HOST`, bounded. */
export const curlVerified = (host: string): CommandSpec => ({
  privilege: 'root',
  command: `curl -v --cacert ${CONNECTOR_CA} --connect-timeout ${CURL_CONNECT_TIMEOUT_S} -m ${CURL_MAX_TIME_S} https://${cloudHost(host)}`,
  timeoutMs: CURL_MAX_TIME_S * 1000 + SLACK_MS,
});

/** Guide 000's `curl -v -k https://HOST`: the same host without certificate checks, to read who signed it. */
export const curlInsecure = (host: string): CommandSpec => ({
  privilege: 'root',
  command: `curl -v -k --connect-timeout ${CURL_CONNECT_TIMEOUT_S} -m ${CURL_MAX_TIME_S} https://${cloudHost(host)}`,
  timeoutMs: CURL_MAX_TIME_S * 1000 + SLACK_MS,
});

/** An HTTP proxy address as `show network` prints it, accepted only when it is an IP address or a host name. */
export interface ProxyEndpoint {
  readonly host: string;
  readonly port: number;
}

const hostName = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** The proxy endpoint when both parts are safe to put in a command line, else undefined. */
export const proxyEndpoint = (host: string | undefined, port: number | undefined): ProxyEndpoint | undefined => {
  if (host === undefined || port === undefined) return undefined;
  if (!Number.isInteger(port) || port < 1 || port > 65_535) return undefined;
  return isIpv4(host) || isIpv6(host) || hostName.test(host) ? { host, port } : undefined;
};

const proxyUrl = ({ host, port }: ProxyEndpoint): string => `http://${isIpv6(host) ? `[${host}]` : host}:${port}`;

/** The guide's probe through the configured proxy (CSCvs05084): `curl -v … -x http://HOST:PORT https://API`. */
export const curlThroughProxy = (proxy: ProxyEndpoint, host: string): CommandSpec => {
  const checked = proxyEndpoint(proxy.host, proxy.port);
  if (!checked) throw new Error('invalid proxy endpoint');
  return {
    privilege: 'root',
    command: `curl -v --cacert ${CONNECTOR_CA} --connect-timeout ${CURL_CONNECT_TIMEOUT_S} -m ${CURL_MAX_TIME_S} -x ${proxyUrl(checked)} https://${cloudHost(host)}`,
    timeoutMs: CURL_MAX_TIME_S * 1000 + SLACK_MS,
  };
};

/** Guide 004's `nslookup HOST`, stopped after NSLOOKUP_TIMEOUT_S seconds on the device. */
export const nslookup = (host: string): CommandSpec => ({
  privilege: 'root',
  command: `timeout ${NSLOOKUP_TIMEOUT_S} nslookup ${cloudHost(host)}`,
  timeoutMs: NSLOOKUP_TIMEOUT_S * 1000 + SLACK_MS,
});

/** Guide 004's `telnet HOST PORT`, with stdin closed so it returns as soon as it connected. */
export const telnet = (host: string, port: 443 | 8989): CommandSpec => ({
  privilege: 'root',
  command: `timeout ${TELNET_TIMEOUT_S} telnet ${cloudHost(host)} ${port} </dev/null`,
  timeoutMs: TELNET_TIMEOUT_S * 1000 + SLACK_MS,
});

/** Guide 004's `ping HOST`: two packets half a second apart (root may), one second's wait for each answer. */
export const ping = (host: string): CommandSpec => ({
  privilege: 'root',
  command: `ping -c 2 -i 0.5 -W 1 ${cloudHost(host)}`,
  timeoutMs: 5_000 + SLACK_MS,
});
