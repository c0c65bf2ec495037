/**
 * Dotted version numbers (`6.4.0`, `6.2.3.3`, `7.4.1`) compared numerically, field by field; a missing
 * field counts as 0, so `6.4` equals `6.4.0`.
 */

/** The SSE Connector exists from 6.4.0 (guide 000, "소프트웨어 버전 6.4.0 이상의 FMC/FTD"). */
export const SSE_CONNECTOR_MIN_VERSION = '6.4.0';

/** The numeric fields of a dotted version, or undefined when it is not one. */
export const parseVersionNumber = (version: string): readonly number[] | undefined =>
  /^\d+(?:\.\d+)*$/.test(version.trim()) ? version.trim().split('.').map(Number) : undefined;

/** -1, 0 or 1 as `a` is lower than, equal to or higher than `b`; undefined when either is not a version. */
export const compareVersions = (a: string, b: string): -1 | 0 | 1 | undefined => {
  const x = parseVersionNumber(a);
  const y = parseVersionNumber(b);
  if (!x || !y) return undefined;
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
};

/** True when `version` is at least `minimum` (default 6.4.0); false when lower or not a version. */
export const isVersionAtLeast = (version: string, minimum: string = SSE_CONNECTOR_MIN_VERSION): boolean => {
  const order = compareVersions(version, minimum);
  return order !== undefined && order >= 0;
};
