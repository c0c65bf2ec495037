import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../../../shared/model/session';
import { useApp } from '../../stores/store-context';
import { useView } from './view-context';

/** Explanations the engine gives a check that could not run because the connection went away. */
const CONNECTION_KEYS = new Set([
  'engine.error.disconnected',
  'engine.skipped.notReached',
  'engine.connect.lostAgain',
  'engine.connect.retryFailed',
]);
const lostToConnection = (result: CheckResult | undefined): boolean =>
  result !== undefined &&
  (result.status === 'error' || result.status === 'skip') &&
  CONNECTION_KEYS.has(result.explanation.key);

/**
 * The connection as the admin needs to know it: connecting, dropped and reconnecting (polite
 * status), or closed / checks lost to a drop (an alert with "Retry"). Never a frozen screen.
 */
export const ConnectionBanner = () => {
  const { t } = useTranslation();
  const live = useView((view) => view.source === 'live', false);
  const connection = useView((view) => view.connection.state, 'idle');
  const dropped = useView((view) => view.connection.dropped, false);
  const host = useView((view) => view.device.host, '');
  const state = useView((view) => view.state, 'running');
  const activity = useView((view) => view.activity, 'idle');
  const lost = useView((view) => Object.values(view.checks).filter((e) => lostToConnection(e?.result)).length, 0);
  // The login itself failed (refused, unreachable, a prompt closed): the session never had a connection to lose.
  const notLoggedIn = useView((view) => view.checks['ssh.connect']?.result?.status === 'error', false);
  const retrySession = useApp((s) => s.retrySession);
  if (!live) return null;

  const retrying = activity === 'retry';
  const canRetry = state !== 'cancelled' && (state === 'failed' || (dropped && lost > 0));
  if (canRetry || retrying) {
    const headline = notLoggedIn
      ? t('session.connection.notLoggedIn', { host })
      : state === 'failed' || connection === 'closed'
        ? t('session.connection.closed', { host })
        : t('session.connection.reconnected', { host });
    return (
      <div role="alert" className="banner banner-error connection-banner">
        <span>
          {headline}{' '}
          {lost > 0 && !notLoggedIn
            ? lost === 1
              ? t('session.connection.couldNotRun')
              : t('session.connection.couldNotRunMany', { count: lost })
            : null}
        </span>
        <button
          type="button"
          className="button button-primary"
          disabled={retrying || activity !== 'idle'}
          onClick={() => void retrySession()}
        >
          {retrying ? t('session.connection.retrying') : t('session.connection.retry')}
        </button>
      </div>
    );
  }
  if (connection === 'connecting' || connection === 'lost' || connection === 'reconnecting') {
    const key =
      connection === 'connecting'
        ? 'session.connection.connecting'
        : connection === 'lost'
          ? 'session.connection.lost'
          : 'session.connection.reconnecting';
    return (
      <div
        role="status"
        className={`banner ${connection === 'connecting' ? 'banner-info' : 'banner-warn'} connection-banner`}
      >
        <span>{t(key, { host })}</span>
      </div>
    );
  }
  return null;
};
