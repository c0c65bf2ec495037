import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDevice } from '../../../electron/services/ssh/device-session';
import { isSshError } from '../../../electron/services/ssh/ssh-error';
import type { DeviceConnectOptions, DeviceSession } from '../../../electron/services/ssh/types';
import { createTestUser, knownHostsLine, sshdUnavailable, startSshd, sudoUnavailable, type Sshd, type TestUser } from '../../helpers/sshd';

const skip = sshdUnavailable();
const noSudo = sudoUnavailable();
const USER = 'fcdtest-shell';

/**
 * The shell driver against a real bash behind a real sshd PTY. A Linux login lands in bash,
 * like an FMC whose CLI is off, so the session is opened as an FMC and stays in expert/root.
 */
describe.skipIf(skip !== undefined)(`real sshd + bash: framed commands${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let user: TestUser;
  let server: Sshd;
  let session: DeviceSession;
  const options = (extra: Partial<DeviceConnectOptions> = {}): DeviceConnectOptions => {
    const path = join(mkdtempSync(join(tmpdir(), 'fcd-kh-')), 'known_hosts');
    writeFileSync(path, knownHostsLine(server));
    return {
      host: '127.0.0.1',
      port: server.port,
      username: USER,
      credential: { kind: 'password', password: user.password },
      knownHostsPath: path,
      deviceType: 'fmc',
      // `su -` runs root's login profile, which takes seconds on some CI images (pyenv, cargo).
      modeChangeTimeoutMs: 60_000,
      ...extra,
    };
  };

  beforeAll(async () => {
    user = createTestUser(USER);
    server = await startSshd({ user: USER });
    session = await connectDevice(options());
  });
  afterAll(async () => {
    await session?.close();
    await server?.stop();
    user?.remove();
  });

  const expert = (command: string, extra: { timeoutMs?: number; maxBytes?: number } = {}) =>
    session.run({ privilege: 'expert', command, timeoutMs: extra.timeoutMs ?? 10_000, ...(extra.maxBytes ? { maxBytes: extra.maxBytes } : {}) });

  it('lands in bash as the user (expert), with the login text as banner', () => {
    expect(session.info.landing).toBe('expert');
    expect(session.info.authMethod).toBe('password');
  });

  it('returns exit codes and exact output, without a trailing newline added', async () => {
    expect(await expert('echo hello; false')).toMatchObject({ output: 'hello\n', exitCode: 1 });
    expect(await expert("sh -c 'exit 42'")).toMatchObject({ output: '', exitCode: 42 });
    expect(await expert("printf 'no newline'")).toMatchObject({ output: 'no newline', exitCode: 0 });
    expect(await expert("printf '한국어 출력\\n'")).toMatchObject({ output: '한국어 출력\n' });
    expect(await expert('echo out; echo err >&2')).toMatchObject({ output: 'out\nerr\n', exitCode: 0 });
  });

  it('keeps prompt look-alikes and marker-looking text that the output contains', async () => {
    const fake = '> \\nadmin@firepower:~$ \\nroot@firepower:common# \\nPassword: \\n<FCD:0123456789abcdef:E:0>\\n<FCD:x:S>\\n# ';
    const result = await expert(`printf '${fake}'`);
    expect(result.output).toBe('> \nadmin@firepower:~$ \nroot@firepower:common# \nPassword: \n<FCD:0123456789abcdef:E:0>\n<FCD:x:S>\n# ');
    expect(result.exitCode).toBe(0);
  });

  it('quotes the command: single quotes, $?, ; and a second line survive', async () => {
    expect((await expert(`echo 'it'"'"'s'; echo "$((1+1))"`)).output).toBe("it's\n2\n");
    expect((await expert('echo a\necho b')).output).toBe('a\nb\n');
  });

  it('gives commands /dev/null as stdin, so none can eat what is typed next', async () => {
    expect(await expert('cat')).toMatchObject({ output: '', exitCode: 0 });
    expect((await expert('echo next')).output).toBe('next\n');
  });

  it('caps output at 1 MiB and counts the rest', async () => {
    const result = await expert("head -c 3000000 /dev/zero | tr '\\0' x", { maxBytes: 1024 * 1024 });
    expect(result.output.length).toBe(1024 * 1024);
    expect(result.truncatedBytes).toBe(3_000_000 - 1024 * 1024);
    expect(result.exitCode).toBe(0);
  });

  it('interrupts a command that never ends and keeps using the same shell', async () => {
    const error = await expert('sleep 30', { timeoutMs: 500 }).then(() => undefined, (e: unknown) => e);
    expect(isSshError(error, 'timeout')).toBe(true);
    expect((await expert('echo alive')).output).toBe('alive\n');
  });

  describe.skipIf(noSudo !== undefined)(`root through sudo${noSudo ? ` (skipped: ${noSudo})` : ''}`, () => {
    it('reaches root with `sudo su -` answering Debian\'s `[sudo] password for …:` prompt', async () => {
      const result = await session.run({ privilege: 'root', command: 'id -u; whoami', timeoutMs: 15_000 });
      expect(result).toMatchObject({ output: '0\nroot\n', exitCode: 0 });
    });

    it('runs 15 root commands concurrently on the pool', { timeout: 120_000 }, async () => {
      const results = await Promise.all(
        Array.from({ length: 15 }, (_, i) => session.run({ privilege: 'root', command: `echo $((${i}*2)); id -u`, timeoutMs: 20_000 })),
      );
      expect(results.map((r) => r.output)).toEqual(Array.from({ length: 15 }, (_, i) => `${i * 2}\n0\n`));
    });

    it('reports a wrong sudo password as sudo-failed after one attempt', async () => {
      const wrong = await connectDevice(options({ sudoPassword: 'not-the-password' }));
      try {
        const error = await wrong.run({ privilege: 'root', command: 'id -u', timeoutMs: 15_000 }).then(() => undefined, (e: unknown) => e);
        expect(isSshError(error, 'sudo-failed') && error.details.reason).toBe('wrong-password');
        expect((await wrong.run({ privilege: 'expert', command: 'id -un', timeoutMs: 5000 })).output).toBe(`${USER}\n`);
      } finally {
        await wrong.close();
      }
    });
  });
});
