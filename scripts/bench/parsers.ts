/**
 * Parser benchmark entry (for scripts/bench.mjs, which the lead wires): how long the parsers take on what the
 * device can throw at them — every fixture, a 1 MB connector.log (PRODUCT.md: the log check must stay under 2 s),
 * and pathological lines (50 000 blanks, a colon far away) that would expose a quadratic regex.
 * Returns one row per measurement, median of `runs` in milliseconds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PARSERS, parseConnectorLog, summarizeConnectorLog } from '../../shared/parsers/index';

export interface BenchRow {
  readonly name: string;
  readonly medianMs: number;
  readonly runs: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const measure = (name: string, runs: number, work: () => void): BenchRow => {
  work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return { name, medianMs: Math.round(median(times) * 100) / 100, runs };
};

const fixturesOf = (root: string): { command: keyof typeof PARSERS; raw: string }[] =>
  readdirSync(root).flatMap((platform) =>
    statSync(join(root, platform)).isDirectory()
      ? readdirSync(join(root, platform)).flatMap((command) =>
          readdirSync(join(root, platform, command))
            .filter((file) => file.endsWith('.raw'))
            .map((file) => ({
              command: command as keyof typeof PARSERS,
              raw: readFileSync(join(root, platform, command, file), 'utf8'),
            })),
        )
      : [],
  );

/** Run from the repository root (the fixtures are read from `test/fixtures/outputs` below the working directory). */
export const runParserBench = (runs = 7, root = process.cwd()): BenchRow[] => {
  const fixtures = fixturesOf(resolve(root, 'test/fixtures/outputs'));
  const line =
    'time="2020-04-13T14:34:02.88472046-05:00" level=error msg="[firepower.cisco.com][events.go:90 ' +
    'events:connectWebSocket] dial tcp 18.205.49.246:443: getsockopt: connection timed out"\n';
  const log = line.repeat(Math.ceil(1_000_000 / line.length));
  const pathological = [' '.repeat(50_000) + 'x', `a${' '.repeat(50_000)}:b`, 'a:'.repeat(25_000), '\\'.repeat(50_000)];
  return [
    measure(`all ${fixtures.length} fixtures, every parser once`, runs, () => {
      for (const f of fixtures) (PARSERS[f.command] as (raw: string) => unknown)(f.raw);
    }),
    measure('connector.log 1 MB: parse and summarise', runs, () => {
      const result = parseConnectorLog(log);
      if (result.kind === 'log') summarizeConnectorLog(result.entries);
    }),
    measure('pathological 50 000-character lines, every parser', runs, () => {
      for (const text of pathological)
        for (const parse of Object.values(PARSERS)) (parse as (raw: string) => unknown)(text);
    }),
  ];
};

for (const row of runParserBench()) console.log(`  ${row.name}: median ${row.medianMs} ms of ${row.runs}`);
