import { answerScenario } from './scenario';

/**
 * The causes only the FMC GUI shows (guide 000 "클라우드 서비스가 활성화되었는지 확인", guide 004 scenario 1):
 * the device itself is healthy; the answers file says what is wrong.
 */
export const cloudIntegrationNotIntended = answerScenario(
  'cloud-integration-not-intended',
  'Cloud integration not wanted',
  'The admin does not use cloud integration, so the "Cisco Cloud Configuration - Failure" alert is expected (guide 004, scenario 1): turn it off in the health policy.',
  { cloudIntended: false },
);

export const licenseEvaluationMode = answerScenario(
  'license-evaluation-mode',
  'Smart licensing in evaluation mode',
  'System > Licenses > Smart Licenses shows Evaluation mode, which cloud integration does not support (guide 000).',
  { licenseNotEvaluation: false },
);

export const smartLicensingNotDirect = answerScenario(
  'smart-licensing-not-direct',
  'Smart licensing through a satellite',
  'System > Integration > Smart Software Satellite is not "Connect directly to Cisco Smart Software Manager"; air-gapped setups are unsupported (guide 000).',
  { smartLicensingDirect: false },
);

export const cloudServicesDisabled = answerScenario(
  'cloud-services-disabled',
  'Cisco Cloud Event Configuration off',
  'System > Integration > Cloud Services has Cisco Cloud Event Configuration turned off (guide 000).',
  { cloudEventsEnabled: false },
);
