import type { DeviceDriver } from './driver';

/**
 * Firepower Threat Defense. Lands at `> `; on Firepower 4100/9300 an SSH to the module lands at
 * `Firepower-module1>` and needs `connect ftd` ("Connecting to ftd console... enter exit to
 * return to bootCLI": netmiko #1067, unicon fxos mock data). `expert`, then `sudo su -` as in
 * the Cisco FTD forensic guide; `sudo -i` as a fallback. A login never lands in bash.
 */
export const ftdDriver: DeviceDriver = {
  type: 'ftd',
  landingCommand: (prompt) => (/^Firepower-module\d+>\s*$/.test(prompt) ? 'connect ftd' : undefined),
  expertCommand: 'expert',
  rootCommands: ['sudo su -', 'sudo -i'],
  clishCommand: (fromClish) => (fromClish ? 'exit' : undefined),
};
