import { useTranslation } from 'react-i18next';
import type { Remedy } from '../../../../shared/model/verdict';
import { CopyButton } from '../../components/copy-button';
import { messageText } from '../../message-text';
import { useOpenAction } from './action-context';
import { actionText } from './session-text';
import { useView, useViewSource } from './view-context';

/**
 * A fix: the steps in words, the exact command to copy, and — when the product can apply it — a
 * button that opens the confirmation dialog (never runs anything by itself).
 */
export const RemedyView = ({ remedy, heading = true }: { readonly remedy: Remedy; readonly heading?: boolean }) => {
  const { t } = useTranslation();
  const openAction = useOpenAction();
  const live = useViewSource() === 'live';
  const usable = useView(
    (view) => view.state !== 'cancelled' && view.state !== 'failed' && view.activity === 'idle',
    false,
  );
  return (
    <div className="remedy">
      {heading ? <h4 className="remedy-title">{t('session.check.remedy')}</h4> : null}
      <p className="remedy-text">{messageText(t, remedy.text)}</p>
      {remedy.command ? (
        <div className="command-line">
          <code className="command-text">{remedy.command}</code>
          <CopyButton text={remedy.command} label={t('session.check.copyCommand')} />
        </div>
      ) : null}
      {remedy.actionId && live ? (
        <button
          type="button"
          className="button button-primary remedy-action"
          data-action={remedy.actionId}
          disabled={!usable}
          onClick={(e) => openAction({ actionId: remedy.actionId ?? '', from: e.currentTarget })}
        >
          {actionText(t, remedy.actionId, 'button')}
        </button>
      ) : null}
    </div>
  );
};
