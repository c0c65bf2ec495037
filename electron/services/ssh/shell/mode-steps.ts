import { SshError } from '../ssh-error';
import { resyncBash } from './bash-exec';
import { markedLine, modeMarker, newNonce } from './bash-frame';
import { converse } from './converse';
import { lastMessageLine } from './prompts';
import type { ShellChannel } from './shell-channel';
import { cleanTerminal } from './terminal-text';

/** The timing every mode step needs (a subset of ShellOptions). */
export interface StepTiming {
  readonly settleMs: number;
  readonly modeChangeTimeoutMs: number;
}

/**
 * Type `expert` at CLISH. It usually prints nothing before the bash prompt (device-facts §1.2);
 * any text is informational. Back at `> ` means refused (e.g. after `system lockdown`).
 */
export const typeExpert = async (channel: ShellChannel, command: string, timing: StepTiming): Promise<'user' | 'root'> => {
  const { value } = await converse<'user' | 'root' | { refused: string }>(channel, {
    send: `${command}\n`,
    timeoutMs: timing.modeChangeTimeoutMs,
    settleMs: timing.settleMs,
    decide: (fresh, _tail, kind) => {
      if (kind === 'user-shell') return { done: 'user' };
      if (kind === 'root-shell') return { done: 'root' };
      if (kind === 'clish' || kind === 'module' || kind === 'password') {
        if (kind === 'password') channel.write('\x03');
        return { done: { refused: lastMessageLine(cleanTerminal(fresh), [command]) || 'no expert mode' } };
      }
      return undefined;
    },
  });
  if (typeof value === 'object') throw new SshError('expert-unavailable', { detail: value.refused });
  return value;
};

/** `exit` from a nested bash (root → expert), then prove the parent shell answers. */
export const exitNestedBash = async (channel: ShellChannel, timing: StepTiming): Promise<void> => {
  const nonce = newNonce();
  await converse<true>(channel, {
    send: markedLine(nonce, 'exit'),
    after: modeMarker(nonce),
    timeoutMs: timing.modeChangeTimeoutMs,
    settleMs: timing.settleMs,
    decide: (_fresh, _tail, kind) => (kind === 'user-shell' || kind === 'root-shell' ? { done: true } : undefined),
  });
  if (!(await resyncBash(channel, timing.modeChangeTimeoutMs))) {
    throw new SshError('timeout', { phase: 'mode-change', timeoutMs: timing.modeChangeTimeoutMs });
  }
};

/**
 * Expert bash → CLISH with `command` (`exit`, or `clish` on an FMC that landed in bash), giving
 * CLISH back the terminal settings it expects (we turned echo off for bash). Resolves undefined
 * at `> `, or the shell's complaint when bash answered instead.
 */
export const typeClish = async (channel: ShellChannel, command: string, timing: StepTiming): Promise<string | undefined> => {
  const nonce = newNonce();
  const { value } = await converse<true | { refused: string }>(channel, {
    send: markedLine(nonce, `stty echo onlcr 2>/dev/null; ${command}`),
    after: modeMarker(nonce),
    timeoutMs: timing.modeChangeTimeoutMs,
    settleMs: timing.settleMs,
    decide: (fresh, _tail, kind) => {
      if (kind === 'clish') return { done: true };
      if (kind === 'user-shell' || kind === 'root-shell') {
        return { done: { refused: lastMessageLine(cleanTerminal(fresh), [command]) || command } };
      }
      return undefined;
    },
  });
  return typeof value === 'object' ? value.refused : undefined;
};

/**
 * After a timed-out or overflowing command: Ctrl-C, then prove a fresh prompt — a new marker in
 * bash, a new `> ` after Ctrl-A Ctrl-K and Enter in CLISH (unicon clears a CLISH line that way).
 */
export const recoverShell = async (
  channel: ShellChannel,
  inClish: boolean,
  timing: StepTiming & { readonly recoverTimeoutMs: number },
): Promise<boolean> => {
  const budget = timing.recoverTimeoutMs;
  try {
    channel.write('\x03');
    if (!inClish) {
      if (await resyncBash(channel, budget)) return true;
      channel.write('\x03');
      return await resyncBash(channel, budget);
    }
    await new Promise((r) => setTimeout(r, timing.settleMs));
    channel.discardPending();
    await converse<true>(channel, {
      send: '\x01\x0b\n',
      timeoutMs: budget,
      settleMs: timing.settleMs,
      decide: (_fresh, _tail, kind) => (kind === 'clish' || kind === 'module' ? { done: true } : undefined),
    });
    return true;
  } catch {
    return false;
  }
};
