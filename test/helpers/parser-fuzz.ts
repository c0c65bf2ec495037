import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeOutput } from '../../shared/parsers/normalize';
import { asJson, type ParserFixture } from './parser-fixtures';

/**
 * Property tests every parser gets (fast-check):
 * 1. it never throws, whatever the text (any Unicode, control characters, huge lines);
 * 2. random text — pure noise, or lines made of the words of its own fixtures — never yields a pass-looking
 *    result without the decisive text in the input;
 * 3. real fixtures mutated (truncated at any character, lines dropped, noise or lines of other fixtures
 *    inserted) yield a pass-looking result only while its decisive lines are intact;
 * 4. CRLF line ends, ANSI colour and bells around the lines do not change the parse.
 */
export interface FuzzSpec<R> {
  readonly parse: (raw: string) => R;
  readonly fixtures: readonly ParserFixture[];
  /** A result a check would read as a pass (or as a decisive fact): the dangerous kind to invent. */
  readonly passLooking: (result: R) => boolean;
  /** Text the input must contain for that result to be honest (checked after normalisation). */
  readonly evidence: (result: R) => readonly (string | RegExp)[];
  readonly numRuns?: number;
}

/** Any code point, lone surrogates and control characters included (built by hand: `fc.string({ unit: 'binary' })`
 * takes seconds to construct). */
const anyCodePoints = fc
  .array(
    fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
    { maxLength: 300 },
  )
  .map((chars) => chars.join(''));

const noise = fc.oneof(
  anyCodePoints,
  fc.string({ unit: 'binary-ascii', maxLength: 300 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 300 }),
  fc.array(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), { maxLength: 20 }).map((l) => l.join('\n')),
);

/** Lines built from the words (and whole lines) of the fixtures, in random order. */
const vocabularyText = (fixtures: readonly ParserFixture[]) => {
  const lines = [...new Set(fixtures.flatMap((f) => f.raw.split('\n')))].filter((l) => l.trim() !== '');
  const words = [...new Set(lines.flatMap((l) => l.split(/\s+/)))].filter((w) => w !== '');
  if (words.length === 0) return fc.constant('');
  const line = fc.oneof(
    fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')),
    fc.constantFrom(...lines).map((l) => l.slice(0, Math.max(0, l.length - 3))),
  );
  return fc.array(line, { maxLength: 25 }).map((l) => l.join('\n'));
};

/** A fixture, damaged: lines dropped, noise or foreign lines inserted, then cut at any character. */
const mutatedFixture = (fixtures: readonly ParserFixture[]) => {
  const foreign = [...new Set(fixtures.flatMap((f) => f.raw.split('\n')))];
  return fc
    .record({
      raw: fc.constantFrom(...fixtures.map((f) => f.raw)),
      drop: fc.array(fc.nat(), { maxLength: 5 }),
      insert: fc.array(fc.tuple(fc.nat(), fc.oneof(fc.string({ maxLength: 50 }), fc.constantFrom(...foreign))), {
        maxLength: 3,
      }),
      cutPerMille: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
    })
    .map(({ raw, drop, insert, cutPerMille }) => {
      const lines = raw.split('\n');
      for (const at of drop) if (lines.length > 0) lines.splice(at % lines.length, 1);
      for (const [at, text] of insert) lines.splice(at % (lines.length + 1), 0, text);
      const text = lines.join('\n');
      return cutPerMille === undefined ? text : text.slice(0, Math.floor((text.length * cutPerMille) / 1000));
    });
};

/** The same lines with CRLF ends, ANSI colour around some of them and a bell after others. */
const decorated = (raw: string, seeds: readonly number[]): string =>
  raw
    .split('\n')
    .map((line, i) => {
      const s = seeds[i % Math.max(1, seeds.length)] ?? 0;
      const coloured = s % 3 === 0 ? `\u001b[1;32m${line}\u001b[0m` : line;
      return s % 5 === 0 ? `${coloured}\u0007` : coloured;
    })
    .join('\r\n');

const honest = <R>(spec: FuzzSpec<R>, text: string): void => {
  const result = spec.parse(text);
  if (!spec.passLooking(result)) return;
  const clean = normalizeOutput(text);
  for (const piece of spec.evidence(result)) {
    const present = typeof piece === 'string' ? clean.includes(piece) : piece.test(clean);
    expect(present, `pass-looking ${JSON.stringify(result)} without ${String(piece)} in:\n${clean}`).toBe(true);
  }
};

/** Registers the four properties for one parser. */
export const fuzzParser = <R>(spec: FuzzSpec<R>): void => {
  // FUZZ_RUNS=5000 for a long local hunt; the default keeps the suite quick
  const numRuns = Number(process.env['FUZZ_RUNS']) || spec.numRuns || 200;
  describe('fuzzing', () => {
    // fast-check directly rather than @fast-check/vitest, whose import costs ~11 s per test file here.
    it('never throws, whatever the text', () => {
      fc.assert(
        fc.property(noise, (text) => {
          expect(() => spec.parse(text)).not.toThrow();
        }),
        { numRuns },
      );
    });

    it('never reads noise as a pass', () => {
      fc.assert(
        fc.property(noise, (text) => honest(spec, text)),
        { numRuns },
      );
    });

    it('reads lines made of its own vocabulary as a pass only with the decisive text present', () => {
      fc.assert(
        fc.property(vocabularyText(spec.fixtures), (text) => honest(spec, text)),
        { numRuns },
      );
    });

    it('reads a damaged fixture as a pass only while its decisive lines are intact', () => {
      fc.assert(
        fc.property(mutatedFixture(spec.fixtures), (text) => honest(spec, text)),
        { numRuns: numRuns * 2 },
      );
    });

    it('parses the same with CRLF, ANSI colour and bells', () => {
      const parse = spec.parse as (raw: string, run?: never) => R;
      fc.assert(
        fc.property(
          fc.constantFrom(...spec.fixtures),
          fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
          (fixture, seeds) => {
            const run = fixture.run as never;
            expect(asJson(parse(decorated(fixture.raw, seeds), run))).toEqual(asJson(parse(fixture.raw, run)));
          },
        ),
        { numRuns: Math.min(numRuns, 100) },
      );
    });
  });
};
