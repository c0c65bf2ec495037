import type { CheckId } from '../../../../shared/model/check';
import type { PrerequisiteAnswers } from '../../../../shared/model/session';

/**
 * The four FMC GUI questions of guide 000 ("클라우드 서비스가 활성화되었는지 확인") and guide 004
 * (scenario 1), in the order the wizard asks them, each with the answer it sets. The catalog's
 * question checks read the same answers (test/unit/renderer/session-questions.test.ts pins it).
 */
export const QUESTIONS: readonly {
  readonly id: Extract<CheckId, `fmc.${string}`>;
  readonly answer: keyof PrerequisiteAnswers;
}[] = [
  { id: 'fmc.cloud-intended', answer: 'cloudIntended' },
  { id: 'fmc.license-mode', answer: 'licenseNotEvaluation' },
  { id: 'fmc.smart-licensing-direct', answer: 'smartLicensingDirect' },
  { id: 'fmc.cloud-events', answer: 'cloudEventsEnabled' },
];
