import { readFileSync } from 'node:fs';

/**
 * The font files' bytes, read once per process: the glyph coverage and every PDF rendered after
 * it share them (16 MB of TTF that would otherwise be read from disk twice per report).
 */
const cache = new Map<string, Buffer>();

export const fontData = (path: string): Buffer => {
  let data = cache.get(path);
  if (!data) {
    data = readFileSync(path);
    cache.set(path, data);
  }
  return data;
};
