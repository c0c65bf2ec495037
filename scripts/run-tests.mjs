// `npm test`: build, lint, type-check, then every Vitest project (unit, renderer, integration,
// e2e in Chromium). Each step prints its own output; the last line is the one CI reads:
// `N passed, N failed`, counting each build/lint/type-check step as one test and every Vitest test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const done = (label, ok, started) =>
  process.stdout.write(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);

const run = (label, command, args) => {
  process.stdout.write(`\n▶ ${label}\n`);
  const started = Date.now();
  const ok = spawnSync(command, args, { stdio: 'inherit', env: process.env }).status === 0;
  done(label, ok, started);
  return ok;
};

/** Run a step with its output held back, so two lanes can run at once and still print whole. */
const runQuiet = (label, command, args) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => out.push(chunk));
    child.on('close', (code) => {
      process.stdout.write(`\n▶ ${label}\n${Buffer.concat(out).toString()}`);
      done(label, code === 0, started);
      resolve(code === 0);
    });
  });

const lane = async (steps) => {
  const results = [];
  for (const [label, command, args] of steps) results.push(await runQuiet(label, command, args));
  return results;
};

let passed = 0;
let failed = 0;
const count = (ok) => {
  if (ok) passed += 1;
  else failed += 1;
};

count(run('build', 'npm', ['run', '--silent', 'build']));
// Lint and the type-checks are each mostly one core: two lanes at once on a two-core runner.
const lanes = await Promise.all([
  lane([['lint', 'npx', ['eslint', '--max-warnings', '0', '.']]]),
  lane([
    ['type-check shared (no Node, no DOM)', 'npx', ['tsc', '-p', 'tsconfig.shared.json']],
    ['type-check node (main, preload, services, CLI)', 'npx', ['tsc', '-p', 'tsconfig.node.json']],
    ['type-check web (renderer)', 'npx', ['tsc', '-p', 'tsconfig.web.json']],
    ['type-check renderer tests', 'npx', ['tsc', '-p', 'tsconfig.test-dom.json']],
  ]),
]);
for (const ok of lanes.flat()) count(ok);

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
rmSync(report, { force: true });
const extra = process.argv.slice(2);
run('vitest (unit, renderer, integration, e2e)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...extra,
]);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A suite that failed to load has no tests to count; count it as a failure so it cannot hide.
  failed += json.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length;
  if (json.numPendingTests + json.numTodoTests > 0) {
    process.stdout.write(`(${json.numPendingTests + json.numTodoTests} skipped; each skip says why)\n`);
  }
} else {
  failed += 1;
}

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
