import type { DeviceRuntime } from '../runtime';
import type { Terminal } from '../terminal';
import { basename } from '../vfs';
import type { InStream, OutStream } from './streams';

/**
 * What one shell (admin after `expert`, root after `sudo su -`) knows: user, directory, variables,
 * last status, and how it prints its prompt. Nested shells get their own env on the same terminal.
 */
export interface ConnectionInfo {
  readonly id: number;
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly localPort: number;
  /** Command lines run on this connection (the `drop-session after=N` fault counts them). */
  commandCount: number;
  /** Cut the TCP connection abruptly (the drop-session fault). */
  drop(): void;
}

/** Interactive programs a command can start on the same terminal (kept apart to avoid import cycles). */
export interface Programs {
  bash(env: ShellEnv): Promise<number>;
  clish(parent: ShellEnv): Promise<number>;
}

export type User = 'admin' | 'root';

export interface ShellEnvInit {
  readonly user: User;
  readonly cwd?: string;
  /** A login shell prints `logout` on exit and `-bash:` in its errors. */
  readonly login: boolean;
  readonly inherit?: ReadonlyMap<string, string>;
}

const HOMES: Readonly<Record<User, string>> = { admin: '/home/admin', root: '/root' };

export class ShellEnv {
  readonly user: User;
  readonly home: string;
  readonly login: boolean;
  cwd: string;
  readonly vars = new Map<string, string>();
  lastStatus = 0;
  exitRequested: number | null = null;
  readonly pid: number;

  constructor(
    readonly runtime: DeviceRuntime,
    readonly term: Terminal,
    readonly connection: ConnectionInfo,
    readonly programs: Programs,
    init: ShellEnvInit,
  ) {
    this.user = init.user;
    this.home = HOMES[init.user];
    this.login = init.login;
    this.cwd = init.cwd ?? this.home;
    this.pid = runtime.nextPid();
    const state = runtime.state;
    const proxy = state.proxy;
    const defaults: [string, string][] = [
      ['HOME', this.home],
      ['USER', this.user],
      ['LOGNAME', this.user],
      ['SHELL', '/bin/bash'],
      [
        'PATH',
        init.user === 'root'
          ? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/local/sf/bin'
          : '/usr/local/bin:/usr/bin:/bin:/usr/local/sf/bin',
      ],
      ['TERM', term.pty?.term ?? 'dumb'],
      ['HOSTNAME', state.identity.hostname],
      // bash's `\w` prompt for the admin, `\W` for root: `admin@firepower:~$`, `root@firepower:common#` (device facts §1.2).
      ['PS1', init.user === 'root' ? '\\u@\\h:\\W\\$ ' : '\\u@\\h:\\w\\$ '],
      ['PS2', '> '],
    ];
    // The device's configured proxy reaches curl through the environment, as it does for the system tools.
    if (proxy.enabled) defaults.push(['https_proxy', `http://${proxy.host}:${proxy.port}`]);
    for (const [name, value] of init.inherit ?? []) this.vars.set(name, value);
    for (const [name, value] of defaults) this.vars.set(name, value);
  }

  /** Whether the shell prints prompts (it has a terminal). */
  get interactive(): boolean {
    return this.term.pty !== null;
  }

  /** Name used in error messages: `-bash` for a login shell, `bash` otherwise. */
  get shellName(): string {
    return this.login ? '-bash' : 'bash';
  }

  /** PS1 with bash's escapes `\u \h \H \w \W \$ \n \\` (and `\[ \]` dropped). */
  prompt(which: 'PS1' | 'PS2' = 'PS1'): string {
    const ps = this.vars.get(which) ?? '';
    const host = this.runtime.state.identity.hostname;
    const tilde =
      this.cwd === this.home
        ? '~'
        : this.cwd.startsWith(`${this.home}/`)
          ? `~${this.cwd.slice(this.home.length)}`
          : this.cwd;
    return ps.replace(/\\([uhHwW$n\\[\]])/g, (_whole, code: string) => {
      switch (code) {
        case 'u':
          return this.user;
        case 'h':
          return host.split('.')[0] ?? host;
        case 'H':
          return host;
        case 'w':
          return tilde;
        case 'W':
          return this.cwd === this.home ? '~' : basename(this.cwd);
        case '$':
          return this.user === 'root' ? '#' : '$';
        case 'n':
          return '\n';
        case '\\':
          return '\\';
        default:
          return '';
      }
    });
  }
}

/** What a command sees when it runs. */
export interface CommandContext {
  readonly name: string;
  readonly args: readonly string[];
  readonly stdin: InStream;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  /** Aborted by Ctrl-C, an SSH `signal`, `timeout N` or the channel closing. */
  readonly signal: AbortSignal;
  readonly env: ShellEnv;
  /** Run another command line's argv in this context (sudo, timeout); options override user and signal. */
  run(argv: readonly string[], options?: { readonly env?: ShellEnv; readonly signal?: AbortSignal }): Promise<number>;
}

export type CommandImpl = (ctx: CommandContext) => Promise<number>;

/** Exit status of a command killed by Ctrl-C (128 + SIGINT). */
export const INTERRUPTED = 130;
