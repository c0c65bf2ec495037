/**
 * What a Cisco product string says about the device, shared by `show version`, `/etc/sf/sf-version` and the
 * login banner. 7.4+ says "Secure Firewall" where older versions say "Firepower" (device-facts §1.4: netmiko's
 * autodetect and Netshot's FMC regex key on "Cisco Firepower" only and would miss the new naming).
 */

/** `ftd` = Threat Defense, `fmc` = Management Center (Defense Center before 6.0), `sensor` = any other Firepower (SFR module, NGIPS). */
export type DeviceFamily = 'ftd' | 'fmc' | 'sensor';

/** The product line's branding: "Cisco Firepower …" (up to 7.3) or "Cisco Secure Firewall …" (7.4+). */
export type Branding = 'firepower' | 'secure-firewall';

/** What a product string says: device family and branding. */
export interface ProductName {
  readonly family: DeviceFamily;
  readonly branding: Branding;
}

/** Family and branding of a product string, or undefined when it is no Firepower/Secure Firewall product. */
export const classifyProduct = (product: string): ProductName | undefined => {
  const branding: Branding | undefined = /secure\s+firewall/i.test(product)
    ? 'secure-firewall'
    : /fire\s?power/i.test(product)
      ? 'firepower'
      : undefined;
  if (!branding) return undefined;
  const family: DeviceFamily = /threat\s+defen[cs]e/i.test(product)
    ? 'ftd'
    : /management\s+cent(?:er|re)|defen[cs]e\s+center/i.test(product)
      ? 'fmc'
      : 'sensor';
  return { family, branding };
};

/** Lines that name the operating system under the product, not the product (banner and sf-version). */
export const isOperatingSystemLine = (line: string): boolean =>
  /Fire Linux OS|Extensible Operating System|\bFX-OS\b/i.test(line);

/** A product line `Cisco … v7.4.1 (build 172)` (banner, sf-version): its parts, or undefined. */
export const parseProductLine = (
  line: string,
): { readonly product: string; readonly version: string; readonly build: number } | undefined => {
  const m = /^\s*(Cisco\b.*?)\s+v(\d+(?:\.\d+)+)\s+\(build\s+(\d+)\)\s*$/i.exec(line);
  return m ? { product: (m[1] ?? '').trim(), version: m[2] ?? '', build: Number(m[3]) } : undefined;
};
