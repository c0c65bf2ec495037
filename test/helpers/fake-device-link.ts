import type { CommandSpec } from '../../shared/catalog/types';
import type { DeviceLink, DeviceRunner, RunResult } from '../../electron/services/engine/device-link';

/** An error shaped like the SSH layer's (a `kind` discriminant). */
export class LinkError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Scripted {
  readonly output?: string;
  readonly exitCode?: number | null;
  readonly delayMs?: number;
  readonly error?: LinkError;
}

/**
 * A DeviceLink whose commands answer from a script, for engine tests that are about scheduling,
 * skipping, retrying and recording — not about parsing (the simulator-backed tests do that).
 */
export const fakeLink = (
  script: (spec: CommandSpec, connection: number) => Scripted,
  options: {
    connectFails?: (connection: number) => LinkError | undefined;
    elevateFails?: LinkError;
    /** The login lands in bash (an FMC whose CLI is off): root without `expert`. */
    landsInBash?: boolean;
  } = {},
) => {
  const calls: { command: string; connection: number; start: number; end: number }[] = [];
  let connections = 0;
  let active = 0;
  let maxActive = 0;
  const link: DeviceLink = {
    connect: async () => {
      connections += 1;
      const connection = connections;
      const failure = options.connectFails?.(connection);
      if (failure) throw failure;
      let closed = false;
      const pending = new Set<(error: LinkError) => void>();
      const runner: DeviceRunner = {
        run: async (spec): Promise<RunResult> => {
          if (closed) throw new LinkError('disconnected', 'connection closed');
          const answer = script(spec, connection);
          const start = Date.now();
          active += 1;
          maxActive = Math.max(maxActive, active);
          try {
            if (answer.delayMs) {
              // Like the real transport: closing the connection rejects what is in flight at once.
              await new Promise<void>((resolve, reject) => {
                const timer = setTimeout(() => {
                  pending.delete(reject);
                  resolve();
                }, answer.delayMs);
                pending.add((error) => {
                  clearTimeout(timer);
                  reject(error);
                });
              });
            }
            if (answer.error) throw answer.error;
            spec.onChunk?.(answer.output ?? '');
            return {
              output: answer.output ?? '',
              exitCode: answer.exitCode ?? 0,
              durationMs: Date.now() - start,
              truncatedBytes: 0,
            };
          } finally {
            active -= 1;
            calls.push({ command: spec.command, connection, start, end: Date.now() });
          }
        },
        elevate: async () => {
          if (options.elevateFails) throw options.elevateFails;
          return {
            evidence: {
              command: options.landsInBash ? 'sudo su -' : 'expert\nsudo su -',
              output: 'admin@firepower:~$ sudo su -\nPassword:\nroot@firepower:~# ',
              exitCode: null,
              durationMs: 5,
            },
            viaExpert: !options.landsInBash,
          };
        },
        close: async () => {
          closed = true;
          for (const reject of pending) reject(new LinkError('disconnected', 'connection closed'));
          pending.clear();
        },
      };
      return {
        runner,
        evidence: {
          command: 'ssh admin@192.0.2.10',
          output: 'Copyright 2004-2023, Cisco and/or its affiliates.\n> ',
          exitCode: null,
          durationMs: 10,
        },
        facts: {},
        login: { user: 'admin', fingerprint: 'SHA256:test' },
      };
    },
  };
  return { link, calls, connections: () => connections, maxActive: () => maxActive };
};
