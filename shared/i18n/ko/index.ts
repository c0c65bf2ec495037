import type { Dictionary } from '../dictionary';
import { app } from './app';
import { common } from './common';
import { ssh } from './ssh';

/** 한국어 사전: 영어 사전과 키가 하나라도 다르면 컴파일되지 않습니다. */
export const ko = {
  app,
  common,
  ssh,
} as const satisfies Dictionary;
