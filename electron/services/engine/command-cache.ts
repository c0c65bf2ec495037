import type { CommandOutput, CommandSpec } from '../../../shared/catalog/types';
import { errorDetail, errorKind, errorMessage, type DeviceRunner } from './device-link';

const userMessageOf = (error: unknown) => {
  const detail = errorDetail(error);
  return typeof detail === 'object' ? { userMessage: detail } : {};
};

const keyOf = (spec: CommandSpec): string => `${spec.privilege}\u0000${spec.command}`;

/**
 * Runs each distinct command once per pass: `show network` feeds both dns.servers and
 * network.proxy, `lsof -i` both connector.process and connector.cloud-session. A command that
 * failed is not cached, so a re-run tries it again.
 */
export const createCommandCache = () => {
  const entries = new Map<string, Promise<CommandOutput>>();
  return {
    run(runner: DeviceRunner, spec: CommandSpec, onChunk?: (chunk: string) => void): Promise<CommandOutput> {
      const key = keyOf(spec);
      const cached = entries.get(key);
      if (cached) return cached;
      const started = Date.now();
      const pending = runner
        .run(onChunk ? { ...spec, onChunk } : spec)
        .then(
          (result): CommandOutput => ({ spec, ...result }),
          (error: unknown): CommandOutput => {
            entries.delete(key);
            return {
              spec,
              output: '',
              exitCode: null,
              durationMs: Date.now() - started,
              truncatedBytes: 0,
              error: { kind: errorKind(error), message: errorMessage(error), ...userMessageOf(error) },
            };
          },
        );
      entries.set(key, pending);
      return pending;
    },
    /** Forget outputs so the next pass asks the device again (after a remedy, or a re-run). */
    clear(): void {
      entries.clear();
    },
  };
};

export type CommandCache = ReturnType<typeof createCommandCache>;
