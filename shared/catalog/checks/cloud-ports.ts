import { message, type Message } from '../../i18n/message';
import { parsePing } from '../../parsers/ping';
import { parseTelnet } from '../../parsers/telnet';
import { ping, telnet, TELNET_TIMEOUT_S } from '../commands';
import { outputOf, stoppedByTimeout } from '../outputs';
import { apiHost } from '../regions';
import type { CheckDefinition, CommandOutput, Verdict } from '../types';
import { unreadableMessage } from '../verdict-kit';

type Port = 443 | 8989;

interface Seen {
  readonly line: Message;
  readonly open: boolean | undefined;
}

const portLine = (host: string, port: Port, output: CommandOutput | undefined): Seen => {
  const spec = telnet(host, port);
  const result = parseTelnet(output?.output ?? '');
  const params = { host, port };
  switch (result.kind) {
    case 'connected':
      return { line: message('checks.cloud.ports.port.open', params), open: true };
    case 'refused':
      return { line: message('checks.cloud.ports.port.refused', params), open: false };
    case 'timeout':
      return { line: message('checks.cloud.ports.port.timeout', params), open: false };
    case 'unreachable':
      return { line: message('checks.cloud.ports.port.unreachable', params), open: false };
    case 'unknown-host':
      return { line: message('checks.cloud.ports.port.unknownHost', params), open: false };
    case 'unrecognized':
      // `timeout` stopped telnet while it was still "Trying": no SYN-ACK within the limit.
      if (stoppedByTimeout(output) && (result.code === 'truncated' || result.code === 'empty')) {
        return {
          line: message('checks.cloud.ports.port.stopped', { ...params, seconds: TELNET_TIMEOUT_S }),
          open: false,
        };
      }
      return {
        line: message('checks.cloud.ports.port.unreadable', {
          ...params,
          detail: unreadableMessage(spec.command, result),
        }),
        open: undefined,
      };
  }
};

const pingLine = (host: string, output: CommandOutput | undefined): Seen => {
  const result = parsePing(output?.output ?? '');
  switch (result.kind) {
    case 'statistics':
      return result.received > 0
        ? {
            line: message('checks.cloud.ports.ping.answers', {
              host,
              received: result.received,
              sent: result.transmitted,
            }),
            open: true,
          }
        : { line: message('checks.cloud.ports.ping.silent', { host, sent: result.transmitted }), open: false };
    case 'unknown-host':
      return { line: message('checks.cloud.ports.ping.unknownHost', { host }), open: false };
    case 'unreachable':
      return { line: message('checks.cloud.ports.ping.unreachable', { host }), open: false };
    case 'unrecognized':
      return {
        line: message('checks.cloud.ports.ping.unreadable', {
          host,
          detail: unreadableMessage(ping(host).command, result),
        }),
        open: undefined,
      };
  }
};

/**
 * Guide 004's basic tools against the region's API host: `telnet HOST 443`, `telnet HOST 8989` (the guide:
 * "포트 8989/tcp에서 … 아웃바운드 연결"), `ping HOST`. Information only (PRODUCT.md): it never supports a cause
 * on its own — cloud.https decides reachability. TCP 443 not opening is a warning; 8989 and ping are shown
 * for the record (many networks drop ICMP, and the cloud front ends answer on 443).
 */
export const cloudPorts: CheckDefinition = {
  id: 'cloud.ports',
  kind: 'probe',
  stage: 'cloud',
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'root',
  dependsOn: ['device.privilege'],
  commands: (env) => {
    const host = apiHost(env.region);
    return [telnet(host, 443), telnet(host, 8989), ping(host)];
  },
  evaluate: (outputs, env): Verdict => {
    const host = apiHost(env.region);
    const https = portLine(host, 443, outputOf(outputs, telnet(host, 443)));
    const alt = portLine(host, 8989, outputOf(outputs, telnet(host, 8989)));
    const icmp = pingLine(host, outputOf(outputs, ping(host)));
    const params = { https: https.line, alt: alt.line, ping: icmp.line };
    if ([https, alt, icmp].every((s) => s.open === undefined)) {
      return { status: 'inconclusive', explanation: message('checks.cloud.ports.verdict.unreadable', params) };
    }
    if (https.open === false)
      return { status: 'warn', explanation: message('checks.cloud.ports.verdict.closed', params) };
    return { status: 'info', explanation: message('checks.cloud.ports.verdict.summary', params) };
  },
};
