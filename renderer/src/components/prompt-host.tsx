import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostKeyPrompt, Prompt, SecretPrompt } from '../../../shared/ipc/channels/prompts';
import { useApi } from '../stores/store-context';
import { ModalDialog } from './modal-dialog';
import './prompt-host.css';

/**
 * Main's questions, wherever they come from (a session's login, "Test connection"): one dialog
 * at a time, in order. A prompt main closes (answered elsewhere, timed out) disappears here too.
 */
export const PromptHost = () => {
  const api = useApi();
  const [queue, setQueue] = useState<readonly Prompt[]>([]);
  useEffect(() => {
    const offPrompt = api.onPrompt((prompt) => setQueue((q) => [...q, prompt]));
    const offClosed = api.onPromptClosed(({ id }) => setQueue((q) => q.filter((p) => p.id !== id)));
    return () => {
      offPrompt();
      offClosed();
    };
  }, [api]);

  const current = queue[0];
  if (!current) return null;
  const done = () => setQueue((q) => q.filter((p) => p.id !== current.id));
  return current.kind === 'host-key' ? (
    <HostKeyDialog key={current.id} prompt={current} onDone={done} />
  ) : (
    <SecretDialog key={current.id} prompt={current} onDone={done} />
  );
};

const HostKeyDialog = ({ prompt, onDone }: { prompt: HostKeyPrompt; onDone: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const reject = useRef<HTMLButtonElement>(null);
  const describedBy = useId();
  const answer = (trust: boolean) => {
    onDone();
    void api.answerPrompt({ id: prompt.id, kind: 'host-key', trust });
  };
  return (
    <ModalDialog
      title={t(prompt.role === 'jump' ? 'prompts.hostKey.titleJump' : 'prompts.hostKey.title')}
      onClose={() => answer(false)}
      initialFocus={reject}
      role="alertdialog"
      describedBy={describedBy}
      size="small"
      className="prompt-host-key"
    >
      <div className="modal-body" id={describedBy}>
        <p>{t('prompts.hostKey.intro', { host: prompt.host, port: prompt.port, keyType: prompt.keyType })}</p>
        <dl className="fingerprint">
          <dt>{t('prompts.hostKey.fingerprint')}</dt>
          <dd>
            <code>{prompt.fingerprint}</code>
          </dd>
        </dl>
        <p>{t('prompts.hostKey.advice')}</p>
        {prompt.otherKnownTypes.length ? (
          <p className="prompt-warning">{t('prompts.hostKey.otherTypes', { types: prompt.otherKnownTypes.join(', ') })}</p>
        ) : null}
      </div>
      <footer className="modal-footer">
        <button ref={reject} type="button" className="button" onClick={() => answer(false)}>
          {t('prompts.hostKey.reject')}
        </button>
        <button type="button" className="button button-primary" onClick={() => answer(true)}>
          {t('prompts.hostKey.trust')}
        </button>
      </footer>
    </ModalDialog>
  );
};

const SecretDialog = ({ prompt, onDone }: { prompt: SecretPrompt; onDone: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const field = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();
  // The value lives only in this input until it is sent; nothing keeps it afterwards.
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = field.current?.value ?? '';
    if (field.current) field.current.value = '';
    onDone();
    void api.answerPrompt({ id: prompt.id, kind: 'secret', value });
  };
  const cancel = () => {
    onDone();
    void api.answerPrompt({ id: prompt.id, kind: 'cancel' });
  };
  return (
    <ModalDialog
      title={t(`prompts.secret.title.${prompt.secret}`, { username: prompt.username, host: prompt.host })}
      onClose={cancel}
      initialFocus={field}
      size="small"
      className="prompt-secret"
    >
      <form onSubmit={submit}>
        <div className="modal-body">
          {prompt.retry ? (
            <p role="alert" className="form-error-summary">
              {t('prompts.secret.retry')}
            </p>
          ) : null}
          <div className="field">
            <label htmlFor={inputId}>{t(`prompts.secret.label.${prompt.secret}`)}</label>
            <input ref={field} id={inputId} type="password" autoComplete="off" spellCheck={false} aria-describedby={hintId} />
            <p id={hintId} className="field-hint">
              {prompt.secret === 'sudo-password' ? `${t('prompts.secret.sudoHint')} ` : ''}
              {t('prompts.secret.hint')}
            </p>
          </div>
        </div>
        <footer className="modal-footer">
          <button type="button" className="button" onClick={cancel}>
            {t('prompts.secret.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('prompts.secret.submit')}
          </button>
        </footer>
      </form>
    </ModalDialog>
  );
};
