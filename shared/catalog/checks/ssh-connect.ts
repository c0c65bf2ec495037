import type { CheckDefinition } from '../types';

/** PRODUCT.md, Connect stage: SSH login with the host key verified. Performed by the engine itself. */
export const sshConnect: CheckDefinition = {
  id: 'ssh.connect',
  kind: 'session',
  stage: 'connect',
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'none',
  dependsOn: [],
  commands: () => [],
  evaluate: () => {
    throw new Error('ssh.connect is decided by the engine from the login itself');
  },
};
