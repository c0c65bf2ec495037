import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ActionPreview } from '../../../../shared/ipc/channels/sessions';
import type { ActionRecord } from '../../../../shared/model/session';
import { FormField } from '../../components/form-field';
import { ModalDialog } from '../../components/modal-dialog';
import { useApp } from '../../stores/store-context';
import { EvidenceList } from './evidence-view';
import { StatusBadge } from './status-badge';
import { actionText, checkTitle } from './session-text';

const ip = z.union([z.ipv4(), z.ipv6()]);

/** The DNS servers as typed: up to three IP addresses separated by commas or spaces. */
export const parseServers = (
  text: string,
):
  | { readonly servers: readonly string[] }
  | { readonly error: 'empty' | 'tooMany' | 'invalid'; readonly value?: string } => {
  const servers = text.split(/[\s,;]+/).filter(Boolean);
  if (servers.length === 0) return { error: 'empty' };
  const bad = servers.find((s) => !ip.safeParse(s).success);
  if (bad !== undefined) return { error: 'invalid', value: bad };
  if (servers.length > 3) return { error: 'tooMany' };
  return { servers };
};

type Phase =
  | { readonly kind: 'confirm' }
  | { readonly kind: 'applying' }
  | { readonly kind: 'done'; readonly record: ActionRecord; readonly notRun: readonly string[] }
  | { readonly kind: 'error'; readonly message: string };

/**
 * Confirm a remedy before it touches the device: what it does, the exact commands main will type
 * (asked from main, which alone builds them), the checks that run again, and for DNS servers a
 * validated address field. After it runs: the outcome, each affected check before → after, and
 * the device's output.
 */
export const ActionDialog = ({ actionId, onClose }: { readonly actionId: string; readonly onClose: () => void }) => {
  const { t } = useTranslation();
  const previewAction = useApp((s) => s.previewAction);
  const applyAction = useApp((s) => s.applyAction);
  const needsServers = actionId === 'set-dns-servers';
  const [serversText, setServersText] = useState('');
  const [touched, setTouched] = useState(false);
  const [previewed, setPreviewed] = useState<{ readonly key: string; readonly preview: ActionPreview } | undefined>();
  const [phase, setPhase] = useState<Phase>({ kind: 'confirm' });
  const cancelButton = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const effectId = useId();

  const parsed = needsServers ? parseServers(serversText) : { servers: [] };
  const params = needsServers && 'servers' in parsed ? { servers: [...parsed.servers] } : needsServers ? undefined : {};
  const paramsKey = JSON.stringify(params ?? null);

  const preview = previewed?.key === paramsKey ? previewed.preview : undefined;

  useEffect(() => {
    if (needsServers && params === undefined) return;
    let current = true;
    const key = paramsKey;
    void previewAction(actionId, params).then(
      (p) => current && setPreviewed({ key, preview: p }),
      () => current && setPreviewed({ key, preview: { ok: false, reason: 'invalid-params' } }),
    );
    return () => {
      current = false;
    };
    // paramsKey stands for params (a fresh object each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [actionId, paramsKey, previewAction, needsServers]);

  const fieldError =
    needsServers && touched && 'error' in parsed
      ? parsed.error === 'invalid'
        ? t('session.actions.dnsInvalid', { value: parsed.value ?? '' })
        : t(parsed.error === 'empty' ? 'session.actions.dnsEmpty' : 'session.actions.dnsTooMany')
      : undefined;

  const confirm = async (event?: FormEvent) => {
    event?.preventDefault();
    setTouched(true);
    if (!preview?.ok || params === undefined) {
      input.current?.focus();
      return;
    }
    setPhase({ kind: 'applying' });
    try {
      setPhase({ kind: 'done', ...(await applyAction(actionId, params)) });
    } catch (error) {
      setPhase({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const busy = phase.kind === 'applying';
  const title = actionText(t, actionId, 'title');
  return (
    <ModalDialog
      title={title}
      onClose={() => (busy ? undefined : onClose())}
      initialFocus={needsServers ? input : cancelButton}
      describedBy={effectId}
      className="action-dialog"
    >
      <form onSubmit={(e) => void confirm(e)}>
        <div className="modal-body">
          <p id={effectId}>{actionText(t, actionId, 'effect')}</p>
          {needsServers && phase.kind !== 'done' ? (
            <FormField
              label={t('session.actions.dnsLabel')}
              hint={t('session.actions.dnsHint')}
              error={fieldError}
              required
            >
              <input
                ref={input}
                type="text"
                name="dns-servers"
                className="input"
                autoComplete="off"
                spellCheck={false}
                value={serversText}
                disabled={busy}
                onChange={(e) => setServersText(e.target.value)}
                onBlur={() => setTouched(serversText.length > 0)}
              />
            </FormField>
          ) : null}
          {phase.kind === 'done' ? (
            <ActionOutcome record={phase.record} notRun={phase.notRun} />
          ) : preview?.ok ? (
            <>
              <p className="dialog-label">{t('session.actions.commands')}</p>
              <ul className="action-commands">
                {preview.commands.map((c) => (
                  <li key={c.command}>
                    <code className="command-text">{c.command}</code>
                    <span className="action-privilege">{t(`session.actions.privilege.${c.privilege}`)}</span>
                  </li>
                ))}
              </ul>
              <p className="dialog-label">{t('session.actions.affects')}</p>
              <ul className="action-affects">
                {preview.affects.map((id) => (
                  <li key={id}>{checkTitle(t, id)}</li>
                ))}
              </ul>
              <p className="action-warning" role="note">
                {t('session.actions.warning')}
              </p>
            </>
          ) : preview && !needsServers ? (
            <p role="alert" className="form-error-summary">
              {t('session.actions.invalid')}
            </p>
          ) : null}
          {phase.kind === 'error' ? (
            <p role="alert" className="form-error-summary">
              {phase.message}
            </p>
          ) : null}
          {busy ? (
            <p role="status" className="action-busy">
              {t('session.actions.applying')}
            </p>
          ) : null}
        </div>
        <footer className="modal-footer">
          {phase.kind === 'done' ? (
            <button type="button" className="button button-primary" onClick={onClose}>
              {t('common.actions.close')}
            </button>
          ) : (
            <>
              <button ref={cancelButton} type="button" className="button" disabled={busy} onClick={onClose}>
                {t('common.actions.cancel')}
              </button>
              <button type="submit" className="button button-danger" disabled={busy || (!needsServers && !preview?.ok)}>
                {busy ? t('session.actions.applying') : t('session.actions.confirm')}
              </button>
            </>
          )}
        </footer>
      </form>
    </ModalDialog>
  );
};

/** After a remedy ran: did it work, and each affected check before → after. */
const ActionOutcome = ({ record, notRun }: { readonly record: ActionRecord; readonly notRun: readonly string[] }) => {
  const { t } = useTranslation();
  return (
    <div className="action-outcome" role="status">
      <p className={record.outcome === 'applied' ? 'outcome-ok' : 'outcome-failed'}>
        {record.outcome === 'applied' ? t('session.actions.applied') : t('session.actions.failed')}
      </p>
      <table className="before-after">
        <tbody>
          {record.after.map((after) => {
            const before = record.before.find((b) => b.id === after.id);
            return (
              <tr key={after.id}>
                <th scope="row">{checkTitle(t, after.id)}</th>
                <td>
                  {notRun.includes(after.id) ? (
                    <StatusBadge status="pending" />
                  ) : before ? (
                    <StatusBadge status={before.status} />
                  ) : null}
                </td>
                <td aria-hidden="true">→</td>
                <td>
                  <StatusBadge status={after.status} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <details className="action-evidence">
        <summary>{t('session.actions.output')}</summary>
        <EvidenceList evidence={[record.evidence]} />
      </details>
    </div>
  );
};
