import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { PrerequisiteAnswers } from '../../../shared/model/session';
import { UsageError } from '../io';

/**
 * `--answers FILE`: the prerequisite questions answered in JSON, either by the engine's names
 * (`{"cloudIntended": true}`) or by check id (`{"fmc.cloud-intended": true}`), whichever the
 * admin finds clearer. Anything else in the file is refused with the key named.
 */
const BY_CHECK_ID = {
  'fmc.cloud-intended': 'cloudIntended',
  'fmc.license-mode': 'licenseNotEvaluation',
  'fmc.smart-licensing-direct': 'smartLicensingDirect',
  'fmc.cloud-events': 'cloudEventsEnabled',
} as const;

const fileSchema = z.record(z.string(), z.boolean());

export const readAnswersFile = async (path: string): Promise<PrerequisiteAnswers> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--answers ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read'}.`);
  }
  let parsed: Record<string, boolean>;
  try {
    parsed = fileSchema.parse(JSON.parse(text));
  } catch {
    throw new UsageError(`--answers ${path}: not a JSON object of true/false answers.`);
  }
  const answers: Record<string, boolean> = {};
  const names = new Set<string>(Object.values(BY_CHECK_ID));
  for (const [key, value] of Object.entries(parsed)) {
    const name = names.has(key) ? key : BY_CHECK_ID[key as keyof typeof BY_CHECK_ID];
    if (!name) {
      throw new UsageError(
        `--answers ${path}: unknown question "${key}" (known: ${[...names, ...Object.keys(BY_CHECK_ID)].join(', ')}).`,
      );
    }
    answers[name] = value;
  }
  return answers as PrerequisiteAnswers;
};
