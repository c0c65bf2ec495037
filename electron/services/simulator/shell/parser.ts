/**
 * The tiny POSIX-ish shell's grammar: lists with `;`/`&`/newlines, `&&`/`||`, pipelines (with `!`),
 * `{ …; }` groups, `( … )` subshells, simple commands with `NAME=value` prefixes, and redirections
 * (`>`, `>>`, `<`, `2>`, `2>>`, `2>&1`, `>&2`, `&>`). Words keep their raw text (quotes included);
 * expansion happens when the command runs, so `$?` is always current. Enough for what clients send
 * to frame commands (`cmd 2>&1; printf '%s\n' "__M_abc__ $?"`) and what the guides type.
 */
export interface Redirect {
  /** The file descriptor redirected (1 stdout, 2 stderr, 0 stdin); `&>` redirects both. */
  readonly fd: 0 | 1 | 2 | 'both';
  readonly op: '>' | '>>' | '<' | '>&';
  /** Raw word: a path, or for `>&` the descriptor number. */
  readonly target: string;
}

export interface SimpleCommand {
  readonly kind: 'simple';
  readonly assigns: readonly { readonly name: string; readonly value: string }[];
  readonly words: readonly string[];
  readonly redirects: readonly Redirect[];
}

export interface GroupCommand {
  readonly kind: 'group' | 'subshell';
  readonly body: List;
  readonly redirects: readonly Redirect[];
}

export type Command = SimpleCommand | GroupCommand;

export interface Pipeline {
  readonly negate: boolean;
  readonly commands: readonly Command[];
}

export interface AndOr {
  readonly first: Pipeline;
  readonly rest: readonly { readonly op: '&&' | '||'; readonly pipeline: Pipeline }[];
}

export interface List {
  readonly items: readonly AndOr[];
}

/** The input ends inside a quote, `$(`, or after `|`/`&&`/`\`: bash asks for more with PS2. */
export class IncompleteInput extends Error {
  constructor() {
    super('incomplete input');
    this.name = 'IncompleteInput';
  }
}

/** bash's `syntax error near unexpected token `X'`. */
export class ShellSyntaxError extends Error {
  constructor(readonly token: string) {
    super(`syntax error near unexpected token \`${token}'`);
    this.name = 'ShellSyntaxError';
  }
}

type Token =
  | { readonly type: 'word'; readonly text: string }
  | { readonly type: 'op'; readonly op: string }
  | { readonly type: 'redirect'; readonly fd: Redirect['fd']; readonly op: Redirect['op'] };

const OPERATOR_CHARS = new Set([';', '&', '|', '(', ')', '<', '>']);

/** Skip a `$( … )` starting at `start` (pointing at `(`); returns the index after `)`. */
const skipParens = (input: string, start: number): number => {
  let depth = 0;
  for (let i = start; i < input.length; i += 1) {
    const c = input[i];
    if (c === '\\') i += 1;
    else if (c === "'") {
      const end = input.indexOf("'", i + 1);
      if (end < 0) throw new IncompleteInput();
      i = end;
    } else if (c === '"') i = skipDouble(input, i);
    else if (c === '(') depth += 1;
    else if (c === ')') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  throw new IncompleteInput();
};

/** Skip a double-quoted string starting at `start` (pointing at `"`); returns the index of the closing quote. */
const skipDouble = (input: string, start: number): number => {
  for (let i = start + 1; i < input.length; i += 1) {
    const c = input[i];
    if (c === '\\') i += 1;
    else if (c === '"') return i;
    else if (c === '$' && input[i + 1] === '(') i = skipParens(input, i + 1) - 1;
    else if (c === '`') {
      const end = input.indexOf('`', i + 1);
      if (end < 0) throw new IncompleteInput();
      i = end;
    }
  }
  throw new IncompleteInput();
};

export const tokenize = (input: string): Token[] => {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i] ?? '';
    if (c === ' ' || c === '\t') {
      i += 1;
      continue;
    }
    if (c === '\\' && input[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '\n') {
      tokens.push({ type: 'op', op: ';' });
      i += 1;
      continue;
    }
    if (c === '#') {
      const end = input.indexOf('\n', i);
      i = end < 0 ? input.length : end;
      continue;
    }
    // Redirections, with an optional leading descriptor number.
    const redirect = /^(\d?)(>>|>&|<|>|&>)/.exec(input.slice(i));
    if (redirect && (redirect[1] !== '' || OPERATOR_CHARS.has(c))) {
      const [whole, digit = '', op] = redirect;
      if (op === '&>') tokens.push({ type: 'redirect', fd: 'both', op: '>' });
      else {
        const fd = digit === '' ? (op === '<' ? 0 : 1) : Number(digit);
        if (fd !== 0 && fd !== 1 && fd !== 2) throw new ShellSyntaxError(whole);
        tokens.push({ type: 'redirect', fd, op: op as Redirect['op'] });
      }
      i += whole.length;
      continue;
    }
    const two = input.slice(i, i + 2);
    if (two === '&&' || two === '||' || two === ';;') {
      tokens.push({ type: 'op', op: two });
      i += 2;
      continue;
    }
    if (OPERATOR_CHARS.has(c)) {
      tokens.push({ type: 'op', op: c });
      i += 1;
      continue;
    }
    // A word: up to an unquoted blank or operator.
    const start = i;
    while (i < input.length) {
      const d = input[i] ?? '';
      if (d === ' ' || d === '\t' || d === '\n' || OPERATOR_CHARS.has(d)) break;
      if (d === '\\') {
        if (i + 1 >= input.length) throw new IncompleteInput();
        i += 2;
      } else if (d === "'") {
        const end = input.indexOf("'", i + 1);
        if (end < 0) throw new IncompleteInput();
        i = end + 1;
      } else if (d === '"') i = skipDouble(input, i) + 1;
      else if (d === '`') {
        const end = input.indexOf('`', i + 1);
        if (end < 0) throw new IncompleteInput();
        i = end + 1;
      } else if (d === '$' && input[i + 1] === '(') i = skipParens(input, i + 1);
      else if (d === '$' && input[i + 1] === '{') {
        const end = input.indexOf('}', i + 2);
        if (end < 0) throw new IncompleteInput();
        i = end + 1;
      } else i += 1;
    }
    tokens.push({ type: 'word', text: input.slice(start, i) });
  }
  return tokens;
};

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private isOp(op: string): boolean {
    const token = this.peek();
    return token?.type === 'op' && token.op === op;
  }

  private isWord(text: string): boolean {
    const token = this.peek();
    return token?.type === 'word' && token.text === text;
  }

  private skipSeparators(): void {
    while (this.isOp(';') || this.isOp('&')) this.index += 1;
  }

  parseProgram(): List {
    const list = this.parseList([]);
    const token = this.peek();
    if (token) throw new ShellSyntaxError(token.type === 'word' ? token.text : token.type === 'op' ? token.op : '>');
    return list;
  }

  private parseList(terminators: readonly string[]): List {
    const items: AndOr[] = [];
    const leading = this.peek();
    if (leading?.type === 'op' && (leading.op === ';' || leading.op === '&')) throw new ShellSyntaxError(leading.op);
    while (this.peek()) {
      const token = this.peek();
      if (token?.type === 'op' && terminators.includes(token.op)) break;
      if (token?.type === 'word' && terminators.includes(token.text)) break;
      if (token?.type === 'op' && (token.op === ')' || token.op === ';;')) throw new ShellSyntaxError(token.op);
      items.push(this.parseAndOr());
      if (this.isOp(';') || this.isOp('&')) this.skipSeparators();
      else break;
    }
    return { items };
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: { op: '&&' | '||'; pipeline: Pipeline }[] = [];
    while (this.isOp('&&') || this.isOp('||')) {
      const token = this.peek();
      const op = token?.type === 'op' && token.op === '||' ? '||' : '&&';
      this.index += 1;
      if (!this.peek()) throw new IncompleteInput();
      rest.push({ op, pipeline: this.parsePipeline() });
    }
    return { first, rest };
  }

  private parsePipeline(): Pipeline {
    let negate = false;
    if (this.isWord('!')) {
      negate = true;
      this.index += 1;
    }
    const commands = [this.parseCommand()];
    while (this.isOp('|')) {
      this.index += 1;
      if (!this.peek()) throw new IncompleteInput();
      commands.push(this.parseCommand());
    }
    return { negate, commands };
  }

  private parseRedirect(redirects: Redirect[]): boolean {
    const token = this.peek();
    if (token?.type !== 'redirect') return false;
    this.index += 1;
    const target = this.peek();
    if (!target) throw new ShellSyntaxError('newline');
    if (target.type !== 'word') throw new ShellSyntaxError(target.type === 'op' ? target.op : '>');
    this.index += 1;
    redirects.push({ fd: token.fd, op: token.op, target: target.text });
    return true;
  }

  private parseCommand(): Command {
    const token = this.peek();
    if (!token) throw new IncompleteInput();
    if (token.type === 'op' && token.op === '(') {
      this.index += 1;
      const body = this.parseList([')']);
      if (!this.isOp(')')) throw this.peek() ? new ShellSyntaxError('(') : new IncompleteInput();
      this.index += 1;
      return { kind: 'subshell', body, redirects: this.parseTrailingRedirects() };
    }
    if (token.type === 'word' && token.text === '{') {
      this.index += 1;
      const body = this.parseList(['}']);
      if (!this.isWord('}')) throw this.peek() ? new ShellSyntaxError('{') : new IncompleteInput();
      this.index += 1;
      return { kind: 'group', body, redirects: this.parseTrailingRedirects() };
    }
    if (token.type === 'op') throw new ShellSyntaxError(token.op);
    const assigns: { name: string; value: string }[] = [];
    const words: string[] = [];
    const redirects: Redirect[] = [];
    for (;;) {
      if (this.parseRedirect(redirects)) continue;
      const next = this.peek();
      if (next?.type !== 'word') break;
      if (words.length === 0 && ASSIGNMENT.test(next.text)) {
        const eq = next.text.indexOf('=');
        assigns.push({ name: next.text.slice(0, eq), value: next.text.slice(eq + 1) });
      } else words.push(next.text);
      this.index += 1;
    }
    if (words.length === 0 && assigns.length === 0 && redirects.length === 0) {
      const bad = this.peek();
      throw new ShellSyntaxError(bad?.type === 'op' ? bad.op : 'newline');
    }
    return { kind: 'simple', assigns, words, redirects };
  }

  private parseTrailingRedirects(): Redirect[] {
    const redirects: Redirect[] = [];
    while (this.parseRedirect(redirects));
    return redirects;
  }
}

/** Parse one input (which may span lines). Throws IncompleteInput or ShellSyntaxError. */
export const parseShell = (input: string): List => {
  const trimmed = input.replace(/\s+$/, '');
  if (trimmed.endsWith('\\') && !trimmed.endsWith('\\\\')) throw new IncompleteInput();
  const tokens = tokenize(input);
  const last = tokens[tokens.length - 1];
  if (last?.type === 'op' && (last.op === '|' || last.op === '&&' || last.op === '||')) throw new IncompleteInput();
  return new Parser(tokens).parseProgram();
};
