import type { TFunction } from 'i18next';
import type { CheckId } from '../../../../shared/model/check';
import type { CheckStatus } from '../../../../shared/model/verdict';
import type { CheckEntry, StageState } from '../../stores/session-slice';
import { confidenceLevel } from '../../../../shared/report/format';

/** A key the dictionaries may not have (ids that come from main at run time); falls back to `fallback`. */
const maybe = (t: TFunction, key: string, fallback: string): string => {
  const text = (t as unknown as (key: string, options: object) => string)(key, { defaultValue: fallback });
  return text || fallback;
};

export const checkTitle = (t: TFunction, id: CheckId): string => maybe(t, `checks.${id}.title`, id);
export const checkAbout = (t: TFunction, id: CheckId): string => maybe(t, `checks.${id}.about`, '');
export const scenarioTitle = (t: TFunction, id: string): string => maybe(t, `session.scenarios.${id}`, id);
export const actionText = (t: TFunction, actionId: string, part: 'title' | 'button' | 'effect'): string =>
  maybe(t, `session.actions.${actionId}.${part}`, t(`session.actions.unknown.${part}`));

/** The word for a check's state on its card: a verdict once done, else pending/running. */
export const entryStatus = (entry: CheckEntry | undefined): CheckStatus | 'pending' | 'running' | 'queued' => {
  if (entry?.result && entry.phase === 'done') return entry.result.status;
  return entry?.phase === 'running' || entry?.phase === 'queued' ? entry.phase : 'pending';
};

export const statusText = (t: TFunction, status: CheckStatus | 'pending' | 'running' | 'queued'): string =>
  status === 'queued'
    ? t('common.status.pending')
    : status === 'pending'
      ? t('session.stepper.state.pending')
      : t(`common.status.${status}`);

export const stageStateText = (t: TFunction, state: StageState): string => t(`session.stepper.state.${state}`);

/** Confidence in words and as a number, with the report's (and the CLI's) levels, so all three agree. */
export const confidenceText = (t: TFunction, confidence: number): string => {
  return t('session.summary.confidence', {
    words: t(`report.confidence.${confidenceLevel(confidence)}`),
    percent: Math.round(confidence * 100),
  });
};

/** The last `count` lines of `text` and how many there are, without splitting the whole text. */
export const tailLines = (text: string, count: number): { readonly tail: string; readonly trimmed: boolean } => {
  let at = text.endsWith('\n') ? text.length - 1 : text.length;
  for (let n = 0; n < count; n += 1) {
    const previous = text.lastIndexOf('\n', at - 1);
    if (previous < 0) return { tail: text, trimmed: false };
    at = previous;
  }
  return { tail: text.slice(at + 1), trimmed: true };
};

export const lineCount = (text: string): number => {
  if (text.length === 0) return 0;
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += 1;
  return text.endsWith('\n') ? n : n + 1;
};
