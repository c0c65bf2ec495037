import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { captureIo } from '../../helpers/capture-io';

describe('CLI entry', () => {
  it('prints help and the version', async () => {
    const io = captureIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/Firepower Cloud Doctor/);
    const v = captureIo();
    expect(await runCli(['--version'], v)).toBe(0);
    expect(v.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('prints a command’s usage for --help or -h after it, and exits 0 without running it', async () => {
    for (const [command, flag] of [['diagnose', '--help'], ['profiles', '-h'], ['simulator', '--help']] as const) {
      const io = captureIo();
      expect(await runCli([command, flag], io), command).toBe(0);
      expect(io.out()).toContain(`Usage:\n  firepower-cloud-doctor ${command} `);
      expect(io.err()).toBe('');
    }
    // After `--` it is an argument, not the flag.
    const io = captureIo();
    expect(await runCli(['profiles', 'show', '--', '--help'], io)).toBe(2);
  });

  it('rejects an unknown command with one line on stderr and exit 2', async () => {
    const io = captureIo();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).toMatch(/unknown command "frobnicate"/);
  });
});
