import { describe, expect, it } from 'vitest';
import { parseDiagnoseArgs, secretFromEnv } from '../../../electron/cli/commands/diagnose-args';

const fails = (argv: string[]) => {
  try {
    parseDiagnoseArgs(argv);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
};

describe('diagnose arguments', () => {
  it('parses a host target with every contract flag', () => {
    const request = parseDiagnoseArgs([
      '--host', '192.0.2.10', '--port', '2222', '--user', 'admin', '--password-env', 'FTD_PW',
      '--sudo-password-env', 'SUDO_PW', '--jump', 'ops@bastion.example.com:22', '--device-type', 'fmc', '--region', 'eu',
      '--known-hosts', '/tmp/kh', '--accept-new-host-key', '--answers', 'a.json', '--format', 'json',
      '--out', 'r.json', '--pdf', 'r.pdf', '--lang', 'ko',
    ]);
    expect(request).toEqual({
      target: {
        kind: 'host', host: '192.0.2.10', port: 2222, user: 'admin', auth: { kind: 'password', passwordEnv: 'FTD_PW' },
        sudoPasswordEnv: 'SUDO_PW', jump: 'ops@bastion.example.com:22', deviceType: 'fmc', region: 'eu',
        knownHosts: '/tmp/kh', acceptNewHostKey: true,
      },
      format: 'json', out: 'r.json', pdf: 'r.pdf', lang: 'ko', answersFile: 'a.json', verbose: false,
    });
  });

  it('defaults to port 22, FTD, US, text, English', () => {
    const request = parseDiagnoseArgs(['--host', 'ftd01', '--user', 'admin', '--agent']);
    expect(request.target).toMatchObject({ port: 22, deviceType: 'ftd', region: 'us', auth: { kind: 'agent' } });
    expect(request).toMatchObject({ format: 'text', lang: 'en' });
  });

  it('takes --demo with or without a scenario name, and --profile', () => {
    expect(parseDiagnoseArgs(['--demo']).target).toEqual({ kind: 'demo' });
    expect(parseDiagnoseArgs(['--demo', 'healthy', '--format', 'json']).target).toEqual({ kind: 'demo', scenario: 'healthy' });
    expect(parseDiagnoseArgs(['--profile', 'HQ FTD', '--profiles', '/tmp/p.json']).target).toMatchObject({
      kind: 'profile', profile: 'HQ FTD', profilesFile: '/tmp/p.json',
    });
  });

  it('never accepts a secret on the command line', () => {
    expect(fails(['--host', 'h', '--user', 'u', '--password', 'hunter2'])).toMatch(/never go on the command line/);
    expect(fails(['--host', 'h', '--user', 'u', '--password=hunter2'])).not.toContain('hunter2');
  });

  it('rejects bad input with one line that says what to do', () => {
    expect(fails(['--host', 'h', '--user', 'u', '--password-env', 'X', '--bogus'])).toMatch(/Unknown option '--bogus'/);
    expect(fails(['--host', 'h', '--user', 'u'])).toMatch(/exactly one way to log in/);
    expect(fails(['--host', 'h', '--user', 'u', '--agent', '--key', 'k'])).toMatch(/exactly one way to log in/);
    expect(fails(['--host', 'h', '--user', 'u', '--agent', '--port', '70000'])).toMatch(/1 to 65535/);
    expect(fails(['--host', 'h', '--user', 'u', '--agent', '--region', 'mars'])).toMatch(/us, eu, apj/);
    expect(fails(['--host', 'h', '--user', 'u', '--agent', '--format', 'xml'])).toMatch(/text, json/);
    expect(fails(['--host', 'h; rm -rf /', '--user', 'u', '--agent'])).toMatch(/not a host name/);
    expect(fails(['--host', 'h', '--user', 'u', '--agent', '--jump', 'nope'])).toMatch(/user@host:port/);
    expect(fails(['--user', 'u', '--agent'])).toMatch(/exactly one of --host/);
    expect(fails(['--demo', '--host', 'h'])).toMatch(/exactly one of --host/);
    for (const message of [fails(['--host', 'h']), fails([])]) expect(message.split('\n')).toHaveLength(1);
  });

  it('reads secrets from the named environment variable, and says which one is missing', () => {
    expect(secretFromEnv({ FTD_PW: 's3cret' }, 'FTD_PW', '--password-env')).toBe('s3cret');
    expect(() => secretFromEnv({}, 'FTD_PW', '--password-env')).toThrow('--password-env FTD_PW: the environment variable FTD_PW is not set.');
  });
});
