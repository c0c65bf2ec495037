import { app } from './app';
import { causes } from './causes';
import { checks } from './checks';
import { common } from './common';
import { connection } from './connection';
import { prompts } from './prompts';
import { diagnosis } from './diagnosis';
import { engine } from './engine';
import { report } from './report';
import { session } from './session';
import { profiles } from './profiles';
import { ssh } from './ssh';
import { verdict } from './verdict';

/**
 * The English dictionary is the source of keys. Each area lives in its own file so features add
 * strings without touching each other's; ko/ must mirror it key for key (checked by the compiler).
 */
export const en = {
  app,
  common,
  checks,
  causes,
  engine,
  diagnosis,
  report,
  session,
  profiles,
  ssh,
  prompts,
  connection,
  verdict,
} as const;
