import { CONNECTOR_LOG_PATH, type ConnectorLog } from './connector-log';
import { loginBanner, osLine, productVersionLine } from './device-profile';
import { textContent, type FileContent } from './file-content';
import type { DeviceState } from './state';
import { dir, file, Vfs, type VDir, type VNode } from './vfs';

/**
 * The files the guides read, as functions of the state: connector.properties (seed 004 order),
 * /etc/resolv.conf, /etc/sf/sf-version (gbn nasl), /etc/motd (Netshot reads the FX-OS line there),
 * connectorCA.pem, the EventHandler socket and connector.log. /etc/sf is the same directory as
 * /ngfw/etc/sf, as on an FTD.
 */
export const connectorPropertiesText = (state: DeviceState): string | null => {
  const p = state.connectorProperties;
  if (!p) return null;
  const lines: string[] = [];
  if (p.registrationInterval !== null) lines.push(`registration_interval=${p.registrationInterval}`);
  lines.push(
    `connector_port=${p.port}`,
    `region_discovery_endpoint=${p.regionDiscoveryEndpoint}`,
    `connector_fqdn=${p.fqdn}`,
  );
  return `${lines.join('\n')}\n`;
};

export const resolvConfText = (state: DeviceState): string => {
  const lines = [
    ...(state.network.searchDomains.length ? [`search ${state.network.searchDomains.join(' ')}`] : []),
    ...state.network.dnsServers.map((server) => `nameserver ${server}`),
  ];
  return lines.length ? `${lines.join('\n')}\n` : '';
};

/** A PEM block with deterministic base64 filler (the simulator never does real TLS). */
const pem = (seed: number, lines: number): string => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let x = seed;
  const body: string[] = [];
  for (let l = 0; l < lines; l += 1) {
    let line = '';
    for (let i = 0; i < 64; i += 1) {
      x = (x * 1103515245 + 12345) >>> 0;
      line += alphabet[(x >>> 16) % 64];
    }
    body.push(line);
  }
  return `-----BEGIN CERTIFICATE-----\n${body.join('\n')}\n-----END CERTIFICATE-----\n`;
};

export const EVENT_HANDLER_SOCKET = '/ngfw/var/sf/run/EventHandler_SSEConnector.sock';

type Entries = [string, VNode][];

export const buildDeviceFiles = (state: DeviceState, log: ConnectorLog, now: () => number): Vfs => {
  const booted = () => state.createdAt + state.clockOffsetMs - 3 * 86_400_000;
  const text = (value: () => string | null) => (): FileContent | null => {
    const v = value();
    return v === null ? null : textContent(v);
  };
  const ro = (content: () => string | null, mode = '-rw-r--r--', owner = 'root') =>
    file(mode, owner, owner, booted, text(content));
  const d = (entries: () => Entries, mode = 'drwxr-xr-x', owner = 'root', writable = false): VDir =>
    dir(mode, owner, owner, booted, () => new Map(entries()), writable);

  const installed = () => state.connector.installed;
  const sfDir = d(() => [
    ['connector.properties', ro(() => connectorPropertiesText(state))],
    ['sf-version', ro(() => `${productVersionLine(state.identity)}\n${osLine(state.identity)}\n`)],
  ]);
  const runDir = d(() => [
    [
      'EventHandler_SSEConnector.sock',
      file('srwxrwxrwx', 'root', 'root', booted, () => (installed() ? textContent('') : null)),
    ],
    [
      'SSEConnector.pid',
      file('-rw-r--r--', 'root', 'root', booted, () =>
        installed() && state.connector.process === 'running' ? textContent(`${state.connector.pid}\n`) : null,
      ),
    ],
  ]);
  const connectorLogDir = d(
    () => [
      [
        'connector.log',
        file(
          '-rw-r-----',
          'www',
          'www',
          () => log.modifiedAt(),
          () => (installed() ? log.content() : null),
        ),
      ],
    ],
    'drwxr-xr-x',
    'www',
  );
  const home = d(() => [], 'drwxr-xr-x', 'admin', true);
  const etc = d(() => [
    ['hostname', ro(() => `${state.identity.hostname}\n`)],
    [
      'hosts',
      ro(
        () => `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost\n${state.network.ipv4}\t${state.identity.hostname}\n`,
      ),
    ],
    ['resolv.conf', ro(() => resolvConfText(state))],
    [
      'motd',
      ro(
        () =>
          `${loginBanner(state.identity, { count: 0 }, () => '')
            .split('\n')
            .slice(2)
            .join('\n')}`,
      ),
    ],
    ['sf', sfDir],
  ]);
  const root = d(() => [
    ['etc', etc],
    [
      'ngfw',
      d(() => [
        [
          'etc',
          d(() => [
            ['sf', sfDir],
            ['ssl', d(() => [['connectorCA.pem', ro(() => pem(19, 20) + pem(23, 22))]])],
          ]),
        ],
        [
          'var',
          d(() => [
            ['common', d(() => [], 'drwxrwxrwx', 'root', true)],
            ['log', d(() => [['connector', connectorLogDir]])],
            ['sf', d(() => [['run', runDir]])],
          ]),
        ],
      ]),
    ],
    ['home', d(() => [['admin', home]])],
    ['Volume', d(() => [['home', d(() => [['admin', home]])]])],
    ['root', d(() => [], 'drwx------', 'root', true)],
    ['tmp', d(() => [], 'drwxrwxrwt', 'root', true)],
    ['var', d(() => [['tmp', d(() => [], 'drwxrwxrwt', 'root', true)]])],
    ['dev', d(() => [['null', file('crw-rw-rw-', 'root', 'root', booted, () => textContent(''))]])],
  ]);
  return new Vfs(root, now);
};

export { CONNECTOR_LOG_PATH };
