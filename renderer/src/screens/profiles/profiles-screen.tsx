import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components/screen-header';

/** Saved devices and the built-in simulated device (filled by the profiles feature). */
export const ProfilesScreen = () => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="screen-title" className="screen">
      <ScreenHeader title={t('app.screens.profiles.title')} intro={t('app.screens.profiles.intro')} />
    </section>
  );
};
