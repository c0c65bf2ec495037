import { readFile, rename } from 'node:fs/promises';

/** What reading a JSON file gave: nothing, a value, or why it could not be read. */
export type JsonRead =
  | { readonly kind: 'missing' }
  | { readonly kind: 'ok'; readonly value: unknown; readonly text: string }
  | { readonly kind: 'unreadable'; readonly detail: string }
  | { readonly kind: 'unparseable'; readonly detail: string };

/** Read and parse a JSON file, telling a missing file apart from one we cannot read or parse. */
export const readJsonFile = async (path: string): Promise<JsonRead> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', detail: code ?? String(error) };
  }
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown, text };
  } catch (error) {
    return { kind: 'unparseable', detail: error instanceof Error ? error.message : String(error) };
  }
};

/** `2026-11-25T12-25-32-123Z`: sortable, and legal in file names on every platform. */
const stamp = (now: Date): string => now.toISOString().replace(/[:.]/g, '-');

/**
 * Move a file we could not use out of the way, keeping every byte, and return its new name
 * (`<file>.corrupt-<time>`), which the caller must show the user. Never a copy-then-delete:
 * a rename keeps the bytes exactly.
 */
export const moveAside = async (path: string, label = 'corrupt', now = new Date()): Promise<string> => {
  const aside = `${path}.${label}-${stamp(now)}`;
  await rename(path, aside);
  return aside;
};
