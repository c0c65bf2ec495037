import { describe, expect, it } from 'vitest';
import { runSimulatorCommand } from '../../../electron/cli/commands/simulator';
import { runCli } from '../../../electron/cli/main';
import { captureIo } from '../../helpers/capture-io';
import { exec } from '../../helpers/sim-client';
import ssh2 from 'ssh2';

describe('firepower-cloud-doctor simulator', () => {
  it('lists the scenarios and faults', async () => {
    const io = captureIo();
    expect(await runCli(['simulator', '--list-scenarios'], io)).toBe(0);
    expect(io.out()).toMatch(/^ {2}dns-not-configured +dns-not-configured +ftd,fmc +No DNS servers$/m);
    expect(io.out()).toMatch(/^ {2}device-not-registered +device-not-registered +ftd +/m);
    expect(io.out()).toContain('huge-log[:size=BYTES]');
  });

  it('is listed in the help', async () => {
    const io = captureIo();
    await runCli(['--help'], io);
    expect(io.out()).toContain('firepower-cloud-doctor simulator --port P [--scenario S]');
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--port', 'x'], /--port must be a number/],
    [['--port', '70000'], /--port must be a number/],
    [['--region', 'mars'], /--region must be one of us, eu, apj/],
    [['--device-type', 'asa'], /--device-type must be one of ftd, fmc/],
    [['--scenario', 'nope'], /unknown scenario "nope"/],
    [['--scenario', 'device-not-registered', '--device-type', 'fmc'], /exists only for ftd/],
    [['--fault', 'meteor'], /--fault meteor: unknown fault/],
    [['--auth', 'telepathy'], /--auth must be one of/],
    [['extra'], /Unexpected argument 'extra'/],
  ])('rejects %j with one line and exit 2', async (args, message) => {
    const io = captureIo();
    expect(await runCli(['simulator', ...args], io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });

  it('runs the device, prints how to reach it, and stops', async () => {
    const io = captureIo();
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = runSimulatorCommand(
      ['--port', '0', '--scenario', 'cloud-unreachable', '--region', 'eu', '--fault', 'slow:delay=1'],
      io,
      stopped,
    );
    await expect.poll(() => io.out(), { timeout: 5000 }).toContain('Press Ctrl-C to stop.');
    const text = io.out();
    expect(text).toContain('scenario cloud-unreachable, region eu, faults: slow');
    expect(text).toContain('Username:       admin\nPassword:       Admin123\nSudo password:  Admin123\n');
    expect(text).toMatch(/Host key: +SHA256:[\w+/]{43}\n/);
    expect(text).toMatch(/known_hosts: +\[127\.0\.0\.1\]:\d+ ssh-ed25519 AAAA/);
    expect(text).toContain('Expected cause: cloud-unreachable');
    const port = Number(/Listening on 127\.0\.0\.1:(\d+)/.exec(text)?.[1]);
    const client = await new Promise<InstanceType<typeof ssh2.Client>>((resolve, reject) => {
      const c = new ssh2.Client();
      c.on('ready', () => resolve(c)).on('error', reject);
      c.connect({ host: '127.0.0.1', port, username: 'admin', password: 'Admin123', hostVerifier: () => true });
    });
    expect((await exec(client, 'show version')).stdout).toContain('Version 7.2.5');
    client.end();
    stop();
    expect(await running).toBe(0);
    expect(io.out()).toMatch(/Simulator stopped\.\n$/);
  });
});
