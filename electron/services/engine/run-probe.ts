import type { CheckDefinition, CheckEnv, CommandOutput, Verdict } from '../../../shared/catalog/types';
import { message } from '../../../shared/i18n/message';
import type { Evidence } from '../../../shared/model/verdict';
import type { CommandCache } from './command-cache';
import type { DeviceRunner } from './device-link';

export interface ProbeRun {
  readonly verdict: Verdict;
  readonly evidence: readonly Evidence[];
  /** Set when the connection dropped under this check: the session must reconnect. */
  readonly disconnected: boolean;
}

export const toEvidence = (output: CommandOutput): Evidence => ({
  command: output.spec.command,
  output: output.output,
  exitCode: output.exitCode,
  durationMs: output.durationMs,
  ...(output.truncatedBytes > 0 ? { truncatedBytes: output.truncatedBytes } : {}),
});

/** A command that could not run to its end decides the verdict: `error`, never a guess from half an output. */
const errorVerdict = (failed: CommandOutput): Verdict => {
  const command = failed.spec.command;
  switch (failed.error?.kind) {
    case 'timeout':
      return {
        status: 'error',
        explanation: message('engine.error.timeout', { command, seconds: Math.round(failed.spec.timeoutMs / 1000) }),
      };
    case 'disconnected':
      return { status: 'error', explanation: message('engine.error.disconnected', { detail: failed.error.userMessage ?? failed.error.message }) };
    case 'output-too-large':
      return {
        status: 'error',
        explanation: message('engine.error.tooLarge', { command, kb: Math.round((failed.spec.maxBytes ?? 0) / 1024) }),
      };
    default:
      return { status: 'error', explanation: message('engine.error.failed', { detail: failed.error?.userMessage ?? failed.error?.message ?? '' }) };
  }
};

/**
 * A first command that failed only because the device has no such mode — CLISH on an FMC whose CLI is off,
 * which lands in bash (device-facts §1.5) — leaves the question open, not the check: its follow-up, the
 * check's fallback (device.version's `cat /etc/sf/sf-version`, device-facts §1.4), still runs, and when that
 * ran cleanly the evaluator decides from it. Every other failure still ends the check with `error`.
 */
const MODE_MISSING = 'clish-unavailable';

/**
 * Run one probe check: its commands at once, then any follow-up commands the first answers call
 * for, then its evaluator. An evaluator that throws is a bug, reported as `inconclusive` — never
 * as a pass.
 */
export const runProbe = async (
  definition: CheckDefinition,
  env: CheckEnv,
  runner: DeviceRunner,
  cache: CommandCache,
  onCommand: (command: string) => void,
  onChunk: (command: string, chunk: string) => void,
): Promise<ProbeRun> => {
  const runAll = (specs: ReturnType<CheckDefinition['commands']>) =>
    Promise.all(
      specs.map((spec) => {
        onCommand(spec.command);
        return cache.run(runner, spec, (chunk) => onChunk(spec.command, chunk));
      }),
    );

  const first = await runAll(definition.commands(env));
  const blocking = first.find((output) => output.error && output.error.kind !== MODE_MISSING);
  const more = blocking || !definition.followUp ? [] : await runAll(definition.followUp(first, env));
  const outputs = [...first, ...more];
  const evidence = outputs.map(toEvidence);
  const fallbackDecides = !blocking && more.length > 0 && more.every((output) => !output.error);
  const failed = fallbackDecides ? undefined : outputs.find((output) => output.error);
  if (failed) {
    return { verdict: errorVerdict(failed), evidence, disconnected: failed.error?.kind === 'disconnected' };
  }
  try {
    return { verdict: definition.evaluate(outputs, env), evidence, disconnected: false };
  } catch (error) {
    return {
      verdict: {
        status: 'inconclusive',
        explanation: message('engine.error.failed', { detail: error instanceof Error ? error.message : String(error) }),
      },
      evidence,
      disconnected: false,
    };
  }
};
