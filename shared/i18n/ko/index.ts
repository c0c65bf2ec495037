import type { Dictionary } from '../dictionary';
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

/** 한국어 사전: 영어 사전과 키가 하나라도 다르면 컴파일되지 않습니다. */
export const ko = {
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
} as const satisfies Dictionary;
