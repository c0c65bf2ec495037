import { reverseName } from '../cloud-hosts';
import { toolFlavour } from '../device-profile';
import { connectTcp, isIpv4, liveDnsServer, queryDns, resolveHost } from '../network';
import { INTERRUPTED, type CommandContext, type CommandImpl } from '../shell/env';

/**
 * nslookup (BIND output of seed 004: `Server:`/`Address: …#53`, `Non-authoritative answer:`,
 * `canonical name =`, `** server can't find …: NXDOMAIN`, `;; connection timed out; no servers could
 * be reached` on old BIND, `;; communications error to …` on BIND 9.18), telnet (`Trying …` /
 * `Connected to …` / `Escape character is '^]'.` / refused / timed out, never hangs past `timeout N`
 * or Ctrl-C) and ping (`-c N`; information only: cloud front ends answer ICMP unless blackholed).
 */
const KERNEL_SYN_TIMEOUT_MS = 127_000;
const CLOUD_IDLE_CLOSE_MS = 60_000;

const nslookupOne = async (ctx: CommandContext, name: string, timeoutS: number, tries: number): Promise<number> => {
  const state = ctx.env.runtime.state;
  const clock = ctx.env.runtime.clock;
  const legacy = toolFlavour(state.identity) === 'legacy';
  const servers = state.network.dnsServers;
  const server = liveDnsServer(state);
  const answer = queryDns(state, name);
  if (answer.kind === 'no-servers') {
    if (!(await clock.sleep(5, ctx.signal))) return INTERRUPTED;
    await ctx.stdout.write(
      legacy
        ? ';; connection timed out; no servers could be reached\n\n'
        : ';; communications error to ::1#53: connection refused\n'.repeat(3) +
            ';; communications error to 127.0.0.1#53: connection refused\n;; no servers could be reached\n\n',
    );
    return 1;
  }
  if (answer.kind === 'timeout') {
    for (let attempt = 0; attempt < tries * servers.length; attempt += 1) {
      if (!(await clock.sleep(timeoutS * 1000, ctx.signal))) return INTERRUPTED;
      if (!legacy)
        await ctx.stdout.write(`;; communications error to ${servers[attempt % servers.length] ?? ''}#53: timed out\n`);
    }
    await ctx.stdout.write(
      legacy ? ';; connection timed out; no servers could be reached\n\n' : ';; no servers could be reached\n\n',
    );
    return 1;
  }
  if (!(await clock.sleep(18, ctx.signal))) return INTERRUPTED;
  const head = `Server:\t\t${server ?? ''}\nAddress:\t${server ?? ''}#53\n\n`;
  if (isIpv4(name)) {
    const ptr = reverseName(name);
    const arpa = `${name.split('.').reverse().join('.')}.in-addr.arpa`;
    if (ptr === name) {
      await ctx.stdout.write(`${head}** server can't find ${arpa}: NXDOMAIN\n\n`);
      return 1;
    }
    await ctx.stdout.write(
      `${head}Non-authoritative answer:\n${arpa}\tname = ${ptr}.\n\nAuthoritative answers can be found from:\n\n`,
    );
    return 0;
  }
  if (answer.kind === 'nxdomain') {
    await ctx.stdout.write(`${head}** server can't find ${name}: NXDOMAIN\n\n`);
    return 1;
  }
  const lines = ['Non-authoritative answer:'];
  if (answer.cname) {
    // seed 004: the CNAME's addresses are listed under the target's name.
    lines.push(`${name}\tcanonical name = ${answer.cname}.`);
    for (const address of answer.addresses) lines.push(`Name:\t${answer.cname}`, `Address: ${address}`);
  } else for (const address of answer.addresses) lines.push(`Name:\t${answer.name}`, `Address: ${address}`);
  await ctx.stdout.write(`${head}${lines.join('\n')}\n\n`);
  return 0;
};

const nslookup: CommandImpl = async (ctx) => {
  let timeoutS = 5;
  let tries = toolFlavour(ctx.env.runtime.state.identity) === 'legacy' ? 2 : 3;
  const names: string[] = [];
  for (const arg of ctx.args) {
    const timeout = /^-timeout=(\d+)$/.exec(arg);
    const retry = /^-retry=(\d+)$/.exec(arg);
    if (timeout) timeoutS = Number(timeout[1]);
    else if (retry) tries = Number(retry[1]) + 1;
    else if (arg.startsWith('-')) continue;
    else names.push(arg);
  }
  const [name] = names;
  if (name !== undefined) return nslookupOne(ctx, name, timeoutS, tries);
  // Interactive mode on a terminal: `> ` prompts until `exit` or Ctrl-D.
  const term = ctx.env.term;
  for (;;) {
    const line = await term.readLine({ prompt: '> ' });
    if (line.kind !== 'line' || line.text.trim() === 'exit') return 0;
    if (line.text.trim()) await nslookupOne(ctx, line.text.trim(), timeoutS, tries);
  }
};

const telnet: CommandImpl = async (ctx) => {
  const [host, portText = '23'] = ctx.args.filter((a) => !a.startsWith('-'));
  if (!host) {
    await ctx.stdout.write('telnet> ');
    return 0;
  }
  const port = /^\d+$/.test(portText) ? Number(portText) : portText === 'https' ? 443 : portText === 'ssh' ? 22 : NaN;
  if (!Number.isFinite(port)) {
    await ctx.stderr.write(`telnet: could not resolve ${host}/${portText}: Servname not supported for ai_socktype\n`);
    return 1;
  }
  const state = ctx.env.runtime.state;
  const clock = ctx.env.runtime.clock;
  const resolution = resolveHost(state, host);
  if (resolution.kind === 'timeout' && !(await clock.sleep(10_000, ctx.signal))) return INTERRUPTED;
  if (resolution.kind !== 'answer') {
    const why = resolution.kind === 'timeout' ? 'Temporary failure in name resolution' : 'Name or service not known';
    await ctx.stderr.write(`telnet: could not resolve ${host}/${portText}: ${why}\n`);
    return 1;
  }
  const ip = resolution.addresses[0] ?? host;
  await ctx.stdout.write(`Trying ${ip}...\n`);
  const tcp = connectTcp(state, ip, port);
  if (tcp.kind === 'timeout') {
    if (!(await clock.sleep(KERNEL_SYN_TIMEOUT_MS, ctx.signal))) return INTERRUPTED;
    await ctx.stderr.write('telnet: Unable to connect to remote host: Connection timed out\n');
    return 1;
  }
  if (tcp.kind === 'refused') {
    await ctx.stderr.write('telnet: Unable to connect to remote host: Connection refused\n');
    return 1;
  }
  await clock.sleep(38, ctx.signal);
  await ctx.stdout.write(`Connected to ${host}.\nEscape character is '^]'.\n`);
  if (tcp.service === 'ssh') await ctx.stdout.write('SSH-2.0-OpenSSH_7.4\n');
  if (!ctx.stdin.isTerminal) {
    // netkit telnet sends what stdin holds and closes at its end: `telnet HOST 443 </dev/null` (how the
    // catalog probes a port) returns at once with status 0 (captured from the real telnet on this machine).
    for (;;) {
      if (ctx.signal.aborted) return INTERRUPTED;
      if ((await ctx.stdin.read()) === null) break;
    }
    await ctx.stderr.write('Connection closed by foreign host.\n');
    return 0;
  }
  // The far end waits for a request that never comes, then closes (an ELB's idle timeout).
  if (!(await clock.sleep(CLOUD_IDLE_CLOSE_MS, ctx.signal))) return INTERRUPTED;
  await ctx.stderr.write('Connection closed by foreign host.\n');
  return 1;
};

const ping: CommandImpl = async (ctx) => {
  let count = Infinity;
  let intervalS = 1;
  let deadlineS = Infinity;
  let host: string | undefined;
  for (let i = 0; i < ctx.args.length; i += 1) {
    const arg = ctx.args[i] ?? '';
    const value = () => ctx.args[++i] ?? '';
    if (arg === '-c') count = Number(value());
    else if (arg.startsWith('-c')) count = Number(arg.slice(2));
    else if (arg === '-i') intervalS = Number(value());
    else if (arg === '-w') deadlineS = Number(value());
    else if (arg === '-W' || arg === '-s' || arg === '-t' || arg === '-I') value();
    else if (arg.startsWith('-')) continue;
    else host = arg;
  }
  if (!host || !Number.isFinite(intervalS) || Number.isNaN(count)) {
    await ctx.stderr.write('ping: usage error: Destination address required\n');
    return 2;
  }
  const state = ctx.env.runtime.state;
  const clock = ctx.env.runtime.clock;
  const legacy = toolFlavour(state.identity) === 'legacy';
  const resolution = resolveHost(state, host);
  if (resolution.kind !== 'answer') {
    await ctx.stderr.write(
      legacy
        ? `ping: unknown host ${host}\n`
        : `ping: ${host}: ${resolution.kind === 'timeout' ? 'Temporary failure in name resolution' : 'Name or service not known'}\n`,
    );
    return 2;
  }
  const ip = resolution.addresses[0] ?? host;
  await ctx.stdout.write(`PING ${host} (${ip}) 56(84) bytes of data.\n`);
  const answers = connectTcp(state, ip, 443).kind !== 'timeout' || ip === '127.0.0.1';
  const name = reverseName(ip);
  const times: number[] = [];
  let sent = 0;
  const started = Date.now();
  while (sent < count && sent < deadlineS / intervalS) {
    sent += 1;
    const rtt = ip === '127.0.0.1' ? 0.04 : 11 + ((sent * 7) % 5) + 0.137 * sent;
    if (answers) {
      times.push(rtt);
      await ctx.stdout.write(
        `64 bytes from ${name === ip ? ip : `${name} (${ip})`}: icmp_seq=${sent} ttl=${ip === '127.0.0.1' ? 64 : 231} time=${rtt.toFixed(1)} ms\n`,
      );
    }
    if (sent >= count) break;
    if (!(await clock.sleep(intervalS * 1000, ctx.signal))) break;
  }
  const received = times.length;
  const loss = sent === 0 ? 0 : Math.round(((sent - received) / sent) * 100);
  const elapsed = Math.round((Date.now() - started) / clock.scale);
  let summary = `\n--- ${host} ping statistics ---\n${sent} packets transmitted, ${received} received, ${loss}% packet loss, time ${elapsed}ms\n`;
  if (received > 0) {
    const min = Math.min(...times);
    const max = Math.max(...times);
    const avg = times.reduce((a, b) => a + b, 0) / received;
    const mdev = Math.sqrt(times.reduce((a, b) => a + (b - avg) ** 2, 0) / received);
    summary += `rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/${mdev.toFixed(3)} ms\n`;
  }
  await ctx.stdout.write(summary);
  return received > 0 ? 0 : 1;
};

export const NET_TOOLS: readonly (readonly [string, CommandImpl])[] = [
  ['nslookup', nslookup],
  ['telnet', telnet],
  ['ping', ping],
];
