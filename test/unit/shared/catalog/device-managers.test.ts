import { describe, expect, it } from 'vitest';
import { deviceManagers } from '../../../../shared/catalog/checks/device-managers';
import { fixture, runCheck, say } from '../../../helpers/check-harness';

const managers = (raw: string) => runCheck(deviceManagers, { 'show managers': raw }).verdict;

describe('device.managers (CLISH show managers, FTD)', () => {
  it('exists only on the FTD', () => {
    expect(deviceManagers.deviceTypes).toEqual(['ftd']);
  });

  it('passes "Registration : Completed", naming the manager (also one of an HA pair)', () => {
    const v = managers(fixture('ftd/show-managers/completed-7-4-2'));
    expect(v.status).toBe('pass');
    expect(say(v.explanation)).toContain('192.168.0.40');
    expect(managers(fixture('ftd/show-managers/two-managers-ha')).status).toBe('pass');
    expect(managers(fixture('ftd/show-managers/completed-6x-short')).status).toBe('pass');
  });

  it('fails Pending as device-not-registered, explaining the token comes from the FMC', () => {
    const v = managers(fixture('ftd/show-managers/pending-7-4-2'));
    expect(v).toMatchObject({ status: 'fail', supports: ['device-not-registered'] });
    expect(say(v.explanation)).toMatch(/Pending.*registration token from its FMC/);
    expect(say(v.remedy!.text)).toContain('8305');
  });

  it('fails "No managers configured." as device-not-registered, with the configure manager add command', () => {
    const v = managers(fixture('ftd/show-managers/no-managers-configured'));
    expect(v).toMatchObject({ status: 'fail', supports: ['device-not-registered'] });
    expect(v.remedy?.command).toBe('configure manager add <FMC address> <registration key>');
  });

  it('says "Managed locally." is FDM, as information without a cause', () => {
    const v = managers(fixture('ftd/show-managers/managed-locally'));
    expect(v.status).toBe('info');
    expect(v.supports).toBeUndefined();
    expect(say(v.explanation, 'ko')).toContain('FDM');
  });

  it('is inconclusive on a cut-off Registration value, a missing Registration line, garbage and empty output', () => {
    expect(managers(fixture('ftd/show-managers/registration-cut-short')).status).toBe('inconclusive');
    expect(managers(fixture('ftd/show-managers/truncated-no-registration')).status).toBe('inconclusive');
    expect(managers('%%%% \u0007\u0007 nothing here').status).toBe('inconclusive');
    expect(managers('').status).toBe('inconclusive');
  });

  it('is an error when CLISH refuses the command', () => {
    expect(managers('> show managers\nSyntax error: Illegal command line\n').status).toBe('error');
  });
});
