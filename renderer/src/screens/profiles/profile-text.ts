import type { TFunction } from 'i18next';
import type { ProfileListItem, StoreNotice } from '../../../../shared/model/profile';
import { ApiError } from '../../api';

export { messageText } from '../../message-text';

/** The simulated device speaks the reader's language; saved devices keep the name the admin gave. */
export const profileName = (t: TFunction, item: ProfileListItem): string => (item.builtIn ? t('profiles.simulatedName') : item.profile.name);

/** What a failed call means for the admin, from its error code; the raw message as a last resort. */
export const profileErrorText = (t: TFunction, error: unknown, secrets = false): string => {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'not-found':
        return t('profiles.errors.notFound');
      case 'forbidden':
        return t('profiles.errors.builtIn');
      case 'conflict':
        return t('profiles.errors.readOnly');
      case 'unavailable':
        return secrets ? t('profiles.errors.secretsUnavailable') : t('profiles.errors.busy');
      default:
        break;
    }
  }
  return t('app.errors.generic', { message: error instanceof Error ? error.message : String(error) });
};

export const noticeText = (t: TFunction, notice: StoreNotice): string => {
  switch (notice.kind) {
    case 'moved-aside':
      return t(notice.file === 'profiles' ? 'profiles.notices.movedAside' : 'profiles.notices.secretsMovedAside', {
        reason: t(`profiles.notices.reasons.${notice.reason}`),
        movedTo: notice.movedTo,
      });
    case 'entries-skipped':
      return t('profiles.notices.entriesSkipped', { names: notice.names.join(', ') });
    case 'newer-version':
      return t('profiles.notices.newerVersion', { version: notice.version });
  }
};

/** What the search box matches: name (in both its forms for the simulated device), host and notes. */
export const matchesSearch = (t: TFunction, item: ProfileListItem, query: string): boolean => {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return true;
  const haystack = [profileName(t, item), item.profile.name, item.profile.host, item.builtIn ? t('profiles.simulatedNotes') : item.profile.notes];
  return haystack.some((text) => text.toLocaleLowerCase().includes(needle));
};
