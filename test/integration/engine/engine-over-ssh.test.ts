import { afterEach, describe, expect, it } from 'vitest';
import { CATALOG } from '../../../shared/catalog/index';
import { diagnose } from '../../../shared/diagnosis/diagnose';
import { render } from '../../../shared/i18n/translate';
import { DiagnosisSession } from '../../../electron/services/engine/session';
import { sshLink } from '../../../electron/services/engine/ssh-link';
import { startDemoDevice, type DemoDevice } from '../../../electron/services/simulator/demo-device';

let device: DemoDevice | undefined;
afterEach(async () => {
  await device?.close();
  device = undefined;
});

const run = async (scenario: string, faults: string[] = []) => {
  device = await startDemoDevice({ scenario, faults, timeScale: 0.05 });
  const session = new DiagnosisSession({
    link: sshLink(device.connect),
    device: { host: device.connect.host, type: 'ftd', region: 'us' },
    catalog: CATALOG,
    answers: device.answers,
    diagnose,
  });
  const record = await session.runAll();
  await session.close();
  return record;
};

describe('the engine over real SSH against the simulated device', () => {
  it('logs in with the host key verified and reaches root', async () => {
    const record = await run('healthy');
    const connect = record.checks.find((c) => c.id === 'ssh.connect');
    expect(connect?.status).toBe('pass');
    expect(render('en', connect!.explanation)).toContain(device!.simulator.hostKeyFingerprint);
    expect(connect?.evidence[0]?.output).toMatch(/Threat Defense|Firepower/);
    expect(record.checks.find((c) => c.id === 'device.privilege')?.status).toBe('pass');
    expect(record.device.version).toMatch(/^\d+\.\d+/);
  });

  it('reports a refused sudo as the privilege error and the cause "error"', async () => {
    const record = await run('healthy', ['wrong-sudo-password']);
    expect(record.checks.find((c) => c.id === 'device.privilege')?.status).toBe('error');
    expect(record.diagnosis.causes[0]?.id).toBe('error');
  });

  it('still names the right cause when every answer of the device comes 2 s late', async () => {
    const started = Date.now();
    const record = await run('dns-not-configured', ['slow:delay=2000']);
    expect(record.diagnosis.causes[0]?.id).toBe('dns-not-configured');
    expect(record.checks.filter((c) => c.status === 'error' || c.status === 'inconclusive').map((c) => c.id)).toEqual([]);
    // Bounded: the whole session stays well under the engine's per-command limits added up.
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);

  it('after a drop mid-command: that check errors, the session reconnects once and still finds the cause', async () => {
    const record = await run('dns-not-configured', ['drop-session:match=pmtool']);
    expect(record.state).toBe('finished');
    // Every check in flight when the line dropped errors (they ran at once); none is guessed.
    const errored = record.checks.filter((c) => c.status === 'error');
    expect(errored.map((c) => c.id)).toContain('connector.process');
    for (const check of errored) expect(render('en', check.explanation)).toMatch(/dropped/);
    expect(record.checks.find((c) => c.id === 'device.version')?.status).toBe('pass');
    expect(record.diagnosis.causes[0]?.id).toBe('dns-not-configured');
  });

  it('reports disabled expert mode as the privilege error', async () => {
    const record = await run('healthy', ['expert-disabled']);
    const privilege = record.checks.find((c) => c.id === 'device.privilege');
    expect(privilege?.status).toBe('error');
    expect(render('ko', privilege!.explanation)).toMatch(/루트 권한을 얻지 못했습니다/);
  });
});
