import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionDialogContext } from './action-context';
import { ActionDialog } from './action-dialog';
import { SIMULATED_PROFILE_ID } from '../../../../shared/model/profile';
import { useApp } from '../../stores/store-context';
import { ConnectionBanner } from './connection-banner';
import { scenarioTitle } from './session-text';
import { StagePanel } from './stage-panel';
import { Stepper } from './stepper';
import { SummaryPanel } from './summary-panel';
import { useView, useViewSource } from './view-context';

/** Who and what: the device (facts as the session learns them) and the session's state. */
const SessionHeader = () => {
  const { t } = useTranslation();
  const device = useView((view) => view.device, undefined);
  const info = useView((view) => view.info, undefined);
  const state = useView((view) => view.state, 'running');
  if (!device || !info) return null;
  const name = info.scenario
    ? t('session.header.simulated', { scenario: scenarioTitle(t, info.scenario) })
    : info.profileName;
  return (
    <div className="session-device">
      <p className="session-device-name">
        <span>{name}</span>
        <span className={`session-state session-state-${state}`}>{t(`session.header.state.${state}`)}</span>
      </p>
      <p className="session-device-facts">
        {t('session.header.facts', {
          type: t(`session.deviceTypes.${device.type}`),
          host: device.host,
          region: t(`session.regions.${device.region}`),
        })}
        {device.model && device.version
          ? ` · ${t('session.header.model', { model: device.model, version: device.version })}`
          : ''}
        {device.hostname ? ` · ${t('session.header.hostname', { hostname: device.hostname })}` : ''}
      </p>
    </div>
  );
};

/**
 * The admin chose "Start troubleshooting" on another device while this session is open: say so
 * and offer to close this one (it is kept in the history) and start on that device, rather than
 * silently showing the old session.
 */
const OtherDeviceNotice = () => {
  const { t } = useTranslation();
  const selectedId = useApp((s) => s.selectedProfileId);
  const items = useApp((s) => s.profileItems);
  const profileId = useView((view) => view.info.profileId, undefined);
  const state = useView((view) => view.state, 'running');
  const activity = useView((view) => view.activity, 'idle');
  const cancelSession = useApp((s) => s.cancelSession);
  const closeSession = useApp((s) => s.closeSession);
  const wanted = items.find((i) => i.profile.id === selectedId)?.profile;
  if (!wanted || profileId === undefined || wanted.id === profileId) return null;
  const name = wanted.id === SIMULATED_PROFILE_ID ? t('profiles.simulatedName') : wanted.name;
  const switchDevice = async () => {
    if (state === 'running') await cancelSession();
    await closeSession();
  };
  return (
    <div role="status" className="banner banner-info other-device">
      <span>{t('session.otherDevice.notice', { name })}</span>
      <button type="button" className="button" disabled={activity === 'cancel'} onClick={() => void switchDevice()}>
        {t('session.otherDevice.switch', { name })}
      </button>
    </div>
  );
};

/** Run all, cancel, or (once it is over) a new session. */
const SessionControls = () => {
  const { t } = useTranslation();
  const activity = useView((view) => view.activity, 'idle');
  const state = useView((view) => view.state, 'running');
  const finished = useView((view) => view.record !== undefined && view.state !== 'running', false);
  const runAll = useApp((s) => s.runAll);
  const cancelSession = useApp((s) => s.cancelSession);
  const closeSession = useApp((s) => s.closeSession);
  const over = state === 'cancelled' || state === 'failed' || finished;
  const busy = activity !== 'idle';
  return (
    <div className="session-controls">
      {!over ? (
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void runAll()}>
          {activity === 'all' ? t('session.controls.runningAll') : t('session.controls.runAll')}
        </button>
      ) : null}
      {state === 'running' && !finished ? (
        <button type="button" className="button" disabled={activity === 'cancel'} onClick={() => void cancelSession()}>
          {activity === 'cancel' ? t('session.controls.cancelling') : t('session.controls.cancel')}
        </button>
      ) : null}
      {over || state !== 'running' ? (
        <button type="button" className="button" disabled={busy} onClick={() => void closeSession()}>
          {t('session.controls.newSession')}
        </button>
      ) : null}
    </div>
  );
};

/** The session on screen (live, or a past one read-only): header, connection, stepper, stage or summary. */
export const SessionWorkspace = ({ headerExtra }: { readonly headerExtra?: React.ReactNode }) => {
  const { t } = useTranslation();
  const source = useViewSource();
  const stage = useView((view) => view.stage, 'connect');
  const error = useView((view) => view.error, undefined);
  const busy = useView((view) => view.activity !== 'idle', false);
  const [action, setAction] = useState<
    { readonly actionId: string; readonly returnTo: readonly string[] } | undefined
  >();
  const openAction = useCallback(
    ({ actionId, from }: { readonly actionId: string; readonly from?: HTMLElement | null }) => {
      // Where focus goes back: the card (or summary) that offered it, found again after re-renders.
      const owner = from?.closest('[data-check]')?.getAttribute('data-check');
      setAction({
        actionId,
        returnTo: owner
          ? [`[data-check="${owner}"] .remedy-action`, `[data-check="${owner}"] .check-rerun`]
          : ['.first-step .remedy-action', '#stage-summary'],
      });
    },
    [],
  );
  const closeAction = () => {
    const returnTo = action?.returnTo;
    setAction(undefined);
    // After the dialog's own focus return (to an opener that may have been re-rendered away).
    setTimeout(() => {
      if (document.activeElement !== document.body) return;
      const target = (returnTo ?? [])
        .map((selector) => document.querySelector<HTMLElement>(selector))
        .find((el) => el !== null);
      target?.focus();
    }, 0);
  };
  return (
    <ActionDialogContext.Provider value={openAction}>
      <div className="session-workspace" aria-busy={busy || undefined}>
        <div className="session-top">
          <SessionHeader />
          {source === 'live' ? <SessionControls /> : headerExtra}
        </div>
        {source === 'past' ? <p className="notice-line">{t('session.history.readOnly')}</p> : <OtherDeviceNotice />}
        <ConnectionBanner />
        {error ? (
          <div role="alert" className="banner banner-error">
            <span>{error}</span>
          </div>
        ) : null}
        <Stepper />
        {stage === 'summary' ? <SummaryPanel /> : <StagePanel stage={stage} />}
        {action ? <ActionDialog actionId={action.actionId} onClose={closeAction} /> : null}
      </div>
    </ActionDialogContext.Provider>
  );
};
