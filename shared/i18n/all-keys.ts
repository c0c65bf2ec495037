import type { MessageKey } from './dictionary';
import { en } from './en/index';

const leaves = (node: unknown, prefix: string, out: string[]): string[] => {
  if (typeof node === 'string') out.push(prefix);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
};

/** Every message key at run time, for validating messages that cross a process boundary. */
export const ALL_MESSAGE_KEYS: ReadonlySet<MessageKey> = new Set(leaves(en, '', []) as MessageKey[]);
