import type { AnyAuthMethod, AuthHandlerMiddleware, ParsedKey, Prompt } from 'ssh2';
import { loadPrivateKey } from './private-key';
import { SshError } from './ssh-error';
import type { Credential } from './types';

type Method = 'password' | 'keyboard-interactive' | 'publickey' | 'agent';

export interface AuthPlan {
  readonly handler: AuthHandlerMiddleware;
  /** Methods tried so far and the server's last list, for the `auth-failed` error. */
  readonly tried: Method[];
  offered: string[];
  agentProblem: boolean;
  /** Drop every reference to the secret (after login, or when it failed). */
  forget(): void;
}

/** A keyboard-interactive prompt that wants the password: `Password:` (hidden) on FMC 7.x / FTD. */
const wantsPassword = (p: Prompt): boolean => p.echo === false || /pass(word|code)?|암호|비밀번호/i.test(p.prompt);

/**
 * Build ssh2's `authHandler` from one credential. It starts with `none` to learn what the server
 * offers (no secret in it); a password is then tried with `password` and, where offered,
 * keyboard-interactive (a server offering only `publickey,keyboard-interactive` refuses the
 * `password` method: mscdex/ssh2 #154, #394). Each method is tried once, so a wrong password
 * costs at most two failed attempts. ssh2 calls this only after the host key was accepted.
 */
export const prepareAuth = async (
  username: string,
  credential: Credential,
  where: { readonly host: string; readonly port: number },
): Promise<AuthPlan> => {
  let password: string | undefined = credential.kind === 'password' ? credential.password : undefined;
  let key: ParsedKey | undefined;
  if (credential.kind === 'key') key = await loadPrivateKey(credential, credential.passphrase);
  if (credential.kind === 'key-file') key = await loadPrivateKey({ path: credential.path }, credential.passphrase);
  const agent = credential.kind === 'agent' ? (credential.socket ?? process.env.SSH_AUTH_SOCK) : undefined;
  if (credential.kind === 'agent' && !agent) {
    throw new SshError('auth-failed', { ...where, user: username, tried: ['agent'], offered: [], agentProblem: true });
  }

  const candidates: Method[] =
    credential.kind === 'password' ? ['password', 'keyboard-interactive'] : credential.kind === 'agent' ? ['agent'] : ['publickey'];

  const methodFor = (method: Method): AnyAuthMethod | undefined => {
    if (method === 'password' && password !== undefined) return { type: 'password', username, password };
    if (method === 'publickey' && key) return { type: 'publickey', username, key };
    if (method === 'agent' && agent) return { type: 'agent', username, agent };
    if (method === 'keyboard-interactive' && password !== undefined) {
      let answered = false;
      return {
        type: 'keyboard-interactive',
        username,
        prompt: (_name, _instructions, _lang, prompts, finish) => {
          // Answer the password once; a second round asking again means it was refused.
          const answers = prompts.map((p) => (!answered && wantsPassword(p) ? (password ?? '') : ''));
          if (prompts.some(wantsPassword)) answered = true;
          finish(answers);
        },
      };
    }
    return undefined;
  };

  const plan: AuthPlan = {
    tried: [],
    offered: [],
    agentProblem: false,
    forget: () => {
      password = undefined;
      key = undefined;
    },
    handler: (methodsLeft, _partialSuccess, next) => {
      if (methodsLeft === null || methodsLeft === undefined) {
        next({ type: 'none', username });
        return;
      }
      plan.offered = [...methodsLeft];
      const offered = (m: Method) => methodsLeft.includes(m === 'agent' ? 'publickey' : m);
      for (const method of candidates) {
        if (plan.tried.includes(method) || !offered(method)) continue;
        const auth = methodFor(method);
        if (!auth) continue;
        plan.tried.push(method);
        next(auth);
        return;
      }
      next(false as unknown as AnyAuthMethod);
    },
  };
  return plan;
};
