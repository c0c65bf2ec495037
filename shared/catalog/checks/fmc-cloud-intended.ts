import { questionCheck } from '../question';

/** Guide 004, scenario 1: the alert is expected when cloud integration is not wanted. */
export const fmcCloudIntended = questionCheck('fmc.cloud-intended', 'cloudIntended', 'cloud-integration-not-intended');
