import { SshError } from '../ssh-error';
import { markedLine, modeMarker, newNonce } from './bash-frame';
import { converse } from './converse';
import { lastMessageLine } from './prompts';
import type { ShellChannel } from './shell-channel';
import { cleanTerminal } from './terminal-text';

/** sudo refusing this form of the command (as opposed to the password): try the next form. */
const NOT_ALLOWED = /not allowed to execute|is not in the sudoers|may not run sudo|command not found|no such file|unknown user/i;
/** sudo's own words for a refused password (unicon fxos `sudo_incorrect_password_pattern`). */
const REFUSED = /incorrect password attempt|sorry, try again/i;

/**
 * Type one root command (`sudo su -`) in expert bash and hold sudo's side of the dialogue: the
 * lecture (first use only, never required), `Password:` or `[sudo] password for admin:`, then
 * a root prompt (any line ending in `#`). A second password prompt means the password was
 * refused: we answer it with Ctrl-C instead of retrying (Netshot `sudoPasswordAgain`), so one
 * wrong password costs one failed attempt. Resolves 'root' or the typed failure; on failure
 * the shell is back at the expert prompt.
 */
export const sudoDialogue = async (
  channel: ShellChannel,
  command: string,
  password: string | undefined,
  options: { readonly settleMs: number; readonly modeChangeTimeoutMs: number },
): Promise<'root' | SshError<'sudo-failed'>> => {
  let answered = false;
  let abort: 'wrong-password' | 'password-required' | undefined;
  const nonce = newNonce();
  const { value } = await converse<'root' | SshError<'sudo-failed'>>(channel, {
    send: markedLine(nonce, command),
    after: modeMarker(nonce),
    timeoutMs: options.modeChangeTimeoutMs,
    settleMs: options.settleMs,
    decide: (fresh, _tail, kind) => {
      if (kind === 'password') {
        if (!answered && password !== undefined) {
          answered = true;
          return { send: `${password}\n` };
        }
        abort = answered ? 'wrong-password' : 'password-required';
        return { send: '\x03' };
      }
      if (kind === 'root-shell') return { done: 'root' };
      if (kind !== 'user-shell') return undefined;
      const clean = cleanTerminal(fresh);
      const detail = lastMessageLine(clean, [command]);
      if (abort) return { done: new SshError('sudo-failed', { reason: abort, detail }) };
      if (REFUSED.test(clean)) return { done: new SshError('sudo-failed', { reason: 'wrong-password', detail }) };
      if (NOT_ALLOWED.test(clean)) return { done: new SshError('sudo-failed', { reason: 'not-allowed', detail }) };
      return { done: new SshError('sudo-failed', { reason: 'no-root-prompt', detail: detail || command }) };
    },
  });
  return value;
};
