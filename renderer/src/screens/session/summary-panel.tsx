import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CauseFinding } from '../../../../shared/model/session';
import { buildVerdict } from '../../../../shared/report/model-verdict';
import { messageText } from '../../message-text';
import { useApp } from '../../stores/store-context';
import { ExportDialog } from './export-dialog';
import { RemedyView } from './remedy-view';
import { actionText, checkTitle, confidenceText } from './session-text';
import { useView, useViewSource } from './view-context';

const Cause = ({ cause, rank }: { readonly cause: CauseFinding; readonly rank: number }) => {
  const { t } = useTranslation();
  const source = useViewSource();
  const viewStage = useApp((s) => s.viewStage);
  const plan = useView((view) => view.info.plan, undefined);
  const percent = Math.round(cause.confidence * 100);
  return (
    <li className={`cause${rank === 1 ? ' cause-first' : ''}`}>
      <div className="cause-head">
        <span className="cause-rank" aria-hidden="true">
          {rank}
        </span>
        <h4 className="cause-title">{t(`causes.${cause.id}.title`)}</h4>
        <span className="cause-confidence">{confidenceText(t, cause.confidence)}</span>
      </div>
      <div className="confidence-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </div>
      <p className="cause-summary">{messageText(t, cause.summary)}</p>
      {cause.checks.length > 0 && cause.id !== 'healthy' ? (
        <p className="cause-checks">
          {t('session.summary.basedOn', { checks: '' })}
          {cause.checks.map((id, i) => {
            const stage = plan?.find((c) => c.id === id)?.stage;
            return (
              <span key={id}>
                {i > 0 ? ', ' : ''}
                {stage ? (
                  <button type="button" className="link-button" onClick={() => viewStage(source, stage)}>
                    {checkTitle(t, id)}
                  </button>
                ) : (
                  checkTitle(t, id)
                )}
              </span>
            );
          })}
        </p>
      ) : null}
    </li>
  );
};

/**
 * The summary: the verdict at a glance, causes most likely first with confidence in words and as a
 * number, what to do first (with the remedy's command and action), where the evidence disagrees,
 * related Cisco bugs, remedies applied, and "Export report".
 */
export const SummaryPanel = () => {
  const { t } = useTranslation();
  const record = useView((view) => view.record, undefined);
  const language = useApp((s) => s.language);
  const state = useView((view) => view.state, 'running');
  const [exporting, setExporting] = useState(false);
  if (!record || state === 'running') {
    return (
      <section className="stage-panel" aria-labelledby="stage-summary">
        <header className="stage-header">
          <h2 id="stage-summary" tabIndex={-1}>
            {t('session.summary.title')}
          </h2>
        </header>
        <p className="empty">{t('session.summary.notFinished')}</p>
      </section>
    );
  }
  const { conflicts, relatedBugs } = record.diagnosis;
  // The same verdict as the report's first page: healthy only when the session finished.
  const verdict = buildVerdict(record, language);
  const healthy = verdict.kind === 'healthy';
  const causes = healthy ? record.diagnosis.causes : record.diagnosis.causes.filter((c) => c.id !== 'healthy');
  const first = causes[0];
  return (
    <section className="stage-panel summary" aria-labelledby="stage-summary">
      <header className="stage-header summary-header">
        <div className="stage-heading">
          <h2 id="stage-summary" tabIndex={-1}>
            {t('session.summary.title')}
          </h2>
        </div>
        <button type="button" className="button button-primary" onClick={() => setExporting(true)}>
          {t('session.summary.export')}
        </button>
      </header>
      {state === 'cancelled' ? <p className="notice-line">{t('session.cancelled')}</p> : null}
      {state === 'failed' && record.error ? (
        <p className="notice-line notice-error">{t('session.stopped', { reason: messageText(t, record.error) })}</p>
      ) : null}
      <p className={`verdict verdict-${verdict.kind}`}>
        <span className="verdict-glyph" aria-hidden="true">
          {healthy ? '✓' : '!'}
        </span>
        {verdict.headline}
      </p>
      {first && !healthy ? (
        <section className="first-step" aria-labelledby="first-step-title">
          <h3 id="first-step-title">{t('session.summary.firstStep')}</h3>
          <p className="first-step-cause">{t(`causes.${first.id}.title`)}</p>
          {first.remedy ? <RemedyView remedy={first.remedy} heading={false} /> : <p>{messageText(t, first.summary)}</p>}
        </section>
      ) : null}
      <h3>{t('session.summary.causes')}</h3>
      {causes.length === 0 ? (
        <p className="empty">
          {record.checks.some((c) => c.status === 'fail' || c.status === 'warn')
            ? t('session.summary.noCauseNamed')
            : t('session.summary.noneSoFar')}
        </p>
      ) : null}
      <ol className="causes">
        {causes.map((cause, index) => (
          <Cause key={cause.id} cause={cause} rank={index + 1} />
        ))}
      </ol>
      {conflicts.length > 0 ? (
        <>
          <h3>{t('session.summary.conflicts')}</h3>
          <ul className="conflicts">
            {conflicts.map((conflict) => (
              <li key={conflict.key}>{messageText(t, conflict)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {record.actions.length > 0 ? (
        <>
          <h3>{t('session.summary.actions')}</h3>
          <ul className="applied-actions">
            {record.actions.map((action) => (
              <li key={action.confirmedAt}>
                {t('session.summary.actionLine', {
                  action: actionText(t, action.actionId, 'title'),
                  outcome: t(`session.summary.outcome.${action.outcome}`),
                })}{' '}
                <code className="command-text">{action.command}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {relatedBugs.length > 0 ? (
        <>
          <h3>{t('session.summary.bugs')}</h3>
          <ul className="bugs">
            {relatedBugs.map((bug) => (
              <li key={bug}>
                <code>{bug}</code> — {t(`session.summary.bug.${bug}`)}
              </li>
            ))}
          </ul>
          <p className="hint-line">{t('session.summary.bugsHint')}</p>
        </>
      ) : null}
      {exporting ? <ExportDialog onClose={() => setExporting(false)} /> : null}
    </section>
  );
};
