import { cloudHttps } from './checks/cloud-https';
import { cloudPorts } from './checks/cloud-ports';
import { connectorCloudSession } from './checks/connector-cloud-session';
import { connectorContext } from './checks/connector-context';
import { connectorIpc } from './checks/connector-ipc';
import { connectorLog } from './checks/connector-log';
import { connectorProcess } from './checks/connector-process';
import { connectorProperties } from './checks/connector-properties';
import { deviceManagers } from './checks/device-managers';
import { devicePrivilege } from './checks/device-privilege';
import { deviceVersion } from './checks/device-version';
import { dnsResolve } from './checks/dns-resolve';
import { dnsServers } from './checks/dns-servers';
import { fmcCloudEvents } from './checks/fmc-cloud-events';
import { fmcCloudIntended } from './checks/fmc-cloud-intended';
import { fmcLicenseMode } from './checks/fmc-license-mode';
import { fmcSmartLicensingDirect } from './checks/fmc-smart-licensing-direct';
import { networkProxy } from './checks/network-proxy';
import { sshConnect } from './checks/ssh-connect';
import { timeNtp } from './checks/time-ntp';
import type { CheckDefinition } from './types';

/**
 * Every check, in wizard order (PRODUCT.md's table). Adding a check is one file in checks/ and one line here;
 * test/unit/shared/catalog/catalog.test.ts checks that every id of CHECK_IDS appears exactly once, in stage
 * order, and that each depends only on checks listed before it.
 */
export const CATALOG: readonly CheckDefinition[] = [
  sshConnect,
  deviceVersion,
  deviceManagers,
  timeNtp,
  devicePrivilege,
  fmcCloudIntended,
  fmcLicenseMode,
  fmcSmartLicensingDirect,
  fmcCloudEvents,
  dnsServers,
  networkProxy,
  dnsResolve,
  cloudHttps,
  cloudPorts,
  connectorProperties,
  connectorProcess,
  connectorIpc,
  connectorCloudSession,
  connectorContext,
  connectorLog,
];
