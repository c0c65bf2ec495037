import { describe, expect, it } from 'vitest';
import { compareVersions, isVersionAtLeast, parseVersionNumber } from '../../../../shared/parsers/version-compare';

describe('version compare', () => {
  it('compares field by field as numbers, a missing field counting as 0', () => {
    expect(compareVersions('6.4.0', '6.4')).toBe(0);
    expect(compareVersions('6.10.0', '6.4.0')).toBe(1);
    expect(compareVersions('6.2.3.3', '6.4.0')).toBe(-1);
    expect(compareVersions('7.4.1', '7.4.1.1')).toBe(-1);
  });

  it('says whether a device has the SSE Connector (6.4.0 and later)', () => {
    expect(isVersionAtLeast('6.4.0')).toBe(true);
    expect(isVersionAtLeast('7.6.4')).toBe(true);
    expect(isVersionAtLeast('6.3.0.5')).toBe(false);
  });

  it('refuses what is not a dotted version instead of guessing', () => {
    expect(parseVersionNumber('7.4.1 (Build 172)')).toBeUndefined();
    expect(compareVersions('seven', '6.4.0')).toBeUndefined();
    expect(isVersionAtLeast('')).toBe(false);
  });
});
