import { toLines } from './normalize';
import { classifyProduct, isOperatingSystemLine, parseProductLine } from './product-name';
import type { OperatingSystemVersion, VersionResult } from './show-version';
import { rejectEmptyOrFailed, unrecognized } from './unrecognized';

/**
 * `cat /etc/sf/sf-version` (expert or root, FMC) — check `device.version` when the FMC has no CLISH.
 *
 *   Cisco Firepower Management Center for VMWare v6.4.0 (build 102)
 *
 * Source: device-facts §1.4 (qweasader/gbn `gb_cisco_firepower_management_center_ssh_detect.nasl`:
 * "Cisco Firepower Management Center for VMWare v6.4.0 (build 102) / Cisco Fire Linux OS v6.4.0 (build 2)").
 */

/** Reads the product line (and the OS line, when present) out of lines shaped `Cisco … vX (build N)`. */
export const readProductLines = (lines: readonly string[], source: 'sf-version' | 'login-banner'): VersionResult => {
  let os: OperatingSystemVersion | undefined;
  for (const line of lines) {
    const parsed = parseProductLine(line);
    if (!parsed) continue;
    if (isOperatingSystemLine(line)) {
      os ??= { name: parsed.product.replace(/^Cisco\s+/i, ''), version: parsed.version, build: parsed.build };
    }
  }
  for (const line of lines) {
    const parsed = parseProductLine(line);
    if (!parsed || isOperatingSystemLine(line)) continue;
    const name = classifyProduct(parsed.product);
    if (!name) continue;
    return {
      kind: 'version',
      source,
      ...name,
      product: parsed.product,
      version: parsed.version,
      build: parsed.build,
      ...(os ? { os } : {}),
    };
  }
  return lines.some((line) => /\bv\d+\.\d+/.test(line) && /Cisco/i.test(line))
    ? unrecognized('unknown-format', 'no Firepower product line ending in "vX (build N)"')
    : unrecognized('unknown-format', 'no "Cisco … vX (build N)" line');
};

/** Parses the content of `/etc/sf/sf-version`. */
export const parseSfVersion = (raw: string): VersionResult => {
  const lines = toLines(raw);
  return rejectEmptyOrFailed(lines) ?? readProductLines(lines, 'sf-version');
};
