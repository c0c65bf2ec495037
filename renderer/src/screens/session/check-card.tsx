import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckId } from '../../../../shared/model/check';
import { messageText } from '../../message-text';
import { useApp } from '../../stores/store-context';
import { EvidenceList, LiveOutput } from './evidence-view';
import { RemedyView } from './remedy-view';
import { actionText, checkAbout, checkTitle, entryStatus, statusText } from './session-text';
import { StatusBadge } from './status-badge';
import { useView, useViewSource } from './view-context';

/** "After “Set DNS servers”: Failed → Passed", from the last remedy that re-ran this check. */
const BeforeAfter = ({ id }: { readonly id: CheckId }) => {
  const { t } = useTranslation();
  const action = useView((view) => view.actions.findLast((a) => a.after.some((x) => x.id === id)), undefined);
  const notRun = useView(
    (view) => (action ? (view.notRunBefore[action.confirmedAt]?.includes(id) ?? false) : false),
    false,
  );
  if (!action) return null;
  const before = notRun ? 'pending' : action.before.find((x) => x.id === id)?.status;
  const after = action.after.find((x) => x.id === id)?.status;
  if (!before || !after) return null;
  return (
    <p className="before-after-line">
      {t('session.check.beforeAfter', {
        action: actionText(t, action.actionId, 'title'),
        before: statusText(t, before),
        after: statusText(t, after),
      })}
    </p>
  );
};

/**
 * One check: title and live status, what it checks and why, the verdict in words, the remedy, and
 * the evidence (commands and output; open while running and when something is wrong). Selects
 * only its own check, so output streaming into another card never re-renders this one.
 */
export const CheckCard = ({ id }: { readonly id: CheckId }) => {
  const { t } = useTranslation();
  const titleId = useId();
  const entry = useView((view) => view.checks[id], undefined);
  const canRun = useView(
    (view) =>
      view.source === 'live' && view.activity === 'idle' && view.state !== 'cancelled' && view.state !== 'failed',
    false,
  );
  const readOnly = useViewSource() === 'past';
  const rerunCheck = useApp((s) => s.rerunCheck);
  const status = entryStatus(entry);
  const result = entry?.phase === 'done' ? entry.result : undefined;
  const wrong = result !== undefined && ['fail', 'error', 'warn', 'inconclusive'].includes(result.status);
  const [open, setOpen] = useState<boolean | undefined>(undefined);
  const evidenceOpen = open ?? (entry?.phase === 'running' || wrong);
  const evidenceCount = result?.evidence.length ?? 0;
  return (
    <article
      className={`check-card check-${status}`}
      data-check={id}
      aria-labelledby={titleId}
      aria-busy={entry?.phase === 'running' || undefined}
    >
      <header className="check-header">
        <h3 id={titleId} className="check-title">
          {checkTitle(t, id)}
        </h3>
        <StatusBadge status={status} />
        {result && !readOnly ? (
          <button
            type="button"
            className="button button-small check-rerun"
            disabled={!canRun}
            onClick={() => void rerunCheck(id)}
          >
            {t('session.check.rerun')}
            <span className="visually-hidden">: {checkTitle(t, id)}</span>
          </button>
        ) : null}
      </header>
      <p className="check-about">{checkAbout(t, id)}</p>
      {result ? (
        <p className="check-explanation">
          <span className="visually-hidden">{t('session.check.result')}: </span>
          {messageText(t, result.explanation)}
        </p>
      ) : entry?.phase === 'running' ? (
        <p className="check-progress">
          {entry.command ? t('session.check.runningCommand', { command: entry.command }) : t('common.status.running')}
        </p>
      ) : entry?.phase === 'queued' ? (
        <p className="check-progress">{t('session.check.waiting')}</p>
      ) : null}
      <BeforeAfter id={id} />
      {result?.remedy ? <RemedyView remedy={result.remedy} /> : null}
      {entry?.phase === 'running' || evidenceCount > 0 ? (
        <details
          className="evidence"
          open={evidenceOpen}
          onToggle={(e) => {
            // Only the admin's own toggles are remembered; the default follows the check's state.
            const now = (e.currentTarget as HTMLDetailsElement).open;
            if (now !== evidenceOpen) setOpen(now);
          }}
        >
          <summary>
            {entry?.phase === 'running'
              ? t('session.check.evidence')
              : evidenceCount === 1
                ? t('session.check.evidenceOne')
                : t('session.check.evidenceCount', { count: evidenceCount })}
          </summary>
          {entry?.phase === 'running' ? (
            <LiveOutput id={id} />
          ) : result ? (
            <EvidenceList evidence={result.evidence} />
          ) : null}
        </details>
      ) : null}
    </article>
  );
};
