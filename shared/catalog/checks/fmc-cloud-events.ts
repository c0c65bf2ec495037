import { questionCheck } from '../question';

/** Guide 000: System > Integration > Cloud Services, Cisco Cloud Event Configuration on. */
export const fmcCloudEvents = questionCheck('fmc.cloud-events', 'cloudEventsEnabled', 'cloud-services-disabled');
