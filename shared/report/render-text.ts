import type { Lang } from '../i18n/dictionary';
import { translate } from '../i18n/translate';
import type { CheckStatus } from '../model/verdict';
import { formatDuration, formatTimestamp } from './format';
import type { ReportCheck, ReportModel, ReportRemedy, VerdictKind } from './model';
import { displayWidth, padEnd, wrap } from './text-width';

/** The text summary the CLI prints by default. Colour is optional and never the only signal. */
export interface TextOptions {
  /** ANSI colours for a terminal; the status is always written as a word as well. */
  readonly color?: boolean;
  /** Wrap prose at this many columns (default 100). */
  readonly width?: number;
}

const ANSI: Readonly<Record<CheckStatus | VerdictKind | 'bold' | 'dim', string>> = {
  pass: '32',
  healthy: '32',
  fail: '31',
  problems: '31',
  error: '1;31',
  incomplete: '33',
  warn: '33',
  info: '36',
  unknown: '35',
  inconclusive: '35',
  skip: '90',
  bold: '1',
  dim: '90',
};

export const renderText = (model: ReportModel, options: TextOptions = {}): string => {
  const width = options.width ?? 100;
  const paint = (style: keyof typeof ANSI, text: string): string =>
    options.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(model.lang, key, params);
  const lines: string[] = [];
  const heading = (text: string) => lines.push('', paint('bold', text));

  lines.push(paint('bold', `${model.tool.name} ${model.tool.version}: ${t('report.title')}`));
  const device = model.device;
  const deviceLine = [
    device.name,
    device.host !== device.name ? device.host : undefined,
    t(`report.deviceTypes.${device.type}`),
    device.model,
    device.version,
    t(`report.regions.${device.region}`),
  ]
    .filter(Boolean)
    .join(' · ');
  const session = model.session;
  const sessionLine = [
    formatTimestamp(session.startedAt),
    session.durationMs !== undefined ? formatDuration(session.durationMs, model.lang) : undefined,
    t(`report.states.${session.state}`),
  ]
    .filter(Boolean)
    .join(' · ');
  const labelWidth =
    Math.max(displayWidth(t('report.sections.device')), displayWidth(t('report.sections.session'))) + 2;
  lines.push(
    `${padEnd(t('report.sections.device'), labelWidth)}${deviceLine}`,
    `${padEnd(t('report.sections.session'), labelWidth)}${sessionLine}`,
  );

  lines.push(
    '',
    paint(model.verdict.kind, paint('bold', `${t('report.sections.verdict')}: ${model.verdict.headline}`)),
  );
  if (model.verdict.statusCounts.length) {
    lines.push(
      `${t('report.verdict.counts')}: ${model.verdict.statusCounts.map((s) => `${paint(s.status, s.word)} ${s.count}`).join(' · ')}`,
    );
  }
  if (model.error) lines.push(...wrap(`${t('report.sections.error')}: ${model.error}`, width, ''));

  const remedyLines = (remedy: ReportRemedy | undefined, indent: string): string[] =>
    remedy
      ? [
          ...wrap(`${t('report.cause.remedy')}: ${remedy.text}`, width, indent),
          ...(remedy.command ? [`${indent}  ${paint('bold', `$ ${remedy.command}`)}`] : []),
        ]
      : [];

  if (model.causes.length) {
    heading(t('report.sections.causes'));
    for (const cause of model.causes) {
      lines.push(
        ` ${cause.rank}. ${paint('bold', cause.title)} (${t('report.cause.confidence')}: ${cause.confidenceText})`,
      );
      lines.push(...wrap(cause.summary, width, '    '));
      lines.push(...remedyLines(cause.remedy, '    '));
      if (cause.checks.length) lines.push(`    ${t('report.cause.supportedBy')}: ${cause.checks.join(', ')}`);
    }
  }
  if (model.conflicts.length) {
    heading(t('report.sections.conflicts'));
    for (const conflict of model.conflicts)
      lines.push(...wrap(conflict, width, '   ').map((l, i) => (i === 0 ? ` - ${l.slice(3)}` : l)));
  }
  if (model.bugs.length) {
    heading(t('report.sections.bugs'));
    for (const bug of model.bugs) lines.push(` - ${bug.id}  ${bug.description}`, `   ${paint('dim', bug.url)}`);
  }

  heading(t('report.sections.stages'));
  const statusWidth =
    Math.max(...model.stages.flatMap((s) => s.checks.map((c) => displayWidth(statusWord(model.lang, c)))), 4) + 2;
  const idWidth = Math.max(...model.stages.flatMap((s) => s.checks.map((c) => c.id.length)), 10) + 2;
  for (const stage of model.stages) {
    if (!stage.checks.length) continue;
    lines.push(`${stage.title}`);
    for (const check of stage.checks) {
      lines.push(
        `  ${paint(check.status, padEnd(statusWord(model.lang, check), statusWidth))}${padEnd(check.id, idWidth)}${check.title}`,
      );
      if (check.status !== 'pass') {
        const indent = ' '.repeat(2 + statusWidth);
        lines.push(...wrap(check.explanation, width, indent));
        lines.push(...remedyLines(check.remedy, indent));
      }
    }
  }

  if (model.actions.length) {
    heading(t('report.sections.actions'));
    for (const action of model.actions) {
      lines.push(` - ${paint('bold', `$ ${action.command}`)}: ${action.outcomeText} (${action.confirmedText})`);
      for (const change of action.changes) {
        lines.push(`   ${padEnd(change.checkId, idWidth)}${change.beforeText} → ${change.afterText}`);
      }
    }
  }
  if (model.notes) {
    heading(t('report.sections.notes'));
    lines.push(...wrap(model.notes, width, '  '));
  }
  lines.push('', paint('dim', t('report.text.evidenceElsewhere')));
  return `${lines.join('\n')}\n`;
};

/** English statuses in capitals so they stand out without colour; Korean has no case. */
const statusWord = (lang: Lang, check: ReportCheck): string =>
  lang === 'en' ? check.statusText.toUpperCase() : check.statusText;
