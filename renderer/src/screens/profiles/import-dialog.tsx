import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_TEXT_MAX } from '../../../../shared/ipc/channels/profiles';
import type { ImportPreview, ImportResult } from '../../../../shared/model/profile';
import { ModalDialog } from '../../components/modal-dialog';
import { useApi } from '../../stores/store-context';
import { messageText, profileErrorText } from './profile-text';

type Step =
  | { readonly kind: 'choose'; readonly error?: string }
  | { readonly kind: 'reading' }
  | { readonly kind: 'preview'; readonly text: string; readonly preview: ImportPreview; readonly error?: string };

/**
 * Import devices from a JSON file: the renderer reads the file the admin picked and sends its
 * text to main, which says what would be added or replaced (by name) and what is left out, and
 * changes nothing until the admin confirms.
 */
export const ImportDialog = ({ onClose, onImported }: { readonly onClose: () => void; readonly onImported: (result: ImportResult) => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [applying, setApplying] = useState(false);
  const fileHint = useId();
  const tableCaption = useId();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > IMPORT_TEXT_MAX) {
      setStep({ kind: 'choose', error: t('profiles.importDialog.tooLarge', { size: `${Math.round(file.size / 1024)} KB` }) });
      return;
    }
    setStep({ kind: 'reading' });
    try {
      const text = await file.text();
      const answer = await api.previewProfileImport({ text });
      setStep(answer.ok ? { kind: 'preview', text, preview: answer.preview } : { kind: 'choose', error: messageText(t, answer.error) });
    } catch (error) {
      setStep({ kind: 'choose', error: profileErrorText(t, error) });
    }
  };

  const apply = async () => {
    if (step.kind !== 'preview') return;
    setApplying(true);
    try {
      const answer = await api.applyProfileImport({ text: step.text });
      if (answer.ok) onImported(answer.result);
      else setStep({ ...step, error: messageText(t, answer.error) });
    } catch (error) {
      setStep({ ...step, error: profileErrorText(t, error) });
    } finally {
      setApplying(false);
    }
  };

  const count = step.kind === 'preview' ? step.preview.items.length : 0;
  return (
    <ModalDialog title={t('profiles.importDialog.title')} onClose={onClose} className="import-dialog">
      <div className="modal-body">
        {step.kind !== 'preview' ? (
          <div className="field file-picker">
            <span className="file-picker-title">{t('profiles.importDialog.file')}</span>
            {/* The native control is kept (keyboard, screen readers, the OS picker) but drawn as a button. */}
            <input
              id={`${fileHint}-input`}
              className="visually-hidden"
              type="file"
              accept="application/json,.json"
              aria-describedby={fileHint}
              disabled={step.kind === 'reading'}
              onChange={(event) => void choose(event)}
            />
            <label htmlFor={`${fileHint}-input`} className="button file-picker-button">
              {t('profiles.importDialog.choose')}
            </label>
            <p id={fileHint} className="field-hint">
              {t('profiles.importDialog.fileHint')}
            </p>
            {step.kind === 'reading' ? <p role="status">{t('profiles.importDialog.reading')}</p> : null}
            {step.kind === 'choose' && step.error ? (
              <p role="alert" className="form-error-summary">
                {step.error}
              </p>
            ) : null}
          </div>
        ) : (
          <>
            {step.error ? (
              <p role="alert" className="form-error-summary">
                {step.error}
              </p>
            ) : null}
            {count > 0 ? (
              <table className="import-table" aria-describedby={tableCaption}>
                <caption id={tableCaption}>{t('profiles.importDialog.previewTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('profiles.importDialog.colName')}</th>
                    <th scope="col">{t('profiles.importDialog.colHost')}</th>
                    <th scope="col">{t('profiles.importDialog.colType')}</th>
                    <th scope="col">{t('profiles.importDialog.colAction')}</th>
                  </tr>
                </thead>
                <tbody>
                  {step.preview.items.map((item) => (
                    <tr key={item.name}>
                      <th scope="row">
                        {item.name}
                        {item.warnings.map((warning) => (
                          <span key={warning.key} className="import-warning">
                            {messageText(t, warning)}
                          </span>
                        ))}
                      </th>
                      <td className="mono">{item.host}</td>
                      <td>{t(`profiles.deviceTypes.${item.deviceType}`)}</td>
                      <td>
                        <span className={`badge ${item.action === 'replace' ? 'badge-warn' : 'badge-add'}`}>
                          {item.action === 'replace' ? t('profiles.importDialog.replace') : t('profiles.importDialog.add')}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="empty">{t('profiles.importDialog.nothing')}</p>
            )}
            {step.preview.invalid.length > 0 ? (
              <section className="import-invalid" aria-labelledby={`${tableCaption}-invalid`}>
                <h3 id={`${tableCaption}-invalid`}>{t('profiles.importDialog.invalidTitle')}</h3>
                <ul>
                  {step.preview.invalid.map((entry) => (
                    <li key={entry.position}>
                      <strong>{entry.name ?? t('profiles.importDialog.entry', { position: entry.position })}</strong>
                      {': '}
                      {entry.errors.map((error) => messageText(t, error)).join(' ')}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </>
        )}
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          {t('common.actions.cancel')}
        </button>
        {step.kind === 'preview' ? (
          <button type="button" className="button button-primary" disabled={count === 0 || applying} onClick={() => void apply()}>
            {t('profiles.importDialog.apply', { count })}
          </button>
        ) : null}
      </footer>
    </ModalDialog>
  );
};
