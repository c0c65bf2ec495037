import { CAUSE_IDS, type CauseId } from '../../../../shared/model/cause';
import { FAULT_IMPACT, type Fault } from '../faults';
import { cloudRefused, cloudReset, cloudUnreachable } from './cloud-unreachable';
import { clockNotSynchronized } from './clock';
import {
  connectorIpcBroken,
  connectorMisconfigured,
  connectorMisconfiguredPort,
  connectorNotRunning,
} from './connector';
import { dnsNotConfigured, dnsResolutionFailed, dnsServerUnreachable } from './dns';
import {
  cloudIntegrationNotIntended,
  cloudServicesDisabled,
  licenseEvaluationMode,
  smartLicensingNotDirect,
} from './fmc-settings';
import { healthy } from './healthy';
import { proxyInterference, proxyUnreachable } from './proxy';
import { deviceNotRegistered, deviceWithoutManager } from './registration';
import type { Scenario } from './scenario';
import { tlsInterception } from './tls-interception';
import { unsupportedVersion } from './unsupported-version';

export type { Scenario } from './scenario';

/** Every scenario, the main one of each cause first in vocabulary order, then the variants. */
export const SCENARIOS: readonly Scenario[] = [
  healthy,
  cloudIntegrationNotIntended,
  licenseEvaluationMode,
  smartLicensingNotDirect,
  cloudServicesDisabled,
  unsupportedVersion,
  dnsNotConfigured,
  dnsResolutionFailed,
  cloudUnreachable,
  tlsInterception,
  connectorMisconfigured,
  connectorNotRunning,
  connectorIpcBroken,
  deviceNotRegistered,
  clockNotSynchronized,
  proxyInterference,
  dnsServerUnreachable,
  cloudRefused,
  cloudReset,
  connectorMisconfiguredPort,
  deviceWithoutManager,
  proxyUnreachable,
];

/** Causes of the vocabulary a device can show (all but `error`, which faults produce). */
export const SCENARIO_CAUSES: readonly CauseId[] = CAUSE_IDS.filter((id) => id !== 'error');

export const findScenario = (id: string): Scenario | undefined => SCENARIOS.find((s) => s.id === id);

/** The scenario a bare `--demo` uses: broken, and fixable live. */
export const DEFAULT_DEMO_SCENARIO = 'dns-not-configured';

/** The cause a correct diagnosis names first for this scenario under these faults. */
export const expectedCause = (scenario: Scenario, faults: readonly Fault[] = []): CauseId =>
  faults.some((fault) => FAULT_IMPACT[fault.kind] === 'fatal') ? 'error' : scenario.expectedCause;
