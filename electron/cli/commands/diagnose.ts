import { resolve } from 'node:path';
import { CATALOG } from '../../../shared/catalog/index';
import { diagnose } from '../../../shared/diagnosis/diagnose';
import { render } from '../../../shared/i18n/translate';
import type { SessionRecord } from '../../../shared/model/session';
import { createReport } from '../../../shared/report/create-report';
import { renderJson } from '../../../shared/report/render-json';
import { renderText } from '../../../shared/report/render-text';
import { DiagnosisSession } from '../../services/engine/session';
import { sshLink } from '../../services/engine/ssh-link';
import { writeReport } from '../../services/report/write-report';
import { readAnswersFile } from '../diagnose/answers-file';
import { progressReporter } from '../diagnose/progress';
import { resolveTarget } from '../diagnose/resolve-target';
import { EXIT, type CliIo, type ExitCode } from '../io';
import { parseDiagnoseArgs, type DiagnoseRequest } from './diagnose-args';
import type { Command } from './registry';

const USAGE = [
  'diagnose --host H [--port 22] --user U (--password-env VAR | --key FILE [--passphrase-env VAR] | --agent)',
  '           [--sudo-password-env VAR] [--jump user@host:port] [--device-type ftd|fmc] [--region us|eu|apj]',
  '           [--known-hosts FILE] [--accept-new-host-key] [--answers FILE]',
  '           [--format text|json] [--out FILE] [--pdf FILE] [--lang en|ko] [--verbose]',
  'diagnose --profile NAME [--profiles FILE] [--password-env VAR] …   (a saved device)',
  'diagnose --demo [SCENARIO]                                        (the built-in simulated device)',
].join('\n  ');

/** Exit code of the CLI contract from the diagnosis: 0 healthy, 2 could not diagnose, else 1. */
export const exitCodeOf = (record: SessionRecord): ExitCode => {
  const first = record.diagnosis.causes[0]?.id;
  if (first === 'healthy') return EXIT.healthy;
  if (first === 'error' || record.state === 'failed') return EXIT.error;
  return EXIT.problems;
};

/**
 * The one line to print when the session could not even log in (unreachable, auth, host key):
 * the CLI contract wants a clear one-liner and exit 2, with the SHA256 fingerprint for host keys.
 */
const loginFailure = (record: SessionRecord, lang: DiagnoseRequest['lang']): string | undefined => {
  const connect = record.checks.find((c) => c.id === 'ssh.connect');
  if (connect?.status !== 'error') return undefined;
  const text = render(lang, connect.explanation);
  return /accept-new-host-key/.test(text) || !/host key .* is not known/i.test(text)
    ? text
    : `${text} Run again with --accept-new-host-key to trust it.`;
};

const run = async (args: readonly string[], io: CliIo): Promise<ExitCode> => {
  const request = parseDiagnoseArgs(args);
  const answersFromFile = request.answersFile ? await readAnswersFile(resolve(io.cwd, request.answersFile)) : undefined;
  const target = await resolveTarget(request.target, io);
  const progress = progressReporter({ stream: io.stderr, lang: request.lang, total: CATALOG.length, verbose: request.verbose });
  let record: SessionRecord;
  try {
    if (target.scenario) io.stderr.write(`Built-in simulated device, scenario "${target.scenario}", on ${target.connect.host}:${target.connect.port}\n`);
    const session = new DiagnosisSession({
      link: sshLink(target.connect),
      device: target.device,
      catalog: CATALOG,
      // Without --answers the questions are reported as skipped (the demo brings its scenario's).
      answers: answersFromFile ?? target.answers,
      diagnose,
      onEvent: (event) => progress.onEvent(event),
    });
    record = await session.runAll();
    await session.close();
  } finally {
    progress.clear();
    await target.close();
  }

  const generatedAt = new Date().toISOString();
  const model = createReport(record, { lang: request.lang, generatedAt, secrets: target.secrets });
  const output = request.format === 'json' ? renderJson(model) : renderText(model, { color: io.stdout.isTTY === true });
  const failure = loginFailure(record, request.lang);
  if (failure && request.format === 'text') io.stderr.write(`firepower-cloud-doctor: ${failure}\n`);
  else io.stdout.write(output);

  const common = { record, lang: request.lang, generatedAt, secrets: target.secrets };
  if (request.out) {
    const written = await writeReport({ ...common, format: request.format === 'json' ? 'json' : 'txt', path: resolve(io.cwd, request.out) });
    io.stderr.write(`Report written to ${written.path}\n`);
  }
  if (request.pdf) {
    const written = await writeReport({ ...common, format: 'pdf', path: resolve(io.cwd, request.pdf) });
    io.stderr.write(`PDF report written to ${written.path}\n`);
  }
  return exitCodeOf(record);
};

export const diagnoseCommand: Command = {
  name: 'diagnose',
  summary: 'find out why the device cannot reach the Cisco cloud (exit 0 healthy, 1 problems, 2 could not diagnose)',
  usage: USAGE,
  run,
};
