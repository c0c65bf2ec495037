import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEVICE_TYPES, REGIONS, type DeviceType, type Region } from '../../../../shared/model/device';
import { SIMULATED_PROFILE_ID } from '../../../../shared/model/profile';
import { ChoiceField, FormField } from '../../components/form-field';
import { useApp } from '../../stores/store-context';
import { scenarioTitle } from './session-text';

/** The simulated device's choices: scenario (a broken one by default), device type, region. */
const SimulatedOptions = ({
  scenario,
  setScenario,
  deviceType,
  setDeviceType,
  region,
  setRegion,
}: {
  scenario: string;
  setScenario: (s: string) => void;
  deviceType: DeviceType;
  setDeviceType: (d: DeviceType) => void;
  region: Region;
  setRegion: (r: Region) => void;
}) => {
  const { t } = useTranslation();
  const scenarios = useApp((s) => s.scenarios);
  const supported = scenarios?.list.find((s) => s.id === scenario)?.deviceTypes ?? DEVICE_TYPES;
  return (
    <>
      <p>{t('session.start.simulatedIntro')}</p>
      <FormField label={t('session.start.scenario')} hint={t('session.start.scenarioHint')}>
        <select
          name="scenario"
          value={scenario}
          onChange={(e) => {
            const next = e.target.value;
            setScenario(next);
            const types = scenarios?.list.find((s) => s.id === next)?.deviceTypes;
            if (types && !types.includes(deviceType)) setDeviceType(types[0] ?? 'ftd');
          }}
        >
          {(scenarios?.list ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {scenarioTitle(t, s.id)}
              {s.deviceTypes.length < DEVICE_TYPES.length
                ? ` ${t('session.start.onlyFor', { types: s.deviceTypes.map((d) => t(`session.deviceTypes.${d}`)).join(', ') })}`
                : ''}
            </option>
          ))}
        </select>
      </FormField>
      <div className="start-choices">
        <ChoiceField
          legend={t('session.start.deviceType')}
          name="device-type"
          value={deviceType}
          options={supported.map((d) => ({ value: d, label: t(`session.deviceTypes.${d}`) }))}
          onChange={setDeviceType}
        />
        <ChoiceField
          legend={t('session.start.region')}
          name="region"
          value={region}
          options={REGIONS.map((r) => ({ value: r, label: t(`session.regions.${r}`) }))}
          onChange={setRegion}
        />
      </div>
    </>
  );
};

/** Before a session: the chosen device (or a pointer to choose one), and "Connect and start". */
export const StartPanel = () => {
  const { t } = useTranslation();
  const selectedId = useApp((s) => s.selectedProfileId);
  const items = useApp((s) => s.profileItems);
  const loadProfiles = useApp((s) => s.loadProfiles);
  const profilesStatus = useApp((s) => s.profilesStatus);
  const loadScenarios = useApp((s) => s.loadScenarios);
  const scenarios = useApp((s) => s.scenarios);
  const startStatus = useApp((s) => s.startStatus);
  const startSession = useApp((s) => s.startSession);
  const selectProfile = useApp((s) => s.selectProfile);
  const goTo = useApp((s) => s.goTo);
  const item = items.find((i) => i.profile.id === selectedId);
  const simulated = selectedId === SIMULATED_PROFILE_ID;
  const [scenario, setScenario] = useState<string | undefined>();
  const [deviceType, setDeviceType] = useState<DeviceType>('ftd');
  const [region, setRegion] = useState<Region>('us');

  useEffect(() => {
    if (profilesStatus === 'idle') void loadProfiles();
  }, [profilesStatus, loadProfiles]);
  useEffect(() => {
    if (simulated) void loadScenarios();
  }, [simulated, loadScenarios]);

  const chosenScenario = scenario ?? scenarios?.defaultScenario ?? '';
  const start = (event: FormEvent) => {
    event.preventDefault();
    if (!selectedId) return;
    void startSession(
      simulated
        ? { profileId: selectedId, simulated: { scenario: chosenScenario, deviceType, region } }
        : { profileId: selectedId },
    );
  };

  if (!selectedId || (!item && profilesStatus === 'ready')) {
    return (
      <div className="start-panel">
        <p className="empty">{t('session.start.noDevice')}</p>
        <div className="stage-actions">
          <button type="button" className="button button-primary" onClick={() => goTo({ kind: 'profiles' })}>
            {t('session.start.chooseDevice')}
          </button>
          <button type="button" className="button" onClick={() => selectProfile(SIMULATED_PROFILE_ID)}>
            {t('session.start.useSimulated')}
          </button>
        </div>
      </div>
    );
  }
  const profile = item?.profile;
  const starting = startStatus.kind === 'starting';
  return (
    <form className="start-panel" onSubmit={start} aria-labelledby="start-title">
      <h2 id="start-title">{t('session.start.title')}</h2>
      <dl className="start-device">
        <dt>{t('session.start.device')}</dt>
        <dd>
          <strong>{simulated ? t('profiles.simulatedName') : profile?.name}</strong>
          {profile && !simulated ? (
            <>
              <span className="start-device-line">
                {t('session.start.address', { user: profile.username, host: profile.host, port: profile.port })}
              </span>
              <span className="start-device-line">
                {t('session.start.typeRegion', {
                  type: t(`session.deviceTypes.${profile.deviceType}`),
                  region: t(`session.regions.${profile.region}`),
                })}
              </span>
            </>
          ) : null}
        </dd>
      </dl>
      {simulated ? (
        <SimulatedOptions
          scenario={chosenScenario}
          setScenario={setScenario}
          deviceType={deviceType}
          setDeviceType={setDeviceType}
          region={region}
          setRegion={setRegion}
        />
      ) : (
        <p className="hint-line">{t('session.start.secretsNote')}</p>
      )}
      {startStatus.kind === 'failed' ? (
        <p role="alert" className="form-error-summary">
          {t('session.start.failed', { message: startStatus.message })}
        </p>
      ) : null}
      <div className="stage-actions">
        <button type="submit" className="button button-primary" disabled={starting || (simulated && !scenarios)}>
          {starting ? t('session.start.starting') : t('session.start.start')}
        </button>
      </div>
    </form>
  );
};
