import { toLines } from './normalize';
import { readProductLines } from './sf-version';
import type { VersionResult } from './show-version';
import { unrecognized } from './unrecognized';

/**
 * The SSH login banner (text before the first prompt) — a first look at the device for `device.version`.
 *
 *   Cisco Firepower Threat Defense for VMware v7.4.1 (build 172)
 *
 * Sources: device-facts §1.1 (unicon fp2k mock: "Cisco Firepower Extensible Operating System (FX-OS) v6.8.0
 * (build 347)" / "Cisco Firepower 2110 Threat Defense v6.8.0 (build 1751)"; FTDv 7.4.1 "for VMware"; netmiko
 * #1067 "Cisco Fire Linux OS v6.2.3 (build 13)"; FMC 7.6 "Cisco Secure Firewall Management Center for VMware
 * v7.6.0 (build 113)"). Other banner lines (Last login, copyright) are ignored.
 */
export const parseLoginBanner = (raw: string): VersionResult => {
  const lines = toLines(raw);
  if (lines.length === 0) return unrecognized('empty', 'no banner');
  return readProductLines(lines, 'login-banner');
};
