import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../shared/i18n/dictionary';
import { ScreenHeader } from '../../components/screen-header';
import { useApp } from '../../stores/store-context';
import { KnownHostsSection } from './known-hosts-section';

export const SettingsScreen = () => {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const setLanguage = useApp((s) => s.setLanguage);
  const version = useApp((s) => s.appVersion);
  const section = useApp((s) => (s.screen.kind === 'settings' ? s.screen.section : undefined));
  return (
    <section className="screen">
      <ScreenHeader title={t('app.screens.settings.title')} />
      <fieldset className="setting">
        <legend>{t('app.screens.settings.language')}</legend>
        <p className="hint">{t('app.screens.settings.languageHint')}</p>
        <div role="radiogroup" aria-label={t('app.screens.settings.language')} className="segmented">
          {LANGUAGES.map((lang) => (
            <label key={lang} className={lang === language ? 'selected' : undefined}>
              <input
                type="radio"
                name="language"
                value={lang}
                checked={lang === language}
                onChange={() => void setLanguage(lang)}
              />
              <span lang={lang}>{t(`common.languages.${lang}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="setting">
        <h2>{t('app.screens.settings.theme')}</h2>
        <p className="hint">{t('app.screens.settings.themeHint')}</p>
      </div>
      <KnownHostsSection focusOnOpen={section === 'known-hosts'} />
      {version ? <p className="version">{t('app.screens.settings.version', { version })}</p> : null}
    </section>
  );
};
