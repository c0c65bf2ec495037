import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import ssh2 from 'ssh2';
import { exec } from '../../helpers/sim-client';

const CLI = resolve(__dirname, '../../../dist/cli/firepower-cloud-doctor.cjs');

/** The built CLI (npm run build → dist/cli), as a user runs it. */
describe.skipIf(!existsSync(CLI))(
  'built CLI: simulator (skipped when dist/cli is not built: run `npm run build`)',
  () => {
    it('serves the simulated device until SIGINT', async () => {
      const child = spawn(
        process.execPath,
        [CLI, 'simulator', '--port', '0', '--scenario', 'connector-ipc-broken', '--device-type', 'fmc'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      try {
        await expect.poll(() => out, { timeout: 10_000 }).toContain('Press Ctrl-C to stop.');
        const port = Number(/Listening on 127\.0\.0\.1:(\d+)/.exec(out)?.[1]);
        expect(out).toContain('Simulated FMC 7.4.1 (build 172), scenario connector-ipc-broken');
        const client = await new Promise<InstanceType<typeof ssh2.Client>>((ok, fail) => {
          const c = new ssh2.Client();
          c.on('ready', () => ok(c)).on('error', fail);
          c.connect({ host: '127.0.0.1', port, username: 'admin', password: 'Admin123', hostVerifier: () => true });
        });
        expect((await exec(client, 'show version')).stdout).toContain(
          'Cisco Secure Firewall Management Center for VMware (66) Version 7.4.1',
        );
        client.end();
      } finally {
        child.kill('SIGINT');
      }
      expect(await exited).toBe(0);
      expect(out).toContain('Simulator stopped.');
    });

    it('exits 2 with one line on a bad flag', async () => {
      const child = spawn(process.execPath, [CLI, 'simulator', '--nope'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
      expect(code).toBe(2);
      expect(err.trim().split('\n')).toEqual(["firepower-cloud-doctor: Unknown option '--nope'"]);
    });
  },
);
