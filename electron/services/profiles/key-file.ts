import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { MessageKey } from '../../../shared/i18n/dictionary';

/** `~/.ssh/id_ed25519` → `/home/you/.ssh/id_ed25519`, as OpenSSH reads it; profiles keep what was typed. */
export const expandHome = (path: string, home: string = homedir()): string =>
  path === '~' ? home : path.startsWith('~/') || path.startsWith('~\\') ? join(home, path.slice(2)) : path;

/**
 * Whether a private key path names a file this user can read. The key is not opened further:
 * whether it is a key, and its passphrase, are the SSH layer's to find out.
 */
export const checkKeyFile = async (path: string, home?: string): Promise<MessageKey | undefined> => {
  const full = expandHome(path, home);
  try {
    const info = await stat(full);
    if (info.isDirectory()) return 'profiles.validation.keyFileNotFile';
    await access(full, constants.R_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'profiles.validation.keyFileMissing' : 'profiles.validation.keyFileUnreadable';
  }
};
