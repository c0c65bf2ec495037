import { afterEach, describe, expect, it } from 'vitest';
import { fmcDriver } from '../../../../../../electron/services/device/fmc';
import { ftdDriver } from '../../../../../../electron/services/device/ftd';
import type { DeviceDriver } from '../../../../../../electron/services/device/driver';
import { openConnection, type SshConnection } from '../../../../../../electron/services/ssh/connect';
import { ShellDriver } from '../../../../../../electron/services/ssh/shell/shell-driver';
import { isSshError } from '../../../../../../electron/services/ssh/ssh-error';
import { trustingKnownHosts } from '../../../../../helpers/ssh-double/connect';
import type { FakeFirepowerOptions } from '../../../../../helpers/ssh-double/fake-firepower';
import { startDoubleServer, type DoubleServer } from '../../../../../helpers/ssh-double/server';

const OPTIONS = { settleMs: 30, modeChangeTimeoutMs: 3000, recoverTimeoutMs: 2000 };
const RUN = { timeoutMs: 3000, maxBytes: 1 << 20, onOverflow: 'truncate' } as const;

let open: { server: DoubleServer; connection: SshConnection }[] = [];
afterEach(async () => {
  for (const { server, connection } of open) {
    connection.close();
    await server.close();
  }
  open = [];
});

const shellOn = async (device: FakeFirepowerOptions = {}, driver: DeviceDriver = ftdDriver) => {
  const server = await startDoubleServer({ device });
  const connection = await openConnection({
    host: server.host,
    port: server.port,
    username: 'admin',
    credential: { kind: 'password', password: 'Admin123' },
    knownHostsPath: trustingKnownHosts(server),
  });
  open.push({ server, connection });
  const shell = await ShellDriver.open(connection.client, driver, OPTIONS);
  return { server, shell };
};
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e);

describe('landing', () => {
  it.each([
    ['firepower', 'Cisco Firepower 2110 Threat Defense v6.8.0 (build 1751)'],
    ['secure-firewall', 'Cisco Secure Firewall Threat Defense for VMware v7.4.1 (build 172)'],
    ['fmc', 'Cisco Secure Firewall Management Center for VMware v7.6.0 (build 113)'],
  ] as const)('lands at CLISH after the %s banner and keeps the banner', async (banner, line) => {
    const { shell } = await shellOn({ banner });
    expect(shell.mode).toBe('clish');
    expect(shell.banner).toContain(line);
  });

  it('types `connect ftd` at Firepower-module1> (FP4100/9300)', async () => {
    const { shell, server } = await shellOn({ landing: 'module' });
    expect(shell.mode).toBe('clish');
    expect(server.shared.commands).toEqual(['connect ftd']);
    expect((await shell.run('show version', RUN)).output).toContain('Threat Defense');
  });

  it('treats an FMC that lands in bash as expert, and reaches CLISH with `clish`', async () => {
    const { shell } = await shellOn({ landing: 'bash', banner: 'fmc' }, fmcDriver);
    expect(shell.mode).toBe('expert');
    expect((await shell.run('id -u', RUN)).output).toBe('1000\n');
    await shell.toClish();
    expect(shell.mode).toBe('clish');
    await shell.toExpert();
    expect(shell.mode).toBe('expert');
  });
});

describe('expert and root', () => {
  it('goes CLISH → expert → root (lecture, Password:) → back to CLISH, checking each level', async () => {
    const { shell, server } = await shellOn();
    await shell.toExpert();
    expect(shell.mode).toBe('expert');
    await shell.toRoot('Admin123');
    expect(shell.mode).toBe('root');
    expect(server.shared.lectured).toBe(true);
    expect((await shell.run('id -u', RUN)).output).toBe('0\n');
    await shell.toClish();
    expect(shell.mode).toBe('clish');
    // Each mode change is typed after a marker, so a stale prompt cannot be mistaken for its answer.
    const modeChanges = server.shared.commands.filter((c) => c.includes(":M>'; ")).map((c) => c.replace(/^printf .*?:M>'; /, ''));
    expect(modeChanges).toEqual(['sudo su -', 'exit', 'stty echo onlcr 2>/dev/null; exit']);
  });

  it('needs no lecture, and accepts `[sudo] password for admin:` and an LDAP root prompt', async () => {
    const { shell, server } = await shellOn({ sudoPrompt: '[sudo] password for admin: ', rootPrompt: 'FTD01:/home/ldap/abbac# ' });
    server.shared.lectured = true;
    await shell.toRoot('Admin123');
    expect(shell.mode).toBe('root');
    expect(server.shared.sudoAttempts).toBe(1);
  });

  it('falls back to `sudo -i` when sudoers refuses `su -`', async () => {
    const { shell, server } = await shellOn({ suForbidden: true });
    await shell.toRoot('Admin123');
    expect(shell.mode).toBe('root');
    expect(server.shared.commands.filter((c) => c.includes('sudo')).map((c) => c.replace(/^printf .*?:M>'; /, ''))).toEqual([
      'sudo su -',
      'sudo -i',
    ]);
  });

  it('reports a wrong sudo password after one attempt and stays usable in expert', async () => {
    const { shell, server } = await shellOn();
    const error = await failure(shell.toRoot('Wrong-Sudo-9'));
    expect(isSshError(error, 'sudo-failed') && error.details.reason).toBe('wrong-password');
    expect(server.shared.sudoAttempts).toBe(2); // the wrong answer, then Ctrl-C at the second prompt
    expect(shell.mode).toBe('expert');
    expect((await shell.run('echo still here', RUN)).output).toBe('still here\n');
    expect(String(error)).not.toContain('Wrong-Sudo-9');
  });

  it('reports a missing sudo password without guessing one', async () => {
    const { shell } = await shellOn();
    const error = await failure(shell.toRoot(undefined));
    expect(isSshError(error, 'sudo-failed') && error.details.reason).toBe('password-required');
    expect(shell.mode).toBe('expert');
  });

  it('reports expert as unavailable after `system lockdown`, with CLISH words, and stays in CLISH', async () => {
    const { shell } = await shellOn({ lockdown: true });
    const error = await failure(shell.toExpert());
    expect(isSshError(error, 'expert-unavailable')).toBe(true);
    if (!isSshError(error, 'expert-unavailable')) return;
    expect(error.details.detail).toMatch(/^Syntax error:/);
    expect(shell.mode).toBe('clish');
    expect((await shell.run('show version', RUN)).output).toContain('Model');
  });
});

describe('terminal noise', () => {
  it('reads prompts through ANSI colours, titles and bells, and returns clean CLISH output', async () => {
    const { shell } = await shellOn({ noisyPrompts: true });
    const result = await shell.run('show ansi', RUN);
    expect(result.output).toBe('NTP Server : 203.0.113.126\nStatus : Being Used\n');
    await shell.toRoot('Admin123');
    expect((await shell.run('echo ok', RUN)).output).toBe('ok\n');
  });

  it('still frames bash output when stty cannot turn off CRLF', async () => {
    const { shell } = await shellOn({ sttyFails: true });
    await shell.toExpert();
    const result = await shell.run("printf 'a\\nb'", RUN);
    expect(result.output).toBe('a\r\nb');
    expect(result.exitCode).toBe(0);
  });
});
