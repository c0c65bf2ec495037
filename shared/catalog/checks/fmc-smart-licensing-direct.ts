import { questionCheck } from '../question';

/** Guide 000: Smart Software Satellite must connect directly; air-gapped is unsupported. */
export const fmcSmartLicensingDirect = questionCheck(
  'fmc.smart-licensing-direct',
  'smartLicensingDirect',
  'smart-licensing-not-direct',
);
