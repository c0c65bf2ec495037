import type { Dictionary, Lang, MessageKey } from './dictionary';
import type { Message } from './message';
import { en } from './en/index';
import { ko } from './ko/index';

export const dictionaries: Readonly<Record<Lang, Dictionary>> = { en, ko };

const lookup = (dict: Dictionary, key: string): string | undefined => {
  let node: unknown = dict;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
};

/**
 * Translate without i18next for the Node side and shared code (CLI, report). Uses i18next's
 * `{{name}}` interpolation so the renderer's react-i18next reads the same dictionaries.
 */
export const translate = (lang: Lang, key: MessageKey, params?: Readonly<Record<string, string | number>>): string => {
  const template = lookup(dictionaries[lang], key) ?? lookup(dictionaries.en, key) ?? key;
  if (!params) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
};

/** Render a message, its nested message parameters first (e.g. a check's title inside a sentence). */
export const render = (lang: Lang, msg: Message): string => {
  if (!msg.params) return translate(lang, msg.key);
  const flat: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(msg.params)) {
    flat[name] = typeof value === 'object' ? render(lang, value) : value;
  }
  return translate(lang, msg.key, flat);
};
