import type { Message } from '../i18n/message';
import type { CheckId } from '../model/check';
import type { Remedy } from '../model/verdict';
import type { CommandSpec } from './types';

/**
 * Remedies the product can apply on the device, after the admin confirmed the exact commands.
 * Parameters are validated here, and commands are built only here (PRODUCT.md, Security).
 */
export interface ActionDefinition<P> {
  readonly id: string;
  /** Validates what the renderer or CLI sent; returns undefined when it is not acceptable. */
  readonly parse: (params: unknown) => P | undefined;
  readonly commands: (params: P) => readonly CommandSpec[];
  /** Checks to re-run afterwards, in order. */
  readonly affects: readonly CheckId[];
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9a-fA-F:]{2,39}$/;
const isIp = (value: string): boolean => IPV4.test(value) || (value.includes(':') && IPV6.test(value));

/** `configure network dns servers dns_ip_addresses` (guide 004, option 1). */
export const setDnsServers: ActionDefinition<{ readonly servers: readonly string[] }> = {
  id: 'set-dns-servers',
  parse: (params) => {
    const servers = (params as { servers?: unknown } | null)?.servers;
    if (!Array.isArray(servers) || servers.length === 0 || servers.length > 3) return undefined;
    if (!servers.every((s): s is string => typeof s === 'string' && isIp(s))) return undefined;
    return { servers };
  },
  commands: ({ servers }) => [
    { privilege: 'clish', command: `configure network dns servers ${servers.join(',')}`, timeoutMs: 30_000 },
  ],
  affects: ['dns.servers', 'dns.resolve', 'cloud.https', 'cloud.ports', 'connector.cloud-session', 'connector.log'],
};

/** Guide 000, 일반적인 문제: disable then enable the SSEConnector. */
export const restartSseConnector: ActionDefinition<Record<string, never>> = {
  id: 'restart-sse-connector',
  parse: (params) =>
    params === undefined || (typeof params === 'object' && params !== null && Object.keys(params).length === 0)
      ? {}
      : undefined,
  commands: () => [
    { privilege: 'root', command: 'pmtool disablebyid SSEConnector', timeoutMs: 30_000 },
    { privilege: 'root', command: 'pmtool enablebyid SSEConnector', timeoutMs: 30_000 },
  ],
  affects: ['connector.process', 'connector.ipc', 'connector.cloud-session', 'connector.context', 'connector.log'],
};

/** Guide 000 / PRODUCT.md: `pmtool enablebyid SSEConnector` when the process is not running. */
export const enableSseConnector: ActionDefinition<Record<string, never>> = {
  id: 'enable-sse-connector',
  parse: restartSseConnector.parse,
  commands: () => [{ privilege: 'root', command: 'pmtool enablebyid SSEConnector', timeoutMs: 30_000 }],
  affects: restartSseConnector.affects,
};

export const ACTIONS = [setDnsServers, restartSseConnector, enableSseConnector] as const;
export type ActionId = (typeof ACTIONS)[number]['id'];
export const ACTION_IDS = ACTIONS.map((a) => a.id) as readonly ActionId[];
export const findAction = (id: string): ActionDefinition<unknown> | undefined =>
  ACTIONS.find((a) => a.id === id) as ActionDefinition<unknown> | undefined;

/**
 * A remedy the product can apply: the words, the exact commands the action runs (one per line, taken from the
 * action itself so the two never differ) and its id.
 */
export const actionRemedy = (text: Message, action: ActionDefinition<Record<string, never>>): Remedy => ({
  text,
  command: action
    .commands({})
    .map((spec) => spec.command)
    .join('\n'),
  actionId: action.id,
});
