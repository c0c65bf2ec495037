import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components/screen-header';
import { useApi, useApp } from '../../stores/store-context';
import { profileName } from '../profiles/profile-text';
import { SessionWorkspace } from '../session/session-workspace';
import { ViewSourceProvider } from '../session/view-context';
import { PastSessionList } from './past-session-list';
import '../session/session.css';
import './report.css';

/**
 * Past sessions of the chosen device (the one selected for troubleshooting by default), newest
 * first; any opens read-only with its summary and "Export report". A live session is untouched.
 */
export const ReportScreen = () => {
  const { t } = useTranslation();
  const api = useApi();
  const selectedId = useApp((s) => s.selectedProfileId);
  const items = useApp((s) => s.profileItems);
  const profilesStatus = useApp((s) => s.profilesStatus);
  const loadProfiles = useApp((s) => s.loadProfiles);
  const past = useApp((s) => s.sessionViews.past !== undefined);
  const closePastSession = useApp((s) => s.closePastSession);
  const loadPastSessions = useApp((s) => s.loadPastSessions);
  const [profileId, setProfileId] = useState<string | undefined>(selectedId);
  const selectId = useId();

  useEffect(() => {
    if (profilesStatus === 'idle') void loadProfiles();
  }, [profilesStatus, loadProfiles]);
  useEffect(() => {
    void loadPastSessions(profileId);
    return api.onPastSessionsChanged(() => void loadPastSessions(profileId));
  }, [api, profileId, loadPastSessions]);

  if (past) {
    return (
      <section className="screen screen-wide" aria-labelledby="screen-title">
        <ScreenHeader title={t('session.history.title')} />
        <ViewSourceProvider value="past">
          <SessionWorkspace
            headerExtra={
              <button type="button" className="button" onClick={closePastSession}>
                {t('session.history.back')}
              </button>
            }
          />
        </ViewSourceProvider>
      </section>
    );
  }
  return (
    <section className="screen screen-wide" aria-labelledby="screen-title">
      <ScreenHeader title={t('app.screens.report.title')} intro={t('session.history.intro')} />
      <div className="field history-filter">
        <label htmlFor={selectId}>{t('session.history.device')}</label>
        <select id={selectId} value={profileId ?? ''} onChange={(e) => setProfileId(e.target.value || undefined)}>
          <option value="">{t('session.history.allDevices')}</option>
          {items.map((item) => (
            <option key={item.profile.id} value={item.profile.id}>
              {profileName(t, item)}
            </option>
          ))}
        </select>
      </div>
      <PastSessionList />
    </section>
  );
};
