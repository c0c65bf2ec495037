import type { DeviceType } from '../../../shared/model/device';

/**
 * Who the simulated device is, and every string that depends on it: the login banner, the
 * `show version` model line, `/etc/sf/sf-version`, and which curl/BIND/Go wording it prints.
 * Shapes follow device-facts.md §1.1 and §1.4 (unicon fp2k mock, narc #24, vagner READMEs, gbn nasl).
 */
export type Platform = 'virtual' | 'chassis-module';

export interface DeviceIdentity {
  readonly type: DeviceType;
  /** Dotted version, e.g. `7.2.5`. */
  readonly version: string;
  readonly build: string;
  readonly platform: Platform;
  readonly hostname: string;
  readonly uuid: string;
}

/** Which generation of tool wording the device prints (curl 7.44/old BIND vs curl 7.88/BIND 9.18). */
export type ToolFlavour = 'legacy' | 'modern';

const parts = (version: string): number[] => version.split('.').map((p) => Number.parseInt(p, 10) || 0);

/** True when `version` ≥ `min` (dotted, numeric per part). */
export const versionAtLeast = (version: string, min: string): boolean => {
  const a = parts(version);
  const b = parts(min);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
};

/** The SSE Connector exists from 6.4 (guide 000, "소프트웨어 버전 6.4.0 이상"). */
export const hasSseConnector = (identity: DeviceIdentity): boolean => versionAtLeast(identity.version, '6.4.0');

/** 7.4+ names the products "Secure Firewall" where older versions say "Firepower" (PRODUCT.md, device facts). */
export const usesSecureFirewallNaming = (identity: DeviceIdentity): boolean =>
  identity.platform === 'virtual' && versionAtLeast(identity.version, '7.4.0');

/** Old FTDs (6.x, 7.0–7.3) ship curl 7.44 (seed 004 `User-Agent: curl/7.44.0`); 7.4+ a modern curl. */
export const toolFlavour = (identity: DeviceIdentity): ToolFlavour =>
  versionAtLeast(identity.version, '7.4.0') ? 'modern' : 'legacy';

/** Go before 1.10ish wrapped connect errors as `getsockopt:` (seed 000); newer Go says `connect:`. */
export const goErrorStyle = (identity: DeviceIdentity): 'getsockopt' | 'connect' =>
  versionAtLeast(identity.version, '7.0.0') ? 'connect' : 'getsockopt';

export const curlVersion = (identity: DeviceIdentity): string =>
  toolFlavour(identity) === 'modern' ? '7.88.1' : '7.44.0';

const vmware = (identity: DeviceIdentity): string => (versionAtLeast(identity.version, '7.0.0') ? 'VMware' : 'VMWare');

/** The product name without version: `Cisco Firepower Threat Defense for VMware`, `Cisco Secure Firewall …`. */
export const productName = (identity: DeviceIdentity): string => {
  if (identity.platform === 'chassis-module') return 'Cisco Firepower 4110 Threat Defense';
  const brand = usesSecureFirewallNaming(identity) ? 'Cisco Secure Firewall' : 'Cisco Firepower';
  const product = identity.type === 'ftd' ? 'Threat Defense' : 'Management Center';
  return `${brand} ${product} for ${vmware(identity)}`;
};

/** Model numbers `show version` prints in parentheses (75 FTDv, 76 FP4110, 66 FMCv — narc #24, gbn nasl). */
const modelNumber = (identity: DeviceIdentity): number =>
  identity.type === 'fmc' ? 66 : identity.platform === 'chassis-module' ? 76 : 75;

/** `Cisco Firepower Threat Defense for VMware (75) Version 7.2.5 (Build 208)`. */
export const modelLine = (identity: DeviceIdentity): string =>
  `${productName(identity)} (${modelNumber(identity)}) Version ${identity.version} (Build ${identity.build})`;

/** FX-OS release shipped with each FTD train (device facts: FTDv 7.4.1 → FX-OS v2.14.1 build 131). */
const FXOS: Readonly<Record<string, string>> = {
  '6.6': 'v2.8.1 (build 105)',
  '6.7': 'v2.9.1 (build 131)',
  '7.0': 'v2.10.1 (build 175)',
  '7.1': 'v2.11.1 (build 154)',
  '7.2': 'v2.12.0 (build 499)',
  '7.3': 'v2.13.0 (build 212)',
  '7.4': 'v2.14.1 (build 131)',
  '7.6': 'v2.16.0 (build 113)',
};

/** The OS line of the banner: FX-OS on 6.6+ FTDs, Fire Linux on FMCs and older FTDs (netmiko #1067, gbn nasl). */
export const osLine = (identity: DeviceIdentity): string => {
  const train = parts(identity.version).slice(0, 2).join('.');
  const fxos = FXOS[train];
  if (identity.type === 'ftd' && fxos) return `Cisco Firepower Extensible Operating System (FX-OS) ${fxos}`;
  return `Cisco Fire Linux OS v${identity.version} (build ${Math.max(1, Number(identity.build) % 97)})`;
};

/** `Cisco Firepower Threat Defense for VMware v7.2.5 (build 208)` (banner, /etc/sf/sf-version). */
export const productVersionLine = (identity: DeviceIdentity): string =>
  `${productName(identity)} v${identity.version} (build ${identity.build})`;

/** The copyright line's last year follows the release year of each train. */
const COPYRIGHT_YEAR: Readonly<Record<string, number>> = {
  '6.2': 2018,
  '6.3': 2018,
  '6.4': 2019,
  '6.5': 2019,
  '6.6': 2020,
  '6.7': 2020,
  '7.0': 2021,
  '7.1': 2022,
  '7.2': 2022,
  '7.3': 2023,
  '7.4': 2023,
  '7.6': 2024,
};
const copyrightYear = (identity: DeviceIdentity): number =>
  COPYRIGHT_YEAR[parts(identity.version).slice(0, 2).join('.')] ?? 2024;

export interface LoginRecord {
  readonly count: number;
  readonly lastAt?: number;
  readonly lastFrom?: string;
}

/**
 * The text after a successful login, up to (not including) the prompt. Shape of the unicon FP2110
 * mock (device facts §1.1): login counters, the copyright block, the OS line and the product line.
 */
export const loginBanner = (
  identity: DeviceIdentity,
  login: LoginRecord,
  formatDate: (ms: number) => string,
): string => {
  const lines: string[] = [];
  if (login.lastAt !== undefined && login.lastFrom)
    lines.push(`Last login: ${formatDate(login.lastAt)} from ${login.lastFrom}`);
  lines.push(`Successful login attempts for user 'admin' : ${login.count}`);
  if (identity.platform === 'chassis-module') {
    lines.push('', '      Cisco Security Services Platform', '    Type ? for list of commands', '');
    return lines.join('\n');
  }
  lines.push(
    '',
    `Copyright 2004-${copyrightYear(identity)}, Cisco and/or its affiliates. All rights reserved. `,
    'Cisco is a registered trademark of Cisco Systems, Inc. ',
    'All other trademarks are property of their respective owners.',
    '',
    osLine(identity),
    productVersionLine(identity),
    '',
    '',
  );
  return lines.join('\n');
};

/** Rules/LSP/VDB lines of `show version` (LSP replaces the SRU line from 7.0, device facts §1.4). */
export const contentVersions = (identity: DeviceIdentity): readonly (readonly [string, string])[] =>
  versionAtLeast(identity.version, '7.0.0')
    ? [
        ['LSP version', 'lsp-rel-20231011-1536'],
        ['VDB version', '376'],
      ]
    : [
        ['Rules update version', '2019-08-12-001-vrt'],
        ['VDB version', '309'],
      ];
