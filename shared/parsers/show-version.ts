import { findField, parseClishDocument, type ClishSection } from './clish-fields';
import { toLines } from './normalize';
import { classifyProduct, type Branding, type DeviceFamily } from './product-name';
import { rejectEmptyOrFailed, unrecognized, type Unrecognized } from './unrecognized';

/**
 * `show version` (CLISH, FTD and FMC) — check `device.version`.
 *
 *   ---------------------[ fdm65 ]----------------------
 *   Model                     : Cisco Firepower Threat Defense for VMWare (75) Version 6.5.0 (Build 115)
 *
 * Sources: device-facts §1.4 (narc issue #24; unicon fp2k mock "Cisco Firepower 2110 Threat Defense (77)";
 * 7.6 "Cisco Secure Firewall 1210CE Threat Defense (86) Version 7.6.0 (Build 113)"; FMC "Cisco Firepower
 * Management Center for VMWare (66) Version 6.6.1 (Build 91)"); hostname from the `--[ host ]--` header.
 * On FTD the Firepower block may be followed by the ASA (LINA) `show version` text, which is ignored.
 */

/** Where the version facts were read. */
export type VersionSource = 'show-version' | 'sf-version' | 'login-banner';

/** The operating system under the product (FX-OS or Fire Linux), from the banner or sf-version. */
export interface OperatingSystemVersion {
  readonly name: string;
  readonly version: string;
  readonly build: number;
}

/**
 * The device's product and software version, from any of the three sources. `version` is dotted digits
 * (`6.2.3.3`); compare it with `isVersionAtLeast` (≥ 6.4.0 for the SSE Connector).
 */
export interface VersionFacts {
  readonly kind: 'version';
  readonly source: VersionSource;
  readonly family: DeviceFamily;
  readonly branding: Branding;
  /** The product as printed: `Cisco Firepower Threat Defense for VMWare`. */
  readonly product: string;
  /** The number in parentheses after the product in `show version` (`(75)`), a platform id. */
  readonly platformId?: number;
  readonly version: string;
  readonly build?: number;
  /** From the `--[ host ]--` header of `show version`. */
  readonly hostname?: string;
  readonly uuid?: string;
  readonly vdbVersion?: string;
  readonly lspVersion?: string;
  readonly rulesUpdateVersion?: string;
  readonly os?: OperatingSystemVersion;
}

/** `parseShowVersion`, `parseSfVersion` and `parseLoginBanner` all return this. */
export type VersionResult = VersionFacts | Unrecognized;

const modelLine = /^(.*?)\s*(?:\((\d+)\)\s*)?Version\s+(\d+(?:\.\d+)+)\s*\(Build\s+(\d+)\)\s*$/i;

const optional = (section: ClishSection, ...names: string[]): string | undefined => {
  const value = findField(section, ...names)?.value;
  return value ? value : undefined;
};

/** Parses `show version`; a Model line ending in `Version X (Build N)` of a Firepower product is decisive. */
export const parseShowVersion = (raw: string): VersionResult => {
  const lines = toLines(raw);
  const rejected = rejectEmptyOrFailed(lines);
  if (rejected) return rejected;
  const doc = parseClishDocument(lines);
  const section = doc.sections.find((s) => findField(s, 'Model'));
  const model = findField(section, 'Model');
  if (!section || !model) return unrecognized('unknown-format', 'no "Model :" line');
  const m = modelLine.exec(model.value);
  if (!m) {
    return /Version\s+\d/i.test(model.value)
      ? unrecognized('truncated', 'the Model line does not end in "Version X (Build N)"')
      : unrecognized('unknown-format', 'the Model line has no version');
  }
  const product = (m[1] ?? '').trim();
  const name = classifyProduct(product);
  if (!name) return unrecognized('unknown-format', `not a Firepower or Secure Firewall product: ${product}`);
  const hostname = section.rule === '-' && section.title ? section.title : undefined;
  const facts: VersionFacts = {
    kind: 'version',
    source: 'show-version',
    ...name,
    product,
    ...(m[2] ? { platformId: Number(m[2]) } : {}),
    version: m[3] ?? '',
    build: Number(m[4]),
    ...(hostname ? { hostname } : {}),
  };
  const uuid = optional(section, 'UUID');
  const vdb = optional(section, 'VDB version');
  const lsp = optional(section, 'LSP version');
  const rules = optional(section, 'Rules update version');
  return {
    ...facts,
    ...(uuid ? { uuid } : {}),
    ...(vdb ? { vdbVersion: vdb } : {}),
    ...(lsp ? { lspVersion: lsp } : {}),
    ...(rules ? { rulesUpdateVersion: rules } : {}),
  };
};
