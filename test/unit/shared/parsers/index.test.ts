import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as parsers from '../../../../shared/parsers/index';
import { FIXTURE_ROOT, loadFixtures, PLATFORMS } from '../../../helpers/parser-fixtures';

/** Each command's parser module (shared/parsers/<module>.ts) and its export. */
const MODULES: Readonly<Record<parsers.ParsedCommand, readonly [string, string]>> = {
  'show-version': ['show-version', 'parseShowVersion'],
  'sf-version': ['sf-version', 'parseSfVersion'],
  'login-banner': ['login-banner', 'parseLoginBanner'],
  'show-network': ['show-network', 'parseShowNetwork'],
  'show-managers': ['show-managers', 'parseShowManagers'],
  'show-ntp': ['show-ntp', 'parseShowNtp'],
  'date-u': ['date-u', 'parseDateU'],
  nslookup: ['nslookup', 'parseNslookup'],
  'curl-v': ['curl-verbose', 'parseCurlVerbose'],
  'connector-properties': ['connector-properties', 'parseConnectorProperties'],
  'pmtool-status': ['pmtool-status', 'parsePmtoolStatus'],
  'netstat-anlp': ['netstat', 'parseNetstat'],
  'lsof-i': ['lsof', 'parseLsof'],
  'connector-log': ['connector-log', 'parseConnectorLog'],
  'connector-context': ['connector-context', 'parseConnectorContext'],
  telnet: ['telnet', 'parseTelnet'],
  ping: ['ping', 'parsePing'],
};

/** Fewer fixtures than this and a parser's table test proves too little. */
const MIN_FIXTURES = 4;
const SHARED = resolve(__dirname, '../../../../shared/parsers');

describe('the parser set', () => {
  const commands = Object.keys(parsers.PARSERS) as parsers.ParsedCommand[];

  it('lists every command once, each with its module', () => {
    expect(commands.sort()).toEqual(Object.keys(MODULES).sort());
  });

  it.each(commands)('%s: its module exports the function, re-exported from index.ts', async (command) => {
    const [file, name] = MODULES[command];
    const mod = (await import(`../../../../shared/parsers/${file}.ts`)) as Record<string, unknown>;
    expect(typeof mod[name]).toBe('function');
    expect(mod[name]).toBe(parsers.PARSERS[command]);
    expect((parsers as Record<string, unknown>)[name]).toBe(mod[name]);
  });

  it.each(commands)('%s: the module says above the parser which command, a sample line and its source', (command) => {
    const text = readFileSync(join(SHARED, `${MODULES[command][0]}.ts`), 'utf8');
    const doc = /\/\*\*([\s\S]*?)\*\//.exec(text.slice(text.indexOf('/**')))?.[1] ?? '';
    expect(doc, 'a JSDoc block').not.toBe('');
    expect(doc).toMatch(/Sources?:/);
    expect(doc, 'an indented sample line').toMatch(/\n \* {3}\S/);
  });

  it.each(commands)(`%s: has at least ${MIN_FIXTURES} fixtures, each with its note and expected parse`, (command) => {
    const fixtures = loadFixtures(command);
    expect(fixtures.length).toBeGreaterThanOrEqual(MIN_FIXTURES);
    for (const f of fixtures) {
      expect(existsSync(f.expectedPath), f.expectedPath).toBe(true);
      expect(existsSync(f.notePath), f.notePath).toBe(true);
      expect(readFileSync(f.notePath, 'utf8'), f.notePath).toMatch(/Origin:/);
    }
  });

  it.each(commands)('%s: has its table test', (command) => {
    expect(existsSync(join(__dirname, `${MODULES[command][0]}.test.ts`))).toBe(true);
  });

  it('has no fixture folder without a parser, and no stray file in them', () => {
    for (const platform of PLATFORMS) {
      const dir = join(FIXTURE_ROOT, platform);
      if (!existsSync(dir)) continue;
      for (const command of readdirSync(dir)) {
        expect(commands, `${platform}/${command}`).toContain(command);
        for (const file of readdirSync(join(dir, command))) {
          expect(file, `${platform}/${command}/${file}`).toMatch(/\.(raw|expected\.json|note\.md|run\.json)$/);
        }
      }
    }
  });

  it('covers every transcript of both seed guides', () => {
    const seeds = commands.flatMap((c) => loadFixtures(c)).filter((f) => f.name.startsWith('seed-'));
    expect(seeds.map((f) => `${f.command}/${f.name}`).sort()).toEqual([
      'connector-log/seed-000-websocket-timeouts',
      'connector-log/seed-000-zeromq-reconstructed',
      'connector-properties/seed-000-more',
      'connector-properties/seed-004-cat',
      'curl-v/seed-000-api-sse-k-403',
      'curl-v/seed-004-api-sse-k-403',
      'curl-v/seed-004-cloud-sa-truncated',
      'curl-v/seed-004-couldnt-resolve',
      'lsof-i/seed-000-grep-conn-established',
      'lsof-i/seed-000-grep-conn-syn-sent',
      'netstat-anlp/seed-000-connected',
      'netstat-anlp/seed-000-listening-only',
      'nslookup/seed-004-api-sse-cname',
    ]);
  });
});
