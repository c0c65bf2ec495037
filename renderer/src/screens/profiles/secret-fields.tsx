import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthMethod, SecretAvailability, SecretKind } from '../../../../shared/model/profile';
import { FormField } from '../../components/form-field';

/** Which secrets a device asks for, from how it logs in (sudo is always asked for `sudo su -`). */
export const secretKindsFor = (auth: AuthMethod, jump: boolean, jumpAuth: AuthMethod): SecretKind[] => [
  ...(auth === 'password' ? (['password'] as const) : auth === 'key' ? (['passphrase'] as const) : []),
  'sudo-password',
  ...(jump && jumpAuth === 'password' ? (['jump-password'] as const) : jump && jumpAuth === 'key' ? (['jump-passphrase'] as const) : []),
];

/**
 * The passwords part of the profile form. When the OS can encrypt, each secret can be typed (and a
 * saved one forgotten); what is typed goes to main on save and is never shown again. When it
 * cannot, the form says why and that the app will ask every time: there is nothing to type here.
 */
export const SecretFields = ({
  availability,
  kinds,
  saved,
  values,
  onChange,
  onForget,
}: {
  readonly availability: SecretAvailability | undefined;
  readonly kinds: readonly SecretKind[];
  readonly saved: readonly SecretKind[];
  readonly values: Readonly<Partial<Record<SecretKind, string>>>;
  readonly onChange: (kind: SecretKind, value: string) => void;
  readonly onForget: ((kind: SecretKind) => void) | undefined;
}) => {
  const { t } = useTranslation();
  const statusId = useId();
  const encrypted = availability?.state === 'encrypted';
  const status = !availability
    ? ''
    : availability.state === 'encrypted'
      ? availability.backend
        ? t('profiles.secrets.encryptedBackend', { backend: availability.backend })
        : t('profiles.secrets.encrypted')
      : t('profiles.secrets.unavailable', { reason: t(`profiles.secrets.reasons.${availability.reason}`) });
  return (
    <fieldset className="form-section secrets" aria-describedby={statusId}>
      <legend>{t('profiles.secrets.legend')}</legend>
      <p id={statusId} className={`secrets-status ${encrypted ? 'secrets-encrypted' : 'secrets-unavailable'}`}>
        {status}
      </p>
      {encrypted ? (
        <div className="secret-grid">
          {kinds.map((kind) => {
            const isSaved = saved.includes(kind);
            return (
              <div key={kind} className="secret-row">
                <FormField
                  label={t(`profiles.secrets.kinds.${kind}`)}
                  hint={[isSaved ? t('profiles.secrets.keepHint') : t('profiles.secrets.saveHint'), kind === 'sudo-password' ? t('profiles.secrets.sudoHint') : '']
                    .filter(Boolean)
                    .join(' ')}
                >
                  <input
                    type="password"
                    autoComplete="new-password"
                    spellCheck={false}
                    value={values[kind] ?? ''}
                    onChange={(event) => onChange(kind, event.target.value)}
                  />
                </FormField>
                <div className="secret-state">
                  <span className={`badge ${isSaved ? 'badge-saved' : 'badge-muted'}`}>{isSaved ? t('profiles.secrets.saved') : t('profiles.secrets.notSaved')}</span>
                  {isSaved && onForget ? (
                    <button type="button" className="button button-quiet" onClick={() => onForget(kind)}>
                      <span aria-hidden="true">{t('profiles.secrets.forget')}</span>
                      <span className="visually-hidden">{t('profiles.secrets.forgetLabel', { secret: t(`profiles.secrets.kinds.${kind}`) })}</span>
                    </button>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      ) : availability ? (
        <ul className="ask-every-time">
          {kinds.map((kind) => (
            <li key={kind}>
              <span>{t(`profiles.secrets.kinds.${kind}`)}</span>
              <span className="badge badge-muted">{t('profiles.secrets.askEveryTime')}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
};
