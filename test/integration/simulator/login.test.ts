import { createHash } from 'node:crypto';
import ssh2 from 'ssh2';
import { describe, expect, it } from 'vitest';
import type { SimulatorOptions } from '../../../electron/services/simulator';
import { connect, ed25519Pair, exec, openShell, useSimulators } from '../../helpers/sim-client';

const start = useSimulators({ timeScale: 0.01 });

/** The text a shell prints up to its first prompt. */
const banner = async (options: SimulatorOptions, prompt = /> $/) => {
  const sim = await start(options);
  const client = await connect(sim);
  const shell = await openShell(client);
  const text = await shell.expect(prompt);
  client.end();
  return text;
};

describe('login banner and landing prompt (device facts §1.1)', () => {
  it('FTD 7.2: FX-OS and "Cisco Firepower … Threat Defense", then a bare "> "', async () => {
    const text = await banner({ scenario: 'healthy' });
    expect(text).toMatch(
      /^Successful login attempts for user 'admin' : \d+\r\n\r\nCopyright 2004-2022, Cisco and\/or its affiliates\. All rights reserved\. \r\n/,
    );
    expect(text).toContain(
      '\r\nCisco Firepower Extensible Operating System (FX-OS) v2.12.0 (build 499)\r\nCisco Firepower Threat Defense for VMware v7.2.5 (build 208)\r\n\r\n> ',
    );
  });

  it('FTD 7.4: "Cisco Secure Firewall Threat Defense"', async () => {
    expect(await banner({ device: { version: '7.4.1', build: '172' } })).toContain(
      'Cisco Secure Firewall Threat Defense for VMware v7.4.1 (build 172)\r\n\r\n> ',
    );
  });

  it('FTD 6.3: Fire Linux OS and VMWare', async () => {
    const text = await banner({ scenario: 'unsupported-version' });
    expect(text).toContain('Cisco Fire Linux OS v6.3.0');
    expect(text).toContain('Cisco Firepower Threat Defense for VMWare v6.3.0 (build 83)');
  });

  it('FMC 7.4: "Cisco Secure Firewall Management Center", CLISH by default', async () => {
    expect(await banner({ deviceType: 'fmc' })).toContain(
      'Cisco Secure Firewall Management Center for VMware v7.4.1 (build 172)\r\n\r\n> ',
    );
  });

  it('FMC landing straight in bash', async () => {
    expect(await banner({ deviceType: 'fmc', device: { fmcLanding: 'bash' } }, /\$ $/)).toMatch(/\r\nadmin@fmc:~\$ $/);
  });

  it('4100/9300 module lands at Firepower-module1> and needs connect ftd', async () => {
    const sim = await start({ device: { platform: 'chassis-module' } });
    const client = await connect(sim);
    const shell = await openShell(client);
    await shell.expect(/Cisco Security Services Platform[\s\S]*\r\nFirepower-module1> $/);
    expect(await shell.run('connect ftd', /\r\n> $/)).toContain(
      'Connecting to ftd console... enter exit to return to bootCLI\r\n> ',
    );
    expect(await shell.run('show version', /\r\n> $/)).toContain(
      'Cisco Firepower 4110 Threat Defense (76) Version 7.2.5 (Build 208)',
    );
    await shell.run('exit', /Firepower-module1> $/);
    client.end();
  });

  it('counts logins and shows the previous one', async () => {
    const sim = await start({});
    const first = await openShell(await connect(sim));
    const text1 = await first.expect(/> $/);
    const second = await openShell(await connect(sim));
    const text2 = await second.expect(/> $/);
    const count = (text: string) => Number(/login attempts for user 'admin' : (\d+)/.exec(text)?.[1]);
    expect(count(text2)).toBe(count(text1) + 1);
    expect(text2).toMatch(/^Last login: \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4} from 127\.0\.0\.1\r\n/);
  });
});

describe('authentication', () => {
  it('accepts the password method and keyboard-interactive (Password:)', async () => {
    const sim = await start({});
    await connect(sim).then((c) => c.end());
    const prompts: string[] = [];
    const client = await new Promise<InstanceType<typeof ssh2.Client>>((resolve, reject) => {
      const c = new ssh2.Client();
      c.on('ready', () => resolve(c)).on('error', reject);
      c.on('keyboard-interactive', (_n, _i, _l, asked, finish) => {
        prompts.push(...asked.map((p) => p.prompt));
        finish([sim.password]);
      });
      c.connect({
        host: sim.host,
        port: sim.port,
        username: 'admin',
        tryKeyboard: true,
        authHandler: ['keyboard-interactive'],
        hostVerifier: () => true,
      });
    });
    expect(prompts).toEqual(['Password: ']);
    client.end();
  });

  it('offering only publickey,keyboard-interactive rejects a plain password but takes keyboard-interactive', async () => {
    const sim = await start({ auth: { methods: ['publickey', 'keyboard-interactive'] } });
    await expect(connect(sim, { tryKeyboard: false })).rejects.toThrow(/authentication methods failed/);
    const client = await connect(sim, { tryKeyboard: true });
    client.end();
  });

  it('rejects a wrong password and an unknown user', async () => {
    const sim = await start({});
    await expect(connect(sim, { password: 'wrong', tryKeyboard: false })).rejects.toThrow(
      /authentication methods failed/,
    );
    await expect(connect(sim, { username: 'root', tryKeyboard: false })).rejects.toThrow(
      /authentication methods failed/,
    );
  });

  it('accepts an authorized public key', async () => {
    const pair = ed25519Pair();
    const sim = await start({ auth: { authorizedKeys: [pair.public] } });
    const client = await connect(sim, { password: undefined, privateKey: pair.private });
    expect((await exec(client, 'show ntp')).stdout).toMatch(/^NTP Server : /);
    client.end();
    const other = ed25519Pair();
    await expect(connect(sim, { password: undefined, privateKey: other.private })).rejects.toThrow(
      /authentication methods failed/,
    );
  });

  it('takes the configured credentials', async () => {
    const sim = await start({ credentials: { password: 'Cisco!2024' } });
    expect(sim.password).toBe('Cisco!2024');
    (await connect(sim)).end();
  });
});

describe('host key', () => {
  it('reports the SHA256 fingerprint and known_hosts line of the key the client sees', async () => {
    const sim = await start({});
    let seen = '';
    const client = await connect(sim, {
      hostVerifier: (key: Buffer) => {
        seen = `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
        return true;
      },
    });
    client.end();
    expect(seen).toBe(sim.hostKeyFingerprint);
    expect(sim.hostKeyLine).toMatch(new RegExp(`^\\[127\\.0\\.0\\.1\\]:${sim.port} ssh-ed25519 AAAA[\\w+/=]+$`));
  });

  it('keeps a given host key', async () => {
    const pair = ed25519Pair();
    const a = await start({ hostKey: pair.private });
    const b = await start({ hostKey: pair.private });
    expect(a.hostKeyFingerprint).toBe(b.hostKeyFingerprint);
    expect(a.hostKeyLine.split(' ')[2]).toBe(pair.public.split(' ')[1]);
  });
});
