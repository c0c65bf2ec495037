import { homedir } from 'node:os';
import { join } from 'node:path';

/** Electron names the user-data folder after `productName`; the CLI uses the same folder. */
export const PRODUCT_NAME = 'Firepower Cloud Doctor';

/**
 * The folder Electron's `app.getPath('userData')` returns on each platform, so the desktop app
 * and the CLI share profiles and known hosts without Electron being loaded.
 */
export const defaultUserDataDir = (
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string => {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
};

/** Files the app keeps in its user-data folder. */
export const dataFiles = (userData: string) =>
  ({
    settings: join(userData, 'settings.json'),
    profiles: join(userData, 'profiles.json'),
    knownHosts: join(userData, 'known_hosts'),
    secrets: join(userData, 'secrets.json'),
    sessions: join(userData, 'sessions'),
    log: join(userData, 'logs', 'main.log'),
  }) as const;
