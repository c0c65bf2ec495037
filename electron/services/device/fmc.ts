import type { DeviceDriver } from './driver';

/**
 * Firepower / Secure Firewall Management Center. 7.x lands at `> ` and `expert` gives
 * `admin@LAB-FMC76:~$`; an FMC whose CLI access is off lands straight in bash (Netshot's
 * Cisco_FirepowerMC.js accepts either, and types `clish` from bash to reach CLISH). Root via
 * `sudo su -` like the FTD, `sudo -i` as the vagner FMC transcripts show.
 */
export const fmcDriver: DeviceDriver = {
  type: 'fmc',
  landingCommand: () => undefined,
  expertCommand: 'expert',
  rootCommands: ['sudo su -', 'sudo -i'],
  clishCommand: (fromClish) => (fromClish ? 'exit' : 'clish'),
};
