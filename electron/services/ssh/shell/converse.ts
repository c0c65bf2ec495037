import { StringDecoder } from 'node:string_decoder';
import { SshError } from '../ssh-error';
import { boundedRead } from './bounded-read';
import { classifyPrompt, type PromptKind } from './prompts';
import type { ShellChannel } from './shell-channel';
import { tailLine } from './terminal-text';

/** What to do once the device has gone quiet: finish, type something, or keep waiting. */
export type Step<R> = { readonly done: R } | { readonly send: string } | undefined;

export interface Conversation<R> {
  /** Typed right after we start listening (e.g. `expert\n`). */
  readonly send?: string;
  /**
   * A marker the device prints before the part we care about (see bash-frame `markedLine`): text
   * up to it — such as a stale bash prompt still in flight — is never read as the answer.
   */
  readonly after?: string;
  readonly timeoutMs: number;
  /** Quiet time before a prompt-looking last line is believed (output may still be coming). */
  readonly settleMs: number;
  /**
   * Called each time the device goes quiet after new output. `fresh` is the raw text since we
   * last typed something, `tail` its cleaned last line, `kind` what that line looks like.
   */
  decide(fresh: string, tail: string, kind: PromptKind | undefined): Step<R>;
}

/**
 * A small expect loop for mode changes (login landing, `expert`, `sudo su -`, `exit`): wait for
 * quiet, read the prompt, answer. Bounded by `timeoutMs`; a closed channel rejects at once.
 */
export const converse = <R>(channel: ShellChannel, talk: Conversation<R>): Promise<{ value: R; transcript: string }> => {
  const decoder = new StringDecoder('utf8');
  let fresh = '';
  let transcript = '';
  let seen = talk.after === undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;
  return boundedRead<{ value: R; transcript: string }>(channel, {
    ...(talk.send !== undefined ? { send: talk.send } : {}),
    timeoutMs: talk.timeoutMs,
    onTimeout: () => new SshError('timeout', { phase: 'mode-change', timeoutMs: talk.timeoutMs }),
    onEnd: () => clearTimeout(settle),
    onData: (chunk, control) => {
      const text = decoder.write(chunk);
      fresh += text;
      transcript += text;
      if (!seen && talk.after !== undefined) {
        const at = fresh.indexOf(talk.after);
        if (at < 0) return;
        seen = true;
        fresh = fresh.slice(at + talk.after.length).replace(/^\r?\n/, '');
      }
      clearTimeout(settle);
      settle = setTimeout(() => {
        const tail = tailLine(fresh);
        let step: Step<R>;
        try {
          step = talk.decide(fresh, tail, classifyPrompt(tail));
        } catch (error) {
          control.reject(error as Error);
          return;
        }
        if (step && 'done' in step) {
          control.resolve({ value: step.done, transcript });
        } else if (step && 'send' in step) {
          fresh = '';
          channel.write(step.send);
        }
      }, talk.settleMs);
    },
  });
};
