import type { SecretPrompt } from '../../../shared/ipc/channels/prompts';
import type { Profile, ProfileAuth, SecretKind } from '../../../shared/model/profile';
import { expandHome } from '../profiles/key-file';
import { loadPrivateKey } from '../ssh/private-key';
import { isSshError } from '../ssh/ssh-error';
import type { Credential, JumpHost } from '../ssh/types';

/** What to ask the admin for (the prompt broker's secret request, without its id). */
export type SecretRequest = Omit<SecretPrompt, 'id' | 'kind'>;

/**
 * Where a login's secrets come from: the vault when one is saved, else the admin is asked
 * ("ask every time", issue 5 item 2). `ask` resolves undefined when they cancel.
 */
export interface SecretSource {
  saved(kind: SecretKind): Promise<string | undefined>;
  ask(request: SecretRequest): Promise<string | undefined>;
}

/** The admin closed a secret dialog without answering: nothing is tried with an empty secret. */
export class LoginCancelledError extends Error {
  constructor(readonly secret: SecretRequest['secret']) {
    super(`cancelled: no ${secret} was given`);
    this.name = 'LoginCancelledError';
  }
}

/** Tries for a typed passphrase, as OpenSSH gives (its NumberOfPasswordPrompts defaults to 3). */
const PASSPHRASE_TRIES = 3;

/**
 * The passphrase that opens a private key: the saved one, none when the key has none, else asked
 * (again, with "refused" shown, after a wrong one). Opening the key here, before connecting, lets
 * a passphrase be asked for the right key (target or jump) and never sent anywhere.
 */
const unlockKey = async (
  path: string,
  saved: string | undefined,
  who: { readonly host: string; readonly username: string },
  source: SecretSource,
): Promise<string | undefined> => {
  try {
    await loadPrivateKey({ path }, saved);
    return saved;
  } catch (error) {
    if (!isSshError(error, 'key-unusable') || error.details.reason !== 'passphrase-required') throw error;
  }
  for (let attempt = 1; ; attempt += 1) {
    const typed = await source.ask({ secret: 'passphrase', ...who, retry: attempt > 1 });
    if (typed === undefined) throw new LoginCancelledError('passphrase');
    try {
      await loadPrivateKey({ path }, typed || undefined);
      return typed || undefined;
    } catch (error) {
      const retryable =
        isSshError(error, 'key-unusable') && (error.details.reason === 'passphrase-wrong' || error.details.reason === 'passphrase-required');
      if (!retryable || attempt >= PASSPHRASE_TRIES) throw error;
    }
  }
};

const credentialFor = async (
  auth: ProfileAuth,
  who: { readonly host: string; readonly username: string },
  role: 'target' | 'jump',
  source: SecretSource,
): Promise<Credential> => {
  switch (auth.method) {
    case 'agent':
      return { kind: 'agent' };
    case 'password': {
      const secret = role === 'target' ? 'password' : 'jump-password';
      const password = (await source.saved(secret)) ?? (await source.ask({ secret, ...who, retry: false }));
      if (password === undefined) throw new LoginCancelledError(secret);
      return { kind: 'password', password };
    }
    case 'key': {
      const path = expandHome(auth.keyPath);
      const saved = await source.saved(role === 'target' ? 'passphrase' : 'jump-passphrase');
      const passphrase = await unlockKey(path, saved, who, source);
      return { kind: 'key-file', path, ...(passphrase !== undefined ? { passphrase } : {}) };
    }
  }
};

/**
 * How to log in to a saved device and its jump host: each credential from the vault or asked,
 * jump host first (the order the connection needs them). Throws LoginCancelledError, or the SSH
 * layer's `key-unusable` for a key that cannot be opened.
 */
export const profileLogin = async (
  profile: Profile,
  source: SecretSource,
): Promise<{ readonly credential: Credential; readonly jump?: JumpHost }> => {
  const jump = profile.jump
    ? {
        host: profile.jump.host,
        port: profile.jump.port,
        username: profile.jump.username,
        credential: await credentialFor(profile.jump.auth, { host: profile.jump.host, username: profile.jump.username }, 'jump', source),
      }
    : undefined;
  const credential = await credentialFor(profile.auth, { host: profile.host, username: profile.username }, 'target', source);
  return { credential, ...(jump ? { jump } : {}) };
};
