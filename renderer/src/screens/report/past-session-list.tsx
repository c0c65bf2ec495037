import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PastSessionSummary } from '../../../../shared/ipc/channels/sessions';
import { useApp } from '../../stores/store-context';
import { scenarioTitle } from '../session/session-text';

const when = (iso: string, lang: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
};

const Row = ({
  item,
  onOpen,
}: {
  readonly item: PastSessionSummary;
  readonly onOpen: (item: PastSessionSummary) => void;
}) => {
  const { t, i18n } = useTranslation();
  const name = item.scenario
    ? t('session.header.simulated', { scenario: scenarioTitle(t, item.scenario) })
    : item.profileName;
  const result = item.topCause
    ? item.topCause.id === 'healthy'
      ? t('session.summary.healthy')
      : `${t(`causes.${item.topCause.id}.title`)} (${Math.round(item.topCause.confidence * 100)} %)`
    : '—';
  return (
    <li className="history-row">
      <div className="history-main">
        <h2 className="history-name">{name}</h2>
        <p className="history-facts">
          {when(item.startedAt, i18n.language)} · {t(`session.deviceTypes.${item.device.type}`)} ·{' '}
          {item.device.hostname ?? item.device.host}
        </p>
        <p className="history-result">
          <span className={`session-state session-state-${item.state}`}>{t(`session.header.state.${item.state}`)}</span>{' '}
          <span className="visually-hidden">{t('session.history.result')}: </span>
          {result}
          {item.actions > 0 ? (
            <span className="history-actions"> · {t('session.history.actionsCount', { count: item.actions })}</span>
          ) : null}
        </p>
      </div>
      <button type="button" className="button" onClick={() => onOpen(item)}>
        {t('session.history.open')}
        <span className="visually-hidden">
          : {name}, {when(item.startedAt, i18n.language)}
        </span>
      </button>
    </li>
  );
};

/** The history list: newest first, with moved-aside files named, and "Open" per session. */
export const PastSessionList = () => {
  const { t } = useTranslation();
  const past = useApp((s) => s.pastSessions);
  const openPastSession = useApp((s) => s.openPastSession);
  const [error, setError] = useState<string | undefined>();
  const open = (item: PastSessionSummary) => {
    setError(undefined);
    openPastSession(item.historyId).catch((e: unknown) =>
      setError(t('session.history.openFailed', { message: e instanceof Error ? e.message : String(e) })),
    );
  };
  return (
    <>
      {past.notices.map((notice) => (
        <p key={notice.movedTo} role="alert" className="banner banner-error notice">
          {t('session.history.movedAside', { file: notice.movedTo })}
        </p>
      ))}
      {error ? (
        <p role="alert" className="banner banner-error">
          {error}
        </p>
      ) : null}
      {past.status === 'loading' && past.items.length === 0 ? (
        <p className="empty">{t('session.history.loading')}</p>
      ) : null}
      {past.status === 'ready' && past.items.length === 0 ? (
        <p className="empty">{t('session.history.empty')}</p>
      ) : null}
      {past.items.length > 0 ? (
        <ul className="history-list" aria-label={t('session.history.title')}>
          {past.items.map((item) => (
            <Row key={item.historyId} item={item} onOpen={open} />
          ))}
        </ul>
      ) : null}
    </>
  );
};
