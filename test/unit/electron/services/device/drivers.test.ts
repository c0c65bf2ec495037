import { describe, expect, it } from 'vitest';
import { DEVICE_TYPES } from '../../../../../shared/model/device';
import { DEVICE_DRIVERS, driverFor } from '../../../../../electron/services/device/drivers';

describe('device drivers', () => {
  it('has a driver for every device type, picked from the map', () => {
    for (const type of DEVICE_TYPES) expect(driverFor(type).type).toBe(type);
    expect(Object.keys(DEVICE_DRIVERS).sort()).toEqual([...DEVICE_TYPES].sort());
  });

  it('FTD: `connect ftd` at the FP4100/9300 module prompt only, never lands in bash', () => {
    const ftd = driverFor('ftd');
    expect(ftd.landingCommand('Firepower-module1>')).toBe('connect ftd');
    expect(ftd.landingCommand('Firepower-module2> ')).toBe('connect ftd');
    expect(ftd.landingCommand('firepower#')).toBeUndefined();
    expect(ftd.clishCommand(true)).toBe('exit');
    expect(ftd.clishCommand(false)).toBeUndefined();
  });

  it('FMC: reaches CLISH from a bash landing with `clish` (Netshot Cisco_FirepowerMC.js)', () => {
    const fmc = driverFor('fmc');
    expect(fmc.clishCommand(false)).toBe('clish');
    expect(fmc.clishCommand(true)).toBe('exit');
  });

  it('both escalate with `expert`, then `sudo su -`, falling back to `sudo -i`', () => {
    for (const type of DEVICE_TYPES) {
      expect(driverFor(type).expertCommand).toBe('expert');
      expect(driverFor(type).rootCommands).toEqual(['sudo su -', 'sudo -i']);
    }
  });
});
