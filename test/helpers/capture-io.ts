import type { CliIo } from '../../electron/cli/io';

/** A CliIo that records what a command printed. */
export const captureIo = (env: Record<string, string | undefined> = {}, isTTY = false) => {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (out += text), isTTY },
    stderr: { write: (text: string) => (err += text) },
    env,
    cwd: process.cwd(),
  };
  return { ...io, out: () => out, err: () => err };
};
