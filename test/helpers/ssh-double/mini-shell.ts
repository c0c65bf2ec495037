/**
 * TEST DOUBLE — not the product's simulator. Just enough of bash's grammar for the lines the
 * SSH layer types in expert/root mode (see electron/services/ssh/shell/bash-frame.ts): `;`
 * lists, single and double quotes, `'\''`, `$?`, redirections to /dev/null, `NAME=value`,
 * `printf` with %s/%d, `eval`. Real bash is covered by the sshd interop tests.
 */

/** Split a line into `;`-separated statements, respecting quotes. */
export const splitStatements = (line: string): string[] => {
  const out: string[] = [];
  let current = '';
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i] as string;
    if (ch === '\\' && quote !== "'") {
      current += ch + (line[i + 1] ?? '');
      i += 1;
    } else if (quote) {
      if (ch === quote) quote = null;
      current += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      current += ch;
    } else if (ch === ';') {
      out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
};

export interface Words {
  readonly words: string[];
  readonly stdinRedirected: boolean;
}

/** One statement into words, expanding `$?` outside single quotes and dropping redirections. */
export const wordsOf = (statement: string, lastStatus: number): Words => {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let stdinRedirected = false;
  let i = 0;
  const flush = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  while (i < statement.length) {
    const ch = statement[i] as string;
    if (/\s/.test(ch)) {
      flush();
      i += 1;
    } else if (ch === "'") {
      const end = statement.indexOf("'", i + 1);
      word += statement.slice(i + 1, end < 0 ? undefined : end);
      inWord = true;
      i = end < 0 ? statement.length : end + 1;
    } else if (ch === '"') {
      i += 1;
      inWord = true;
      while (i < statement.length && statement[i] !== '"') {
        if (statement[i] === '\\') {
          word += statement[i + 1] ?? '';
          i += 2;
        } else if (statement.startsWith('$?', i)) {
          word += String(lastStatus);
          i += 2;
        } else {
          word += statement[i];
          i += 1;
        }
      }
      i += 1;
    } else if (ch === '\\') {
      word += statement[i + 1] ?? '';
      inWord = true;
      i += 2;
    } else if (statement.startsWith('$?', i)) {
      word += String(lastStatus);
      inWord = true;
      i += 2;
    } else if (!inWord && /^(\d?[<>])/.test(statement.slice(i))) {
      const redirect = /^(\d?)([<>])\s*(\S+)/.exec(statement.slice(i));
      if (redirect?.[2] === '<') stdinRedirected = true;
      i += redirect ? redirect[0].length : 1;
    } else {
      word += ch;
      inWord = true;
      i += 1;
    }
  }
  flush();
  return { words, stdinRedirected };
};

const unescape = (format: string): string =>
  format.replace(/\\(n|t|r|\\|e|a|0[0-7]{0,3})/g, (_, c: string) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c === '\\' ? '\\' : c === 'e' ? '\x1b' : c === 'a' ? '\x07' : String.fromCharCode(parseInt(c, 8)),
  );

/** bash's printf for %s, %d and %%, reusing the format while arguments remain. */
export const printf = (format: string, args: readonly string[]): string => {
  let out = '';
  let rest = [...args];
  do {
    let used = 0;
    out += unescape(format).replace(/%([sd%])/g, (_, spec: string) => {
      if (spec === '%') return '%';
      const value = rest[used++] ?? '';
      return spec === 'd' ? String(Number.parseInt(value, 10) || 0) : value;
    });
    rest = rest.slice(used);
    if (used === 0) break;
  } while (rest.length > 0);
  return out;
};
