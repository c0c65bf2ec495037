import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionTestFailure, ConnectionTestSuccess } from '../../../../shared/model/connection-test';
import type { ProfileListItem } from '../../../../shared/model/profile';
import { isVersionAtLeast, SSE_CONNECTOR_MIN_VERSION } from '../../../../shared/parsers/version-compare';
import { messageText } from '../../message-text';
import type { ConnectionTestState } from '../../stores/connection-slice';
import { useApp } from '../../stores/store-context';
import { profileErrorText, profileName } from './profile-text';

const seconds = (ms: number) => (Math.round(ms / 100) / 10).toString();

/** `admin@192.0.2.10:2222`, or the simulated device's name. */
const targetText = (t: TFunction, item: ProfileListItem): string => {
  const { profile } = item;
  if (item.builtIn) return profileName(t, item);
  const host = profile.host.includes(':') ? `[${profile.host}]` : profile.host;
  return `${profile.username}@${host}:${profile.port}`;
};

/**
 * "Test connection" beside "Start troubleshooting". While a test runs the button stays focusable
 * (aria-disabled, not disabled) so keyboard focus is not thrown to the page; clicks are ignored.
 */
export const TestConnectionButton = ({ item, describedBy }: { readonly item: ProfileListItem; readonly describedBy: string }) => {
  const { t } = useTranslation();
  const id = item.profile.id;
  const running = useApp((s) => s.connectionTests[id]?.status === 'running');
  const testConnection = useApp((s) => s.testConnection);
  return (
    <button
      type="button"
      className="button"
      aria-describedby={describedBy}
      aria-disabled={running || undefined}
      data-testid="test-connection"
      onClick={() => {
        if (!running) void testConnection(id);
      }}
    >
      {running ? (
        <>
          <span className="spinner" aria-hidden="true" />
          {t('connection.test.busy')}
        </>
      ) : (
        t('connection.test.button')
      )}
    </button>
  );
};

const Facts = ({ result, item }: { readonly result: ConnectionTestSuccess; readonly item: ProfileListItem }) => {
  const { t } = useTranslation();
  const { device } = result;
  const method = (['password', 'keyboard-interactive', 'publickey', 'agent'] as const).find((m) => m === result.authMethod);
  const { kex, serverHostKey, cipher, mac } = result.algorithms;
  return (
    <dl className="test-facts">
      {device.kind === 'version' && device.hostname ? (
        <>
          <dt>{t('connection.test.hostname')}</dt>
          <dd className="mono">{device.hostname}</dd>
        </>
      ) : null}
      {device.kind === 'version' ? (
        <>
          <dt>{t('connection.test.source')}</dt>
          <dd>{t(`connection.test.sources.${device.source}`)}</dd>
        </>
      ) : null}
      <dt>{t('connection.test.hostKey')}</dt>
      <dd>
        <span className="mono">
          {result.hostKey.keyType} {result.hostKey.fingerprint}
        </span>{' '}
        <span className="test-note">({t(`connection.test.trust.${result.hostKey.trust}`)})</span>
      </dd>
      <dt>{t('connection.test.login')}</dt>
      <dd>
        {t('connection.test.loginValue', {
          user: item.builtIn ? result.username : item.profile.username,
          method: method ? t(`connection.test.methods.${method}`) : result.authMethod,
        })}
        {' · '}
        {t(`connection.test.landing.${result.landing}`)}
      </dd>
      <dt>{t('connection.test.algorithms')}</dt>
      <dd>
        <span className="mono">{[kex, serverHostKey, cipher, mac].join(', ')}</span>
        {result.algorithms.legacy ? <span className="test-note"> ({t('connection.test.legacy')})</span> : null}
      </dd>
      <dt>{t('connection.test.duration')}</dt>
      <dd>{t('connection.test.seconds', { seconds: seconds(result.durationMs) })}</dd>
    </dl>
  );
};

/** The headline a screen reader hears when the test ends, and what the admin should know about the device. */
const summary = (t: TFunction, item: ProfileListItem, result: ConnectionTestSuccess): { headline: string; warnings: string[] } => {
  const { device } = result;
  if (device.kind === 'unrecognized') return { headline: t('connection.test.okTitle'), warnings: [t('connection.test.unrecognized', { reason: device.reason })] };
  const version = device.build !== undefined ? t('connection.test.versionBuild', { version: device.version, build: device.build }) : device.version;
  const warnings: string[] = [];
  if (device.family !== item.profile.deviceType) {
    warnings.push(
      t('connection.test.typeMismatch', {
        saved: t(`connection.test.savedType.${item.profile.deviceType}`),
        actual: t(`connection.test.family.${device.family}`),
      }),
    );
  }
  // Guide 000: the SSE Connector exists from 6.4.0; the diagnosis would report unsupported-version.
  if (!isVersionAtLeast(device.version)) warnings.push(t('connection.test.tooOld', { version: device.version, minimum: SSE_CONNECTOR_MIN_VERSION }));
  return { headline: `${t('connection.test.okTitle')}: ${device.model} · ${version}`, warnings };
};

const adviceFor = (t: TFunction, result: ConnectionTestFailure): string =>
  result.kind === 'host-key-changed' && result.knownHost
    ? t('connection.test.advice.host-key-changed', { line: result.knownHost.line })
    : t(`connection.test.advice.${result.kind}`, { line: '' });

/**
 * Progress, then the result, under a profile. The live region holds the words that matter (the
 * step, the headline, the error and what to do), so a screen reader says them as they change; the
 * details and buttons sit outside it.
 */
export const ConnectionTestPanel = ({ item, state }: { readonly item: ProfileListItem; readonly state: ConnectionTestState | undefined }) => {
  const { t } = useTranslation();
  const dismiss = useApp((s) => s.dismissConnectionTest);
  const goTo = useApp((s) => s.goTo);
  const name = profileName(t, item);
  const hide = (
    <button type="button" className="button button-quiet test-hide" aria-label={t('connection.test.dismissLabel', { name })} onClick={() => dismiss(item.profile.id)}>
      {t('connection.test.dismiss')}
    </button>
  );

  let tone = '';
  let live: ReactNode = null;
  let rest: ReactNode = null;
  if (state?.status === 'running') {
    tone = 'test-running';
    live = (
      <p className="test-headline">
        <span className="spinner" aria-hidden="true" />
        {state.step === 'connecting'
          ? t('connection.test.steps.connecting', { target: targetText(t, item) })
          : t(`connection.test.steps.${state.step}`)}
      </p>
    );
  } else if (state?.status === 'call-failed') {
    tone = 'test-failed';
    live = (
      <>
        <p className="test-headline">{t('connection.test.failedTitle')}</p>
        <p>{profileErrorText(t, state.error)}</p>
      </>
    );
    rest = hide;
  } else if (state?.status === 'done' && state.result.ok) {
    const { headline, warnings } = summary(t, item, state.result);
    tone = warnings.length > 0 ? 'test-warn' : 'test-ok';
    live = (
      <>
        <p className="test-headline">{headline}</p>
        {warnings.map((warning) => (
          <p key={warning} className="test-warning">
            {warning}
          </p>
        ))}
      </>
    );
    rest = (
      <>
        {hide}
        <Facts result={state.result} item={item} />
      </>
    );
  } else if (state?.status === 'done' && !state.result.ok) {
    const result = state.result;
    tone = 'test-failed';
    live = (
      <>
        <p className="test-headline">{t('connection.test.failedTitle')}</p>
        <p className="test-message">{messageText(t, result.message)}</p>
        <p className="test-advice">
          <strong>{t('connection.test.whatToDo')}:</strong> {adviceFor(t, result)}
        </p>
      </>
    );
    rest = (
      <>
        {hide}
        {result.kind === 'host-key-changed' ? (
          <div className="test-buttons">
            <button type="button" className="button" onClick={() => goTo({ kind: 'settings', section: 'known-hosts' })}>
              {t('connection.test.openKnownHosts')}
            </button>
          </div>
        ) : null}
      </>
    );
  }

  return (
    <div className={`test-panel ${tone}`} data-state={state?.status ?? 'idle'}>
      <div role="status" aria-live="polite" aria-atomic="true" className="test-live">
        {live}
      </div>
      {rest}
    </div>
  );
};
