import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../../../../../shared/model/cause';
import { REGIONS } from '../../../../../shared/model/device';
import { buildDevice, expectedCause, SCENARIOS } from '../../../../../electron/services/simulator';
import { connectorView } from '../../../../../electron/services/simulator/connector-view';

describe('scenario registry', () => {
  it('has a scenario named after every cause a device can show (all but error)', () => {
    const ids = new Set(SCENARIOS.map((s) => s.id));
    for (const cause of CAUSE_IDS.filter((c) => c !== 'error')) {
      expect(ids.has(cause), cause).toBe(true);
      expect(SCENARIOS.find((s) => s.id === cause)?.expectedCause).toBe(cause);
    }
  });

  it('has unique ids and an expected cause from the vocabulary for each scenario', () => {
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const s of SCENARIOS) expect(CAUSE_IDS).toContain(s.expectedCause);
  });

  it('builds every scenario for every region and device type it declares', () => {
    for (const scenario of SCENARIOS)
      for (const region of REGIONS)
        for (const deviceType of scenario.deviceTypes) {
          const { state } = buildDevice({ scenario: scenario.id, region, deviceType });
          expect(state.region).toBe(region);
          expect(state.identity.type).toBe(deviceType);
        }
  });

  it('refuses an FMC for the FTD-only registration scenario', () => {
    expect(() => buildDevice({ scenario: 'device-not-registered', deviceType: 'fmc' })).toThrow(/only for ftd/);
    expect(() => buildDevice({ scenario: 'nope' })).toThrow(/unknown scenario "nope"/);
  });

  it('carries the prerequisite answers for the FMC-GUI causes', () => {
    const answers = (id: string) => SCENARIOS.find((s) => s.id === id)?.answers;
    expect(answers('healthy')).toEqual({
      cloudIntended: true,
      licenseNotEvaluation: true,
      smartLicensingDirect: true,
      cloudEventsEnabled: true,
    });
    expect(answers('cloud-integration-not-intended')?.cloudIntended).toBe(false);
    expect(answers('license-evaluation-mode')?.licenseNotEvaluation).toBe(false);
    expect(answers('smart-licensing-not-direct')?.smartLicensingDirect).toBe(false);
    expect(answers('cloud-services-disabled')?.cloudEventsEnabled).toBe(false);
  });

  it('expects error under fatal faults only', () => {
    const scenario = SCENARIOS[0];
    if (!scenario) throw new Error('no scenarios');
    expect(expectedCause(scenario, [{ kind: 'slow', delayMs: 1 }])).toBe('healthy');
    expect(expectedCause(scenario, [{ kind: 'expert-disabled' }])).toBe('error');
    expect(expectedCause(scenario, [{ kind: 'wrong-sudo-password' }])).toBe('error');
  });

  it('derives the connector view each scenario promises', () => {
    const view = (id: string) => {
      const { state } = buildDevice({ scenario: id });
      return connectorView(state, Date.now() + state.clockOffsetMs);
    };
    expect(view('healthy')).toMatchObject({
      running: true,
      registered: true,
      ipcConnected: true,
      session: { state: 'ESTABLISHED' },
    });
    expect(view('cloud-unreachable')).toMatchObject({ registered: true, session: { state: 'SYN_SENT' } });
    expect(view('connector-ipc-broken')).toMatchObject({ ipcConnected: false, session: { state: 'ESTABLISHED' } });
    expect(view('connector-not-running')).toMatchObject({ running: false, listeningPort: null });
    expect(view('device-not-registered')).toMatchObject({
      registered: false,
      session: null,
      api: { kind: 'not-registered' },
    });
    expect(view('connector-misconfigured')).toMatchObject({ registered: false, api: { kind: 'wrong-region' } });
    expect(view('proxy-interference').eventing).toMatchObject({ kind: 'proxy', behaviour: 'auth-required' });
    expect(view('clock-not-synchronized').eventing).toMatchObject({ kind: 'tls', reason: 'not-yet-valid' });
    expect(view('tls-interception').eventing).toMatchObject({ kind: 'tls', reason: 'unknown-authority' });
    expect(view('dns-not-configured').eventing).toMatchObject({ kind: 'dns', resolution: { kind: 'no-servers' } });
  });
});
