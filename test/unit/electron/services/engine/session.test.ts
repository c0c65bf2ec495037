import { describe, expect, it } from 'vitest';
import type { CheckDefinition, CommandOutput } from '../../../../../shared/catalog/types';
import { diagnose } from '../../../../../shared/diagnosis/diagnose';
import { render } from '../../../../../shared/i18n/translate';
import { message } from '../../../../../shared/i18n/message';
import type { CheckId, StageId } from '../../../../../shared/model/check';
import type { SessionEvent } from '../../../../../shared/model/progress';
import { DiagnosisSession } from '../../../../../electron/services/engine/session';
import { fakeLink, LinkError, type Scripted } from '../../../../helpers/fake-device-link';

/** A small catalog shaped like the real one: login, root, then probes that read one line each. */
const probe = (
  id: CheckId,
  stage: StageId,
  command: string,
  dependsOn: CheckId[] = ['device.privilege'],
  extra: Partial<CheckDefinition> = {},
): CheckDefinition => ({
  id,
  kind: 'probe',
  stage,
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'root',
  dependsOn,
  commands: () => [{ privilege: 'root', command, timeoutMs: 5000 }],
  evaluate: (outputs: readonly CommandOutput[]) => {
    const text = outputs.map((o) => o.output).join('');
    if (text.includes('OK')) return { status: 'pass', explanation: message('common.status.pass') };
    if (text.includes('BAD')) return { status: 'fail', explanation: message('common.status.fail'), supports: ['dns-not-configured'] };
    return { status: 'inconclusive', explanation: message('common.status.inconclusive') };
  },
  ...extra,
});

const session: CheckDefinition = { id: 'ssh.connect', kind: 'session', stage: 'connect', deviceTypes: ['ftd', 'fmc'], privilege: 'none', dependsOn: [], commands: () => [], evaluate: () => { throw new Error('engine-native'); } };
const privilege: CheckDefinition = { ...session, id: 'device.privilege', dependsOn: ['ssh.connect'] };

const catalog = (...probes: CheckDefinition[]): CheckDefinition[] => [session, privilege, ...probes];

const start = (defs: CheckDefinition[], script: (command: string, connection: number) => Scripted, opts: Parameters<typeof fakeLink>[1] = {}) => {
  const fake = fakeLink((spec, connection) => script(spec.command, connection), opts);
  const events: SessionEvent[] = [];
  const s = new DiagnosisSession({
    link: fake.link,
    device: { host: '192.0.2.10', type: 'ftd', region: 'us' },
    catalog: defs,
    diagnose,
    onEvent: (e) => events.push(e),
  });
  return { s, fake, events };
};

const statusOf = (record: { checks: readonly { id: string; status: string }[] }, id: string) =>
  record.checks.find((c) => c.id === id)?.status;

describe('diagnosis session', () => {
  it('logs in, reaches root, runs every probe and records the results in catalog order', async () => {
    const { s, events } = start(catalog(probe('dns.servers', 'dns', 'a'), probe('cloud.https', 'cloud', 'b')), () => ({ output: 'OK' }));
    const record = await s.runAll();
    expect(record.checks.map((c) => [c.id, c.status])).toEqual([
      ['ssh.connect', 'pass'],
      ['device.privilege', 'pass'],
      ['dns.servers', 'pass'],
      ['cloud.https', 'pass'],
    ]);
    expect(record.state).toBe('finished');
    expect(record.diagnosis.causes[0]?.id).toBe('healthy');
    expect(render('en', record.checks[0]!.explanation)).toContain('SHA256:test');
    expect(events[0]?.type).toBe('session-started');
    expect(events.at(-1)?.type).toBe('session-finished');
    const firstCheck = events.findIndex((e) => e.type === 'check-started');
    const firstStage = events.findIndex((e) => e.type === 'stage-started');
    expect(firstStage).toBeLessThan(firstCheck);
  });

  it('runs independent probes at the same time, and each distinct command once', async () => {
    const defs = catalog(
      probe('dns.servers', 'dns', 'show network'),
      probe('network.proxy', 'dns', 'show network'),
      probe('cloud.https', 'cloud', 'curl a'),
      probe('cloud.ports', 'cloud', 'telnet a'),
    );
    const { s, fake } = start(defs, () => ({ output: 'OK', delayMs: 60 }));
    await s.runAll();
    expect(fake.calls.filter((c) => c.command === 'show network')).toHaveLength(1);
    expect(fake.maxActive()).toBeGreaterThanOrEqual(3);
  });

  it('skips what a failed dependency makes pointless, and says which check it needed', async () => {
    const defs = catalog(probe('dns.servers', 'dns', 'a'), probe('dns.resolve', 'dns', 'b', ['dns.servers']));
    const { s } = start(defs, (command) => ({ output: command === 'a' ? 'BAD' : 'OK' }));
    const record = await s.runAll();
    const resolve = record.checks.find((c) => c.id === 'dns.resolve');
    expect(resolve?.status).toBe('skip');
    expect(render('en', resolve!.explanation)).toBe('Skipped: it needs “DNS servers configured”, which did not pass.');
    expect(render('ko', resolve!.explanation)).toContain('DNS 서버 구성');
    expect(record.diagnosis.causes[0]?.id).toBe('dns-not-configured');
  });

  it('skips a check whose skipIfFailed check failed, but runs it when that check could not tell', async () => {
    const servers = (answer: Scripted) =>
      start(catalog(probe('dns.servers', 'dns', 'a'), probe('dns.resolve', 'dns', 'b', ['device.privilege'], { skipIfFailed: ['dns.servers'] })), (command) =>
        command === 'a' ? answer : { output: 'OK' },
      );
    const failed = await servers({ output: 'BAD' }).s.runAll();
    expect(statusOf(failed, 'dns.resolve')).toBe('skip');
    const resolve = failed.checks.find((c) => c.id === 'dns.resolve');
    expect(render('en', resolve!.explanation)).toBe('Skipped: it needs “DNS servers configured”, which did not pass.');
    // An FMC without CLISH: dns.servers is an error or inconclusive, and nslookup still runs.
    const unknown = await servers({ error: new LinkError('clish-unavailable', 'no CLISH') }).s.runAll();
    expect([statusOf(unknown, 'dns.servers'), statusOf(unknown, 'dns.resolve')]).toEqual(['error', 'pass']);
    const unread = await servers({ output: '¿que?' }).s.runAll();
    expect([statusOf(unread, 'dns.servers'), statusOf(unread, 'dns.resolve')]).toEqual(['inconclusive', 'pass']);
  });

  it('marks checks for another device type as not applicable', async () => {
    const defs = catalog(probe('device.managers', 'connect', 'show managers', ['ssh.connect'], { deviceTypes: ['fmc'] }));
    const { s } = start(defs, () => ({ output: 'OK' }));
    const record = await s.runAll();
    expect(statusOf(record, 'device.managers')).toBe('skip');
  });

  it('never turns an evaluator bug or unknown output into a pass', async () => {
    const defs = catalog(
      probe('dns.servers', 'dns', 'a', undefined, { evaluate: () => { throw new Error('bug'); } }),
      probe('dns.resolve', 'dns', 'b'),
    );
    const { s } = start(defs, () => ({ output: '¿que?' }));
    const record = await s.runAll();
    expect(statusOf(record, 'dns.servers')).toBe('inconclusive');
    expect(statusOf(record, 'dns.resolve')).toBe('inconclusive');
    expect(record.diagnosis.causes.map((c) => c.id)).not.toContain('healthy');
  });

  it('reports a command that timed out as an error of that check', async () => {
    const { s } = start(catalog(probe('dns.servers', 'dns', 'a')), () => ({ error: new LinkError('timeout', 'timed out') }));
    const record = await s.runAll();
    const check = record.checks.find((c) => c.id === 'dns.servers');
    expect(check?.status).toBe('error');
    expect(render('en', check!.explanation)).toBe('The command “a” did not finish within 5 s.');
  });

  it('runs a check’s fallback follow-up when the device has no CLISH, and lets the fallback decide', async () => {
    const noClish = new LinkError('clish-unavailable', 'the device did not return to the CLISH prompt');
    const version = probe('device.version', 'connect', 'show version', ['ssh.connect'], {
      commands: () => [{ privilege: 'clish', command: 'show version', timeoutMs: 5000 }],
      followUp: (first) => (first[0]?.output ? [] : [{ privilege: 'expert', command: 'cat /etc/sf/sf-version', timeoutMs: 5000 }]),
    });
    const clishOnly = probe('dns.servers', 'dns', 'show network', ['ssh.connect'], {
      commands: () => [{ privilege: 'clish', command: 'show network', timeoutMs: 5000 }],
    });
    const answer = (command: string): Scripted =>
      command.startsWith('show') ? { error: noClish } : command === 'cat /etc/sf/sf-version' ? { output: 'OK' } : { output: '' };
    const { s, fake } = start(catalog(version, clishOnly), answer);
    const record = await s.runAll();
    expect(fake.calls.map((c) => c.command)).toContain('cat /etc/sf/sf-version');
    expect(statusOf(record, 'device.version')).toBe('pass');
    expect(record.checks.find((c) => c.id === 'device.version')?.evidence.map((e) => e.command)).toEqual(['show version', 'cat /etc/sf/sf-version']);
    // Without a fallback, the missing CLISH is the check's error.
    expect(statusOf(record, 'dns.servers')).toBe('error');

    // A fallback that fails too, or any other failure of the first command, still ends in error.
    const failingFallback = start(catalog(version), (command) => ({ error: command === 'show version' ? noClish : new LinkError('timeout', 'timed out') }));
    expect(statusOf(await failingFallback.s.runAll(), 'device.version')).toBe('error');
    const timedOut = start(catalog(version), () => ({ error: new LinkError('timeout', 'timed out') }));
    const timedOutRecord = await timedOut.s.runAll();
    expect(statusOf(timedOutRecord, 'device.version')).toBe('error');
    expect(timedOut.fake.calls.map((c) => c.command)).toEqual(['show version']);
  });

  it('retries once on a new connection after a drop: what the drop interrupted, and what it made skip, runs again', async () => {
    const defs = catalog(probe('dns.servers', 'dns', 'a'), probe('cloud.https', 'cloud', 'b', ['dns.servers']));
    const { s, fake, events } = start(defs, (command, connection) =>
      command === 'a' && connection === 1 ? { error: new LinkError('disconnected', 'connection reset') } : { output: 'OK' },
    );
    const record = await s.runAll();
    expect(events.filter((e) => e.type === 'connection').map((e) => (e as { state: string }).state)).toEqual(
      expect.arrayContaining(['lost', 'reconnecting', 'connected']),
    );
    expect(fake.connections()).toBe(2);
    expect(statusOf(record, 'dns.servers')).toBe('pass');
    // cloud.https was skipped while its dependency had errored; on the new connection it runs.
    expect(statusOf(record, 'cloud.https')).toBe('pass');
    expect(record.state).toBe('finished');
    expect(fake.calls.filter((c) => c.command === 'a')).toHaveLength(2);
  });

  it('writes the record with cause "error" when the reconnect fails too', async () => {
    const defs = catalog(probe('dns.servers', 'dns', 'a'), probe('cloud.https', 'cloud', 'b', ['device.privilege']));
    const { s, fake } = start(
      defs,
      // The drop comes after cloud.https has finished: what ran before the drop is kept.
      (command) => (command === 'a' ? { error: new LinkError('disconnected', 'dropped'), delayMs: 30 } : { output: 'OK' }),
      { connectFails: (n) => (n > 1 ? new LinkError('unreachable', 'no route to host') : undefined) },
    );
    const record = await s.runAll();
    expect(fake.connections()).toBe(2);
    expect(record.state).toBe('failed');
    expect(record.diagnosis.causes[0]?.id).toBe('error');
    expect(render('en', record.error!)).toContain('no route to host');
    // What ran before the drop is kept.
    expect(statusOf(record, 'cloud.https')).toBe('pass');
    expect(statusOf(record, 'dns.servers')).toBe('skip');
  });

  it('ends failed with cause "error" when the new connection drops too', async () => {
    const defs = catalog(probe('dns.servers', 'dns', 'a'), probe('cloud.https', 'cloud', 'b', ['device.privilege']));
    const { s, fake } = start(defs, (command) =>
      command === 'a' ? { error: new LinkError('disconnected', 'connection reset'), delayMs: 30 } : { output: 'OK' },
    );
    const record = await s.runAll();
    expect(fake.connections()).toBe(2);
    expect(record.state).toBe('failed');
    expect(record.diagnosis.causes[0]?.id).toBe('error');
    expect(render('en', record.error!)).toContain('dropped again after reconnecting once');
    expect(statusOf(record, 'dns.servers')).toBe('error');
    expect(statusOf(record, 'cloud.https')).toBe('pass');
  });

  it('stops at a failed login: everything else skipped, cause "error", state failed', async () => {
    const { s } = start(catalog(probe('dns.servers', 'dns', 'a')), () => ({ output: 'OK' }), {
      connectFails: () => new LinkError('auth-failed', 'Permission denied (password).'),
    });
    const record = await s.runAll();
    expect(statusOf(record, 'ssh.connect')).toBe('error');
    expect(statusOf(record, 'device.privilege')).toBe('skip');
    expect(statusOf(record, 'dns.servers')).toBe('skip');
    expect(record.state).toBe('failed');
    expect(record.diagnosis.causes[0]?.id).toBe('error');
  });

  it('says how root was reached: “expert” then sudo from CLISH, sudo alone when the login landed in bash', async () => {
    const fromClish = await start(catalog(), () => ({ output: 'OK' })).s.runAll();
    expect(render('en', fromClish.checks.find((c) => c.id === 'device.privilege')!.explanation)).toBe('Reached root with “expert” and “sudo su -”.');
    const fromBash = await start(catalog(), () => ({ output: 'OK' }), { landsInBash: true }).s.runAll();
    const privilege = fromBash.checks.find((c) => c.id === 'device.privilege')!;
    expect(render('en', privilege.explanation)).toMatch(/^Reached root with “sudo su -”; the login landed in bash/);
    expect(render('ko', privilege.explanation)).toContain('“expert”는 필요하지 않았습니다');
    expect(privilege.evidence[0]?.command).toBe('sudo su -');
  });

  it('reports a refused sudo as the privilege check’s error and skips root checks', async () => {
    const { s } = start(catalog(probe('dns.servers', 'dns', 'a')), () => ({ output: 'OK' }), {
      elevateFails: new LinkError('sudo-failed', 'sudo: 3 incorrect password attempts'),
    });
    const record = await s.runAll();
    expect(statusOf(record, 'device.privilege')).toBe('error');
    expect(statusOf(record, 'dns.servers')).toBe('skip');
    expect(record.diagnosis.causes[0]?.id).toBe('error');
  });

  it('cancels cleanly: what ran is kept, the rest is skipped', async () => {
    const defs = catalog(probe('dns.servers', 'dns', 'a'), probe('cloud.https', 'cloud', 'slow', ['dns.servers']));
    const { s } = start(defs, (command) => (command === 'slow' ? { output: 'OK', delayMs: 2000 } : { output: 'OK' }));
    const running = s.runAll();
    await new Promise((r) => setTimeout(r, 100));
    const record = await s.cancel();
    await running;
    expect(record.state).toBe('cancelled');
    expect(statusOf(record, 'dns.servers')).toBe('pass');
    expect(statusOf(record, 'cloud.https')).toBe('skip');
  });

  it('applies a confirmed remedy in order, then re-runs what it affects and records before and after', async () => {
    let fixed = false;
    const defs = catalog(probe('dns.servers', 'dns', 'show network'), probe('dns.resolve', 'dns', 'nslookup', ['dns.servers']));
    const { s, fake } = start(defs, (command) => {
      if (command.startsWith('configure network dns servers')) {
        fixed = true;
        return { output: '' };
      }
      return { output: fixed ? 'OK' : 'BAD' };
    });
    await s.runAll();
    await expect(s.applyAction('set-dns-servers', { servers: ['8.8.8.8; reboot'] })).rejects.toThrow(/invalid parameters/);
    const action = await s.applyAction('set-dns-servers', { servers: ['208.67.222.222', '208.67.220.220'] });
    expect(action.command).toBe('configure network dns servers 208.67.222.222,208.67.220.220');
    expect(action.outcome).toBe('applied');
    expect(action.before.find((b) => b.id === 'dns.servers')?.status).toBe('fail');
    expect(action.after.find((b) => b.id === 'dns.servers')?.status).toBe('pass');
    expect(s.record().actions).toHaveLength(1);
    expect(fake.calls.filter((c) => c.command === 'show network')).toHaveLength(2);
  });

  it('stops with a clear reason when the connection drops again after its one reconnect, and retry() runs what could not run', async () => {
    const defs = catalog(probe('dns.servers', 'dns', 'a'), probe('cloud.https', 'cloud', 'b'), probe('connector.log', 'connector', 'c', ['cloud.https']));
    // Connections 1 and 2 drop on their first probe; the third (after "Retry") is healthy.
    const { s, fake, events } = start(defs, (command, connection) =>
      connection < 3 && command !== 'c' ? { error: new LinkError('disconnected', 'connection reset') } : { output: 'OK' },
    );
    await s.runStage('dns');
    const again = await s.rerun(['dns.servers']);
    expect(again[0]?.status).toBe('error');
    await s.runStage('cloud');
    const stopped = s.record();
    expect(stopped.state).toBe('failed');
    expect(render('en', stopped.error!)).toContain('dropped again after reconnecting once');
    expect(events.filter((e) => e.type === 'connection').map((e) => (e as { state: string }).state).at(-1)).toBe('closed');
    expect(statusOf(stopped, 'cloud.https')).toBe('skip');

    await s.retry();
    const record = await s.runAll();
    expect(fake.connections()).toBe(3);
    expect(record.state).toBe('finished');
    expect(['dns.servers', 'cloud.https', 'connector.log'].map((id) => statusOf(record, id))).toEqual(['pass', 'pass', 'pass']);
    expect(record.error).toBeUndefined();
  });

  it('retries a failed login on demand, keeping the answers given meanwhile', async () => {
    const { s, fake } = start(catalog(probe('dns.servers', 'dns', 'a')), () => ({ output: 'OK' }), {
      connectFails: (n) => (n === 1 ? new LinkError('unreachable', 'no route to host') : undefined),
    });
    await s.runStage('connect');
    expect(s.record().state).toBe('failed');
    s.setAnswers({ cloudIntended: true });
    await s.retry();
    const record = await s.runAll();
    expect(fake.connections()).toBe(2);
    expect(statusOf(record, 'ssh.connect')).toBe('pass');
    expect(statusOf(record, 'dns.servers')).toBe('pass');
    expect(record.answers.cloudIntended).toBe(true);
  });

  it('does not retry a cancelled session', async () => {
    const { s, fake } = start(catalog(probe('dns.servers', 'dns', 'a')), () => ({ output: 'OK' }));
    await s.runStage('connect');
    await s.cancel();
    await expect(s.retry()).resolves.toEqual([]);
    expect(fake.connections()).toBe(1);
  });
});
