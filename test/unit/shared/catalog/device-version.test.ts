import { describe, expect, it } from 'vitest';
import { deviceVersion } from '../../../../shared/catalog/checks/device-version';
import type { CommandOutput } from '../../../../shared/catalog/types';
import { env, fixture, output, runCheck, say } from '../../../helpers/check-harness';

const show = (raw: string) => ({ 'show version': raw });

describe('device.version (CLISH show version)', () => {
  it('passes 6.4.0 and later, and reports model, version, build and hostname as device facts', () => {
    const { verdict } = runCheck(deviceVersion, show(fixture('ftd/show-version/fdm65-vmware-6-5')));
    expect(verdict.status).toBe('pass');
    expect(verdict.deviceFacts).toEqual({
      model: 'Cisco Firepower Threat Defense for VMWare',
      version: '6.5.0',
      build: '115',
      hostname: 'fdm65',
    });
    expect(say(verdict.explanation)).toContain('version 6.5.0 (build 115)');
    expect(say(verdict.explanation, 'ko')).toContain('6.5.0');
  });

  it('reads 7.4+ "Secure Firewall" naming', () => {
    const { verdict } = runCheck(deviceVersion, show(fixture('ftd/show-version/secure-firewall-1210ce-7-6')));
    expect(verdict.status).toBe('pass');
    expect(verdict.deviceFacts?.version).toBe('7.6.0');
  });

  it('fails a version before 6.4.0 as unsupported-version, with the upgrade remedy', () => {
    const { verdict } = runCheck(deviceVersion, show(fixture('ftd/show-version/fp4110-6-2-3-unsupported')));
    expect(verdict).toMatchObject({
      status: 'fail',
      supports: ['unsupported-version'],
      deviceFacts: { version: '6.2.3.3' },
    });
    expect(say(verdict.explanation)).toMatch(/6\.2\.3\.3.*only from 6\.4\.0/);
    expect(say(verdict.remedy!.text)).toContain('6.4.0');
  });

  it('warns when the device is the other type than the profile says', () => {
    const { verdict } = runCheck(
      deviceVersion,
      show(fixture('fmc/show-version/fmc-vmware-6-6-1')),
      env({ deviceType: 'ftd' }),
    );
    expect(verdict.status).toBe('warn');
    expect(say(verdict.explanation)).toMatch(/This device is FMC .* the profile says FTD/);
  });

  it('on an FMC whose CLISH output is not understood, reads /etc/sf/sf-version instead', () => {
    const run = runCheck(
      deviceVersion,
      {
        'show version': fixture('ftd/show-version/cli-syntax-error'),
        'cat /etc/sf/sf-version': fixture('fmc/sf-version/vmware-6-4-0'),
      },
      env({ deviceType: 'fmc' }),
    );
    expect(run.commands).toEqual(['show version', 'cat /etc/sf/sf-version']);
    expect(run.verdict).toMatchObject({ status: 'pass', deviceFacts: { version: '6.4.0', build: '102' } });
  });

  it('does not fall back on an FTD, and does not when CLISH answered', () => {
    expect(runCheck(deviceVersion, show(fixture('ftd/show-version/truncated-model-line'))).commands).toEqual([
      'show version',
    ]);
    const fmc = runCheck(
      deviceVersion,
      show(fixture('fmc/show-version/secure-firewall-fmc-7-4-1')),
      env({ deviceType: 'fmc' }),
    );
    expect(fmc.commands).toEqual(['show version']);
    expect(fmc.verdict.status).toBe('pass');
  });

  it('is inconclusive on a cut-off Model line, garbage, and an ASA; error when CLISH refuses the command', () => {
    expect(runCheck(deviceVersion, show(fixture('ftd/show-version/truncated-model-line'))).verdict.status).toBe(
      'inconclusive',
    );
    expect(runCheck(deviceVersion, show('\u0000\u00ff\u001b[2J garbage ###')).verdict.status).toBe('inconclusive');
    const asa = runCheck(deviceVersion, show(fixture('ftd/show-version/asa-not-firepower'))).verdict;
    expect(asa.status).toBe('inconclusive');
    const refused = runCheck(deviceVersion, show(fixture('ftd/show-version/cli-syntax-error'))).verdict;
    expect(refused.status).toBe('error');
    expect(say(refused.explanation)).toContain('Syntax error');
  });

  it('reports the CLISH reason when the FMC fallback is unreadable too', () => {
    const { verdict } = runCheck(
      deviceVersion,
      { 'show version': '', 'cat /etc/sf/sf-version': fixture('fmc/sf-version/permission-denied') },
      env({ deviceType: 'fmc' }),
    );
    expect(verdict.status).toBe('inconclusive');
    expect(say(verdict.explanation)).toContain('“show version” printed nothing');
  });

  it('on an FMC without CLISH at all (the engine hands over its error), decides from /etc/sf/sf-version, or says why that failed', () => {
    const e = env({ deviceType: 'fmc' });
    const [showVersion] = deviceVersion.commands(e);
    // What the engine passes on when `clish` is refused in bash (electron/services/engine/run-probe.ts).
    const noClish: CommandOutput = {
      ...output(showVersion!, ''),
      exitCode: null,
      error: { kind: 'clish-unavailable', message: '-bash: clish: command not found' },
    };
    const [sfVersion] = deviceVersion.followUp!([noClish], e);
    expect(sfVersion?.command).toBe('cat /etc/sf/sf-version');

    const read = deviceVersion.evaluate([noClish, output(sfVersion!, fixture('fmc/sf-version/secure-firewall-7-6'))], e);
    expect(read).toMatchObject({ status: 'pass', deviceFacts: { version: '7.6.0', build: '113' } });

    const missing = deviceVersion.evaluate([noClish, output(sfVersion!, { output: fixture('fmc/sf-version/no-such-file'), exitCode: 1 })], e);
    expect(missing.status).toBe('inconclusive');
    expect(say(missing.explanation)).toBe('“cat /etc/sf/sf-version” found no such file: cat: /etc/sf/sf-version: No such file or directory.');
  });
});
