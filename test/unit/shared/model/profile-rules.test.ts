import { describe, expect, it } from 'vitest';
import { render } from '../../../../shared/i18n/translate';
import { isValidHost } from '../../../../shared/model/host-address';
import { formatJumpHost, parseJumpHost } from '../../../../shared/model/jump-host';
import type { ProfileDraft } from '../../../../shared/model/profile';
import { draftFromInput, EMPTY_DRAFT, validateField, validateProfileDraft } from '../../../../shared/model/profile-rules';

const draft = (patch: Partial<ProfileDraft> = {}): ProfileDraft => ({
  ...EMPTY_DRAFT,
  name: 'Seoul FTD',
  host: 'ftd1.example.com',
  ...patch,
});

const errorsOf = (patch: Partial<ProfileDraft>) => {
  const result = validateProfileDraft(draft(patch));
  return result.errors.map((e) => ({ field: e.field, key: e.message.key, params: e.message.params }));
};

describe('profile rules', () => {
  it('accepts a complete draft and normalises it into a typed profile input', () => {
    const result = validateProfileDraft(
      draft({ name: '  Seoul FTD ', port: ' 2222 ', auth: 'key', keyPath: '~/.ssh/id_ed25519', jump: 'jump@[2001:db8::1]:22', jumpAuth: 'agent', notes: ' proxy ' }),
    );
    expect(result).toEqual({
      ok: true,
      errors: [],
      value: {
        name: 'Seoul FTD',
        host: 'ftd1.example.com',
        port: 2222,
        username: 'admin',
        auth: { method: 'key', keyPath: '~/.ssh/id_ed25519' },
        deviceType: 'ftd',
        region: 'us',
        jump: { username: 'jump', host: '2001:db8::1', port: 22, auth: { method: 'agent' } },
        notes: 'proxy',
      },
    });
  });

  it.each([
    [{ name: '  ' }, 'name', 'profiles.validation.nameRequired'],
    [{ name: 'x'.repeat(81) }, 'name', 'profiles.validation.nameTooLong'],
    [{ name: 'two\nlines' }, 'name', 'profiles.validation.nameInvalid'],
    [{ name: 'simulated DEVICE' }, 'name', 'profiles.validation.nameReserved'],
    [{ name: '시뮬레이션 디바이스' }, 'name', 'profiles.validation.nameReserved'],
    [{ host: '' }, 'host', 'profiles.validation.hostRequired'],
    [{ host: 'fmc_corp' }, 'host', 'profiles.validation.hostInvalid'],
    [{ host: '10.0.0.300' }, 'host', 'profiles.validation.hostInvalid'],
    [{ host: '[2001:db8::1]' }, 'host', 'profiles.validation.hostInvalid'],
    [{ port: '0' }, 'port', 'profiles.validation.portInvalid'],
    [{ port: '65536' }, 'port', 'profiles.validation.portInvalid'],
    [{ port: '22a' }, 'port', 'profiles.validation.portInvalid'],
    [{ port: '' }, 'port', 'profiles.validation.portInvalid'],
    [{ username: '' }, 'username', 'profiles.validation.usernameRequired'],
    [{ username: 'ad min' }, 'username', 'profiles.validation.usernameInvalid'],
    [{ username: 'a:b' }, 'username', 'profiles.validation.usernameInvalid'],
    [{ auth: 'key', keyPath: '' }, 'keyPath', 'profiles.validation.keyPathRequired'],
    [{ auth: 'key', keyPath: 'id_rsa' }, 'keyPath', 'profiles.validation.keyPathNotAbsolute'],
    [{ jump: 'bastion.example.com' }, 'jump', 'profiles.validation.jumpInvalid'],
    [{ jump: 'jump@2001:db8::1' }, 'jump', 'profiles.validation.jumpInvalid'],
    [{ jump: 'jump@bastion:99999' }, 'jump', 'profiles.validation.jumpInvalid'],
    [{ jump: 'jump@bastion:22', jumpAuth: 'key', jumpKeyPath: '' }, 'jumpKeyPath', 'profiles.validation.keyPathRequired'],
    [{ notes: 'n'.repeat(2001) }, 'notes', 'profiles.validation.notesTooLong'],
  ] as const)('%j → %s: %s', (patch, field, key) => {
    expect(errorsOf(patch)).toEqual([expect.objectContaining({ field, key })]);
    // Every message reads as a sentence in both languages (no raw key, no unfilled parameter).
    const [error] = validateProfileDraft(draft(patch)).errors;
    for (const lang of ['en', 'ko'] as const) {
      const text = render(lang, error!.message);
      expect(text).not.toBe(error!.message.key);
      expect(text).not.toMatch(/\{\{/);
    }
  });

  it('reports every broken field at once, so the form can mark them all', () => {
    expect(errorsOf({ name: '', host: 'bad host', port: '0', username: '' }).map((e) => e.field)).toEqual([
      'name',
      'host',
      'port',
      'username',
    ]);
  });

  it('ignores the key path unless the method is key, and the jump fields unless a jump host is given', () => {
    expect(validateProfileDraft(draft({ auth: 'agent', keyPath: 'relative' })).ok).toBe(true);
    expect(validateProfileDraft(draft({ jump: '', jumpAuth: 'key', jumpKeyPath: '' })).ok).toBe(true);
  });

  it('validates one field for the inline message', () => {
    expect(validateField(draft({ port: '70000' }), 'port')?.key).toBe('profiles.validation.portInvalid');
    expect(validateField(draft({ port: '70000' }), 'host')).toBeUndefined();
  });

  it('turns a saved profile back into the same form (edit round trip)', () => {
    const result = validateProfileDraft(draft({ auth: 'key', keyPath: '/k', jump: 'u@h.example.com:2200', jumpAuth: 'key', jumpKeyPath: '/j' }));
    if (!result.ok) throw new Error('expected valid');
    const again = validateProfileDraft(draftFromInput(result.value));
    expect(again.ok && again.value).toEqual(result.value);
  });
});

describe('host names and jump hosts', () => {
  it.each(['fmc.example.com', 'ftd-1', '192.0.2.10', '2001:db8::10', '::1', 'FTD01.corp.example.com.'])('accepts %s', (host) =>
    expect(isValidHost(host)).toBe(true),
  );
  it.each(['', 'a b', '-ftd', 'ftd-', 'x_y.example.com', '256.1.1.1', '1.2.3', 'a'.repeat(64)])('refuses %j', (host) =>
    expect(isValidHost(host)).toBe(false),
  );

  it('parses user@host:port, brackets for IPv6, default port 22, the last @ before the host', () => {
    expect(parseJumpHost('ops@bastion.example.com:2222')).toEqual({ username: 'ops', host: 'bastion.example.com', port: 2222 });
    expect(parseJumpHost('ops@192.0.2.1')).toEqual({ username: 'ops', host: '192.0.2.1', port: 22 });
    expect(parseJumpHost('ops@[2001:db8::1]:2200')).toEqual({ username: 'ops', host: '2001:db8::1', port: 2200 });
    expect(parseJumpHost('ops@corp.example@bastion:22')).toEqual({ username: 'ops@corp.example', host: 'bastion', port: 22 });
    expect(parseJumpHost('@bastion:22')).toBeUndefined();
    expect(parseJumpHost('ops@[bastion]:22')).toBeUndefined();
    expect(formatJumpHost({ username: 'ops', host: '2001:db8::1', port: 22 })).toBe('ops@[2001:db8::1]:22');
  });
});
