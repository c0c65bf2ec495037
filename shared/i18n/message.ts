import type { MessageKey } from './dictionary';

/**
 * A sentence to be shown in the reader's language. Verdicts carry messages rather than text so
 * the UI can switch language without re-running anything.
 */
export interface Message {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

export const message = (key: MessageKey, params?: Record<string, string | number>): Message =>
  params ? { key, params } : { key };
