import { z } from 'zod';
import { event, invoke } from '../define';
import { empty, language } from '../schemas';

export const appInfo = z.strictObject({
  name: z.string(),
  version: z.string(),
  /** 'electron' in the desktop app, 'bridge' when the renderer runs in a browser under test. */
  transport: z.enum(['electron', 'bridge']),
});
export type AppInfo = z.infer<typeof appInfo>;

export const settings = z.strictObject({
  language,
});
export type Settings = z.infer<typeof settings>;

/** The app frame: who we are and the user's settings. */
export const appInvoke = {
  getAppInfo: invoke(empty, appInfo),
  getSettings: invoke(empty, settings),
  updateSettings: invoke(settings.partial().strict(), settings),
} as const;

export const appEvents = {
  settingsChanged: event(settings),
} as const;
