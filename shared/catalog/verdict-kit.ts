import { message, type Message } from '../i18n/message';
import type { Region } from '../model/device';
import type { Unrecognized } from '../parsers/unrecognized';
import type { Verdict } from './types';

/**
 * Small pieces every evaluator uses to say what it saw: output it could not read, lists of findings,
 * durations. Words live in the `verdict` area of the dictionaries, so both languages say the same thing.
 */

const UNREADABLE_KEYS = {
  empty: 'verdict.unreadable.empty',
  'command-not-found': 'verdict.unreadable.commandNotFound',
  'permission-denied': 'verdict.unreadable.permissionDenied',
  'no-such-file': 'verdict.unreadable.noSuchFile',
  'cli-error': 'verdict.unreadable.cliError',
  truncated: 'verdict.unreadable.truncated',
  'unknown-format': 'verdict.unreadable.unknownFormat',
} as const satisfies Record<Unrecognized['code'], string>;

/** Why a command's output could not be used, as a sentence naming the command and the parser's reason. */
export const unreadableMessage = (command: string, why: Unrecognized): Message =>
  message(UNREADABLE_KEYS[why.code], { command, reason: why.reason });

/**
 * The verdict for output a parser did not understand: `error` when the device could not run the command
 * (not found, no permission, CLISH refused it), otherwise `inconclusive` — never a pass (PRODUCT.md, Verdicts).
 */
export const unreadable = (command: string, why: Unrecognized): Verdict => ({
  status:
    why.code === 'command-not-found' || why.code === 'permission-denied' || why.code === 'cli-error'
      ? 'error'
      : 'inconclusive',
  explanation: unreadableMessage(command, why),
});

/** Findings joined into one message (`a; b; c`), each rendered in the reader's language. */
export const listOf = (items: readonly Message[]): Message => {
  const reversed = [...items].reverse();
  const [last, ...before] = reversed;
  if (!last) return message('verdict.list.none');
  return before.reduce<Message>(
    (rest, item) => message('verdict.list.more', { item, rest }),
    message('verdict.list.one', { item: last }),
  );
};

/** A length of time in the largest sensible unit (45 s, 12 min, 5 h, 400 days). */
export const durationOf = (ms: number): Message => {
  const seconds = Math.round(Math.abs(ms) / 1000);
  if (seconds < 120) return message('verdict.duration.seconds', { n: seconds });
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return message('verdict.duration.minutes', { n: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return message('verdict.duration.hours', { n: hours });
  return message('verdict.duration.days', { n: Math.round(hours / 24) });
};

/** The region as the guides name it (미국 지역 = US, EU, APJ). */
export const regionName = (region: Region): string => region.toUpperCase();

/** Shortens a quoted device line for an explanation; the full text stays in the evidence. */
export const excerpt = (text: string, max = 160): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/**
 * Findings that differ only in their subject (a host, a name) merged into one, so five hosts failing the same
 * way read as one line: `api-sse.cisco.com, est.sco.cisco.com: the name does not resolve`. Order is kept.
 */
export const groupBySubject = (items: readonly Message[], subject: string): Message[] => {
  const groups = new Map<string, { readonly first: Message; readonly subjects: string[] }>();
  items.forEach((item, at) => {
    const { [subject]: value, ...rest } = item.params ?? {};
    const id = typeof value === 'string' ? JSON.stringify([item.key, rest]) : `#${at}`;
    const group = groups.get(id);
    if (group && typeof value === 'string') group.subjects.push(value);
    else groups.set(id, { first: item, subjects: typeof value === 'string' ? [value] : [] });
  });
  return [...groups.values()].map(({ first, subjects }) =>
    subjects.length > 1 ? message(first.key, { ...first.params, [subject]: subjects.join(', ') }) : first,
  );
};
