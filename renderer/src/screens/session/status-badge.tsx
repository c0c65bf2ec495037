import { useTranslation } from 'react-i18next';
import type { CheckStatus } from '../../../../shared/model/verdict';
import type { StageState } from '../../stores/session-slice';
import { stageStateText, statusText } from './session-text';

/** A glyph beside the word, never instead of it: status is never told by colour alone. */
const GLYPHS: Readonly<Record<CheckStatus | 'pending' | 'running' | 'queued', string>> = {
  pass: '✓',
  fail: '✕',
  warn: '!',
  info: 'i',
  skip: '–',
  inconclusive: '?',
  error: '✕',
  pending: '○',
  queued: '○',
  running: '◌',
};

export const StatusBadge = ({ status }: { readonly status: CheckStatus | 'pending' | 'running' | 'queued' }) => {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${status}`}>
      <span className="badge-glyph" aria-hidden="true">
        {GLYPHS[status]}
      </span>
      {statusText(t, status)}
    </span>
  );
};

const STAGE_GLYPHS: Readonly<Record<StageState, string>> = {
  pending: '',
  running: '◌',
  passed: '✓',
  failed: '✕',
  warned: '!',
  skipped: '–',
};

export const stageGlyph = (state: StageState): string => STAGE_GLYPHS[state];

export const StageBadge = ({ state }: { readonly state: StageState }) => {
  const { t } = useTranslation();
  return <span className={`badge badge-stage-${state}`}>{stageStateText(t, state)}</span>;
};
