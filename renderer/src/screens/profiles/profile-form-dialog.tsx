import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEVICE_TYPES, REGIONS } from '../../../../shared/model/device';
import { AUTH_METHODS, type DraftField, type FieldError, type ProfileDraft, type ProfileListItem, type SecretKind } from '../../../../shared/model/profile';
import { draftFromInput, EMPTY_DRAFT, validateProfileDraft } from '../../../../shared/model/profile-rules';
import { ChoiceField, FormField } from '../../components/form-field';
import { ModalDialog } from '../../components/modal-dialog';
import { useApp } from '../../stores/store-context';
import { messageText, profileErrorText } from './profile-text';
import { SecretFields, secretKindsFor } from './secret-fields';

/** A stable empty list: a selector returning a new [] each time would re-render forever. */
const NONE_SAVED: readonly SecretKind[] = [];

/** Field order, for focusing the first one that needs attention. */
const FIELD_ORDER: readonly DraftField[] = ['name', 'deviceType', 'region', 'host', 'username', 'port', 'auth', 'keyPath', 'jump', 'jumpAuth', 'jumpKeyPath', 'notes'];

/**
 * Add or edit a device. Rules are the shared ones (profile-rules.ts): a field's message appears
 * when the admin leaves it, every message on Save; what only main can check (a unique name, a
 * readable key file) comes back from Save and shows the same way. Secrets typed here go to the
 * vault after the profile saves, and are dropped from memory when the dialog closes.
 */
export const ProfileFormDialog = ({
  item,
  onClose,
  onSaved,
}: {
  /** The device to edit; a new one when absent. */
  readonly item?: ProfileListItem;
  readonly onClose: () => void;
  readonly onSaved: (name: string) => void;
}) => {
  const { t } = useTranslation();
  const saveProfile = useApp((s) => s.saveProfile);
  const saveSecret = useApp((s) => s.saveProfileSecret);
  const clearSecret = useApp((s) => s.clearProfileSecret);
  const availability = useApp((s) => s.secretAvailability);
  const savedSecrets = useApp((s) => s.profileItems.find((i) => i.profile.id === item?.profile.id)?.savedSecrets ?? NONE_SAVED);

  const [draft, setDraft] = useState<ProfileDraft>(() => (item ? draftFromInput(item.profile) : EMPTY_DRAFT));
  const [touched, setTouched] = useState<ReadonlySet<DraftField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<readonly FieldError[]>([]);
  const [secrets, setSecrets] = useState<Partial<Record<SecretKind, string>>>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const form = useRef<HTMLFormElement>(null);

  const clientErrors = validateProfileDraft(draft).errors;
  const errorFor = (field: DraftField): string | undefined => {
    const server = serverErrors.find((e) => e.field === field);
    if (server) return messageText(t, server.message);
    const client = clientErrors.find((e) => e.field === field);
    return client && (submitted || touched.has(field)) ? messageText(t, client.message) : undefined;
  };
  const visibleErrors = FIELD_ORDER.filter((field) => errorFor(field) !== undefined);

  const set = <K extends DraftField>(field: K, value: ProfileDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setServerErrors((current) => current.filter((e) => e.field !== field));
  };
  // A field's message shows once the admin has typed in it and left it (or on Save). Leaving an
  // untouched empty field says nothing: a message appearing then would shift the form under the
  // pointer between mousedown and mouseup, and the click would be lost.
  const initial = useRef(draft);
  const touch = (field: DraftField) => () => {
    if (draft[field] !== initial.current[field]) setTouched((current) => new Set(current).add(field));
  };
  const text = (field: Exclude<DraftField, 'auth' | 'jumpAuth' | 'deviceType' | 'region'>) => ({
    value: draft[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
    onBlur: touch(field),
    name: field,
  });

  const focusFirstError = (fields: readonly DraftField[]) => {
    const first = FIELD_ORDER.find((f) => fields.includes(f));
    if (first) form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(undefined);
    if (clientErrors.length > 0) {
      focusFirstError(clientErrors.map((e) => e.field));
      return;
    }
    setSaving(true);
    try {
      const outcome = await saveProfile(draft, item?.profile.id);
      if (!outcome.ok) {
        setServerErrors(outcome.errors);
        focusFirstError(outcome.errors.map((e) => e.field));
        return;
      }
      const wanted = secretKindsFor(draft.auth, draft.jump.trim() !== '', draft.jumpAuth);
      for (const kind of wanted) {
        const value = secrets[kind];
        if (value) await saveSecret(outcome.profile.id, kind, value);
      }
      setSecrets({});
      onSaved(outcome.profile.name);
    } catch (error) {
      setFailure(profileErrorText(t, error, true));
    } finally {
      setSaving(false);
    }
  };

  const forget = item
    ? (kind: SecretKind) => {
        void clearSecret(item.profile.id, kind).catch((error: unknown) => setFailure(profileErrorText(t, error, true)));
      }
    : undefined;

  const methodOptions = AUTH_METHODS.map((value) => ({ value, label: t(`profiles.authMethods.${value}`) }));
  const hasJump = draft.jump.trim() !== '';

  return (
    <ModalDialog title={item ? t('profiles.form.editTitle', { name: item.profile.name }) : t('profiles.form.createTitle')} onClose={onClose} className="profile-dialog">
      <form ref={form} className="modal-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="modal-body">
          {submitted && visibleErrors.length > 0 ? (
            <p role="alert" className="form-error-summary">
              {t('profiles.form.fixErrors', { count: visibleErrors.length })}
            </p>
          ) : null}
          {failure ? (
            <p role="alert" className="form-error-summary">
              {failure}
            </p>
          ) : null}
          <FormField label={t('profiles.form.name')} hint={t('profiles.form.nameHint')} error={errorFor('name')} required>
            <input type="text" autoComplete="off" spellCheck={false} {...text('name')} />
          </FormField>
          <div className="form-row">
            <ChoiceField
              legend={t('profiles.form.deviceType')}
              name="deviceType"
              value={draft.deviceType}
              options={DEVICE_TYPES.map((value) => ({ value, label: t(`profiles.deviceTypes.${value}`) }))}
              onChange={(value) => set('deviceType', value)}
              hint={t('profiles.form.deviceTypeHint')}
            />
            <FormField label={t('profiles.form.region')} hint={t('profiles.form.regionHint')}>
              <select name="region" value={draft.region} onChange={(event) => set('region', REGIONS.find((r) => r === event.target.value) ?? 'us')}>
                {REGIONS.map((region) => (
                  <option key={region} value={region}>
                    {t(`profiles.regionNames.${region}`)}
                  </option>
                ))}
              </select>
            </FormField>
          </div>
          <FormField label={t('profiles.form.host')} error={errorFor('host')} required>
            <input type="text" autoComplete="off" spellCheck={false} inputMode="url" {...text('host')} />
          </FormField>
          <div className="form-row">
            <FormField label={t('profiles.form.username')} error={errorFor('username')} required>
              <input type="text" autoComplete="off" spellCheck={false} {...text('username')} />
            </FormField>
            <FormField label={t('profiles.form.port')} error={errorFor('port')} className="field-port">
              <input type="text" inputMode="numeric" autoComplete="off" {...text('port')} />
            </FormField>
          </div>
          <ChoiceField legend={t('profiles.form.auth')} name="auth" value={draft.auth} options={methodOptions} onChange={(value) => set('auth', value)} />
          {draft.auth === 'key' ? (
            <FormField label={t('profiles.form.keyPath')} hint={t('profiles.form.keyPathHint')} error={errorFor('keyPath')} required>
              <input type="text" autoComplete="off" spellCheck={false} {...text('keyPath')} />
            </FormField>
          ) : null}

          <fieldset className="form-section">
            <legend>{t('profiles.form.jumpSection')}</legend>
            <FormField label={t('profiles.form.jump')} hint={t('profiles.form.jumpHint')} error={errorFor('jump')}>
              <input type="text" autoComplete="off" spellCheck={false} placeholder="admin@bastion.example.com:22" {...text('jump')} />
            </FormField>
            {hasJump ? (
              <>
                <ChoiceField legend={t('profiles.form.jumpAuth')} name="jumpAuth" value={draft.jumpAuth} options={methodOptions} onChange={(value) => set('jumpAuth', value)} />
                {draft.jumpAuth === 'key' ? (
                  <FormField label={t('profiles.form.jumpKeyPath')} hint={t('profiles.form.keyPathHint')} error={errorFor('jumpKeyPath')} required>
                    <input type="text" autoComplete="off" spellCheck={false} {...text('jumpKeyPath')} />
                  </FormField>
                ) : null}
              </>
            ) : null}
          </fieldset>

          <SecretFields
            availability={availability}
            kinds={secretKindsFor(draft.auth, hasJump, draft.jumpAuth)}
            saved={savedSecrets}
            values={secrets}
            onChange={(kind, value) => setSecrets((current) => ({ ...current, [kind]: value }))}
            onForget={forget}
          />

          <FormField label={t('profiles.form.notes')} error={errorFor('notes')}>
            <textarea rows={3} {...text('notes')} />
          </FormField>
        </div>
        <footer className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            {t('common.actions.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('profiles.form.saving') : t('profiles.form.save')}
          </button>
        </footer>
      </form>
    </ModalDialog>
  );
};
