import { SIMULATED_PROFILE, type Profile, type StoreNotice } from '../../../shared/model/profile';
import { isReservedName } from '../../../shared/model/profile-rules';
import { silentLogger, type Logger } from '../log';
import { createProfileStore } from './profile-store';

/** No saved device of that name; the message lists what there is, for a one-line CLI error. */
export class ProfileNotFoundError extends Error {
  constructor(
    readonly profileName: string,
    readonly known: readonly string[],
  ) {
    super(
      `no device named "${profileName}" in the profiles file${known.length ? ` (saved: ${known.map((n) => `"${n}"`).join(', ')})` : ' (none saved yet)'}.`,
    );
    this.name = 'ProfileNotFoundError';
  }
}

/**
 * Load one profile by name (ignoring case) from a profile file: what `diagnose --profile NAME`
 * uses. The built-in simulated device answers to its name in either language. Notices (a file
 * moved aside, entries skipped) come back for the caller to print.
 */
export const loadProfileByName = async (
  storePath: string,
  name: string,
  log: Logger = silentLogger,
): Promise<{ readonly profile: Profile; readonly builtIn: boolean; readonly notices: readonly StoreNotice[] }> => {
  if (isReservedName(name)) return { profile: SIMULATED_PROFILE, builtIn: true, notices: [] };
  const store = createProfileStore({ path: storePath, log });
  const { profiles, notices } = await store.list();
  const profile = profiles.find((p) => p.name.localeCompare(name.trim(), undefined, { sensitivity: 'accent' }) === 0);
  if (!profile) throw new ProfileNotFoundError(name, profiles.map((p) => p.name));
  return { profile, builtIn: false, notices };
};
