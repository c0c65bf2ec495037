/**
 * Markdown escaping for text pasted into a TAC case or a ticket: device words must not turn into
 * emphasis, links, HTML or broken tables, and code must survive whatever backticks it contains.
 */
export const escapeInline = (text: string): string =>
  text
    .replace(/[\\`*[\]<|]/g, (c) => `\\${c}`)
    .replace(/(^|\s)_|_(\s|$)/g, (m) => m.replace('_', '\\_'))
    .replace(/^([#>+-])/gm, '\\$1');

/** A table cell: one line, pipes escaped. */
export const escapeCell = (text: string): string => escapeInline(text).replace(/\r?\n/g, '<br>');

const longestRun = (text: string, char: string): number => {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
};

/** Inline code that may itself contain backticks (CommonMark: a longer fence, padded with spaces). */
export const inlineCode = (text: string): string => {
  const fence = '`'.repeat(longestRun(text, '`') + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
};

/** A fenced block longer than any backtick run inside, so device output cannot close it early. */
export const fencedBlock = (text: string, info = ''): string => {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  return `${fence}${info}\n${text}\n${fence}`;
};
