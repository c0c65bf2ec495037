import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { messageText } from '../../message-text';
import { useApp } from '../../stores/store-context';
import { QUESTIONS } from './questions';
import { focusStage } from './stage-panel';
import { RemedyView } from './remedy-view';
import { StatusBadge } from './status-badge';
import { checkTitle, entryStatus } from './session-text';
import { useView, useViewSource } from './view-context';

type Choice = 'yes' | 'no' | 'unsure';

/** A bare FMC menu path (`System > Integration > Cloud Services`) is set apart as one; a sentence stays a sentence. */
const Where = ({ text }: { readonly text: string }) =>
  /^[^.;。]*>[^.;。]*$/.test(text.trim()) ? <span className="menu-path">{text}</span> : <span>{text}</span>;
const choiceOf = (value: boolean | undefined): Choice => (value === undefined ? 'unsure' : value ? 'yes' : 'no');

/** One question: the FMC menu path to look at, Yes / No / Not sure, and once saved its verdict and fix. */
const Question = ({ index }: { readonly index: number }) => {
  const { t } = useTranslation();
  const { id, answer } = QUESTIONS[index]!;
  const readOnly = useViewSource() === 'past';
  const value = useView((view) => view.answers[answer], undefined);
  const entry = useView((view) => view.checks[id], undefined);
  const saved = useView((view) => view.answersSaved, false);
  const setDraftAnswer = useApp((s) => s.setDraftAnswer);
  const name = useId();
  const whereId = useId();
  const result = saved ? entry?.result : undefined;
  const choose = (choice: Choice) => setDraftAnswer(answer, choice === 'unsure' ? undefined : choice === 'yes');
  return (
    <fieldset className="question" data-check={id} aria-describedby={whereId} disabled={readOnly}>
      <legend>
        <span className="question-title">{checkTitle(t, id)}</span>
        <span className="question-text">{t(`checks.${id}.question`)}</span>
      </legend>
      <p className="question-where" id={whereId}>
        <span className="where-label">{t('session.questions.where')}:</span> <Where text={t(`checks.${id}.where`)} />
      </p>
      <div className="segmented question-choices">
        {(['yes', 'no', 'unsure'] as const).map((choice) => (
          <label key={choice} className={choiceOf(value) === choice ? 'selected' : undefined}>
            <input
              type="radio"
              name={name}
              value={choice}
              checked={choiceOf(value) === choice}
              onChange={() => choose(choice)}
            />
            <span>{t(`session.questions.${choice}`)}</span>
          </label>
        ))}
      </div>
      {result ? (
        <div className="question-result">
          <StatusBadge status={entryStatus(entry)} />
          <p>{messageText(t, result.explanation)}</p>
        </div>
      ) : null}
      {result?.remedy ? <RemedyView remedy={result.remedy} /> : null}
    </fieldset>
  );
};

/** The prerequisite stage: four questions about FMC settings SSH cannot read. */
export const QuestionsForm = () => {
  const { t } = useTranslation();
  const readOnly = useViewSource() === 'past';
  const simulated = useView((view) => view.info.scenario !== undefined, false);
  const busy = useView((view) => view.activity !== 'idle', false);
  const state = useView((view) => view.state, 'running');
  const cloudIntended = useView((view) => view.answers.cloudIntended, undefined);
  const saveAnswers = useApp((s) => s.saveAnswers);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Lands on the next stage's heading (DNS, or the summary when cloud integration is not wanted).
    void saveAnswers().then(() => focusStage(cloudIntended === false ? 'summary' : 'dns'));
  };
  return (
    <form className="questions" onSubmit={submit}>
      {simulated && !readOnly ? <p className="hint-line">{t('session.questions.prefilled')}</p> : null}
      {QUESTIONS.map((q, index) => (
        <Question key={q.id} index={index} />
      ))}
      {cloudIntended === false && !readOnly ? (
        <p className="notice-line">{t('session.questions.notIntended')}</p>
      ) : null}
      {readOnly ? null : (
        <div className="stage-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || state === 'cancelled' || state === 'failed'}
          >
            {busy ? t('session.questions.saving') : t('session.questions.save')}
          </button>
        </div>
      )}
    </form>
  );
};
