import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult, ProfileListItem } from '../../../../shared/model/profile';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { downloadText } from '../../components/download-text';
import { ScreenHeader } from '../../components/screen-header';
import { useApi, useApp } from '../../stores/store-context';
import { ImportDialog } from './import-dialog';
import { ProfileFormDialog } from './profile-form-dialog';
import { ProfileList, type ProfileActions } from './profile-list';
import { matchesSearch, noticeText, profileErrorText } from './profile-text';
import './profiles.css';

/** Which dialog is open: a discriminated union, so two can never be open at once. */
type Dialog =
  | { readonly kind: 'none' }
  | { readonly kind: 'create' }
  | { readonly kind: 'edit'; readonly item: ProfileListItem }
  | { readonly kind: 'delete'; readonly item: ProfileListItem; readonly busy?: boolean; readonly error?: string }
  | { readonly kind: 'import' };

/** Saved devices and the built-in simulated device: search, add, edit, duplicate, delete, import, export. */
export const ProfilesScreen = () => {
  const { t } = useTranslation();
  const api = useApi();
  const items = useApp((s) => s.profileItems);
  const notices = useApp((s) => s.profileNotices);
  const status = useApp((s) => s.profilesStatus);
  const loadProfiles = useApp((s) => s.loadProfiles);
  const duplicateProfile = useApp((s) => s.duplicateProfile);
  const deleteProfile = useApp((s) => s.deleteProfile);
  const dismissNotice = useApp((s) => s.dismissProfileNotice);
  const startTroubleshooting = useApp((s) => s.startTroubleshooting);
  const connectionTestStep = useApp((s) => s.connectionTestStep);
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const [announcement, setAnnouncement] = useState('');
  const searchId = useId();

  useEffect(() => {
    void loadProfiles();
    return api.onProfilesChanged(() => void loadProfiles());
  }, [api, loadProfiles]);
  useEffect(() => api.onConnectionTestProgress(({ profileId, step }) => connectionTestStep(profileId, step)), [api, connectionTestStep]);

  const close = () => setDialog({ kind: 'none' });
  const fail = (error: unknown) => setAnnouncement(profileErrorText(t, error));

  const actions: ProfileActions = {
    onStart: (item) => startTroubleshooting(item.profile.id),
    onEdit: (item) => setDialog({ kind: 'edit', item }),
    onDuplicate: (item) => void duplicateProfile(item.profile.id).catch(fail),
    onDelete: (item) => setDialog({ kind: 'delete', item }),
  };

  const confirmDelete = async (item: ProfileListItem) => {
    setDialog({ kind: 'delete', item, busy: true });
    try {
      await deleteProfile(item.profile.id);
      close();
      setAnnouncement(t('profiles.delete.done', { name: item.profile.name }));
    } catch (error) {
      setDialog({ kind: 'delete', item, error: profileErrorText(t, error) });
    }
  };

  const exportAll = async () => {
    try {
      const exported = await api.exportProfiles({});
      if (exported.count === 0) {
        setAnnouncement(t('profiles.exportDialog.none'));
        return;
      }
      downloadText(exported.text, exported.fileName);
      setAnnouncement(t('profiles.exportDialog.done', { count: exported.count, file: exported.fileName }));
    } catch (error) {
      fail(error);
    }
  };

  const imported = (result: ImportResult) => {
    close();
    setAnnouncement(t('profiles.importDialog.done', { added: result.added, replaced: result.replaced }));
  };

  const shown = items.filter((item) => matchesSearch(t, item, query));
  const saved = items.filter((item) => !item.builtIn).length;

  return (
    <section aria-labelledby="screen-title" className="screen profiles-screen">
      <ScreenHeader title={t('app.screens.profiles.title')} intro={t('app.screens.profiles.intro')} />

      {notices.map((notice) => (
        <div key={JSON.stringify(notice)} role="alert" className="banner banner-error notice">
          <span>{noticeText(t, notice)}</span>
          <button type="button" onClick={() => dismissNotice(notice)}>
            {t('profiles.notices.dismiss')}
          </button>
        </div>
      ))}

      <div className="profiles-toolbar">
        <div className="search">
          <label htmlFor={searchId} className="visually-hidden">
            {t('profiles.toolbar.search')}
          </label>
          <input
            id={searchId}
            className="input"
            type="search"
            value={query}
            placeholder={t('profiles.toolbar.searchPlaceholder')}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <button type="button" className="button button-primary" onClick={() => setDialog({ kind: 'create' })}>
          {t('profiles.toolbar.add')}
        </button>
        <button type="button" className="button" onClick={() => setDialog({ kind: 'import' })}>
          {t('profiles.toolbar.import')}
        </button>
        <button type="button" className="button" onClick={() => void exportAll()}>
          {t('profiles.toolbar.export')}
        </button>
      </div>

      <p className="profiles-summary">
        <span>{t('profiles.list.count', { count: saved })}</span>
        <span role="status" className="announcement">
          {announcement}
        </span>
      </p>

      {status === 'ready' || items.length > 0 ? (
        shown.length > 0 ? (
          <ProfileList items={shown} actions={actions} label={t('profiles.list.label')} />
        ) : (
          <p className="empty">{t('profiles.list.noMatch', { query: query.trim() })}</p>
        )
      ) : null}

      {dialog.kind === 'create' || dialog.kind === 'edit' ? (
        <ProfileFormDialog
          {...(dialog.kind === 'edit' ? { item: dialog.item } : {})}
          onClose={close}
          onSaved={() => {
            close();
          }}
        />
      ) : null}
      {dialog.kind === 'delete' ? (
        <ConfirmDialog
          title={t('profiles.delete.title', { name: dialog.item.profile.name })}
          body={t('profiles.delete.body')}
          confirmLabel={t('profiles.delete.confirm')}
          danger
          busy={dialog.busy === true}
          error={dialog.error}
          onCancel={close}
          onConfirm={() => void confirmDelete(dialog.item)}
        />
      ) : null}
      {dialog.kind === 'import' ? <ImportDialog onClose={close} onImported={imported} /> : null}
    </section>
  );
};
