import { message } from '../i18n/message';
import type { CauseId } from '../model/cause';
import type { CheckId } from '../model/check';
import type { PrerequisiteAnswers } from '../model/session';
import type { CheckDefinition } from './types';

/**
 * A prerequisite the product cannot read over SSH (an FMC GUI setting): the admin answers it.
 * "yes" passes, "no" fails with the cause and the fix, no answer is `skip`.
 */
export const questionCheck = (
  id: Extract<CheckId, `fmc.${string}`>,
  answer: keyof PrerequisiteAnswers,
  cause: CauseId,
): CheckDefinition => ({
  id,
  kind: 'question',
  stage: 'prerequisites',
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'none',
  dependsOn: [],
  commands: () => [],
  evaluate: (_outputs, env) => {
    const value = env.answers[answer];
    if (value === undefined) return { status: 'skip', explanation: message('engine.skipped.unanswered') };
    if (value) return { status: 'pass', explanation: message(`checks.${id}.yes`) };
    return {
      status: 'fail',
      explanation: message(`checks.${id}.no`),
      supports: [cause],
      remedy: { text: message(`checks.${id}.remedy`) },
    };
  },
});
