import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileStorePath } from '../../../electron/cli/commands/profiles';
import { runCli } from '../../../electron/cli/main';
import { loadProfileByName, ProfileNotFoundError } from '../../../electron/services/profiles/load-profile';
import { captureIo } from '../../helpers/capture-io';

const FIXTURE = resolve(__dirname, '../../fixtures/profiles/v1-profiles.json');

const setup = () => {
  const dir = mkdtempSync(join(tmpdir(), 'fcd-cli-profiles-'));
  const file = join(dir, 'profiles.json');
  const cli = async (...args: string[]) => {
    const io = captureIo({ XDG_CONFIG_HOME: join(dir, 'xdg') });
    const code = await runCli(['profiles', ...args, '--profiles', file], { ...io, cwd: dir });
    return { code, out: io.out(), err: io.err() };
  };
  return { dir, file, cli };
};

const oneLine = (text: string) => expect(text.trim().split('\n')).toHaveLength(1);

describe('profiles command', () => {
  it('adds devices, lists them as a table after the simulated device, and shows one as key: value', async () => {
    const { dir, file, cli } = setup();
    writeFileSync(join(dir, 'id_ed25519'), 'key');
    expect(await cli('add', 'Seoul FTD', '--host', '192.0.2.41', '--user', 'admin')).toMatchObject({ code: 0, err: '' });
    const added = await cli('add', 'HQ FMC', '--host', 'fmc.example.com', '--port', '2222', '--user', 'netops', '--device-type', 'FMC', '--region', 'eu', '--key', 'id_ed25519', '--jump', 'ops@bastion.example.com:22', '--notes', 'HQ');
    expect(added).toMatchObject({ code: 0, err: '', out: expect.stringMatching(/^added "HQ FMC" \(/) });

    const list = await cli('list');
    expect(list.code).toBe(0);
    const lines = list.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+TYPE\s+REGION\s+HOST\s+PORT\s+USER\s+AUTH\s+JUMP$/);
    expect(lines[1]).toMatch(/^Simulated device \(built in\)\s+FTD\s+US\s+127\.0\.0\.1/);
    expect(lines[2]).toMatch(/^Seoul FTD\s+FTD\s+US\s+192\.0\.2\.41\s+22\s+admin\s+password\s+-$/);
    expect(lines[3]).toMatch(/^HQ FMC\s+FMC\s+EU\s+fmc\.example\.com\s+2222\s+netops\s+key\s+ops@bastion\.example\.com:22$/);
    // Columns line up: every row's HOST starts where the header's does.
    const hostColumn = lines[0]!.indexOf('HOST');
    expect(lines.slice(1).every((line) => /\S/.test(line[hostColumn] ?? '') && line[hostColumn - 1] === ' ')).toBe(true);

    const show = await cli('show', 'hq fmc');
    expect(show.code).toBe(0);
    expect(show.out).toContain(`auth:        key ${join(dir, 'id_ed25519')}\n`);
    expect(show.out).toContain('jump host:   ops@bastion.example.com:22 (agent)\n');
    expect(show.out).toMatch(/^name:\s+HQ FMC$/m);
    expect(show.out).toMatch(/^region:\s+EU$/m);
    expect(JSON.parse(readFileSync(file, 'utf8')).profiles).toHaveLength(2);
    expect((await cli('show', 'Simulated device')).out).toContain('built in:');
  });

  it.each([
    [['add', 'X', '--user', 'admin'], /--host is required/],
    [['add', 'X', '--host', 'h.example.com'], /--user is required/],
    [['add', 'X', '--host', 'bad host', '--user', 'admin', '--port', '70000'], /--host: Enter a host name.*--port: The port must be/],
    [['add', 'X', '--host', 'h', '--user', 'admin', '--device-type', 'asa'], /--device-type must be one of ftd, fmc \(got "asa"\)/],
    [['add', 'X', '--host', 'h', '--user', 'admin', '--region', 'mars'], /--region must be one of us, eu, apj/],
    [['add', 'X', '--host', 'h', '--user', 'admin', '--jump', 'bastion'], /--jump: Write the jump host as user@host:port/],
    [['add', 'X', '--host', 'h', '--user', 'admin', '--auth', 'key'], /--key: Enter the path of the private key file/],
    [['add', 'X', '--host', 'h', '--user', 'admin', '--key', '/nonexistent/key'], /--key: There is no file at \/nonexistent\/key/],
    [['add', 'Simulated device', '--host', 'h', '--user', 'admin'], /NAME: “Simulated device” is the name of the built-in simulated device/],
    [['add', 'X', '--host', 'h', '--user', 'admin', '--password', 'hunter2'], /Unknown option '--password'/],
    [['list', '--host', 'h'], /profiles list: --host does not apply here/],
    [['show'], /expected one argument, got 0/],
    [['show', 'Nowhere'], /no device named "Nowhere"/],
    [['remove', 'Simulated device'], /built in and cannot be removed/],
    [['frobnicate'], /unknown subcommand "frobnicate"/],
    [['import', 'missing.json'], /cannot read .*missing\.json \(ENOENT\)/],
  ])('%j → exit 2 with one line on stderr', async (args, pattern) => {
    const { cli } = setup();
    const result = await cli(...(args as string[]));
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    oneLine(result.err);
    expect(result.err).toMatch(pattern);
    expect(result.err).toMatch(/^firepower-cloud-doctor: /);
  });

  it('refuses a duplicate name, ignoring case', async () => {
    const { cli } = setup();
    await cli('add', 'Seoul FTD', '--host', '192.0.2.41', '--user', 'admin');
    const again = await cli('add', 'SEOUL ftd', '--host', '192.0.2.42', '--user', 'admin');
    expect(again.code).toBe(2);
    expect(again.err).toContain('NAME: Another device is already called “SEOUL ftd”.');
  });

  it('removes by name', async () => {
    const { cli } = setup();
    await cli('add', 'Seoul FTD', '--host', '192.0.2.41', '--user', 'admin');
    expect(await cli('remove', 'seoul ftd')).toMatchObject({ code: 0, out: 'removed "Seoul FTD"\n' });
    expect((await cli('list')).out).not.toContain('Seoul FTD');
  });

  it('exports to stdout or a file, and imports it back (dry run first), with no secrets in either', async () => {
    const { dir, cli } = setup();
    await cli('add', 'Seoul FTD', '--host', '192.0.2.41', '--user', 'admin');
    const stdout = await cli('export');
    expect(JSON.parse(stdout.out)).toMatchObject({ format: 'firepower-cloud-doctor/profiles', profiles: [{ name: 'Seoul FTD' }] });
    const toFile = await cli('export', '--out', 'devices.json');
    expect(toFile).toMatchObject({ code: 0, out: '' });
    expect(toFile.err).toContain('exported 1 device(s)');
    const exported = readFileSync(join(dir, 'devices.json'), 'utf8');
    const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '');
    expect(withoutTime(exported)).toBe(withoutTime(stdout.out));
    expect(exported).not.toMatch(/password"\s*:\s*"|passphrase"\s*:/);

    const other = setup();
    copyFileSync(join(dir, 'devices.json'), join(other.dir, 'devices.json'));
    const dry = await other.cli('import', 'devices.json', '--dry-run');
    expect(dry).toMatchObject({ code: 0, out: 'would add "Seoul FTD" (192.0.2.41)\n' });
    expect((await other.cli('list')).out).not.toContain('Seoul FTD');
    expect(await other.cli('import', 'devices.json')).toMatchObject({
      code: 0,
      out: 'add "Seoul FTD" (192.0.2.41)\nimported: 1 added, 0 replaced, 0 skipped\n',
    });
    expect((await other.cli('import', 'devices.json')).out).toContain('imported: 0 added, 1 replaced, 0 skipped');
  });

  it('imports a version-1 profile file too, and says which key files are not on this computer', async () => {
    const { dir, cli } = setup();
    copyFileSync(FIXTURE, join(dir, 'old.json'));
    const result = await cli('import', 'old.json');
    expect(result.code).toBe(0);
    expect(result.out).toContain('imported: 3 added, 0 replaced, 0 skipped');
    expect(result.err).toContain('warning: "HQ FMC": The key file /home/netops/.ssh/fmc_ed25519 is not on this computer');
  });

  it('prints store notices on stderr: a corrupt file is moved aside and named', async () => {
    const { file, cli } = setup();
    writeFileSync(file, '{ broken');
    const result = await cli('list');
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/^warning: Your saved devices file could not be read \(it is not valid JSON\)\. It was kept as .*profiles\.json\.corrupt-/);
  });

  it('defaults to the desktop app’s user-data folder', () => {
    expect(profileStorePath(undefined, { cwd: '/x', env: { XDG_CONFIG_HOME: '/cfg' } })).toBe(
      process.platform === 'linux' ? '/cfg/Firepower Cloud Doctor/profiles.json' : expect.stringContaining('Firepower Cloud Doctor'),
    );
    expect(profileStorePath('rel.json', { cwd: '/x', env: {} })).toBe('/x/rel.json');
  });

  it('loads a profile by name for diagnose --profile, including the simulated device', async () => {
    const { file, cli } = setup();
    await cli('add', 'Seoul FTD', '--host', '192.0.2.41', '--user', 'admin');
    expect((await loadProfileByName(file, 'SEOUL FTD')).profile).toMatchObject({ host: '192.0.2.41' });
    expect(await loadProfileByName(file, '시뮬레이션 디바이스')).toMatchObject({ builtIn: true, profile: { id: 'simulated' } });
    await expect(loadProfileByName(file, 'Busan')).rejects.toBeInstanceOf(ProfileNotFoundError);
    await expect(loadProfileByName(file, 'Busan')).rejects.toThrow('no device named "Busan" in the profiles file (saved: "Seoul FTD").');
  });
});
