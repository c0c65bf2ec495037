import { describe, expect, it } from 'vitest';
import { recordingTerminal } from '../../../../helpers/sim-shell';

const PTY = { cols: 80, rows: 24, term: 'xterm' };

describe('terminal line discipline', () => {
  it('echoes typed input and translates output newlines to CRLF on a PTY', async () => {
    const { term, recorded } = recordingTerminal(PTY);
    const line = term.readLine({ prompt: '> ' });
    term.feed('show version\r');
    expect(await line).toEqual({ kind: 'line', text: 'show version' });
    await term.write('a\nb\n');
    expect(recorded.out).toBe('> show version\r\na\r\nb\r\n');
  });

  it('treats \\r\\n as one Enter and keeps typeahead for the next read', async () => {
    const { term } = recordingTerminal(PTY);
    term.feed('one\r\ntwo\n');
    expect(await term.readLine({ prompt: '' })).toEqual({ kind: 'line', text: 'one' });
    expect(await term.readLine({ prompt: '' })).toEqual({ kind: 'line', text: 'two' });
  });

  it('edits with backspace, Ctrl-U, Ctrl-A/Ctrl-K and Ctrl-W', async () => {
    const { term } = recordingTerminal(PTY);
    const read = (input: string) => {
      const line = term.readLine({ prompt: '' });
      term.feed(input);
      return line;
    };
    expect(await read('shox\x7fw\r')).toEqual({ kind: 'line', text: 'show' });
    expect(await read('garbage\x15exit\r')).toEqual({ kind: 'line', text: 'exit' });
    expect(await read('abc def\x01\x0bxyz\r')).toEqual({ kind: 'line', text: 'xyz' });
    expect(await read('one two\x17three\r')).toEqual({ kind: 'line', text: 'one three' });
  });

  it('does not echo a password and prints the newline sudo prints', async () => {
    const { term, recorded } = recordingTerminal(PTY);
    const line = term.readLine({ prompt: 'Password: ', echo: false, newlineWhenSilent: true });
    term.feed('Secret1\r');
    expect(await line).toEqual({ kind: 'line', text: 'Secret1' });
    expect(recorded.out).toBe('Password: \r\n');
  });

  it('honours stty -echo', async () => {
    const { term, recorded } = recordingTerminal(PTY);
    term.echo = false;
    const line = term.readLine({ prompt: '$ ' });
    term.feed('ls\r');
    await line;
    expect(recorded.out).toBe('$ ');
  });

  it('Ctrl-C abandons the line being typed', async () => {
    const { term, recorded } = recordingTerminal(PTY);
    const line = term.readLine({ prompt: '$ ' });
    term.feed('sleep 9\x03');
    expect(await line).toEqual({ kind: 'interrupt' });
    expect(recorded.out).toBe('$ sleep 9^C\r\n');
  });

  it('Ctrl-C while a command runs aborts the innermost foreground command and flushes typeahead', async () => {
    const { term, recorded } = recordingTerminal(PTY);
    const outer = new AbortController();
    const inner = new AbortController();
    term.pushForeground(outer);
    term.pushForeground(inner);
    term.feed('typed ahead\x03');
    expect(inner.signal.aborted).toBe(true);
    expect(outer.signal.aborted).toBe(false);
    expect(recorded.out).toBe('^C');
    term.popForeground(inner);
    term.feed('x\r');
    expect(await term.readLine({ prompt: '' })).toEqual({ kind: 'line', text: 'x' });
  });

  it('without a PTY: no echo, no CRLF, stderr on its own stream, \\x03 is data', async () => {
    const { term, recorded } = recordingTerminal(null);
    term.feed('a\x03b\n');
    expect(await term.readLine({ prompt: '' })).toEqual({ kind: 'line', text: 'ab' });
    await term.write('x\n');
    await term.writeErr('e\n');
    expect(recorded).toEqual({ out: 'x\n', err: 'e\n' });
  });

  it('ignores stray escape sequences and control bytes instead of failing', async () => {
    const { term } = recordingTerminal(PTY);
    const line = term.readLine({ prompt: '' });
    term.feed('\x1b[A\x1b[Bok\x00\x1b[15~\x07\r');
    expect(await line).toEqual({ kind: 'line', text: 'ok' });
  });

  it('resolves pending reads with eof when the channel closes', async () => {
    const { term } = recordingTerminal(PTY);
    const line = term.readLine({ prompt: '' });
    term.close();
    expect(await line).toEqual({ kind: 'eof' });
    expect(await term.write('late')).toBe(false);
  });
});
