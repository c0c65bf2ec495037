import type { DeviceType } from '../../../../shared/model/device';
import { runForeground } from '../foreground';
import { isIpv4, isIpv6 } from '../network';
import { setDnsServers } from '../remedies';
import type { DeviceRuntime } from '../runtime';
import { ShellEnv, type ConnectionInfo, type Programs } from '../shell/env';
import type { EnterAction, Terminal } from '../terminal';
import { showManagers, showNetwork, showNtp, showVersion } from './clish-show';

/**
 * CLISH, the FTD/FMC `> ` shell (klish-based), and the Firepower 4100/9300 module's bootCLI
 * (`Firepower-module1> `, `connect ftd`). Faithful to device facts §1.1: the prompt is a bare `> `,
 * failed commands print `Syntax error: …` (klish's "Illegal command line", "The command is not
 * completed", "Illegal parameter"), and a partial word is never executed as the full command:
 * Enter on an abbreviation rings the bell and completes the word in place (the "stall" scrapli
 * warns about), or lists the candidates when it is ambiguous.
 */
export interface ClishHost {
  readonly term: Terminal;
  readonly runtime: DeviceRuntime;
  readonly connection: ConnectionInfo;
  readonly programs: Programs;
}

type Outcome = number | 'exit';

interface Spec {
  readonly words: readonly string[];
  /** Takes free parameters after the keywords (DNS server addresses). */
  readonly params?: boolean;
  readonly deviceTypes?: readonly DeviceType[];
  run(host: ClishHost, params: readonly string[]): Promise<Outcome>;
}

export const SYNTAX_ILLEGAL = 'Syntax error: Illegal command line';
export const SYNTAX_INCOMPLETE = 'Syntax error: The command is not completed';
export const SYNTAX_PARAMETER = 'Syntax error: Illegal parameter';

const print = async (host: ClishHost, text: string): Promise<Outcome> => {
  await host.term.write(text);
  return 0;
};

const FTD_SPECS: readonly Spec[] = [
  { words: ['show', 'version'], run: (h) => print(h, showVersion(h.runtime.state)) },
  { words: ['show', 'network'], run: (h) => print(h, showNetwork(h.runtime.state)) },
  {
    words: ['show', 'network-static-routes'],
    run: (h) =>
      print(
        h,
        '---------------[ IPv4 Static Routes ]---------------\n---------------[ IPv6 Static Routes ]---------------\n',
      ),
  },
  { words: ['show', 'network-dhcp-server'], run: (h) => print(h, 'DHCP Server Disabled\n') },
  { words: ['show', 'managers'], deviceTypes: ['ftd'], run: (h) => print(h, showManagers(h.runtime.state)) },
  // The FMC's CLISH has no `show ntp` (its NTP settings live in the GUI: System > Configuration > Time Synchronization).
  { words: ['show', 'ntp'], deviceTypes: ['ftd'], run: (h) => print(h, showNtp(h.runtime.state)) },
  {
    words: ['configure', 'network', 'dns', 'servers'],
    params: true,
    // "Enter a comma-separated list of DNS servers or 'none'" (device facts §1.3); spaces work too.
    run: async (h, params) => {
      const servers = params
        .join(',')
        .split(/[,\s]+/)
        .filter(Boolean);
      if (servers.length === 1 && servers[0]?.toLowerCase() === 'none') {
        setDnsServers(h.runtime, []);
        return 0;
      }
      if (servers.length === 0 || servers.some((s) => !isIpv4(s) && !isIpv6(s))) {
        await h.term.write(`${SYNTAX_PARAMETER}\n`);
        return 1;
      }
      setDnsServers(h.runtime, servers);
      return 0;
    },
  },
  {
    words: ['expert'],
    run: async (h) => {
      if (h.runtime.state.expert === 'disabled') {
        await h.term.write(`${SYNTAX_ILLEGAL}\n`);
        return 1;
      }
      // `expert` prints nothing before the bash prompt (device facts §1.2).
      const env = new ShellEnv(h.runtime, h.term, h.connection, h.programs, { user: 'admin', login: false });
      await h.programs.bash(env);
      return 0;
    },
  },
  { words: ['exit'], run: () => Promise.resolve('exit') },
  { words: ['logout'], run: () => Promise.resolve('exit') },
];

type Resolution =
  | { readonly kind: 'exec'; readonly spec: Spec; readonly params: readonly string[] }
  | { readonly kind: 'incomplete' | 'illegal' | 'empty' }
  | { readonly kind: 'abbrev'; readonly index: number; readonly completions: readonly string[] };

/** Match typed words against the command tree; abbreviations are reported, never executed. */
export const resolveWords = (words: readonly string[], specs: readonly Spec[]): Resolution => {
  if (words.length === 0) return { kind: 'empty' };
  let matching = specs;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const withKeyword = matching.filter((s) => s.words.length > i);
    const exact = withKeyword.filter((s) => s.words[i] === word);
    if (exact.length > 0) {
      matching = exact;
      continue;
    }
    const takesParams = matching.find((s) => s.words.length === i && s.params);
    if (takesParams) return { kind: 'exec', spec: takesParams, params: words.slice(i) };
    const completions = [...new Set(withKeyword.map((s) => s.words[i] ?? '').filter((k) => k.startsWith(word)))];
    if (completions.length > 0) return { kind: 'abbrev', index: i, completions };
    return { kind: 'illegal' };
  }
  const complete = matching.find((s) => s.words.length === words.length);
  if (complete && !complete.params) return { kind: 'exec', spec: complete, params: [] };
  return { kind: 'incomplete' };
};

const splitWords = (line: string): string[] => line.trim().split(/\s+/).filter(Boolean);

/** Enter/Tab behaviour: complete a trailing abbreviation in place, list ambiguous ones. */
const completer =
  (specs: readonly Spec[], onTab: boolean) =>
  (line: string): EnterAction => {
    const words = splitWords(line);
    const endsWithSpace = /\s$/.test(line);
    if (onTab && (words.length === 0 || endsWithSpace)) {
      const next = resolveNext(words, specs);
      return next.length === 1 ? { kind: 'stall', insert: `${next[0] ?? ''} ` } : { kind: 'stall', candidates: next };
    }
    const resolution = resolveWords(words, specs);
    if (resolution.kind !== 'abbrev') return onTab ? { kind: 'stall' } : { kind: 'accept' };
    const last = resolution.index === words.length - 1 && !endsWithSpace;
    const [only] = resolution.completions;
    if (last && resolution.completions.length === 1 && only !== undefined)
      return { kind: 'stall', insert: `${only.slice((words[resolution.index] ?? '').length)} ` };
    return { kind: 'stall', candidates: resolution.completions };
  };

const resolveNext = (words: readonly string[], specs: readonly Spec[]): string[] => {
  const matching = specs.filter((s) => words.every((w, i) => s.words[i] === w));
  return [...new Set(matching.map((s) => s.words[words.length]).filter((w): w is string => w !== undefined))];
};

const specsFor = (runtime: DeviceRuntime, specs: readonly Spec[]) =>
  specs.filter((s) => !s.deviceTypes || s.deviceTypes.includes(runtime.state.identity.type));

/** Run one CLISH line; returns the status or 'exit'. */
const runLine = async (host: ClishHost, specs: readonly Spec[], line: string): Promise<Outcome> => {
  const resolution = resolveWords(splitWords(line), specs);
  switch (resolution.kind) {
    case 'empty':
      return 0;
    case 'exec':
      return resolution.spec.run(host, resolution.params);
    case 'incomplete':
      await host.term.write(`${SYNTAX_INCOMPLETE}\n`);
      return 1;
    default:
      await host.term.write(`${SYNTAX_ILLEGAL}\n`);
      return 1;
  }
};

/**
 * The interactive loop of a `> `-style CLI. `once` runs a single line (an exec channel) and returns;
 * otherwise it loops until `exit`/`logout` or the channel ends.
 */
const runCli = async (host: ClishHost, specs: readonly Spec[], prompt: string, once?: string): Promise<number> => {
  const term = host.term;
  if (once !== undefined) {
    let status = 0;
    await runForeground(term, host.runtime, host.connection, once, async () => {
      const outcome = await runLine(host, specs, once);
      status = outcome === 'exit' ? 0 : outcome;
      return status;
    });
    return status;
  }
  for (;;) {
    const result = await term.readLine({ prompt, onEnter: completer(specs, false), onTab: completer(specs, true) });
    if (result.kind === 'eof') return 0;
    if (result.kind === 'interrupt') continue;
    if (result.text.trim() === '') continue;
    let exit = false;
    await runForeground(term, host.runtime, host.connection, result.text, async () => {
      const outcome = await runLine(host, specs, result.text);
      if (outcome === 'exit') exit = true;
      return outcome === 'exit' ? 0 : outcome;
    });
    if (exit || term.isClosed) return 0;
  }
};

/** The FTD/FMC CLISH (`> `). */
export const runClish = (host: ClishHost, once?: string): Promise<number> =>
  runCli(host, specsFor(host.runtime, FTD_SPECS), '> ', once);

/** The 4100/9300 module's bootCLI: `connect ftd` enters CLISH, `exit` there comes back here. */
export const runModuleCli = (host: ClishHost, once?: string): Promise<number> => {
  const specs: Spec[] = [
    {
      words: ['connect', 'ftd'],
      run: async (h) => {
        await h.term.write('Connecting to ftd console... enter exit to return to bootCLI\n');
        await runClish(h);
        return 0;
      },
    },
    { words: ['exit'], run: () => Promise.resolve('exit') },
  ];
  return runCli(host, specs, `${host.runtime.state.identity.hostname}> `, once);
};
