import { describe, expect, it } from 'vitest';
import { render } from '../../../../../shared/i18n/translate';
import { SshError, type SshErrorDetails, type SshErrorKind } from '../../../../../electron/services/ssh/ssh-error';
import { parseJumpSpec } from '../../../../../electron/services/ssh/transport';

const host = { host: 'ftd01.example', port: 22 };
const key = { ...host, keyType: 'ssh-ed25519', fingerprint: 'SHA256:abc', file: '/data/known_hosts' };
/** One instance of every kind and reason the layer can raise. */
const SAMPLES: { [K in SshErrorKind]: SshErrorDetails[K][] } = {
  unreachable: (['refused', 'timeout', 'dns', 'no-route', 'jump', 'other'] as const).map((reason) => ({ ...host, reason })),
  'auth-failed': [
    { ...host, user: 'admin', tried: ['password'], offered: ['password'] },
    { ...host, user: 'admin', tried: ['agent'], offered: [], agentProblem: true },
  ],
  'host-key-unknown': [key],
  'host-key-changed': [
    { ...key, line: 7, revoked: false },
    { ...key, line: 7, revoked: true },
  ],
  timeout: (['ready', 'command', 'mode-change'] as const).map((phase) => ({ phase, timeoutMs: 2500, host: 'ftd01' })),
  disconnected: (['peer', 'keepalive', 'closed'] as const).map((reason) => ({ reason })),
  'expert-unavailable': [{ detail: 'Syntax error: Invalid input' }],
  'sudo-failed': (['wrong-password', 'password-required', 'not-allowed', 'no-root-prompt'] as const).map((reason) => ({ reason, detail: 'x' })),
  'output-too-large': [{ maxBytes: 1048576 }],
  protocol: (['no-algorithms', 'unexpected'] as const).map((reason) => ({ reason, detail: 'no matching key exchange algorithm' })),
  'key-unusable': (['passphrase-required', 'passphrase-wrong', 'unreadable', 'unsupported'] as const).map((reason) => ({ reason })),
  'clish-unavailable': [{ detail: '-bash: clish: command not found' }],
};

describe('SshError messages', () => {
  it('renders every kind and reason in English and Korean, with every parameter filled in', () => {
    for (const [kind, samples] of Object.entries(SAMPLES) as [SshErrorKind, SshErrorDetails[SshErrorKind][]][]) {
      for (const details of samples) {
        const error = new SshError(kind, details);
        for (const lang of ['en', 'ko'] as const) {
          const text = render(lang, error.userMessage);
          expect(text, `${kind} ${lang}`).not.toMatch(/\{\{|ssh\.errors/);
        }
        expect(error.message).toBe(render('en', error.userMessage));
      }
    }
  });

  it('names the file and line of a changed key, and the fingerprint', () => {
    const error = new SshError('host-key-changed', { ...key, line: 7, revoked: false });
    expect(error.message).toContain('line 7 of /data/known_hosts');
    expect(render('ko', error.userMessage)).toContain('/data/known_hosts 파일의 7번째 줄');
    expect(error.message).toContain('SHA256:abc');
  });
});

describe('jump host spec', () => {
  it('reads user@host:port, the port defaulting to 22, IPv6 in brackets', () => {
    expect(parseJumpSpec('admin@bastion.example:2222')).toEqual({ username: 'admin', host: 'bastion.example', port: 2222 });
    expect(parseJumpSpec('ops@10.0.0.5')).toEqual({ username: 'ops', host: '10.0.0.5', port: 22 });
    expect(parseJumpSpec('ops@[2001:db8::1]:22')).toEqual({ username: 'ops', host: '2001:db8::1', port: 22 });
    for (const bad of ['bastion:22', 'admin@', 'admin@host:0', 'admin@host:70000', 'a b@host']) expect(parseJumpSpec(bad)).toBeNull();
  });
});
