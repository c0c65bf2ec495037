import type { MessageKey } from './dictionary';

/** A parameter is plain text, a number, or another message rendered in the same language. */
export type MessageParam = string | number | Message;

/**
 * A sentence to be shown in the reader's language. Verdicts carry messages rather than text so
 * the UI can switch language without re-running anything.
 */
export interface Message {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

export const message = (key: MessageKey, params?: Record<string, MessageParam>): Message =>
  params ? { key, params } : { key };
