import { afterEach, describe, expect, it } from 'vitest';
import { isSshError } from '../../../../../electron/services/ssh/ssh-error';
import type { DeviceConnectOptions, DeviceSession } from '../../../../../electron/services/ssh/types';
import { connectToDouble } from '../../../../helpers/ssh-double/connect';
import type { FakeFirepowerOptions } from '../../../../helpers/ssh-double/fake-firepower';
import { startDoubleServer, type DoubleServer, type DoubleServerOptions } from '../../../../helpers/ssh-double/server';
import { memoryLogger } from '../../../../helpers/memory-log';

let open: { server: DoubleServer; session?: DeviceSession }[] = [];
afterEach(async () => {
  for (const { server, session } of open) {
    await session?.close();
    await server.close();
  }
  open = [];
});

const sessionOn = async (
  device: FakeFirepowerOptions = {},
  overrides: Partial<DeviceConnectOptions> = {},
  serverOptions: DoubleServerOptions = {},
) => {
  const server = await startDoubleServer({ ...serverOptions, device });
  const entry: { server: DoubleServer; session?: DeviceSession } = { server };
  open.push(entry);
  const session = await connectToDouble(server, overrides);
  entry.session = session;
  return { server, session };
};
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e);

describe('DeviceSession.run', () => {
  it('escalates on demand: CLISH, expert and root commands on one session', async () => {
    const { session } = await sessionOn();
    expect(session.info.landing).toBe('clish');
    expect(session.info.banner).toContain('Threat Defense');
    const clish = await session.run({ privilege: 'clish', command: 'show version', timeoutMs: 3000 });
    expect(clish).toMatchObject({ exitCode: null, truncatedBytes: 0, syntaxError: null });
    expect(clish.output).toMatch(/^-+\[ firepower \]-+\nModel +: Cisco Firepower 2110/);
    const expert = await session.run({ privilege: 'expert', command: 'id -u; exit-with 7', timeoutMs: 3000 });
    expect(expert).toMatchObject({ output: '1000\n', exitCode: 7 });
    const root = await session.run({ privilege: 'root', command: 'cat /ngfw/etc/sf/connector.properties', timeoutMs: 3000 });
    expect(root).toMatchObject({ output: 'registration_interval=180\nconnector_port=8989\nconnector_fqdn=api-sse.cisco.com\n', exitCode: 0 });
  });

  it('reports CLISH `Syntax error:` as a typed result, not a hang', async () => {
    const { session } = await sessionOn();
    const result = await session.run({ privilege: 'clish', command: 'show bogus', timeoutMs: 3000 });
    expect(result.syntaxError).toBe('Syntax error: Illegal parameter');
    expect(result.exitCode).toBeNull();
  });

  it.each(['--More--', '<--- More --->'] as const)('pages through %s with a space', async (pager) => {
    const { session } = await sessionOn({ pager });
    const result = await session.run({ privilege: 'clish', command: 'show pager', timeoutMs: 3000 });
    expect(result.output.split('\n').filter(Boolean)).toHaveLength(15);
    expect(result.output).not.toMatch(/More/);
  });

  it('returns bash output exactly, prompt and marker look-alikes included, no trailing newline added', async () => {
    const { session } = await sessionOn();
    const result = await session.run({ privilege: 'root', command: 'cat /tmp/fake-prompts', timeoutMs: 3000 });
    expect(result.output).toBe(
      '> \nFirepower-module1>\nadmin@firepower:~$ \nroot@firepower:common# \nPassword: \n--More--\n' +
        '<FCD:0123456789abcdef:E:0>\n<FCD:0123456789abcdef:S>\nFTD01:/home/ldap/abbac# ',
    );
    expect(result.exitCode).toBe(0);
  });

  it('passes garbage and binary bytes through without losing the frame', async () => {
    const { session } = await sessionOn();
    const result = await session.run({ privilege: 'expert', command: 'garbage', timeoutMs: 3000 });
    expect(result.output.endsWith('\x80\x81> \nafter garbage\n'.replace('\x80\x81', '\uFFFD\uFFFD'))).toBe(true);
    expect(result.output.startsWith('\u0000\uFFFD\uFFFD\u001b[2J\u0007')).toBe(true);
    expect(result.exitCode).toBe(0);
  });

  it('streams output as it arrives (onChunk) before the command ends', async () => {
    const { session } = await sessionOn();
    for (const privilege of ['expert', 'clish'] as const) {
      const chunks: { text: string; at: number }[] = [];
      const started = Date.now();
      const result = await session.run({
        privilege,
        command: privilege === 'clish' ? 'show slow' : 'slow',
        timeoutMs: 3000,
        onChunk: (text) => chunks.push({ text, at: Date.now() - started }),
      });
      expect(chunks.map((c) => c.text).join('')).toBe(result.output);
      expect(chunks.length).toBeGreaterThanOrEqual(3);
      expect(chunks[0]?.at ?? Infinity).toBeLessThan(result.durationMs - 300);
    }
  });
});

describe('bounds', () => {
  it('interrupts a bash command that never returns, then the same shell answers again', async () => {
    const { session, server } = await sessionOn();
    const started = Date.now();
    const error = await failure(session.run({ privilege: 'expert', command: 'hang', timeoutMs: 400 }));
    expect(isSshError(error, 'timeout') && error.details.phase).toBe('command');
    expect(Date.now() - started).toBeLessThan(1500);
    const next = await session.run({ privilege: 'expert', command: 'echo back', timeoutMs: 3000 });
    expect(next.output).toBe('back\n');
    expect(server.maxOpenSessions()).toBe(1);
  });

  it('interrupts a CLISH command that never returns and gets a fresh prompt', async () => {
    const { session, server } = await sessionOn();
    const error = await failure(session.run({ privilege: 'clish', command: 'show hang', timeoutMs: 400 }));
    expect(isSshError(error, 'timeout')).toBe(true);
    expect((await session.run({ privilege: 'clish', command: 'show version', timeoutMs: 3000 })).output).toContain('Model');
    expect(server.maxOpenSessions()).toBe(1);
  });

  it('keeps maxBytes of a huge output and counts the rest', async () => {
    const { session } = await sessionOn();
    const result = await session.run({ privilege: 'root', command: 'huge 3000000', timeoutMs: 20_000, maxBytes: 100_000 });
    expect(result.output.length).toBe(100_000);
    expect(result.truncatedBytes).toBe(2_900_000);
    expect(result.exitCode).toBe(0);
    const clish = await session.run({ privilege: 'clish', command: 'show huge', timeoutMs: 20_000, maxBytes: 50_000 });
    expect(clish.truncatedBytes).toBeGreaterThan(250_000);
  });

  it('can fail with output-too-large instead, and the shell recovers', async () => {
    const { session } = await sessionOn();
    const error = await failure(
      session.run({ privilege: 'expert', command: 'huge 50000000', timeoutMs: 20_000, maxBytes: 10_000, onOverflow: 'error' }),
    );
    expect(isSshError(error, 'output-too-large')).toBe(true);
    if (isSshError(error, 'output-too-large')) expect(error.partial?.output.length).toBe(10_000);
    expect((await session.run({ privilege: 'expert', command: 'echo fine', timeoutMs: 5000 })).output).toBe('fine\n');
  });

  it('rejects every pending command at once when the connection drops mid-command', async () => {
    const { session } = await sessionOn({}, { maxChannels: 3 });
    const hanging = [1, 2].map(() => failure(session.run({ privilege: 'expert', command: 'hang', timeoutMs: 30_000 })));
    await new Promise((r) => setTimeout(r, 300));
    const dropping = failure(session.run({ privilege: 'clish', command: 'show drop', timeoutMs: 30_000 }));
    await new Promise((r) => setTimeout(r, 100));
    const queued = failure(session.run({ privilege: 'clish', command: 'show version', timeoutMs: 30_000 }));
    const started = Date.now();
    const errors = await Promise.all([...hanging, dropping, queued]);
    // show drop pulls the cable ~300 ms after it starts; everything must end right then, not at 30 s.
    expect(Date.now() - started).toBeLessThan(1500);
    for (const error of errors) expect(isSshError(error, 'disconnected'), String(error)).toBe(true);
    expect(isSshError(await session.closed, 'disconnected')).toBe(true);
    const after = await failure(session.run({ privilege: 'clish', command: 'show version', timeoutMs: 1000 }));
    expect(isSshError(after, 'disconnected')).toBe(true);
  });

  it('notices a device that stops answering (no FIN) through keepalives, and rejects the running command', async () => {
    const { session, server } = await sessionOn({}, { timeouts: { keepaliveIntervalMs: 100, keepaliveCountMax: 2 } });
    const running = failure(session.run({ privilege: 'expert', command: 'hang', timeoutMs: 30_000 }));
    await new Promise((r) => setTimeout(r, 300));
    const frozenAt = Date.now();
    server.freezeAll();
    const error = await running;
    expect(isSshError(error, 'disconnected') && error.details.reason).toBe('keepalive');
    expect(Date.now() - frozenAt).toBeLessThan(1500);
  });

  it('rejects a bash command at once when the device drops the connection while it prints', async () => {
    const { session } = await sessionOn();
    const error = await failure(session.run({ privilege: 'root', command: 'drop', timeoutMs: 30_000 }));
    expect(isSshError(error, 'disconnected')).toBe(true);
    if (isSshError(error, 'disconnected')) expect(error.partial?.output).toBe('partial output before the drop\n');
  });
});

describe('concurrency', () => {
  it('runs 15 root commands on a pool of shells, never more than the limit', async () => {
    const { session, server } = await sessionOn({}, { maxChannels: 4 });
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) => session.run({ privilege: 'root', command: `echo job-${i}; exit-with ${i}`, timeoutMs: 5000 })),
    );
    expect(results.map((r) => r.output)).toEqual(Array.from({ length: 15 }, (_, i) => `job-${i}\n`));
    expect(results.map((r) => r.exitCode)).toEqual(Array.from({ length: 15 }, (_, i) => i));
    expect(server.maxOpenSessions()).toBe(4);
    // The lecture is shown once per user; every root shell typed the password once.
    expect(server.shared.sudoAttempts).toBe(4);
  });

  it('lives with fewer shells when the device refuses more channels', async () => {
    const { session, server } = await sessionOn({}, { maxChannels: 4 }, { maxSessions: 2 });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => session.run({ privilege: 'expert', command: `echo ${i}`, timeoutMs: 5000 })),
    );
    expect(results.map((r) => r.output)).toEqual(['0\n', '1\n', '2\n', '3\n', '4\n', '5\n']);
    expect(server.maxOpenSessions()).toBe(2);
  });

  it('remembers a refused sudo: later root runs fail at once, no new password attempt', async () => {
    const { session, server } = await sessionOn({}, { sudoPassword: 'Not-The-Sudo-Pass' });
    const first = await failure(session.run({ privilege: 'root', command: 'id -u', timeoutMs: 3000 }));
    expect(isSshError(first, 'sudo-failed')).toBe(true);
    const attempts = server.shared.sudoAttempts;
    const second = await failure(session.run({ privilege: 'root', command: 'id -u', timeoutMs: 3000 }));
    expect(second).toBe(first);
    expect(server.shared.sudoAttempts).toBe(attempts);
    expect((await session.run({ privilege: 'expert', command: 'id -u', timeoutMs: 3000 })).output).toBe('1000\n');
  });

  it('remembers that expert is unavailable; CLISH keeps working', async () => {
    const { session } = await sessionOn({ lockdown: true });
    const error = await failure(session.run({ privilege: 'root', command: 'id -u', timeoutMs: 3000 }));
    expect(isSshError(error, 'expert-unavailable')).toBe(true);
    expect(await failure(session.run({ privilege: 'expert', command: 'id -u', timeoutMs: 3000 }))).toBe(error);
    expect((await session.run({ privilege: 'clish', command: 'show version', timeoutMs: 3000 })).output).toContain('Model');
  });
});

describe('FMC landing in bash', () => {
  it('says CLISH is unavailable when `clish` does not exist, once, and bash keeps working', async () => {
    const { session, server } = await sessionOn({ landing: 'bash', banner: 'fmc', noClish: true }, { deviceType: 'fmc' });
    expect(session.info.landing).toBe('expert');
    const error = await failure(session.run({ privilege: 'clish', command: 'show version', timeoutMs: 3000 }));
    expect(isSshError(error, 'clish-unavailable') && error.details.detail).toBe('-bash: clish: command not found');
    const typed = server.shared.commands.length;
    expect(await failure(session.run({ privilege: 'clish', command: 'show version', timeoutMs: 3000 }))).toBe(error);
    expect(server.shared.commands.length).toBe(typed);
    expect(await session.run({ privilege: 'expert', command: 'echo ok', timeoutMs: 3000 })).toMatchObject({ output: 'ok\n', exitCode: 0 });
  });
});

describe('secrets', () => {
  it('never puts the login or sudo password in logs, errors, output or streamed chunks', async () => {
    const { log, records } = memoryLogger();
    const seen: string[] = [];
    const { session } = await sessionOn({ sudoPassword: 'Sudo-Secret-77' }, { log, sudoPassword: 'Sudo-Secret-77' });
    for (const privilege of ['clish', 'expert', 'root'] as const) {
      const result = await session.run({ privilege, command: privilege === 'clish' ? 'show version' : 'id -u', timeoutMs: 3000, onChunk: (t) => seen.push(t) });
      seen.push(result.output);
    }
    const wrong = await sessionOn({}, { log, sudoPassword: 'Wrong-Secret-88' });
    const error = await failure(wrong.session.run({ privilege: 'root', command: 'id -u', timeoutMs: 3000 }));
    seen.push(String(error), JSON.stringify(error), JSON.stringify(records), JSON.stringify(session.info));
    const everything = seen.join('\n');
    for (const secret of ['Admin123', 'Sudo-Secret-77', 'Wrong-Secret-88']) expect(everything).not.toContain(secret);
  });
});
