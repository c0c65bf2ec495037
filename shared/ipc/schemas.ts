import { z } from 'zod';
import { LANGUAGES } from '../i18n/dictionary';

/** Schemas reused by several channel groups. Everything here is JSON-safe (no Date, no Map). */
export const empty = z.strictObject({});
export const language = z.enum(LANGUAGES);
export const isoTime = z.iso.datetime({ offset: true });
