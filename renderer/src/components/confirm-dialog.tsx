import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './modal-dialog';

/**
 * "Are you sure?" for actions that cannot be undone. Focus starts on Cancel, so Enter or Escape
 * never destroys anything by accident.
 */
export const ConfirmDialog = ({
  title,
  body,
  confirmLabel,
  danger = false,
  busy = false,
  error,
  onConfirm,
  onCancel,
  children,
}: {
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly danger?: boolean;
  readonly busy?: boolean;
  readonly error?: string | undefined;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** What the action is about, shown under the question (a fingerprint, a file name). */
  readonly children?: ReactNode;
}) => {
  const { t } = useTranslation();
  const bodyId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog title={title} onClose={onCancel} initialFocus={cancel} role="alertdialog" describedBy={bodyId} size="small">
      <div className="modal-body">
        <p id={bodyId} className="confirm-body">
          {body}
        </p>
        {children}
        {error ? (
          <p role="alert" className="form-error-summary">
            {error}
          </p>
        ) : null}
      </div>
      <footer className="modal-footer">
        <button ref={cancel} type="button" className="button" onClick={onCancel}>
          {t('common.actions.cancel')}
        </button>
        <button type="button" className={`button ${danger ? 'button-danger' : 'button-primary'}`} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </footer>
    </ModalDialog>
  );
};
