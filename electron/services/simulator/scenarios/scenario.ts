import type { CauseId } from '../../../../shared/model/cause';
import type { DeviceType } from '../../../../shared/model/device';
import type { PrerequisiteAnswers } from '../../../../shared/model/session';
import type { DeviceState } from '../state';

/**
 * A named way for the simulated device to be broken. It starts from a healthy state (for the chosen
 * device type and region) and changes a few fields; everything the commands print follows from those.
 */
export interface Scenario {
  /** Stable id; the main scenario of each cause carries the cause id itself (`--demo dns-not-configured`). */
  readonly id: string;
  readonly title: string;
  /** What is wrong, in words, and where it comes from (guide, bug id). */
  readonly description: string;
  /** The cause a correct diagnosis names first. */
  readonly expectedCause: CauseId;
  /** Device types the scenario exists for. */
  readonly deviceTypes: readonly DeviceType[];
  /** Answers to the prerequisite (FMC GUI) questions that go with it, for `--answers`. */
  readonly answers: PrerequisiteAnswers;
  /** Version to build the device with, when the scenario is about the version. */
  readonly version?: { readonly version: string; readonly build: string };
  /** Change the healthy state into this scenario's state. */
  apply(state: DeviceState): void;
}

/** Every prerequisite answered "as it should be". */
export const GOOD_ANSWERS: PrerequisiteAnswers = {
  cloudIntended: true,
  licenseNotEvaluation: true,
  smartLicensingDirect: true,
  cloudEventsEnabled: true,
};

export const BOTH: readonly DeviceType[] = ['ftd', 'fmc'];

/** A scenario for both device types with good answers unless it says otherwise. */
export const defineScenario = (
  spec: Omit<Scenario, 'deviceTypes' | 'answers'> & Partial<Pick<Scenario, 'deviceTypes' | 'answers'>>,
): Scenario => ({ deviceTypes: BOTH, answers: GOOD_ANSWERS, ...spec });

/** A scenario whose device is healthy and whose answers carry the cause. */
export const answerScenario = (
  id: Scenario['expectedCause'],
  title: string,
  description: string,
  answers: PrerequisiteAnswers,
): Scenario => ({
  id,
  title,
  description,
  expectedCause: id,
  deviceTypes: BOTH,
  answers: { ...GOOD_ANSWERS, ...answers },
  apply: () => undefined,
});
