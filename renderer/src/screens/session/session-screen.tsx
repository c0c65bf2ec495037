import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components/screen-header';
import { useApp } from '../../stores/store-context';
import { SessionWorkspace } from './session-workspace';
import { StartPanel } from './start-panel';
import { ViewSourceProvider } from './view-context';
import './session.css';

/** The guided session: pick what to run against, then the wizard through every stage to the summary. */
export const SessionScreen = () => {
  const { t } = useTranslation();
  const hasSession = useApp((s) => s.sessionViews.live !== undefined);
  return (
    <section className="screen screen-wide" aria-labelledby="screen-title">
      <ScreenHeader
        title={t('app.screens.session.title')}
        intro={hasSession ? undefined : t('app.screens.session.intro')}
      />
      <ViewSourceProvider value="live">{hasSession ? <SessionWorkspace /> : <StartPanel />}</ViewSourceProvider>
    </section>
  );
};
