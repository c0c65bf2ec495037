import { useTranslation } from 'react-i18next';
import { STAGE_IDS, type CheckId, type StageId } from '../../../../shared/model/check';
import { stageStateOf, type StageState } from '../../stores/session-slice';
import { useApp } from '../../stores/store-context';
import { CheckCard } from './check-card';
import { QuestionsForm } from './questions-form';
import { StageBadge } from './status-badge';
import { useView, useViewSource } from './view-context';

const NO_IDS: readonly CheckId[] = [];

/** Move focus to a stage's heading once it is on screen, so keyboard users land where the content changed. */
export const focusStage = (stage: StageId): void => {
  requestAnimationFrame(() => document.getElementById(`stage-${stage}`)?.focus());
};

/** What to offer at the foot of a stage: run it, or go on to the next one. */
const StageActions = ({ stage, state }: { readonly stage: StageId; readonly state: StageState }) => {
  const { t } = useTranslation();
  const runStage = useApp((s) => s.runStage);
  const rerunStage = useApp((s) => s.rerunStage);
  const viewStage = useApp((s) => s.viewStage);
  const source = useViewSource();
  const idle = useView((view) => view.activity === 'idle', false);
  const open = useView((view) => view.state !== 'cancelled' && view.state !== 'failed', false);
  const next = STAGE_IDS[STAGE_IDS.indexOf(stage) + 1];
  const nextState = useView((view) => (next ? stageStateOf(view, next) : 'pending'), 'pending' as StageState);
  if (state === 'pending') {
    return (
      <div className="stage-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!idle || !open}
          onClick={() => void runStage(stage)}
        >
          {t('session.controls.runStage')}
        </button>
      </div>
    );
  }
  if (state === 'running' || !next) return null;
  const goOn = () => {
    // The questions wait for answers; a stage already run is just shown; otherwise it runs now.
    if (next === 'prerequisites' || nextState !== 'pending') viewStage(source, next);
    else void runStage(next);
    focusStage(next);
  };
  return (
    <div className="stage-actions">
      <button type="button" className="button" disabled={!idle || !open} onClick={() => void rerunStage(stage)}>
        {t('session.controls.rerunStage')}
      </button>
      <button
        type="button"
        className="button button-primary"
        disabled={!idle || (!open && nextState === 'pending')}
        onClick={goOn}
      >
        {next === 'summary'
          ? t('session.controls.toSummary')
          : t('session.controls.next', { stage: t(`common.stages.${next}`) })}
      </button>
    </div>
  );
};

/** One stage: its name, state and purpose, then a card per check (the questions for Prerequisites). */
export const StagePanel = ({ stage }: { readonly stage: Exclude<StageId, 'summary'> }) => {
  const { t } = useTranslation();
  const ids =
    useView((view) => view.info.plan, undefined)
      ?.filter((c) => c.stage === stage)
      .map((c) => c.id) ?? NO_IDS;
  const state = useView((view) => stageStateOf(view, stage), 'pending' as StageState);
  const readOnly = useViewSource() === 'past';
  return (
    <section className="stage-panel" aria-labelledby={`stage-${stage}`}>
      <header className="stage-header">
        <div className="stage-heading">
          <h2 id={`stage-${stage}`} tabIndex={-1}>
            {t(`common.stages.${stage}`)}
          </h2>
          <StageBadge state={state} />
        </div>
        <p className="stage-intro">{t(`session.stages.${stage}`)}</p>
      </header>
      {stage === 'prerequisites' ? (
        <QuestionsForm />
      ) : (
        <div className="check-list">
          {ids.map((id) => (
            <CheckCard key={id} id={id} />
          ))}
        </div>
      )}
      {readOnly || stage === 'prerequisites' ? null : <StageActions stage={stage} state={state} />}
    </section>
  );
};
