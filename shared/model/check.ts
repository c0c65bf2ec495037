/**
 * Stages of the guided session, in wizard order (PRODUCT.md, "The guided session").
 * `summary` has no checks of its own; it shows the diagnosis.
 */
export const STAGE_IDS = ['connect', 'prerequisites', 'dns', 'cloud', 'connector', 'summary'] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** Stable check ids: the JSON report, the tests and the UI all use them. */
export const CHECK_IDS = [
  'ssh.connect',
  'device.version',
  'device.managers',
  'time.ntp',
  'device.privilege',
  'fmc.cloud-intended',
  'fmc.license-mode',
  'fmc.smart-licensing-direct',
  'fmc.cloud-events',
  'dns.servers',
  'network.proxy',
  'dns.resolve',
  'cloud.https',
  'cloud.ports',
  'connector.properties',
  'connector.process',
  'connector.ipc',
  'connector.cloud-session',
  'connector.context',
  'connector.log',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** Where a command runs: the CLISH `>` prompt, bash as admin after `expert`, or root after `sudo su -`. */
export const PRIVILEGES = ['none', 'clish', 'expert', 'root'] as const;
export type Privilege = (typeof PRIVILEGES)[number];
