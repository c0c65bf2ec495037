import { createLogger, type LogRecord } from '../../electron/services/log';

/** A logger that keeps its records, for asserting what was (and was not) logged. */
export const memoryLogger = () => {
  const records: LogRecord[] = [];
  return { log: createLogger((record) => records.push(record), 'test'), records };
};
