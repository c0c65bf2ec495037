import { message } from '../../i18n/message';
import { parseShowManagers } from '../../parsers/show-managers';
import { textOf } from '../outputs';
import type { CheckDefinition, CommandSpec } from '../types';
import { unreadable } from '../verdict-kit';

const SHOW_MANAGERS: CommandSpec = { privilege: 'clish', command: 'show managers', timeoutMs: 15_000 };

/** The FMC side of registration and what to check on the way (TCP 8305 is sftunnel, Cisco doc 215540). */
const registerRemedy = {
  text: message('checks.device.managers.remedy.register'),
  command: 'configure manager add <FMC address> <registration key>',
};

/**
 * CLISH `show managers` (FTD only): `Registration : Completed` passes. Guide 000: each FTD asks its FMC for
 * the SSE registration token, so `Pending` or no manager at all is `device-not-registered`. `Managed locally.`
 * is an FDM-managed FTD, which enrols through FDM instead: information, not a failure (device-facts §1.4).
 */
export const deviceManagers: CheckDefinition = {
  id: 'device.managers',
  kind: 'probe',
  stage: 'connect',
  deviceTypes: ['ftd'],
  privilege: 'clish',
  dependsOn: ['ssh.connect'],
  commands: () => [SHOW_MANAGERS],
  evaluate: (outputs) => {
    const result = parseShowManagers(textOf(outputs, SHOW_MANAGERS));
    switch (result.kind) {
      case 'managed-locally':
        return { status: 'info', explanation: message('checks.device.managers.verdict.local') };
      case 'none':
        return {
          status: 'fail',
          explanation: message('checks.device.managers.verdict.none', { text: result.text }),
          supports: ['device-not-registered'],
          remedy: registerRemedy,
        };
      case 'managers': {
        const completed = result.managers.filter((m) => m.registration === 'completed');
        if (completed.length > 0) {
          const hosts = completed.map((m) => m.host).join(', ');
          return { status: 'pass', explanation: message('checks.device.managers.verdict.completed', { hosts }) };
        }
        const pending = result.managers.filter((m) => m.registration === 'pending');
        if (pending.length > 0) {
          return {
            status: 'fail',
            explanation: message('checks.device.managers.verdict.pending', {
              hosts: pending.map((m) => m.host).join(', '),
            }),
            supports: ['device-not-registered'],
            remedy: { text: message('checks.device.managers.remedy.pending') },
          };
        }
        const other = result.managers[0];
        return {
          status: 'inconclusive',
          explanation: message('checks.device.managers.verdict.unknownState', {
            hosts: result.managers.map((m) => m.host).join(', '),
            text: other?.registrationText ?? '',
          }),
        };
      }
      case 'unrecognized':
        return unreadable(SHOW_MANAGERS.command, result);
    }
  },
};
