import { devicePrivilege } from './checks/device-privilege';
import { fmcCloudEvents } from './checks/fmc-cloud-events';
import { fmcCloudIntended } from './checks/fmc-cloud-intended';
import { fmcLicenseMode } from './checks/fmc-license-mode';
import { fmcSmartLicensingDirect } from './checks/fmc-smart-licensing-direct';
import { sshConnect } from './checks/ssh-connect';
import type { CheckDefinition } from './types';

/**
 * Every check, in wizard order. Adding a check is one file in checks/ and one line here;
 * test/unit/shared/catalog checks that every id of CHECK_IDS appears exactly once.
 */
export const CATALOG: readonly CheckDefinition[] = [
  sshConnect,
  devicePrivilege,
  fmcCloudIntended,
  fmcLicenseMode,
  fmcSmartLicensingDirect,
  fmcCloudEvents,
];
