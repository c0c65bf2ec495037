import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PromptHost } from './components/prompt-host';
import { ProfilesScreen } from './screens/profiles/profiles-screen';
import { ReportScreen } from './screens/report/report-screen';
import { SessionScreen } from './screens/session/session-screen';
import { SettingsScreen } from './screens/settings/settings-screen';
import { SCREEN_KINDS, type ScreenKind } from './stores/navigation-slice';
import { useApp } from './stores/store-context';

const SCREENS: Readonly<Record<ScreenKind, () => React.JSX.Element>> = {
  profiles: ProfilesScreen,
  session: SessionScreen,
  report: ReportScreen,
  settings: SettingsScreen,
};

/** The app frame: navigation on the left, the current screen on the right. */
export const App = () => {
  const { t, i18n } = useTranslation();
  const screen = useApp((s) => s.screen);
  const goTo = useApp((s) => s.goTo);
  const language = useApp((s) => s.language);
  const frameError = useApp((s) => s.frameError);
  const dismissFrameError = useApp((s) => s.dismissFrameError);

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  const Current = SCREENS[screen.kind];
  return (
    <div className="frame">
      <nav className="sidebar" aria-label={t('app.nav.label')}>
        <div className="brand">
          <img className="brand-mark" src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" />
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <ul>
          {SCREEN_KINDS.map((kind) => (
            <li key={kind}>
              <button
                type="button"
                className="nav-item"
                aria-current={screen.kind === kind ? 'page' : undefined}
                onClick={() => goTo({ kind })}
              >
                {t(`app.nav.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        {frameError ? (
          <div role="alert" className="banner banner-error">
            <span>{t('app.errors.generic', { message: frameError })}</span>
            <button type="button" onClick={dismissFrameError}>
              {t('common.actions.close')}
            </button>
          </div>
        ) : null}
        <Current />
      </main>
      <PromptHost />
    </div>
  );
};
