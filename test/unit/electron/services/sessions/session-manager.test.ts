import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckDefinition, CommandOutput } from '../../../../../shared/catalog/types';
import { fmcCloudIntended } from '../../../../../shared/catalog/checks/fmc-cloud-intended';
import { message } from '../../../../../shared/i18n/message';
import type { CheckId, StageId } from '../../../../../shared/model/check';
import type { SessionEvent } from '../../../../../shared/model/progress';
import { createSessionHistory } from '../../../../../electron/services/sessions/session-history';
import { createSessionManager } from '../../../../../electron/services/sessions/session-manager';
import type { SessionTarget } from '../../../../../electron/services/sessions/session-target';
import { fakeLink, LinkError, type Scripted } from '../../../../helpers/fake-device-link';
import { memoryLogger } from '../../../../helpers/memory-log';

const SECRET = 'Sup3r-s3cret!pw';

/** Probes that read one line each, shaped like the catalog's (the catalog's own are tested elsewhere). */
const probe = (
  id: CheckId,
  stage: StageId,
  command: string,
  dependsOn: CheckId[] = ['device.privilege'],
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
    return {
      status: 'fail',
      explanation: message('common.status.fail'),
      supports: ['dns-not-configured'],
      remedy: { text: message('causes.dns-not-configured.summary'), actionId: 'set-dns-servers' },
    };
  },
});
const engineCheck = (id: CheckId, dependsOn: CheckId[]): CheckDefinition => ({
  id,
  kind: 'session',
  stage: 'connect',
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'none',
  dependsOn,
  commands: () => [],
  evaluate: () => {
    throw new Error('engine-native');
  },
});
const CATALOG: CheckDefinition[] = [
  engineCheck('ssh.connect', []),
  engineCheck('device.privilege', ['ssh.connect']),
  fmcCloudIntended,
  probe('dns.servers', 'dns', 'show network'),
  probe('cloud.https', 'cloud', 'curl -v https://api-sse.cisco.com', ['dns.servers']),
];

const setup = (
  script: (command: string, connection: number) => Scripted,
  options: {
    linkOptions?: Parameters<typeof fakeLink>[1];
    maxSessions?: number;
    maxOpen?: number;
    chunkLines?: boolean;
  } = {},
) => {
  const dir = mkdtempSync(join(tmpdir(), 'fcd-sessions-'));
  const { log } = memoryLogger();
  const history = createSessionHistory({ dir, log, maxSessions: options.maxSessions ?? 200 });
  const events: SessionEvent[] = [];
  const saved: string[] = [];
  const closed: string[] = [];
  const links: ReturnType<typeof fakeLink>[] = [];
  const manager = createSessionManager({
    resolveTarget: (request) => {
      const fake = fakeLink((spec, connection) => script(spec.command, connection), options.linkOptions);
      links.push(fake);
      // Like a device over SSH: output arrives a line at a time, not in one piece.
      const link: typeof fake.link = options.chunkLines
        ? {
            connect: async () => {
              const opened = await fake.link.connect();
              return {
                ...opened,
                runner: {
                  ...opened.runner,
                  run: async (spec) => {
                    const result = await opened.runner.run({ ...spec, onChunk: () => undefined });
                    for (const line of result.output.split(/(?<=\n)/)) spec.onChunk?.(line);
                    return result;
                  },
                },
              };
            },
          }
        : fake.link;
      const secrets = [SECRET];
      const target: SessionTarget = {
        profileId: request.profileId,
        profileName: 'Seoul FTD',
        device: { host: '192.0.2.41', type: 'ftd', region: 'us' },
        link,
        suggestedAnswers: {},
        secrets: () => secrets,
        asking: () => false,
        close: () => {
          secrets.length = 0;
          closed.push(request.profileId);
          return Promise.resolve();
        },
      };
      return Promise.resolve(target);
    },
    history,
    emit: (event) => events.push(event),
    onSaved: (profileId) => saved.push(profileId),
    catalog: CATALOG,
    log,
    flushMs: 5,
    ...(options.maxOpen ? { maxOpen: options.maxOpen } : {}),
  });
  return { manager, events, saved, closed, dir, history, links };
};

const statusOf = (record: { checks: readonly { id: string; status: string }[] }, id: string) =>
  record.checks.find((c) => c.id === id)?.status;

describe('session manager', () => {
  it('never lets a secret leave main: events, results and the saved history are masked', async () => {
    // A device that prints the password back (a misconfigured banner, a careless script).
    const { manager, events, dir } = setup(() => ({ output: `OK password is ${SECRET}\n` }));
    const info = await manager.start({ profileId: 'p1' });
    expect(JSON.stringify(info)).not.toContain(SECRET);
    const record = await manager.runAll(info.sessionId);
    await manager.close(info.sessionId);
    expect(events.some((e) => e.type === 'output')).toBe(true);
    expect(JSON.stringify(events)).not.toContain(SECRET);
    expect(JSON.stringify(record)).not.toContain(SECRET);
    expect(JSON.stringify(events)).toContain('[REDACTED]');
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(readFileSync(join(dir, files[0]!), 'utf8')).not.toContain(SECRET);
  });

  it('forgets the target’s secrets when the session closes, and refuses further calls', async () => {
    const { manager, closed } = setup(() => ({ output: 'OK' }));
    const info = await manager.start({ profileId: 'p1' });
    await manager.runStage(info.sessionId, 'connect');
    await manager.close(info.sessionId);
    expect(closed).toEqual(['p1']);
    expect(manager.openCount).toBe(0);
    expect(() => manager.record(info.sessionId)).toThrow(/closed/);
  });

  it('runs stage by stage, plans only the device type’s checks, and finishes at the summary', async () => {
    const { manager, events } = setup(() => ({ output: 'OK' }));
    const info = await manager.start({ profileId: 'p1' });
    expect(info.plan.map((c) => c.id)).toEqual([
      'ssh.connect',
      'device.privilege',
      'fmc.cloud-intended',
      'dns.servers',
      'cloud.https',
    ]);
    await manager.runStage(info.sessionId, 'connect');
    expect(
      events.filter((e) => e.type === 'check-finished').map((e) => (e.type === 'check-finished' ? e.result.id : '')),
    ).toEqual(['ssh.connect', 'device.privilege']);
    await manager.setAnswers(info.sessionId, { cloudIntended: true });
    await manager.runStage(info.sessionId, 'prerequisites');
    await manager.runStage(info.sessionId, 'dns');
    const ack = await manager.runStage(info.sessionId, 'summary');
    expect(ack.state).toBe('finished');
    const finished = events.filter((e) => e.type === 'session-finished');
    expect(finished).toHaveLength(1);
    expect(finished[0]?.type === 'session-finished' && finished[0].record.diagnosis.causes[0]?.id).toBe('healthy');
  });

  it('gathers streamed output into few events without losing a byte', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `line ${i} of the connector log\n`);
    const { manager, events } = setup(() => ({ output: lines.join('') }), { chunkLines: true });
    const info = await manager.start({ profileId: 'p1' });
    await manager.runAll(info.sessionId);
    const output = events.filter(
      (e): e is Extract<SessionEvent, { type: 'output' }> => e.type === 'output' && e.id === 'dns.servers',
    );
    expect(output.map((e) => e.chunk).join('')).toBe(lines.join(''));
    expect(output.length).toBeLessThan(20);
    // Output of a check arrives before its result.
    const firstOutput = events.findIndex((e) => e.type === 'output' && e.id === 'dns.servers');
    const result = events.findIndex((e) => e.type === 'check-finished' && e.result.id === 'dns.servers');
    expect(firstOutput).toBeLessThan(result);
  });

  it('applies a remedy only with an explicit confirmation, with validated parameters, then re-runs what it affects', async () => {
    let fixed = false;
    const { manager, events, saved } = setup((command) => {
      if (command.startsWith('configure network dns servers')) {
        fixed = true;
        return { output: '' };
      }
      return { output: fixed ? 'OK' : 'BAD' };
    });
    const info = await manager.start({ profileId: 'p1' });
    const before = await manager.runAll(info.sessionId);
    expect(statusOf(before, 'dns.servers')).toBe('fail');

    expect(() =>
      manager.applyAction(info.sessionId, {
        actionId: 'set-dns-servers',
        params: { servers: ['208.67.222.222'] },
        confirmed: false,
      }),
    ).toThrow(/only after you confirm/);
    expect(() =>
      manager.applyAction(info.sessionId, {
        actionId: 'set-dns-servers',
        params: { servers: ['8.8.8.8; reboot'] },
        confirmed: true,
      }),
    ).toThrow(/not acceptable/);
    expect(manager.previewAction(info.sessionId, 'set-dns-servers', { servers: ['8.8.8.8; reboot'] })).toEqual({
      ok: false,
      reason: 'invalid-params',
    });
    expect(manager.previewAction(info.sessionId, 'rm-rf', {})).toEqual({ ok: false, reason: 'unknown-action' });
    const preview = manager.previewAction(info.sessionId, 'set-dns-servers', {
      servers: ['208.67.222.222', '208.67.220.220'],
    });
    expect(preview).toEqual({
      ok: true,
      commands: [{ command: 'configure network dns servers 208.67.222.222,208.67.220.220', privilege: 'clish' }],
      affects: ['dns.servers', 'cloud.https'],
    });
    expect(fixed).toBe(false);

    const action = await manager.applyAction(info.sessionId, {
      actionId: 'set-dns-servers',
      params: { servers: ['208.67.222.222', '208.67.220.220'] },
      confirmed: true,
    });
    expect(action.command).toBe('configure network dns servers 208.67.222.222,208.67.220.220');
    expect(action.before.find((b) => b.id === 'dns.servers')?.status).toBe('fail');
    expect(action.after.find((b) => b.id === 'dns.servers')?.status).toBe('pass');
    // The finished session is finished again: its summary and its history file follow the fix.
    const last = events.filter((e) => e.type === 'session-finished').at(-1);
    expect(last?.type === 'session-finished' && last.record.actions).toHaveLength(1);
    expect(last?.type === 'session-finished' && last.record.diagnosis.causes[0]?.id).toBe('healthy');
    await manager.close(info.sessionId);
    expect(saved.length).toBeGreaterThanOrEqual(2);
  });

  it('answering “no” to cloud integration skips the probes and names that cause first', async () => {
    const { manager } = setup(() => ({ output: 'BAD' }));
    const info = await manager.start({ profileId: 'p1' });
    await manager.runStage(info.sessionId, 'connect');
    await manager.setAnswers(info.sessionId, { cloudIntended: false });
    const record = await manager.runAll(info.sessionId);
    expect(statusOf(record, 'fmc.cloud-intended')).toBe('fail');
    expect(statusOf(record, 'dns.servers')).toBe('skip');
    expect(record.diagnosis.causes[0]?.id).toBe('cloud-integration-not-intended');
  });

  it('retries after the connection is lost for good, and the finished session follows', async () => {
    const { manager, links } = setup((command, connection) =>
      connection < 3 && command === 'show network'
        ? { error: new LinkError('disconnected', 'reset by peer') }
        : { output: 'OK' },
    );
    const info = await manager.start({ profileId: 'p1' });
    // The drop, then the engine's one automatic reconnect dropping too: the session stops as failed.
    const first = await manager.runAll(info.sessionId);
    expect(statusOf(first, 'dns.servers')).toBe('error');
    expect(first.state).toBe('failed');
    expect(links[0]?.connections()).toBe(2);
    const ack = await manager.retry(info.sessionId);
    expect(ack.state).toBe('finished');
    const record = manager.record(info.sessionId);
    expect(statusOf(record, 'dns.servers')).toBe('pass');
    expect(statusOf(record, 'cloud.https')).toBe('pass');
    expect(links[0]?.connections()).toBe(3);
  });

  it('cancels cleanly, keeps what ran, and saves the session as cancelled', async () => {
    const { manager, dir } = setup((command) =>
      command.startsWith('curl') ? { output: 'OK', delayMs: 3000 } : { output: 'OK' },
    );
    const info = await manager.start({ profileId: 'p1' });
    const running = manager.runAll(info.sessionId);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const record = await manager.cancel(info.sessionId);
    await running;
    expect(record.state).toBe('cancelled');
    expect(statusOf(record, 'dns.servers')).toBe('pass');
    expect(statusOf(record, 'cloud.https')).toBe('skip');
    await manager.close(info.sessionId);
    const file = readdirSync(dir)[0]!;
    expect(JSON.parse(readFileSync(join(dir, file), 'utf8')).record.state).toBe('cancelled');
  });

  it('keeps a bounded number of sessions open: starting one more closes the oldest', async () => {
    const { manager, closed } = setup(() => ({ output: 'OK' }), { maxOpen: 2 });
    const a = await manager.start({ profileId: 'a' });
    await manager.start({ profileId: 'b' });
    await manager.start({ profileId: 'c' });
    expect(manager.openCount).toBe(2);
    expect(closed).toEqual(['a']);
    expect(() => manager.record(a.sessionId)).toThrow(/closed/);
  });

  it('does not save a session that never ran a check', async () => {
    const { manager, dir } = setup(() => ({ output: 'OK' }));
    const info = await manager.start({ profileId: 'p1' });
    await manager.close(info.sessionId);
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });
});
