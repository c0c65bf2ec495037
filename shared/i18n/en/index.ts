import { app } from './app';
import { common } from './common';
import { ssh } from './ssh';

/**
 * The English dictionary is the source of keys. Each area lives in its own file so features add
 * strings without touching each other's; ko/ must mirror it key for key (checked by the compiler).
 */
export const en = {
  app,
  common,
  ssh,
} as const;
