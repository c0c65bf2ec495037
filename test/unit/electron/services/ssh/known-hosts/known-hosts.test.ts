import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../../../../../electron/services/ssh/known-hosts/host-key';
import { hashHostToken, hostFieldMatches, hostToken } from '../../../../../../electron/services/ssh/known-hosts/host-pattern';
import {
  appendKnownHost,
  listKnownHosts,
  readKnownHosts,
  removeKnownHost,
} from '../../../../../../electron/services/ssh/known-hosts/known-hosts-file';
import { lookupHostKey } from '../../../../../../electron/services/ssh/known-hosts/known-hosts-parse';
import { generateKeyPair } from '../../../../../helpers/ssh-double/keys';

// Real public keys, made fresh with ssh2's key generator (the same wire blobs ssh-keygen writes).
const publicBase64 = (type: 'ed25519' | 'ecdsa') => generateKeyPair(type).public.split(' ')[1] ?? '';
const ED = publicBase64('ed25519');
const ED2 = publicBase64('ed25519');
const EC = publicBase64('ecdsa');

const tempFile = (text?: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'fcd-kh-')), 'known_hosts');
  if (text !== undefined) writeFileSync(path, text);
  return path;
};

describe('known_hosts names', () => {
  it('files port 22 as the bare host and other ports as [host]:port, in lower case', () => {
    expect(hostToken('FTD01.Example.com', 22)).toBe('ftd01.example.com');
    expect(hostToken('192.0.2.10', 2222)).toBe('[192.0.2.10]:2222');
  });

  it('matches comma lists, wildcards and negation as OpenSSH does', () => {
    expect(hostFieldMatches('fmc,192.0.2.10', '192.0.2.10')).toBe(true);
    expect(hostFieldMatches('*.lab.example', 'ftd1.lab.example')).toBe(true);
    expect(hostFieldMatches('*.lab.example,!ftd9.lab.example', 'ftd9.lab.example')).toBe(false);
    expect(hostFieldMatches('192.0.2.1?', '192.0.2.10')).toBe(true);
    expect(hostFieldMatches('192.0.2.10', '[192.0.2.10]:2222')).toBe(false);
  });

  it('reads hashed |1| names (HMAC-SHA1 of the name, keyed by the salt)', () => {
    const hashed = hashHostToken('[192.0.2.10]:2222', randomBytes(20));
    expect(hostFieldMatches(hashed, '[192.0.2.10]:2222')).toBe(true);
    expect(hostFieldMatches(hashed, '192.0.2.10')).toBe(false);
  });
});

describe('known_hosts lookup', () => {
  const file = (text: string) => readKnownHosts(tempFile(text));

  it('says known, changed (with the line), revoked or unknown', async () => {
    const entries = await file(`# comment\n\n[192.0.2.10]:2222 ssh-ed25519 ${ED}\n@revoked * ssh-ed25519 ${ED2}\n`);
    expect(lookupHostKey(entries, '192.0.2.10', 2222, { keyType: 'ssh-ed25519', base64: ED })).toEqual({ status: 'known', line: 3 });
    expect(lookupHostKey(entries, '192.0.2.10', 2222, { keyType: 'ssh-ed25519', base64: ED2 })).toEqual({ status: 'revoked', line: 4 });
    const other = await file(`[192.0.2.10]:2222 ssh-ed25519 ${ED}\n`);
    expect(lookupHostKey(other, '192.0.2.10', 2222, { keyType: 'ssh-ed25519', base64: ED2 })).toEqual({ status: 'changed', line: 1 });
    expect(lookupHostKey(other, '192.0.2.10', 22, { keyType: 'ssh-ed25519', base64: ED2 })).toEqual({ status: 'unknown', otherTypes: [] });
    expect(lookupHostKey(other, '192.0.2.10', 2222, { keyType: 'ecdsa-sha2-nistp256', base64: EC })).toEqual({
      status: 'unknown',
      otherTypes: ['ssh-ed25519'],
    });
  });

  it('skips lines it cannot read instead of failing', async () => {
    const entries = await file(`garbage\nhost ssh-ed25519 not*base64\nfmc ssh-ed25519 ${ED}\n`);
    expect(entries.map((e) => e.line)).toEqual([3]);
  });
});

describe('known_hosts writes', () => {
  it('appends through a temp file and keeps every existing byte', async () => {
    const original = `# kept\r\nfmc ssh-ed25519 ${ED}   trailing comment\nno-newline-at-end ssh-ed25519 ${ED2}`;
    const path = tempFile(original);
    const line = await appendKnownHost(path, { host: '192.0.2.10', port: 2222, keyType: 'ssh-ed25519', base64: ED });
    expect(line).toBe(4);
    expect(readFileSync(path, 'utf8')).toBe(`${original}\n[192.0.2.10]:2222 ssh-ed25519 ${ED}\n`);
  });

  it('loses no entry when two accepts race', async () => {
    const path = tempFile();
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        appendKnownHost(path, { host: `10.0.0.${i}`, port: 22, keyType: 'ssh-ed25519', base64: ED }),
      ),
    );
    expect((await readKnownHosts(path)).length).toBe(8);
  });

  it('lists entries for the Settings screen', async () => {
    const hashed = hashHostToken('fmc', randomBytes(20));
    const path = tempFile(`fmc ssh-ed25519 ${ED}\n[192.0.2.10]:2222 ssh-ed25519 ${ED2}\n${hashed} ssh-ed25519 ${ED}\n`);
    const list = await listKnownHosts(path);
    expect(list.map(({ host, port, hashed: h, line }) => ({ host, port, hashed: h, line }))).toEqual([
      { host: 'fmc', port: 22, hashed: false, line: 1 },
      { host: '192.0.2.10', port: 2222, hashed: false, line: 2 },
      { host: null, port: null, hashed: true, line: 3 },
    ]);
    expect(list[0]?.fingerprint).toBe(fingerprintOf(Buffer.from(ED, 'base64')));
  });

  it('removes exactly the named line, and only if its fingerprint still matches', async () => {
    const text = `# c\nfmc ssh-ed25519 ${ED}\nftd ssh-ed25519 ${ED2}\n`;
    const path = tempFile(text);
    const stale = await removeKnownHost(path, { line: 2, fingerprint: fingerprintOf(Buffer.from(ED2, 'base64')) });
    expect(stale).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(await removeKnownHost(path, { line: 2, fingerprint: fingerprintOf(Buffer.from(ED, 'base64')) })).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(`# c\nftd ssh-ed25519 ${ED2}\n`);
  });
});
