import { UsageError } from '../io';

/**
 * Ask for a secret on the terminal without echoing it. Only on a TTY: a script gets a usage
 * error that says which --*-env flag to use instead, never a hang waiting for input.
 */
export const promptSecret = (
  stdin: NodeJS.ReadStream | undefined,
  stderr: { write(text: string): unknown },
  question: string,
  flag: string,
): Promise<string> => {
  if (!stdin?.isTTY || typeof stdin.setRawMode !== 'function') {
    return Promise.reject(new UsageError(`${question.replace(/:\s*$/, '')} is needed: pass it with ${flag} VAR (not on a terminal, so it cannot be asked).`));
  }
  stderr.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (result: () => void): void => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      stderr.write('\n');
      result();
    };
    const onData = (chunk: string): void => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done(() => resolve(value));
        if (char === '\u0003') return done(() => reject(new UsageError('cancelled.')));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
};
