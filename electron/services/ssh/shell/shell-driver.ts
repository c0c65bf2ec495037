import type { Client, ClientChannel } from 'ssh2';
import type { DeviceDriver } from '../../device/driver';
import { silentLogger, type Logger } from '../../log';
import { isSshError, SshError } from '../ssh-error';
import type { Privilege, RunResult } from '../types';
import { resyncBash, runFramed, setupBash } from './bash-exec';
import { runClish, type ExecOptions } from './clish-exec';
import { converse } from './converse';
import { exitNestedBash, recoverShell, typeClish, typeExpert } from './mode-steps';
import { ShellChannel } from './shell-channel';
import { sudoDialogue } from './sudo';
import { cleanTerminal } from './terminal-text';

export interface ShellOptions {
  readonly settleMs: number;
  readonly modeChangeTimeoutMs: number;
  /** Bound on getting back to a known prompt after a timed-out command. */
  readonly recoverTimeoutMs: number;
  readonly log?: Logger;
}

/** A wide, tall PTY: fewer wrapped echoes and fewer `--More--` pages. */
const PTY = { term: 'vt100', cols: 512, rows: 512, width: 0, height: 0 };

const openShell = (client: Client): Promise<ClientChannel> =>
  new Promise((resolve, reject) => {
    try {
      client.shell(PTY, (error, stream) =>
        error
          ? reject(new SshError('protocol', { reason: 'unexpected', detail: `shell channel refused: ${error.message}` }))
          : resolve(stream),
      );
    } catch {
      reject(new SshError('disconnected', { reason: 'peer' }));
    }
  });

/**
 * One interactive shell on a PTY and the stack of modes typed into it (CLISH → expert bash →
 * root bash). Mode changes are explicit; each is checked and fails with a typed error. One
 * operation at a time; a command that times out is interrupted and the shell brought back to a
 * verified prompt, or the channel is closed.
 */
export class ShellDriver {
  private readonly stack: Privilege[];
  private crlf = false;
  private lock: Promise<unknown> = Promise.resolve();
  /** On some devices `expert` itself lands as root; then root satisfies `expert` requests. */
  private expertIsRoot = false;
  private readonly log: Logger;

  private constructor(
    private readonly channel: ShellChannel,
    private readonly driver: DeviceDriver,
    private readonly options: ShellOptions,
    landing: Privilege,
    readonly banner: string,
  ) {
    this.stack = [landing];
    this.log = options.log ?? silentLogger;
  }

  /** Open a PTY shell on the connection and wait for the device to land at a known prompt. */
  static async open(client: Client, driver: DeviceDriver, options: ShellOptions): Promise<ShellDriver> {
    const channel = new ShellChannel(await openShell(client));
    let landingSent = false;
    try {
      const { value, transcript } = await converse<Privilege>(channel, {
        timeoutMs: options.modeChangeTimeoutMs,
        settleMs: options.settleMs,
        decide: (_fresh, tail, kind) => {
          if (kind === 'clish') return { done: 'clish' };
          if (kind === 'user-shell') return { done: 'expert' };
          if (kind === 'root-shell') return { done: 'root' };
          if (kind === 'module' && !landingSent) {
            const command = driver.landingCommand(tail);
            if (command) {
              landingSent = true;
              return { send: `${command}\n` };
            }
          }
          return undefined;
        },
      });
      const banner = cleanTerminal(transcript).split('\n').slice(0, -1).join('\n').trim();
      const shell = new ShellDriver(channel, driver, options, value, banner);
      if (value !== 'clish') await shell.prepareBash();
      return shell;
    } catch (error) {
      channel.close();
      throw error;
    }
  }

  get mode(): Privilege {
    return this.stack.at(-1) ?? 'clish';
  }

  get closed(): SshError | undefined {
    return this.channel.closed;
  }

  /** Whether a command of this privilege can run here without a mode change. */
  satisfies(privilege: Privilege): boolean {
    return this.mode === privilege || (privilege === 'expert' && this.mode === 'root' && this.expertIsRoot);
  }

  onClose(listener: (error: SshError) => void): void {
    this.channel.onClose(listener);
  }

  close(reason?: SshError): void {
    this.channel.close(reason);
  }

  toExpert(): Promise<void> {
    return this.exclusive(() => this.reach('expert'));
  }

  /** `sudo su -` (then `sudo -i`). The password is typed at sudo's prompt and not kept. */
  toRoot(sudoPassword: string | undefined): Promise<void> {
    return this.exclusive(() => this.reach('root', sudoPassword));
  }

  toClish(): Promise<void> {
    return this.exclusive(() => this.reach('clish'));
  }

  /**
   * Run a command, first reaching `privilege` when given (stepping through the modes between).
   * Rejects at once on timeout (or output-too-large when asked); the shell is then recovered
   * before the next operation on this channel runs.
   */
  run(
    command: string,
    options: ExecOptions,
    reach?: { readonly privilege: Privilege; readonly sudoPassword?: string },
  ): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      this.lock = this.lock.then(async () => {
        try {
          this.assertOpen();
          if (reach && !this.satisfies(reach.privilege)) await this.reach(reach.privilege, reach.sudoPassword);
          resolve(await this.execute(command, options));
        } catch (error) {
          reject(error as Error);
          if (isSshError(error, 'timeout') || isSshError(error, 'output-too-large')) await this.recover();
        }
      });
    });
  }

  private execute(command: string, options: ExecOptions): Promise<RunResult> {
    return this.mode === 'clish'
      ? runClish(this.channel, command, { ...options, settleMs: this.options.settleMs })
      : runFramed(this.channel, command, { ...options, crlf: this.crlf });
  }

  private exclusive<T>(job: () => Promise<T>): Promise<T> {
    const next = this.lock.then(async () => {
      this.assertOpen();
      try {
        return await job();
      } catch (error) {
        if (isSshError(error, 'timeout')) await this.recover();
        throw error;
      }
    });
    this.lock = next.catch(() => undefined);
    return next;
  }

  private assertOpen(): void {
    if (this.channel.closed) throw this.channel.closed;
  }

  private async reach(target: Privilege, sudoPassword?: string): Promise<void> {
    for (let steps = 0; steps < 6 && !this.satisfies(target); steps += 1) {
      const mode = this.mode;
      if (target === 'clish') {
        await (mode === 'root' && this.below() === 'expert' ? this.exitBash() : this.leaveToClish());
      } else if (mode === 'clish') {
        await this.enterExpert();
      } else if (target === 'root') {
        await this.enterRoot(sudoPassword);
      } else if (this.below() === 'expert') {
        await this.exitBash();
      } else {
        throw new SshError('expert-unavailable', { detail: 'the login landed as root' });
      }
    }
    if (!this.satisfies(target)) {
      throw new SshError('protocol', { reason: 'unexpected', detail: `could not reach ${target} mode` });
    }
  }

  private below(): Privilege | undefined {
    return this.stack.at(-2);
  }

  private async enterExpert(): Promise<void> {
    const shell = await typeExpert(this.channel, this.driver.expertCommand, this.options);
    this.stack.push(shell === 'root' ? 'root' : 'expert');
    await this.prepareBash();
  }

  /**
   * Make the bash on top of the stack frame-ready, then check its real uid: a `$` prompt can be
   * root and a `#` prompt can be a user (the prompt only hints; `id -u` decides).
   */
  private async prepareBash(): Promise<void> {
    this.crlf = (await setupBash(this.channel, this.options.modeChangeTimeoutMs)).crlf;
    const probe = { timeoutMs: this.options.modeChangeTimeoutMs, maxBytes: 64, onOverflow: 'truncate' } as const;
    const isRoot = (await this.execute('id -u', probe)).output.trim() === '0';
    const top = this.stack.length - 1;
    if (isRoot && this.mode === 'expert') {
      this.stack[top] = 'root';
      // Root without sudo (expert itself is root, or the login landed as root).
      this.expertIsRoot = this.below() !== 'expert';
    } else if (!isRoot && this.mode === 'root') {
      this.stack[top] = 'expert';
    }
  }

  private async enterRoot(sudoPassword: string | undefined): Promise<void> {
    let failure: SshError | undefined;
    for (const command of this.driver.rootCommands) {
      const outcome = await sudoDialogue(this.channel, command, sudoPassword, this.options);
      if (outcome === 'root') {
        this.stack.push('root');
        await this.prepareBash();
        if (this.mode === 'root') return;
        this.stack[this.stack.length - 1] = 'root';
        await this.exitBash();
        throw new SshError('sudo-failed', { reason: 'no-root-prompt', detail: `not uid 0 after ${command}` });
      }
      failure = outcome;
      // A refused password is final: trying it again only counts toward a lockout.
      if (outcome.details.reason === 'wrong-password' || outcome.details.reason === 'password-required') break;
      this.log.info('sudo form refused, trying the next', { command, reason: outcome.details.reason });
    }
    await resyncBash(this.channel, this.options.modeChangeTimeoutMs);
    throw failure ?? new SshError('sudo-failed', { reason: 'no-root-prompt', detail: 'no sudo form configured' });
  }

  /** `exit` from a nested bash (root → expert). */
  private async exitBash(): Promise<void> {
    await exitNestedBash(this.channel, this.options);
    this.stack.pop();
  }

  /** Expert bash → CLISH: `exit` to the CLISH that started it, or the device's CLISH command. */
  private async leaveToClish(): Promise<void> {
    const fromClish = this.below() === 'clish';
    const command = this.driver.clishCommand(fromClish);
    if (!command) throw new SshError('clish-unavailable', { detail: 'this login has no CLISH' });
    const refused = await typeClish(this.channel, command, this.options);
    if (refused !== undefined) {
      this.crlf = (await setupBash(this.channel, this.options.modeChangeTimeoutMs)).crlf;
      throw new SshError('clish-unavailable', { detail: refused });
    }
    if (fromClish) this.stack.pop();
    else this.stack.push('clish');
  }

  /** Back to a verified prompt after an interrupted command, or close the channel (it is replaced). */
  private async recover(): Promise<void> {
    if (await recoverShell(this.channel, this.mode === 'clish', this.options)) return;
    if (this.channel.closed) return;
    this.log.warn('shell did not come back after an interrupted command; closing the channel');
    this.channel.close(new SshError('disconnected', { reason: 'closed' }));
  }
}
