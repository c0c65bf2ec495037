import { translate } from '../i18n/translate';
import type { LabelledValue, ReportEvidence, ReportModel, ReportRemedy } from './model';
import { escapeCell, escapeInline, fencedBlock, inlineCode } from './markdown-escape';
import { formatTimestamp } from './format';

/**
 * The report as Markdown, for pasting into a TAC case or a ticket: the diagnosis first, then the
 * checks by stage as tables, actions, and the evidence in fenced blocks (trimmed like the PDF).
 */
export const renderMarkdown = (model: ReportModel): string => {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(model.lang, key, params);
  const out: string[] = [];
  const push = (...blocks: string[]) => out.push(...blocks.flatMap((block) => [block, '']));

  const table = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
    [
      `| ${header.map(escapeCell).join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...rows.map((row) => `| ${row.join(' | ')} |`),
    ].join('\n');
  const facts = (rows: readonly LabelledValue[]) =>
    table(
      ['', ''],
      rows.map((r) => [escapeCell(r.label), escapeCell(r.value)]),
    );
  const remedy = (r: ReportRemedy | undefined): string[] =>
    r
      ? [
          `**${escapeInline(t('report.cause.remedy'))}:** ${escapeInline(r.text)}`,
          ...(r.command ? ['', fencedBlock(r.command)] : []),
        ]
      : [];

  push(`# ${escapeInline(t('report.title'))}: ${escapeInline(model.device.name)}`);
  push(
    escapeInline(
      t('report.generated', {
        date: formatTimestamp(model.generatedAt),
        tool: model.tool.name,
        version: model.tool.version,
      }),
    ),
  );

  push(`## ${escapeInline(t('report.sections.verdict'))}: ${escapeInline(model.verdict.headline)}`);
  if (model.verdict.statusCounts.length) {
    push(
      `${escapeInline(t('report.verdict.counts'))}: ${model.verdict.statusCounts.map((s) => `**${escapeInline(s.word)}** ${s.count}`).join(' · ')}`,
    );
  }
  if (model.error) push(`**${escapeInline(t('report.sections.error'))}:** ${escapeInline(model.error)}`);
  if (model.firstStep) push(`### ${escapeInline(t('report.sections.firstStep'))}`, ...remedy(model.firstStep.remedy));

  push(`## ${escapeInline(t('report.sections.device'))}`, facts(model.device.facts));
  push(`## ${escapeInline(t('report.sections.session'))}`, facts(model.session.facts));

  if (model.causes.length) {
    push(`## ${escapeInline(t('report.sections.causes'))}`);
    for (const cause of model.causes) {
      push(
        `### ${cause.rank}. ${escapeInline(cause.title)}`,
        [
          `- **${escapeInline(t('report.cause.confidence'))}:** ${escapeInline(cause.confidenceText)}`,
          ...(cause.checks.length
            ? [
                `- **${escapeInline(t('report.cause.supportedBy'))}:** ${cause.checks.map((id) => inlineCode(id)).join(', ')}`,
              ]
            : []),
        ].join('\n'),
      );
      push(escapeInline(cause.summary));
      if (cause.remedy) push(...remedy(cause.remedy));
    }
  }
  if (model.conflicts.length)
    push(
      `## ${escapeInline(t('report.sections.conflicts'))}`,
      model.conflicts.map((c) => `- ${escapeInline(c)}`).join('\n'),
    );
  if (model.bugs.length) {
    push(
      `## ${escapeInline(t('report.sections.bugs'))}`,
      model.bugs.map((b) => `- [${b.id}](${b.url}): ${escapeInline(b.description)}`).join('\n'),
    );
  }
  push(
    `## ${escapeInline(t('report.sections.answers'))}`,
    table(
      [t('report.answers.question'), t('report.answers.answer')],
      model.answers.map((a) => [escapeCell(a.question), escapeCell(a.answerText)]),
    ),
  );

  push(`## ${escapeInline(t('report.sections.stages'))}`);
  for (const stage of model.stages) {
    push(`### ${escapeInline(stage.title)}`);
    if (!stage.checks.length) {
      push(escapeInline(t('report.checks.none')));
      continue;
    }
    push(
      table(
        [
          t('report.checks.check'),
          t('report.checks.status'),
          t('report.checks.explanation'),
          t('report.checks.remedy'),
        ],
        stage.checks.map((c) => [
          `${inlineCode(c.id)} ${escapeCell(c.title)}`,
          `**${escapeCell(c.statusText)}**`,
          escapeCell(c.explanation),
          c.remedy
            ? `${escapeCell(c.remedy.text)}${c.remedy.command ? `<br>${inlineCode(c.remedy.command).replace(/\|/g, '\\|')}` : ''}`
            : '',
        ]),
      ),
    );
  }

  push(`## ${escapeInline(t('report.sections.actions'))}`);
  if (!model.actions.length) push(escapeInline(t('report.actions.none')));
  for (const action of model.actions) {
    push(
      `### ${inlineCode(action.command)}: ${escapeInline(action.outcomeText)}`,
      `${escapeInline(t('report.actions.confirmedAt'))}: ${action.confirmedText}`,
      table(
        [t('report.actions.check'), t('report.actions.before'), t('report.actions.after')],
        action.changes.map((c) => [
          `${inlineCode(c.checkId)} ${escapeCell(c.title)}`,
          `**${escapeCell(c.beforeText)}**`,
          `**${escapeCell(c.afterText)}**`,
        ]),
      ),
      ...evidenceBlock(model, action.evidence),
    );
  }
  if (model.notes) push(`## ${escapeInline(t('report.sections.notes'))}`, escapeInline(model.notes));
  push(
    `## ${escapeInline(t('report.sections.redaction'))}`,
    model.redaction.map((r) => `- ${escapeInline(r)}`).join('\n'),
  );

  push(`## ${escapeInline(t('report.sections.evidence'))}`);
  for (const check of model.stages.flatMap((s) => s.checks)) {
    push(`### ${escapeInline(t('report.evidence.heading', { id: check.id, title: check.title }))}`);
    if (!check.evidence.length) push(escapeInline(t('report.evidence.none')));
    for (const e of check.evidence) push(...evidenceBlock(model, e));
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
};

const evidenceBlock = (model: ReportModel, e: ReportEvidence): string[] => {
  const t = (key: Parameters<typeof translate>[1]) => translate(model.lang, key);
  const lines = [...e.shown.head, ...(e.omittedNote ? [e.omittedNote] : []), ...e.shown.tail];
  return [
    `${inlineCode(e.command)} · ${escapeInline(t('report.evidence.exitCode'))} ${escapeInline(e.exitCodeText)} · ${escapeInline(e.durationText)}`,
    '',
    fencedBlock(lines.length ? lines.join('\n') : t('report.evidence.noOutput'), 'text'),
    ...(e.captureNote ? ['', `_${escapeInline(e.captureNote)}_`] : []),
    '',
  ];
};
