import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatLogLine, type LogSink } from './log';

/** Append JSON lines to a file; synchronous so the last lines before a crash are on disk. */
export const fileLogSink = (path: string): LogSink => {
  mkdirSync(dirname(path), { recursive: true });
  return (record) => {
    try {
      appendFileSync(path, formatLogLine(record), { mode: 0o600 });
    } catch {
      // A full disk must not take the app down with it.
    }
  };
};
