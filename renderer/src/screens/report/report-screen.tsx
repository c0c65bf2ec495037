import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components/screen-header';

/** The report of the current or a past session (filled by the report feature). */
export const ReportScreen = () => {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <ScreenHeader title={t('app.screens.report.title')} intro={t('app.screens.report.intro')} />
      <p className="empty">{t('app.screens.report.empty')}</p>
    </section>
  );
};
