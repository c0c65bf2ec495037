import type { TFunction } from 'i18next';
import type { Message } from '../../shared/i18n/message';

/**
 * A shared Message in the reader's language, nested message parameters first (a check's title
 * inside a sentence). Its key is checked where the Message is made (MessageKey); i18next's typed
 * `t` cannot also know each key's parameters here.
 */
export const messageText = (t: TFunction, message: Message): string => {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    params[name] = typeof value === 'object' ? messageText(t, value) : value;
  }
  return (t as unknown as (key: string, params: object) => string)(message.key, params);
};
