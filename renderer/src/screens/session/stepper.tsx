import { useTranslation } from 'react-i18next';
import { STAGE_IDS, type StageId } from '../../../../shared/model/check';
import { nextStageOf, stageStateOf, type StageState } from '../../stores/session-slice';
import { useApp } from '../../stores/store-context';
import { stageStateText } from './session-text';
import { stageGlyph } from './status-badge';
import { useView, useViewSource } from './view-context';

const Step = ({ stage, index }: { readonly stage: StageId; readonly index: number }) => {
  const { t } = useTranslation();
  const source = useViewSource();
  // Primitive selections: a step re-renders only when its own state changes.
  const state = useView((view) => stageStateOf(view, stage), 'pending' as StageState);
  const current = useView((view) => view.stage === stage, false);
  const reachable = useView(
    (view) =>
      view.source === 'past' ||
      stageStateOf(view, stage) !== 'pending' ||
      nextStageOf(view) === stage ||
      view.stage === stage,
    false,
  );
  const viewStage = useApp((s) => s.viewStage);
  const name = t(`common.stages.${stage}`);
  const stateText = stageStateText(t, state);
  return (
    <li className={`step step-${state}${current ? ' step-current' : ''}`} data-stage={stage}>
      <button
        type="button"
        className="step-button"
        aria-current={current ? 'step' : undefined}
        disabled={!reachable}
        onClick={() => viewStage(source, stage)}
      >
        <span className="step-marker" aria-hidden="true">
          {stageGlyph(state) || index + 1}
        </span>
        <span className="step-text">
          <span className="visually-hidden">
            {t('session.stepper.position', { index: index + 1, total: STAGE_IDS.length })}{' '}
          </span>
          <span className="step-name">{name}</span>
          <span className="visually-hidden">, </span>
          <span className="step-state">{stateText}</span>
        </span>
      </button>
    </li>
  );
};

/** Every stage with its state; any stage that ran (and the next one) can be opened. */
export const Stepper = () => {
  const { t } = useTranslation();
  return (
    <nav className="stepper" aria-label={t('session.stepper.label')}>
      <ol>
        {STAGE_IDS.map((stage, index) => (
          <Step key={stage} stage={stage} index={index} />
        ))}
      </ol>
    </nav>
  );
};
