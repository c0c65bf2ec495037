import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatJumpHost } from '../../../../shared/model/jump-host';
import type { ProfileListItem } from '../../../../shared/model/profile';
import { useApp } from '../../stores/store-context';
import { ConnectionTestPanel, TestConnectionButton } from './connection-test';
import { profileName } from './profile-text';

export interface ProfileActions {
  readonly onStart: (item: ProfileListItem) => void;
  readonly onEdit: (item: ProfileListItem) => void;
  readonly onDuplicate: (item: ProfileListItem) => void;
  readonly onDelete: (item: ProfileListItem) => void;
}

/** One device: what it is, how it is reached, and what can be done with it. */
const ProfileRow = ({ item, actions }: { readonly item: ProfileListItem; readonly actions: ProfileActions }) => {
  const { t } = useTranslation();
  const nameId = useId();
  const { profile } = item;
  const name = profileName(t, item);
  const notes = item.builtIn ? t('profiles.simulatedNotes') : profile.notes;
  const test = useApp((s) => s.connectionTests[profile.id]);
  return (
    <li className={`profile-row${item.builtIn ? ' profile-builtin' : ''}`} aria-labelledby={nameId} data-profile-id={profile.id}>
      <div className="profile-main">
        <h2 id={nameId} className="profile-name">
          {name}
        </h2>
        <p className="profile-tags">
          <span className="tag">{t(`profiles.deviceTypes.${profile.deviceType}`)}</span>
          <span className="tag">{t(`profiles.regions.${profile.region}`)}</span>
          {item.builtIn ? <span className="tag tag-accent">{t('profiles.list.builtIn')}</span> : null}
          {item.savedSecrets.length > 0 ? <span className="tag tag-saved">{t('profiles.list.secretsSaved')}</span> : null}
        </p>
        {item.builtIn ? null : (
          <p className="profile-target mono">
            {profile.username}@{profile.host.includes(':') ? `[${profile.host}]` : profile.host}:{profile.port}
            {profile.jump ? <span className="profile-via"> · {t('profiles.list.via', { jump: formatJumpHost(profile.jump) })}</span> : null}
          </p>
        )}
        {notes ? <p className="profile-notes">{notes}</p> : null}
      </div>
      <div className="profile-actions">
        <div className="profile-primary">
          <TestConnectionButton item={item} describedBy={nameId} />
          <button type="button" className="button button-primary" aria-describedby={nameId} onClick={() => actions.onStart(item)}>
            {t('profiles.list.start')}
          </button>
        </div>
        {item.builtIn ? null : (
          <div className="profile-secondary" role="group" aria-label={t('profiles.list.actionsFor', { name })}>
            <button type="button" className="button button-quiet" aria-describedby={nameId} onClick={() => actions.onEdit(item)}>
              {t('profiles.list.edit')}
            </button>
            <button type="button" className="button button-quiet" aria-describedby={nameId} onClick={() => actions.onDuplicate(item)}>
              {t('profiles.list.duplicate')}
            </button>
            <button type="button" className="button button-quiet button-quiet-danger" aria-describedby={nameId} onClick={() => actions.onDelete(item)}>
              {t('profiles.list.delete')}
            </button>
          </div>
        )}
      </div>
      <ConnectionTestPanel item={item} state={test} />
    </li>
  );
};

export const ProfileList = ({ items, actions, label }: { readonly items: readonly ProfileListItem[]; readonly actions: ProfileActions; readonly label: string }) => (
  <ul className="profile-list" aria-label={label}>
    {items.map((item) => (
      <ProfileRow key={item.profile.id} item={item} actions={actions} />
    ))}
  </ul>
);
