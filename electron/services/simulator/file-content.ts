/**
 * The bytes of a simulated file, readable by range so a 500 MB connector.log never exists in
 * memory: `tail -c`/`tail -n` read only the end, `cat`/`grep` stream it chunk by chunk. Content is
 * ASCII, so one character is one byte.
 */
export interface FileContent {
  readonly size: number;
  /** Up to `length` characters from `offset` (fewer at the end of the file). */
  read(offset: number, length: number): string;
}

export const textContent = (text: string): FileContent => ({
  size: text.length,
  read: (offset, length) => text.slice(offset, offset + length),
});

/** `a` followed by `b`. */
export const concatContent = (a: FileContent, b: FileContent): FileContent => ({
  size: a.size + b.size,
  read: (offset, length) => {
    if (offset >= a.size) return b.read(offset - a.size, length);
    const head = a.read(offset, Math.min(length, a.size - offset));
    return length > head.length ? head + b.read(0, length - head.length) : head;
  },
});

/** Read the whole content as a string; only for small files (the caller knows the size). */
export const readAll = (content: FileContent): string => content.read(0, content.size);

/** Chunks of `chunkSize` from `start` to the end, lazily. */
export function* chunksOf(content: FileContent, start = 0, chunkSize = 64 * 1024): Generator<string> {
  for (let offset = start; offset < content.size; offset += chunkSize) yield content.read(offset, chunkSize);
}

/**
 * The last `count` lines (like `tail -n`), reading backwards in blocks so only the end is touched.
 * A final line without a newline counts as a line.
 */
export const lastLines = (content: FileContent, count: number, blockSize = 64 * 1024): string => {
  if (count <= 0 || content.size === 0) return '';
  let end = content.size;
  let text = '';
  let newlines = 0;
  const wanted = content.read(content.size - 1, 1) === '\n' ? count + 1 : count;
  while (end > 0) {
    const start = Math.max(0, end - blockSize);
    const block = content.read(start, end - start);
    text = block + text;
    end = start;
    newlines += (block.match(/\n/g) ?? []).length;
    if (newlines >= wanted) break;
  }
  const lines = text.split('\n');
  const trailing = lines[lines.length - 1] === '';
  if (trailing) lines.pop();
  const kept = lines.slice(-count).join('\n');
  return trailing ? `${kept}\n` : kept;
};
