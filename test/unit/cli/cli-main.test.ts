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

  it('rejects an unknown command with one line on stderr and exit 2', async () => {
    const io = captureIo();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).toMatch(/unknown command "frobnicate"/);
  });
});
