/**
 * Word expansion for the tiny shell: quotes (`'…'`, `"…"`, `$'…'`), backslashes, `~`, `$?`, `$$`,
 * `$NAME`, `${NAME}`, `${NAME:-default}`, `$(…)` and backticks, then field splitting of unquoted
 * expansion results. No globbing: a `*` stays a `*`.
 */
export interface ExpandContext {
  getVar(name: string): string | undefined;
  readonly lastStatus: number;
  readonly pid: number;
  readonly home: string;
  /** Run a command substitution; resolves with its stdout (trailing newlines are trimmed here). */
  substitute(source: string): Promise<string>;
}

interface Segment {
  readonly text: string;
  /** Came from inside quotes or a backslash: never split. */
  readonly quoted: boolean;
  /** An unquoted expansion result: split on blanks. */
  readonly splittable: boolean;
}

const ANSI_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

/** `$'…'` body → text (ANSI-C quoting). */
const ansiC = (body: string): string =>
  body.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_whole, code: string) => {
    if (code.startsWith('x')) return String.fromCharCode(Number.parseInt(code.slice(1), 16));
    if (/^[0-7]+$/.test(code)) return String.fromCharCode(Number.parseInt(code, 8));
    return ANSI_ESCAPES[code] ?? `\\${code}`;
  });

/** Find the `)` closing the `(` at `open`, honouring quotes. */
const closingParen = (text: string, open: number): number => {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\\') i += 1;
    else if (c === "'") i = text.indexOf("'", i + 1);
    else if (c === '"') {
      for (i += 1; i < text.length && text[i] !== '"'; i += 1) if (text[i] === '\\') i += 1;
    } else if (c === '(') depth += 1;
    else if (c === ')' && --depth === 0) return i;
    if (i < 0) return text.length;
  }
  return text.length;
};

const trimNewlines = (text: string) => text.replace(/\n+$/, '');

/** Expand a `$…` at `i` (pointing at `$`); returns the text and the index after it. */
const dollar = async (raw: string, i: number, ctx: ExpandContext): Promise<{ text: string; next: number } | null> => {
  const next = raw[i + 1];
  if (next === undefined) return null;
  if (next === '?') return { text: String(ctx.lastStatus), next: i + 2 };
  if (next === '$') return { text: String(ctx.pid), next: i + 2 };
  if (next === '#') return { text: '0', next: i + 2 };
  if (next === '0') return { text: '-bash', next: i + 2 };
  if (/[1-9]/.test(next)) return { text: '', next: i + 2 };
  if (next === '(') {
    const close = closingParen(raw, i + 1);
    return { text: trimNewlines(await ctx.substitute(raw.slice(i + 2, close))), next: close + 1 };
  }
  if (next === '{') {
    const close = raw.indexOf('}', i + 2);
    const body = raw.slice(i + 2, close < 0 ? raw.length : close);
    const end = close < 0 ? raw.length : close + 1;
    const fallback = /^([A-Za-z_][A-Za-z0-9_]*):?-(.*)$/.exec(body);
    if (fallback) {
      const value = ctx.getVar(fallback[1] ?? '');
      return { text: value === undefined || value === '' ? (fallback[2] ?? '') : value, next: end };
    }
    if (body === '?') return { text: String(ctx.lastStatus), next: end };
    const length = /^#([A-Za-z_][A-Za-z0-9_]*)$/.exec(body);
    if (length) return { text: String((ctx.getVar(length[1] ?? '') ?? '').length), next: end };
    return { text: ctx.getVar(body) ?? '', next: end };
  }
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(raw.slice(i + 1));
  if (name) return { text: ctx.getVar(name[0]) ?? '', next: i + 1 + name[0].length };
  return null;
};

const segmentsOf = async (raw: string, ctx: ExpandContext): Promise<Segment[]> => {
  const out: Segment[] = [];
  const literal = (text: string, quoted: boolean) => out.push({ text, quoted, splittable: false });
  let i = 0;
  if (raw === '~' || raw.startsWith('~/')) {
    literal(ctx.home, true);
    i = 1;
  }
  while (i < raw.length) {
    const c = raw[i] ?? '';
    if (c === '\\') {
      if (raw[i + 1] !== '\n') literal(raw[i + 1] ?? '', true);
      i += 2;
    } else if (c === "'") {
      const end = raw.indexOf("'", i + 1);
      const stop = end < 0 ? raw.length : end;
      literal(raw.slice(i + 1, stop), true);
      i = stop + 1;
    } else if (c === '$' && raw[i + 1] === "'") {
      let end = i + 2;
      while (end < raw.length && raw[end] !== "'") end += raw[end] === '\\' ? 2 : 1;
      literal(ansiC(raw.slice(i + 2, end)), true);
      i = end + 1;
    } else if (c === '"') {
      i += 1;
      let text = '';
      let any = false;
      while (i < raw.length && raw[i] !== '"') {
        const d = raw[i] ?? '';
        if (d === '\\' && i + 1 < raw.length && '$`"\\\n'.includes(raw[i + 1] ?? '')) {
          if (raw[i + 1] !== '\n') text += raw[i + 1];
          i += 2;
        } else if (d === '$') {
          const expanded = await dollar(raw, i, ctx);
          if (expanded) {
            text += expanded.text;
            i = expanded.next;
          } else {
            text += '$';
            i += 1;
          }
        } else if (d === '`') {
          const end = raw.indexOf('`', i + 1);
          const stop = end < 0 ? raw.length : end;
          text += trimNewlines(await ctx.substitute(raw.slice(i + 1, stop)));
          i = stop + 1;
        } else {
          text += d;
          i += 1;
        }
        any = true;
      }
      i += 1;
      out.push({ text, quoted: true, splittable: false });
      if (!any) out.push({ text: '', quoted: true, splittable: false });
    } else if (c === '$') {
      const expanded = await dollar(raw, i, ctx);
      if (expanded) {
        out.push({ text: expanded.text, quoted: false, splittable: true });
        i = expanded.next;
      } else {
        literal('$', false);
        i += 1;
      }
    } else if (c === '`') {
      const end = raw.indexOf('`', i + 1);
      const stop = end < 0 ? raw.length : end;
      out.push({ text: trimNewlines(await ctx.substitute(raw.slice(i + 1, stop))), quoted: false, splittable: true });
      i = stop + 1;
    } else {
      let j = i;
      while (j < raw.length && !'\\\'"$`'.includes(raw[j] ?? '')) j += 1;
      literal(raw.slice(i, j), false);
      i = j;
    }
  }
  return out;
};

/** Expand one word into fields (zero or more arguments). */
export const expandWord = async (raw: string, ctx: ExpandContext): Promise<string[]> => {
  const fields: string[] = [];
  let current = '';
  let started = false;
  const flush = () => {
    if (started) fields.push(current);
    current = '';
    started = false;
  };
  for (const segment of await segmentsOf(raw, ctx)) {
    if (!segment.splittable) {
      current += segment.text;
      if (segment.quoted || segment.text !== '') started = true;
      continue;
    }
    const parts = segment.text.split(/[ \t\n]+/);
    parts.forEach((part, index) => {
      if (index > 0) flush();
      if (part !== '') {
        current += part;
        started = true;
      }
    });
  }
  flush();
  return fields;
};

/** Expand without splitting (assignments, redirection targets, here the whole word is one string). */
export const expandString = async (raw: string, ctx: ExpandContext): Promise<string> =>
  (await segmentsOf(raw, ctx)).map((segment) => segment.text).join('');
