import { useTranslation } from 'react-i18next';
import { STAGE_IDS } from '../../../../shared/model/check';
import { ScreenHeader } from '../../components/screen-header';

/** The guided session. Until one runs, it shows the stages the admin will walk through. */
export const SessionScreen = () => {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <ScreenHeader title={t('app.screens.session.title')} intro={t('app.screens.session.intro')} />
      <ol className="stage-preview" aria-label={t('app.screens.session.title')}>
        {STAGE_IDS.map((stage) => (
          <li key={stage}>
            <span className="stage-name">{t(`common.stages.${stage}`)}</span>
            <span className="status status-pending">{t('common.status.pending')}</span>
          </li>
        ))}
      </ol>
      <p className="empty">{t('app.screens.session.empty')}</p>
    </section>
  );
};
