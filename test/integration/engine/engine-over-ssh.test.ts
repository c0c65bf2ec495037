import { afterEach, describe, expect, it } from 'vitest';
import { CATALOG } from '../../../shared/catalog/index';
import { diagnose } from '../../../shared/diagnosis/diagnose';
import { render } from '../../../shared/i18n/translate';
import { DiagnosisSession } from '../../../electron/services/engine/session';
import { sshLink } from '../../../electron/services/engine/ssh-link';
import { startDemoDevice, type DemoDevice } from '../../../electron/services/simulator/demo-device';

let device: DemoDevice | undefined;
/** The connection states the last run went through (connecting, connected, lost, reconnecting, …). */
let connection: string[] = [];
afterEach(async () => {
  await device?.close();
  device = undefined;
});

const run = async (scenario: string, faults: string[] = []) => {
  device = await startDemoDevice({ scenario, faults, timeScale: 0.05 });
  connection = [];
  const session = new DiagnosisSession({
    link: sshLink(device.connect),
    device: { host: device.connect.host, type: 'ftd', region: 'us' },
    catalog: CATALOG,
    answers: device.answers,
    diagnose,
    onEvent: (event) => {
      if (event.type === 'connection') connection.push(event.state);
    },
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

  it('after a drop mid-command: the session reconnects once, re-runs what the drop cut short, and finds the cause', async () => {
    const record = await run('dns-not-configured', ['drop-session:match=pmtool']);
    expect(record.state).toBe('finished');
    expect(connection.filter((state) => state === 'connected')).toHaveLength(2);
    // Every check the drop cut short ran again on the new connection; none is left as an error.
    expect(record.checks.filter((c) => c.status === 'error').map((c) => c.id)).toEqual([]);
    expect(record.checks.find((c) => c.id === 'connector.process')?.evidence.map((e) => e.command).join('\n')).toContain('pmtool');
    expect(record.diagnosis.causes[0]?.id).toBe('dns-not-configured');
  });

  it('when the new connection drops too, the record is still written with what ran, and the cause "error"', async () => {
    const record = await run('dns-not-configured', ['drop-session:times=2,match=pmtool']);
    expect(connection.filter((state) => state === 'connected')).toHaveLength(2);
    expect(connection.at(-1)).toBe('closed');
    expect(record.state).toBe('failed');
    expect(record.diagnosis.causes[0]?.id).toBe('error');
    expect(render('en', record.error!)).toMatch(/dropped again/);
    const process = record.checks.find((c) => c.id === 'connector.process');
    expect(process?.status).toBe('error');
    expect(render('en', process!.explanation)).toMatch(/dropped/);
    expect(record.checks.find((c) => c.id === 'device.version')?.status).toBe('pass');
  });

  it('reports disabled expert mode as the privilege error', async () => {
    const record = await run('healthy', ['expert-disabled']);
    const privilege = record.checks.find((c) => c.id === 'device.privilege');
    expect(privilege?.status).toBe('error');
    expect(render('ko', privilege!.explanation)).toMatch(/루트 권한을 얻지 못했습니다/);
  });
});
