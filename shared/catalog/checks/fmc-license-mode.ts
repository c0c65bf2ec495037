import { questionCheck } from '../question';

/** Guide 000: "System > Licenses > Smart Licenses에서 평가 모드가 아닌지 확인합니다". */
export const fmcLicenseMode = questionCheck('fmc.license-mode', 'licenseNotEvaluation', 'license-evaluation-mode');
