import { readFile, rename } from 'node:fs/promises';
import { settings as settingsSchema, type Settings } from '../../../shared/ipc/channels/app';
import { writeFileAtomic } from '../fs/atomic-write';
import type { Logger } from '../log';

export const DEFAULT_SETTINGS: Settings = { language: 'en' };

export interface SettingsStore {
  get(): Promise<Settings>;
  update(patch: Partial<Settings>): Promise<Settings>;
}

/**
 * The user's settings as a small JSON file. A file we cannot read is moved aside (kept for the
 * user, named in the log) and the defaults are used; it is never silently overwritten.
 */
export const createSettingsStore = (path: string, log: Logger): SettingsStore => {
  let cached: Settings | undefined;

  const load = async (): Promise<Settings> => {
    if (cached) return cached;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return (cached = DEFAULT_SETTINGS);
    }
    const parsed = (() => {
      try {
        return settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...(JSON.parse(text) as object) });
      } catch {
        return undefined;
      }
    })();
    if (parsed?.success) return (cached = parsed.data);
    const aside = `${path}.corrupt-${Date.now()}`;
    await rename(path, aside);
    log.warn('settings file unreadable; moved aside, using defaults', { movedTo: aside });
    return (cached = DEFAULT_SETTINGS);
  };

  return {
    get: load,
    update: async (patch) => {
      const next = settingsSchema.parse({ ...(await load()), ...patch });
      await writeFileAtomic(path, `${JSON.stringify(next, null, 2)}\n`);
      return (cached = next);
    },
  };
};
