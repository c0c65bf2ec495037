import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnownHostEntry } from '../../../../shared/model/connection-test';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useApi, useApp } from '../../stores/store-context';
import './known-hosts.css';

type Removal = { readonly entry: KnownHostEntry; readonly busy?: boolean; readonly error?: string };

/** Who a line is for, in words: `192.0.2.10`, `127.0.0.1 (port 2222)`, "hashed name", or the pattern as written. */
const hostLabel = (t: TFunction, entry: KnownHostEntry): string => {
  if (entry.host !== null) {
    const host = entry.host.includes(':') ? `[${entry.host}]` : entry.host;
    return entry.port === 22 || entry.port === null ? host : `${host} (${t('connection.knownHosts.port', { port: entry.port })})`;
  }
  return entry.hashed ? t('connection.knownHosts.hashed') : entry.hosts;
};

/** The host as `hostLabel` says it, breaking only before the port: `127.0.0.1` / `(port 2222)`. */
const HostName = ({ entry }: { readonly entry: KnownHostEntry }) => {
  const { t } = useTranslation();
  const label = hostLabel(t, entry);
  const split = entry.host !== null && entry.port !== null && entry.port !== 22 ? label.lastIndexOf(' (') : -1;
  return split < 0 ? (
    <span className="known-hosts-name">{label}</span>
  ) : (
    <>
      <span className="known-hosts-name">{label.slice(0, split)}</span> <span className="known-hosts-port">{label.slice(split + 1)}</span>
    </>
  );
};

/**
 * Settings › Known hosts (issue 5, item 3): the app's own known_hosts, one row per key with its
 * SHA256 fingerprint and line, and Remove behind a confirmation. A removal names the line and the
 * fingerprint the admin saw, so a file changed meanwhile never loses the wrong line.
 */
export const KnownHostsSection = ({ focusOnOpen = false }: { readonly focusOnOpen?: boolean }) => {
  const { t } = useTranslation();
  const api = useApi();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const listing = useApp((s) => s.knownHosts);
  const loadKnownHosts = useApp((s) => s.loadKnownHosts);
  const removeKnownHost = useApp((s) => s.removeKnownHost);
  const [removal, setRemoval] = useState<Removal | undefined>();
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    void loadKnownHosts();
    return api.onKnownHostsChanged(() => void loadKnownHosts());
  }, [api, loadKnownHosts]);

  useEffect(() => {
    if (!focusOnOpen) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [focusOnOpen]);

  const remove = async ({ entry }: Removal) => {
    setRemoval({ entry, busy: true });
    try {
      const removed = await removeKnownHost(entry);
      setRemoval(undefined);
      setAnnouncement(removed ? t('connection.knownHosts.removed', { host: hostLabel(t, entry) }) : t('connection.knownHosts.stale'));
      // The row and its button are gone: focus goes to the section, where the announcement is.
      heading.current?.focus();
    } catch (error) {
      setRemoval({ entry, error: t('app.errors.generic', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <section className="setting known-hosts" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t('connection.knownHosts.title')}
      </h2>
      <p className="hint">{t('connection.knownHosts.intro')}</p>
      {listing.status === 'ready' ? <p className="known-hosts-file mono">{t('connection.knownHosts.file', { file: listing.file })}</p> : null}
      <p role="status" className="known-hosts-announcement">
        {announcement}
      </p>
      {listing.status === 'loading' ? <p className="hint">{t('connection.knownHosts.loading')}</p> : null}
      {listing.status === 'failed' ? (
        <p role="alert" className="form-error-summary">
          {t('connection.knownHosts.loadFailed', { message: listing.message })}
        </p>
      ) : null}
      {listing.status === 'ready' && listing.entries.length === 0 ? <p className="empty">{t('connection.knownHosts.empty')}</p> : null}
      {listing.status === 'ready' && listing.entries.length > 0 ? (
        <div className="known-hosts-scroll">
          <table className="known-hosts-table">
            <caption className="visually-hidden">
              {t('connection.knownHosts.tableLabel')} ({t('connection.knownHosts.count', { count: listing.entries.length })})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('connection.knownHosts.host')}</th>
                <th scope="col">{t('connection.knownHosts.key')}</th>
                <th scope="col" className="known-hosts-line">
                  {t('connection.knownHosts.line')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('connection.knownHosts.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {listing.entries.map((entry) => (
                <tr key={`${entry.line}:${entry.fingerprint}`} data-line={entry.line}>
                  <th scope="row" className="known-hosts-host">
                    <HostName entry={entry} />
                    {entry.marker ? <span className="badge badge-warn">{t(`connection.knownHosts.markers.${entry.marker}`)}</span> : null}
                  </th>
                  <td className="mono known-hosts-key">
                    {/* Wraps between type and fingerprint when narrow, never inside either (ssh-keygen -l order). */}
                    <span>{entry.keyType}</span> <span>{entry.fingerprint}</span>
                  </td>
                  <td className="known-hosts-line">{entry.line}</td>
                  <td className="known-hosts-actions">
                    <button
                      type="button"
                      className="button button-quiet button-quiet-danger"
                      aria-label={t('connection.knownHosts.removeLabel', { host: hostLabel(t, entry), line: entry.line })}
                      onClick={() => setRemoval({ entry })}
                    >
                      {t('connection.knownHosts.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {removal ? (
        <ConfirmDialog
          title={t('connection.knownHosts.confirmTitle', { host: hostLabel(t, removal.entry) })}
          body={t('connection.knownHosts.confirmBody', { line: removal.entry.line })}
          confirmLabel={t('connection.knownHosts.confirm')}
          danger
          busy={removal.busy === true}
          error={removal.error}
          onCancel={() => setRemoval(undefined)}
          onConfirm={() => void remove(removal)}
        >
          <dl className="fingerprint">
            <dt>{t('connection.knownHosts.key')}</dt>
            <dd>
              <code>
                {removal.entry.keyType} {removal.entry.fingerprint}
              </code>
            </dd>
          </dl>
        </ConfirmDialog>
      ) : null}
    </section>
  );
};
