import { reverseName } from '../cloud-hosts';
import { connectorView } from '../connector-view';
import { EVENT_HANDLER_SOCKET } from '../device-files';
import type { CommandContext, CommandImpl } from '../shell/env';
import type { DeviceState } from '../state';

/**
 * netstat -anlp, lsof -i and ps, from one socket/process table derived from the state and the
 * connector's view, so they agree with connector.log. Shapes: seed 000 (`unix 2 [ ACC ] STREAM
 * LISTENING … EventHandler …/EventHandler_SSEConnector.sock`, the CONNECTED pair when healthy;
 * `connector … TCP localhost:8989 (LISTEN)` and the `…:https (ESTABLISHED)` / `(SYN_SENT)` session)
 * and the column layout of net-tools' netstat as captured on Debian 12.
 */
interface Process {
  readonly pid: number;
  readonly user: string;
  readonly command: string;
  readonly args: string;
}

interface InetSocket {
  readonly proto: 'tcp' | 'tcp6' | 'udp';
  readonly local: readonly [string, number];
  readonly foreign: readonly [string, number] | null;
  readonly state: 'LISTEN' | 'ESTABLISHED' | 'SYN_SENT' | '';
  readonly process: Process;
  readonly fd: number;
  readonly inode: number;
  readonly sendQ?: number;
}

interface UnixSocket {
  readonly refcnt: number;
  readonly listening: boolean;
  readonly type: 'STREAM' | 'DGRAM';
  readonly inode: number;
  readonly process: Process;
  readonly path: string;
}

const PORT_NAMES: Readonly<Record<number, string>> = {
  22: 'ssh',
  443: 'https',
  123: 'ntp',
  53: 'domain',
  3306: 'mysql',
};

const processes = (ctx: CommandContext): Process[] => {
  const state = ctx.env.runtime.state;
  const c = state.connector;
  const list: Process[] = [
    { pid: 1, user: 'root', command: 'init', args: 'init [3]' },
    { pid: 902, user: 'root', command: 'syslog-ng', args: '/usr/sbin/syslog-ng' },
    { pid: 1211, user: 'root', command: 'sshd', args: '/usr/sbin/sshd' },
    { pid: 1502, user: 'ntp', command: 'ntpd', args: '/usr/sbin/ntpd -p /var/run/ntpd.pid -g -u ntp:ntp' },
    { pid: 3011, user: 'root', command: 'pm', args: '/ngfw/usr/local/sf/bin/pm -d' },
    { pid: 4433, user: 'root', command: 'sftunnel', args: '/ngfw/usr/local/sf/bin/sftunnel' },
  ];
  if (c.installed)
    list.push({
      pid: c.eventHandlerPid,
      user: 'root',
      command: 'EventHandler',
      args: '/ngfw/usr/local/sf/bin/EventHandler',
    });
  if (c.installed && c.process === 'running')
    list.push({
      pid: c.pid,
      user: 'www',
      command: 'connector',
      args: '/ngfw/usr/local/sf/bin/connector -c /ngfw/etc/sf/connector.properties',
    });
  if (state.identity.type === 'fmc')
    list.push({ pid: 2113, user: 'mysql', command: 'mysqld', args: '/usr/sbin/mysqld --basedir=/usr' });
  list.push({ pid: 30012, user: 'root', command: 'sshd', args: `sshd: admin [priv]` });
  list.push({ pid: 30015, user: 'admin', command: 'sshd', args: 'sshd: admin@pts/0' });
  list.push({ pid: ctx.env.pid, user: ctx.env.user, command: 'bash', args: '-bash' });
  return list;
};

const inetSockets = (ctx: CommandContext, state: DeviceState): InetSocket[] => {
  const procs = new Map(processes(ctx).map((p) => [p.pid, p]));
  const p = (pid: number) => procs.get(pid) ?? { pid, user: 'root', command: '?', args: '?' };
  const mgmt = state.network.ipv4;
  const view = connectorView(state, ctx.env.runtime.clock.now());
  const c = state.connector;
  const conn = ctx.env.connection;
  const list: InetSocket[] = [
    { proto: 'tcp', local: ['0.0.0.0', 22], foreign: null, state: 'LISTEN', process: p(1211), fd: 3, inode: 21544 },
    { proto: 'tcp', local: [mgmt, 8305], foreign: null, state: 'LISTEN', process: p(4433), fd: 12, inode: 31522 },
  ];
  if (view.running && view.listeningPort !== null)
    list.push({
      proto: 'tcp',
      local: ['127.0.0.1', view.listeningPort],
      foreign: null,
      state: 'LISTEN',
      process: p(c.pid),
      fd: 10,
      inode: 26077573,
    });
  if (state.identity.type === 'fmc')
    list.push({
      proto: 'tcp',
      local: ['127.0.0.1', 3306],
      foreign: null,
      state: 'LISTEN',
      process: p(2113),
      fd: 21,
      inode: 24410,
    });
  if (state.manager.kind === 'completed')
    list.push({
      proto: 'tcp',
      local: [mgmt, 38571],
      foreign: [state.manager.host, 8305],
      state: 'ESTABLISHED',
      process: p(4433),
      fd: 15,
      inode: 31530,
    });
  if (view.session)
    list.push({
      proto: 'tcp',
      local: [mgmt, 53426],
      foreign: [view.session.ip, 443],
      state: view.session.state,
      process: p(c.pid),
      fd: 19,
      inode: 26077679,
      ...(view.session.state === 'SYN_SENT' ? { sendQ: 1 } : {}),
    });
  list.push({
    proto: 'tcp',
    local: [mgmt, 22],
    foreign: [conn.remoteAddress, conn.remotePort],
    state: 'ESTABLISHED',
    process: p(30012),
    fd: 3,
    inode: 26080001,
    sendQ: 36,
  });
  list.push({
    proto: 'tcp6',
    local: ['::', 22],
    foreign: null,
    state: 'LISTEN',
    process: p(1211),
    fd: 4,
    inode: 21546,
  });
  list.push({
    proto: 'udp',
    local: ['0.0.0.0', 123],
    foreign: null,
    state: '',
    process: p(1502),
    fd: 16,
    inode: 23011,
  });
  return list;
};

const unixSockets = (ctx: CommandContext, state: DeviceState): UnixSocket[] => {
  const procs = new Map(processes(ctx).map((p) => [p.pid, p]));
  const p = (pid: number) => procs.get(pid) ?? { pid, user: 'root', command: '?', args: '?' };
  const c = state.connector;
  const view = connectorView(state, ctx.env.runtime.clock.now());
  const list: UnixSocket[] = [
    { refcnt: 2, listening: false, type: 'DGRAM', inode: 10342, process: p(902), path: '/dev/log' },
    {
      refcnt: 2,
      listening: true,
      type: 'STREAM',
      inode: 31519,
      process: p(4433),
      path: '/ngfw/var/sf/run/sftunnel.sock',
    },
  ];
  if (c.installed) {
    list.push({
      refcnt: 2,
      listening: true,
      type: 'STREAM',
      inode: 382276,
      process: p(c.eventHandlerPid),
      path: EVENT_HANDLER_SOCKET,
    });
    if (view.running && view.ipcConnected) {
      list.push({
        refcnt: 3,
        listening: false,
        type: 'STREAM',
        inode: 378537,
        process: p(c.eventHandlerPid),
        path: EVENT_HANDLER_SOCKET,
      });
      list.push({ refcnt: 3, listening: false, type: 'STREAM', inode: 378536, process: p(c.pid), path: '' });
    }
  }
  list.push({ refcnt: 3, listening: false, type: 'STREAM', inode: 31533, process: p(4433), path: '' });
  list.push({ refcnt: 3, listening: false, type: 'STREAM', inode: 31534, process: p(3011), path: '' });
  return list;
};

const hostPort = (host: string, port: number | '*', numeric: boolean, width: number): string => {
  const name = numeric
    ? host
    : host === '127.0.0.1'
      ? 'localhost'
      : host === '0.0.0.0' || host === '::'
        ? host
        : reverseName(host);
  const portText = port === '*' ? '*' : numeric ? String(port) : (PORT_NAMES[port] ?? String(port));
  const full = `${host === '::' ? '::' : name}:${portText}`;
  if (full.length <= width) return full;
  return `${name.slice(0, Math.max(1, width - portText.length - 1))}:${portText}`;
};

const netstat: CommandImpl = async (ctx) => {
  const flags = new Set<string>();
  for (const arg of ctx.args) {
    if (!arg.startsWith('-')) continue;
    if (arg === '--tcp') flags.add('t');
    else if (arg === '--udp') flags.add('u');
    else if (arg === '--unix') flags.add('x');
    else if (arg === '--numeric') flags.add('n');
    else if (arg === '--listening') flags.add('l');
    else if (arg === '--all') flags.add('a');
    else if (arg === '--program') flags.add('p');
    else for (const letter of arg.slice(1)) flags.add(letter);
  }
  const state = ctx.env.runtime.state;
  const root = ctx.env.user === 'root';
  const numeric = flags.has('n');
  const showPid = flags.has('p');
  const all = flags.has('a');
  const onlyListen = flags.has('l') && !all;
  const pick = flags.has('t') || flags.has('u') || flags.has('x') || flags.has('w');
  const wantTcp = !pick || flags.has('t');
  const wantUdp = !pick || flags.has('u');
  const wantUnix = !pick || flags.has('x');
  const scope = all ? '(servers and established)' : onlyListen ? '(only servers)' : '(w/o servers)';
  const keep = (listening: boolean) => all || (onlyListen ? listening : !listening);
  const program = (proc: { pid: number; command: string; user: string }) =>
    root || proc.user === ctx.env.user ? `${proc.pid}/${proc.command}` : '-';
  if (showPid && !root)
    await ctx.stderr.write(
      '(Not all processes could be identified, non-owned process info\n will not be shown, you would have to be root to see it all.)\n',
    );
  const out: string[] = [];
  if (wantTcp || wantUdp) {
    out.push(`Active Internet connections ${scope}`);
    out.push(
      `Proto Recv-Q Send-Q Local Address           Foreign Address         State      ${showPid ? ' PID/Program name    ' : ''}`,
    );
    for (const s of inetSockets(ctx, state)) {
      if ((s.proto === 'udp' ? !wantUdp : !wantTcp) || !keep(s.state === 'LISTEN' || s.proto === 'udp')) continue;
      const local = hostPort(s.local[0], s.local[1], numeric, 23);
      const foreign = s.foreign
        ? hostPort(s.foreign[0], s.foreign[1], numeric, 23)
        : s.proto === 'tcp6'
          ? ':::*'
          : '0.0.0.0:*';
      const line = `${s.proto.padEnd(5)} ${'0'.padStart(6)} ${String(s.sendQ ?? 0).padStart(6)} ${local.padEnd(23)} ${foreign.padEnd(23)} ${s.state.padEnd(11)}`;
      out.push(showPid ? `${line} ${program(s.process).padEnd(20)}` : line);
    }
  }
  if (wantUnix) {
    out.push(`Active UNIX domain sockets ${scope}`);
    out.push(
      `Proto RefCnt Flags       Type       State         I-Node   ${showPid ? 'PID/Program name     ' : ''}Path`,
    );
    for (const s of unixSockets(ctx, state)) {
      if (!keep(s.listening)) continue;
      const stateText = s.listening ? 'LISTENING' : s.type === 'STREAM' ? 'CONNECTED' : '';
      const flagsText = s.listening ? '[ ACC ]' : '[ ]';
      const line = `${'unix'.padEnd(5)} ${String(s.refcnt).padEnd(6)} ${flagsText.padEnd(11)} ${s.type.padEnd(10)} ${stateText.padEnd(13)} ${String(s.inode).padEnd(8)} `;
      out.push(`${line}${showPid ? `${program(s.process).padEnd(20)} ` : ''}${s.path}`);
    }
  }
  await ctx.stdout.write(`${out.join('\n')}\n`);
  return 0;
};

const lsof: CommandImpl = async (ctx) => {
  let numericHosts = false;
  let numericPorts = false;
  let inet = false;
  let filter: string | undefined;
  let command: string | undefined;
  for (let i = 0; i < ctx.args.length; i += 1) {
    const arg = ctx.args[i] ?? '';
    if (arg === '-n') numericHosts = true;
    else if (arg === '-P') numericPorts = true;
    else if (arg === '-nP' || arg === '-Pn') numericHosts = numericPorts = true;
    else if (arg.startsWith('-i')) {
      inet = true;
      if (arg.length > 2) filter = arg.slice(2);
      else if (ctx.args[i + 1] !== undefined && /^(tcp|udp|TCP|UDP|@|:|4|6)/.test(ctx.args[i + 1] ?? ''))
        filter = ctx.args[++i];
    } else if (arg === '-c') command = ctx.args[++i];
  }
  const state = ctx.env.runtime.state;
  const root = ctx.env.user === 'root';
  if (!inet) {
    await ctx.stderr.write('lsof: only -i (network files) is simulated\n');
    return 1;
  }
  const rows: string[][] = [];
  for (const s of inetSockets(ctx, state)) {
    if (!root && s.process.user !== ctx.env.user) continue;
    if (command && !s.process.command.startsWith(command)) continue;
    const name = (host: string, port: number) => {
      const h =
        host === '0.0.0.0' || host === '::'
          ? '*'
          : numericHosts
            ? host
            : host === '127.0.0.1'
              ? 'localhost'
              : host === state.network.ipv4
                ? state.identity.hostname
                : reverseName(host);
      const p = numericPorts ? String(port) : (PORT_NAMES[port] ?? String(port));
      return `${h}:${p}`;
    };
    const endpoint = s.foreign
      ? `${name(s.local[0], s.local[1])}->${name(s.foreign[0], s.foreign[1])}`
      : name(s.local[0], s.local[1]);
    if (filter) {
      const f = filter.toLowerCase();
      const port = /:(\d+)$/.exec(f)?.[1];
      if ((f.startsWith('tcp') && s.proto === 'udp') || (f.startsWith('udp') && s.proto !== 'udp')) continue;
      if (port && String(s.local[1]) !== port && String(s.foreign?.[1] ?? '') !== port) continue;
    }
    rows.push([
      s.process.command,
      String(s.process.pid),
      s.process.user,
      `${s.fd}u`,
      s.proto === 'tcp6' ? 'IPv6' : 'IPv4',
      String(s.inode),
      '0t0',
      s.proto === 'udp' ? 'UDP' : 'TCP',
      s.state ? `${endpoint} (${s.state})` : endpoint,
    ]);
  }
  if (rows.length === 0) return 1;
  const header = ['COMMAND', 'PID', 'USER', 'FD', 'TYPE', 'DEVICE', 'SIZE/OFF', 'NODE', 'NAME'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const right = new Set([1, 3, 5, 6, 7]);
  const format = (row: string[]) =>
    row
      .map((cell, i) =>
        i === row.length - 1 ? cell : right.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join(' ');
  await ctx.stdout.write(`${[header, ...rows].map(format).join('\n')}\n`);
  return 0;
};

const ps: CommandImpl = async (ctx) => {
  const list = processes(ctx);
  const bsd = ctx.args.some((a) => /^-?a?ux/.test(a) || a === 'aux');
  const lines = bsd
    ? [
        'USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND',
        ...list.map(
          (p) =>
            `${p.user.padEnd(8)} ${String(p.pid).padStart(5)}  0.0  0.1  12345  4321 ?        Ss   Nov22   0:01 ${p.args}`,
        ),
      ]
    : [
        'UID        PID  PPID  C STIME TTY          TIME CMD',
        ...list.map(
          (p) =>
            `${p.user.padEnd(8)} ${String(p.pid).padStart(5)} ${String(p.pid === 1 ? 0 : 1).padStart(5)}  0 Nov22 ?        00:00:01 ${p.args}`,
        ),
      ];
  await ctx.stdout.write(`${lines.join('\n')}\n`);
  return 0;
};

export const SOCKET_COMMANDS: readonly (readonly [string, CommandImpl])[] = [
  ['netstat', netstat],
  ['lsof', lsof],
  ['ps', ps],
];
