import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CheckDefinition, CheckEnv, CommandOutput, CommandSpec, Verdict } from '../../shared/catalog/types';
import { ALL_MESSAGE_KEYS } from '../../shared/i18n/all-keys';
import type { Lang, MessageKey } from '../../shared/i18n/dictionary';
import type { Message } from '../../shared/i18n/message';
import { dictionaries, render } from '../../shared/i18n/translate';
import type { CheckId } from '../../shared/model/check';
import type { CheckResult } from '../../shared/model/session';

/**
 * Runs one catalog check the way the engine does — its commands, then its follow-up commands decided from
 * the first answers, then `evaluate` — against answers the test supplies, without SSH. Every verdict is swept
 * for message problems (an unknown key, a placeholder without its parameter) in both languages, so each
 * check test also proves its explanations render.
 */

/** The host clock of every test session: 2026-03-14 09:21:05 UTC (the fixtures' "now"). */
export const NOW = '2026-03-14T09:21:05.000Z';

export const env = (overrides: Partial<CheckEnv> = {}): CheckEnv => ({
  deviceType: 'ftd',
  region: 'us',
  answers: {},
  results: new Map<CheckId, CheckResult>(),
  now: NOW,
  ...overrides,
});

/** A device's answer: its text (exit code 0), or the text and the exit code (grep's 1, timeout's 124). */
export type Answer =
  string | { readonly output: string; readonly exitCode?: number | null; readonly truncatedBytes?: number };

/** Answers by exact command text, or a function of the command (undefined = the test did not expect it). */
export type Device = Readonly<Record<string, Answer>> | ((spec: CommandSpec) => Answer | undefined);

export const output = (spec: CommandSpec, answer: Answer): CommandOutput => {
  const a = typeof answer === 'string' ? { output: answer } : answer;
  return {
    spec,
    output: a.output,
    exitCode: a.exitCode === undefined ? 0 : a.exitCode,
    durationMs: 12,
    truncatedBytes: a.truncatedBytes ?? 0,
  };
};

export interface CheckRun {
  readonly verdict: Verdict;
  /** Every command sent, in order (commands, then follow-ups). */
  readonly commands: readonly string[];
}

export const runCheck = (check: CheckDefinition, device: Device, e: CheckEnv = env()): CheckRun => {
  const ask = (spec: CommandSpec): CommandOutput => {
    const answer = typeof device === 'function' ? device(spec) : device[spec.command];
    if (answer === undefined) throw new Error(`the test has no answer for "${spec.command}"`);
    return output(spec, answer);
  };
  const first = check.commands(e).map(ask);
  const more = check.followUp ? check.followUp(first, e).map(ask) : [];
  const verdict = check.evaluate([...first, ...more], e);
  const problems = [verdict.explanation, ...(verdict.remedy ? [verdict.remedy.text] : [])].flatMap(messageProblems);
  if (problems.length > 0) throw new Error(`message problems in ${check.id}: ${problems.join('; ')}`);
  return { verdict, commands: [...first, ...more].map((o) => o.spec.command) };
};

/** The raw text of a parser fixture, `test/fixtures/outputs/<path>.raw`. */
export const fixture = (path: string): string =>
  readFileSync(resolve(__dirname, '../fixtures/outputs', `${path}.raw`), 'utf8');

/** The explanation (or any message) in English and Korean, for assertions on what the admin reads. */
export const say = (msg: Message, lang: Lang = 'en'): string => render(lang, msg);

const lookup = (lang: Lang, key: string): string | undefined => {
  let node: unknown = dictionaries[lang];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
};

/**
 * What is wrong with a message tree: keys that are not in the dictionaries, placeholders of the English or
 * Korean template without a parameter, parameters that are not strings, numbers or messages.
 */
export const messageProblems = (msg: Message): string[] => {
  const problems: string[] = [];
  if (!ALL_MESSAGE_KEYS.has(msg.key as MessageKey)) problems.push(`unknown key ${msg.key}`);
  for (const lang of ['en', 'ko'] as const) {
    const template = lookup(lang, msg.key);
    if (template === undefined) {
      problems.push(`${lang} has no ${msg.key}`);
      continue;
    }
    for (const [, name] of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
      if (name !== undefined && !(msg.params && name in msg.params)) problems.push(`${msg.key} needs {{${name}}}`);
    }
  }
  for (const [name, value] of Object.entries(msg.params ?? {})) {
    if (typeof value === 'object') problems.push(...messageProblems(value));
    else if (typeof value !== 'string' && typeof value !== 'number')
      problems.push(`${msg.key}.${name} is ${typeof value}`);
    else if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`${msg.key}.${name} is ${value}`);
  }
  return problems;
};
