import { describe, expect, it } from 'vitest';
import { defaultReportFileName } from '../../../../shared/report/file-name';
import { healthySession } from '../../../helpers/session-fixtures';

describe('defaultReportFileName', () => {
  it('names the device and the session start (UTC), with the format’s extension', () => {
    expect(defaultReportFileName(healthySession(), 'pdf')).toBe('cloud-doctor_ftd01_2026-03-14_0921.pdf');
    expect(defaultReportFileName(healthySession(), 'md')).toBe('cloud-doctor_ftd01_2026-03-14_0921.md');
  });

  it('is safe on Windows, macOS and Linux whatever the device calls itself', () => {
    const base = healthySession();
    const names = ['FTD:01/лаб\\"*?<>| ', 'CON', '..', '2001:db8::1', '방화벽-01', 'a'.repeat(200)].map((hostname) =>
      defaultReportFileName({ ...base, device: { ...base.device, hostname } }, 'json'),
    );
    for (const name of names) {
      expect(name).toMatch(/^cloud-doctor_[A-Za-z0-9._-]+_2026-03-14_0921\.json$/);
      expect(name.length).toBeLessThanOrEqual(80);
    }
    expect(names[0]).toBe('cloud-doctor_FTD-01_2026-03-14_0921.json');
    expect(names[3]).toBe('cloud-doctor_2001-db8-1_2026-03-14_0921.json');
    expect(names[4]).toBe('cloud-doctor_01_2026-03-14_0921.json');
  });

  it('falls back to the host, then the device type, and gives nothing away when names are masked', () => {
    const base = healthySession();
    const { hostname: _hostname, ...unnamed } = base.device;
    expect(defaultReportFileName({ ...base, device: unnamed }, 'txt')).toBe('cloud-doctor_192.0.2.10_2026-03-14_0921.txt');
    expect(defaultReportFileName(base, 'pdf', { hostnames: true })).toBe('cloud-doctor_ftd_2026-03-14_0921.pdf');
    expect(defaultReportFileName(base, 'pdf', { addresses: true })).toBe('cloud-doctor_ftd_2026-03-14_0921.pdf');
  });
});
