/**
 * A small leveled logger. Main points it at a file in the user-data folder, the CLI at stderr
 * when --verbose, tests at an array. Callers pass facts, never secrets: nothing here redacts.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LogRecord {
  readonly time: string;
  readonly level: LogLevel;
  readonly scope: string;
  readonly message: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

export type LogSink = (record: LogRecord) => void;

export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
  child(scope: string): Logger;
}

export const createLogger = (sink: LogSink, scope = 'app'): Logger => {
  const at =
    (level: LogLevel) =>
    (message: string, data?: Record<string, unknown>): void =>
      sink({ time: new Date().toISOString(), level, scope, message, ...(data ? { data } : {}) });
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (name) => createLogger(sink, `${scope}:${name}`),
  };
};

/** Drops everything; for code paths where nobody listens. */
export const silentLogger: Logger = createLogger(() => undefined);

/** One JSON line per record, the format of the app's log file. */
export const formatLogLine = (record: LogRecord): string => `${JSON.stringify(record)}\n`;
