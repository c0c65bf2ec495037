import type { CheckDefinition } from '../types';

/**
 * `expert`, then `sudo su -` (guide 000: "루트 액세스 권한이 있는 Firepower CLI"). Performed by the
 * engine; failure (expert disabled, sudo refused) is `error` and stops the root checks.
 */
export const devicePrivilege: CheckDefinition = {
  id: 'device.privilege',
  kind: 'session',
  stage: 'connect',
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'root',
  dependsOn: ['ssh.connect'],
  commands: () => [],
  evaluate: () => {
    throw new Error('device.privilege is decided by the engine from the escalation itself');
  },
};
