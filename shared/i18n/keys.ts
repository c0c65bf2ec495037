import type { CauseId } from '../model/cause';
import type { CheckId } from '../model/check';
import type { MessageKey } from './dictionary';

/**
 * Keys derived from ids. Typed as MessageKey, so a check or cause without its strings in the
 * dictionary is a compile error here, not a raw key on screen.
 */
export const checkTitleKey = (id: CheckId): MessageKey => `checks.${id}.title` as const;
export const checkAboutKey = (id: CheckId): MessageKey => `checks.${id}.about` as const;
export const causeTitleKey = (id: CauseId): MessageKey => `causes.${id}.title` as const;
export const causeSummaryKey = (id: CauseId): MessageKey => `causes.${id}.summary` as const;
