import { describe, expect, it } from 'vitest';
import type { RunningSimulator, SimulatorOptions } from '../../../electron/services/simulator';
import { CLISH, connect, exec, openShell, type Shell, useSimulators } from '../../helpers/sim-client';

const start = useSimulators({ timeScale: 0.01 });

const clish = async (options: SimulatorOptions = {}): Promise<{ sim: RunningSimulator; shell: Shell }> => {
  const sim = await start(options);
  const shell = await openShell(await connect(sim));
  await shell.expect(/> $/);
  return { sim, shell };
};

describe('CLISH commands (device facts §1.3, §1.4)', () => {
  it('echoes the command, answers in CRLF and returns to a bare "> "', async () => {
    const { shell } = await clish();
    const out = await shell.run('show version', CLISH);
    expect(out).toBe(
      'show version\r\n-------------------[ firepower ]--------------------\r\nModel                     : Cisco Firepower Threat Defense for VMware (75) Version 7.2.5 (Build 208)\r\nUUID                      : 9d4b06f4-f4d2-11e9-8c86-eb98e807d9d8\r\nLSP version               : lsp-rel-20231011-1536\r\nVDB version               : 376\r\n----------------------------------------------------\r\n> ',
    );
  });

  it('shows the network with DNS servers as continuation lines and the Proxy Information block', async () => {
    const { shell } = await clish({ scenario: 'proxy-interference' });
    const out = await shell.run('show network', CLISH);
    expect(out).toContain(
      '===============[ System Information ]===============\r\nHostname                  : firepower\r\n',
    );
    expect(out).toContain(
      'DNS Servers               : 208.67.222.222\r\n                            208.67.220.220\r\n',
    );
    expect(out).toContain(
      '===============[ Proxy Information ]================\r\nState                     : Enabled\r\nHTTP Proxy Address        : 10.1.1.100\r\nHTTP Proxy Port           : 3128\r\n',
    );
  });

  it('has no DNS Servers line when none is configured', async () => {
    const { shell } = await clish({ scenario: 'dns-not-configured' });
    const out = await shell.run('show network', CLISH);
    expect(out).not.toContain('DNS Servers');
    expect(out).toContain('State                     : Disabled\r\nAuthentication            : Disabled\r\n');
  });

  it('shows managers: Completed, Pending, none', async () => {
    expect(await (await clish()).shell.run('show managers', CLISH)).toContain(
      'Registration              : Completed\r\n',
    );
    expect(await (await clish({ scenario: 'device-not-registered' })).shell.run('show managers', CLISH)).toContain(
      'Registration              : Pending\r\n',
    );
    expect(
      await (await clish({ scenario: 'device-not-registered-no-manager' })).shell.run('show managers', CLISH),
    ).toContain('No managers configured.\r\n');
  });

  it('shows NTP being used, or unreachable when the clock is off', async () => {
    expect(await (await clish()).shell.run('show ntp', CLISH)).toContain(
      'NTP Server : 192.168.45.10\r\nStatus : Being Used\r\nOffset : 0.013 (milliseconds)\r\nLast Update : 36 (seconds)\r\n',
    );
    expect(await (await clish({ scenario: 'clock-not-synchronized' })).shell.run('show ntp', CLISH)).toContain(
      'Status : Unreachable\r\n',
    );
  });

  it('prints Syntax error for unknown and incomplete commands and bad parameters', async () => {
    const { shell } = await clish();
    expect(await shell.run('frobnicate', CLISH)).toBe('frobnicate\r\nSyntax error: Illegal command line\r\n> ');
    expect(await shell.run('show', CLISH)).toBe('show\r\nSyntax error: The command is not completed\r\n> ');
    expect(await shell.run('configure network dns servers 300.1.1.1', CLISH)).toContain(
      'Syntax error: Illegal parameter\r\n> ',
    );
  });

  it('never runs an abbreviation: it rings the bell and completes the word in place', async () => {
    const { shell } = await clish();
    shell.send('show ver\r');
    expect(await shell.expect('\x07')).toBe('show ver\x07');
    await shell.expect('sion ');
    await new Promise((r) => setTimeout(r, 100));
    expect(shell.pending).toBe('');
    shell.send('\r');
    expect(await shell.expect(CLISH)).toContain('Model                     :');
    shell.send('sh net\r');
    expect(await shell.expect('\x07\r\nshow\r\n> sh net')).toBe('sh net\x07\r\nshow\r\n> sh net');
    shell.send('\x15\r');
    await shell.expect(CLISH);
  });

  it('configures DNS servers, comma or space separated, and show network follows', async () => {
    const { shell, sim } = await clish({ scenario: 'dns-not-configured' });
    expect(await shell.run('configure network dns servers 8.8.8.8,8.8.4.4', CLISH)).toBe(
      'configure network dns servers 8.8.8.8,8.8.4.4\r\n> ',
    );
    expect(sim.state.network.dnsServers).toEqual(['8.8.8.8', '8.8.4.4']);
    expect(await shell.run('show network', CLISH)).toContain(
      'DNS Servers               : 8.8.8.8\r\n                            8.8.4.4\r\n',
    );
    await shell.run('configure network dns servers 1.1.1.1 9.9.9.9', CLISH);
    expect(sim.state.network.dnsServers).toEqual(['1.1.1.1', '9.9.9.9']);
  });

  it('handles backspace while typing', async () => {
    const { shell } = await clish();
    const out = await shell.run('show nto\x7f\x7ftp', CLISH);
    expect(out).toContain('NTP Server');
  });

  it('exit closes the session', async () => {
    const { shell } = await clish();
    shell.send('exit\r');
    await shell.waitClosed();
  });

  it('runs CLISH commands on exec channels', async () => {
    const sim = await start();
    const client = await connect(sim);
    const version = await exec(client, 'show version');
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^-+\[ firepower \]-+\nModel/);
    const bad = await exec(client, 'nonsense');
    expect(bad).toMatchObject({ code: 1, stdout: 'Syntax error: Illegal command line\n' });
    client.end();
  });

  it('FMC CLISH has no show managers; expert and clish move between CLISH and bash', async () => {
    const { shell } = await clish({ deviceType: 'fmc' });
    expect(await shell.run('show managers', CLISH)).toContain('Syntax error: Illegal command line');
    expect(await shell.run('show version', CLISH)).toContain(
      'Cisco Secure Firewall Management Center for VMware (66) Version 7.4.1 (Build 172)',
    );
    await shell.run('expert', /admin@fmc:~\$ $/);
    await shell.run('clish', CLISH);
    await shell.run('exit', /admin@fmc:~\$ $/);
  });
});
