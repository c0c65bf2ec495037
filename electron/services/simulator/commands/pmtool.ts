import { pmtoolDisable, pmtoolEnable, pmtoolRestart, type PmtoolResult } from '../remedies';
import { DAEMONS } from '../runtime';
import type { CommandImpl } from '../shell/env';
import { formatUnixDate } from '../timing';

/**
 * The Firepower process manager's CLI (root only). `pmtool status` lists every daemon in the block
 * format of the public "Firepower Process Management" write-up (`adi (normal) - Running 6209`,
 * `Command:`, `PID File:` …, `User Disabled` when disabled); `disablebyid`/`enablebyid`/`restartbyid`
 * (any case) change the SSEConnector state live, which is how guide 000's remedy works.
 */
const PIDS: Readonly<Record<string, number>> = {
  mysqld: 2113,
  sfmbservice: 3120,
  sftunnel: 4433,
  SFDataCorrelator: 6703,
  ntpd: 1502,
  sfmgr: 3302,
  ASAConfig: 3550,
  SnortAttribConfig: 5120,
  snort: 8121,
  httpsd: 2890,
  sfipproxy: 3412,
};

const block = (name: string, status: string, command: string, requires: string, nextStart: string): string =>
  [
    `${name} (normal) - ${status}`,
    `Command: ${command}`,
    `PID File: /ngfw/var/sf/run/${name}.pid`,
    `Enable File: /ngfw/etc/sf/${name}.conf`,
    'CPU Affinity: ',
    'Priority: 0',
    `Next start: ${nextStart}`,
    ...(requires ? [`Requires: ${requires}`] : []),
    'CGroups: memory=System',
    '',
  ].join('\n');

export const pmtool: CommandImpl = async (ctx) => {
  const runtime = ctx.env.runtime;
  if (ctx.env.user !== 'root') {
    await ctx.stderr.write('Unable to connect to the process manager: Permission denied\n');
    return 1;
  }
  const [sub = '', id] = ctx.args;
  const state = runtime.state;
  const c = state.connector;
  const report = async (result: PmtoolResult) => {
    if (result === 'unknown-id') {
      await ctx.stderr.write(`Unknown ID: ${id ?? ''}\n`);
      return 1;
    }
    return 0;
  };
  switch (sub.toLowerCase()) {
    case 'status':
    case 'statusbyid': {
      const started = formatUnixDate(state.createdAt + state.clockOffsetMs - 3 * 86_400_000);
      const names = DAEMONS[state.identity.type].filter((name) => name !== 'SSEConnector' || c.installed);
      const wanted = sub.toLowerCase() === 'statusbyid' ? names.filter((name) => name === id) : names;
      if (sub.toLowerCase() === 'statusbyid' && wanted.length === 0) return report('unknown-id');
      const blocks = wanted.map((name) => {
        if (name === 'SSEConnector') {
          const status =
            c.process === 'running' ? `Running ${c.pid}` : c.process === 'waiting' ? 'Waiting' : 'User Disabled';
          return block(
            name,
            status,
            '/ngfw/usr/local/sf/bin/connector -c /ngfw/etc/sf/connector.properties',
            'EventHandler',
            started,
          );
        }
        if (name === 'EventHandler')
          return block(
            name,
            `Running ${c.eventHandlerPid}`,
            '/ngfw/usr/local/sf/bin/EventHandler --nodaemon',
            '',
            started,
          );
        return block(name, `Running ${PIDS[name] ?? 4000}`, `/ngfw/usr/local/sf/bin/${name} --nodaemon`, '', started);
      });
      const head =
        'Received status (0): \n\nGlobal Environment:\nPATH=/usr/local/sbin:/usr/sbin:/sbin:/usr/local/bin:/usr/bin:/bin\n\nDaemons:\n';
      await ctx.stdout.write(`${sub.toLowerCase() === 'status' ? head : ''}${blocks.join('\n')}`);
      return 0;
    }
    case 'disablebyid':
      return id ? report(pmtoolDisable(runtime, id)) : usage(ctx);
    case 'enablebyid':
      return id ? report(pmtoolEnable(runtime, id)) : usage(ctx);
    case 'restartbyid':
      return id ? report(pmtoolRestart(runtime, id)) : usage(ctx);
    default:
      return usage(ctx);
  }
};

const usage = async (ctx: Parameters<CommandImpl>[0]): Promise<number> => {
  await ctx.stderr.write('Usage: pmtool <status|statusbyid|disablebyid|enablebyid|restartbyid> [ID]\n');
  return 1;
};
