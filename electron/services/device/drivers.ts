import type { DeviceType } from '../../../shared/model/device';
import type { DeviceDriver } from './driver';
import { fmcDriver } from './fmc';
import { ftdDriver } from './ftd';

/** The supported device types and their drivers (Netmiko's dispatcher: one entry per platform). */
export const DEVICE_DRIVERS: Readonly<Record<DeviceType, DeviceDriver>> = { ftd: ftdDriver, fmc: fmcDriver };

export const driverFor = (type: DeviceType): DeviceDriver => DEVICE_DRIVERS[type];
