import { APP_META } from '../services/app-meta';
import { diagnoseCommand } from './commands/diagnose';
import { profilesCommand } from './commands/profiles';
import type { Command } from './commands/registry';
import { simulatorCommand } from './commands/simulator';
import { EXIT, UsageError, type CliIo, type ExitCode } from './io';

const BIN = 'firepower-cloud-doctor';

/** Commands in help order. Each feature adds its command here. */
export const COMMANDS: readonly Command[] = [diagnoseCommand, profilesCommand, simulatorCommand];

export const helpText = (): string =>
  [
    `${APP_META.name} ${APP_META.version}`,
    'Finds out why a Cisco Firepower device (FTD or FMC) cannot reach the Cisco cloud.',
    '',
    'Usage:',
    ...COMMANDS.map((command) => `  ${BIN} ${command.usage}`),
    `  ${BIN} --version`,
    `  ${BIN} --help`,
    '',
    ...(COMMANDS.length ? ['Commands:', ...COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`), ''] : []),
  ].join('\n');

/**
 * Run the CLI and return its exit code. Every error a user can cause ends here as one line on
 * stderr and exit 2; nothing prints a stack trace at them.
 */
export const runCli = async (argv: readonly string[], io: CliIo): Promise<ExitCode> => {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(`${helpText()}\n`);
    return first === undefined ? EXIT.error : EXIT.healthy;
  }
  if (first === '--version' || first === '-V') {
    io.stdout.write(`${APP_META.version}\n`);
    return EXIT.healthy;
  }
  const command = COMMANDS.find((c) => c.name === first);
  // `diagnose --help` is what an admin types first: the command's usage, not "unknown option".
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (command && (options.includes('--help') || options.includes('-h'))) {
    const summary = command.summary.charAt(0).toUpperCase() + command.summary.slice(1);
    io.stdout.write(`${summary}\n\nUsage:\n  ${BIN} ${command.usage}\n`);
    return EXIT.healthy;
  }
  try {
    if (!command) throw new UsageError(`unknown command "${first}". Run "${BIN} --help" for the list.`);
    return await command.run(rest, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${BIN}: ${message}\n`);
    return EXIT.error;
  }
};
