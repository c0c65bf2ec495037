import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

/**
 * Golden fixtures of device output (ntc-templates style): `test/fixtures/outputs/<ftd|fmc|common>/<command>/`
 * holds `<case>.raw` (the output, byte for byte), `<case>.expected.json` (the parse), `<case>.note.md` (where
 * the output comes from) and, for grep-filtered commands, an optional `<case>.run.json` (how the command ended).
 *
 * `UPDATE_FIXTURES=1 npx vitest run test/unit/shared/parsers` rewrites the expected files from the parsers;
 * review the diff before committing it.
 */
export const FIXTURE_ROOT = resolve(__dirname, '../fixtures/outputs');
export const PLATFORMS = ['ftd', 'fmc', 'common'] as const;

export interface ParserFixture {
  readonly id: string;
  readonly platform: (typeof PLATFORMS)[number];
  readonly command: string;
  readonly name: string;
  readonly raw: string;
  readonly run?: unknown;
  readonly expectedPath: string;
  readonly notePath: string;
}

/** Every fixture of one command, across the platform folders. */
export const loadFixtures = (command: string): ParserFixture[] =>
  PLATFORMS.flatMap((platform) => {
    const dir = join(FIXTURE_ROOT, platform, command);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((file) => file.endsWith('.raw'))
      .sort()
      .map((file) => {
        const name = file.slice(0, -'.raw'.length);
        const runPath = join(dir, `${name}.run.json`);
        return {
          id: `${platform}/${command}/${name}`,
          platform,
          command,
          name,
          raw: readFileSync(join(dir, file), 'utf8'),
          ...(existsSync(runPath) ? { run: JSON.parse(readFileSync(runPath, 'utf8')) as unknown } : {}),
          expectedPath: join(dir, `${name}.expected.json`),
          notePath: join(dir, `${name}.note.md`),
        };
      });
  });

/** The parse as JSON would carry it (what the expected files hold). */
export const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/**
 * One test per fixture: the parser's result equals `<case>.expected.json`. With UPDATE_FIXTURES=1 the expected
 * file is written instead (and the test still checks that it was).
 */
export const itParsesEveryFixture = (
  command: string,
  parse: (raw: string, run?: never) => unknown,
): ParserFixture[] => {
  const fixtures = loadFixtures(command);
  it(`has fixtures for ${command}`, () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });
  for (const fixture of fixtures) {
    it(`parses ${fixture.id}`, () => {
      const actual = asJson(parse(fixture.raw, fixture.run as never));
      if (process.env['UPDATE_FIXTURES'] === '1') {
        writeFileSync(fixture.expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(existsSync(fixture.expectedPath), `${fixture.expectedPath} is missing`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(fixture.expectedPath, 'utf8')));
    });
  }
  return fixtures;
};
