import type { Lang } from '../i18n/dictionary';
import { causeTitleKey, checkTitleKey } from '../i18n/keys';
import { render, translate } from '../i18n/translate';
import { CHECK_IDS, STAGE_IDS, type CheckId } from '../model/check';
import type { ActionRecord, CauseFinding, CheckResult, PrerequisiteAnswers, SessionRecord } from '../model/session';
import type { CheckStatus, Remedy } from '../model/verdict';
import type { RedactionOptions } from '../redact';
import { confidenceLevel, formatTimestamp } from './format';
import type {
  ReportAction,
  ReportAnswer,
  ReportBug,
  ReportCause,
  ReportCheck,
  ReportModel,
  ReportRemedy,
} from './model';
import { toReportEvidence } from './model-evidence';
import { buildDevice, buildSession } from './model-facts';
import { buildVerdict } from './model-verdict';
import { DEFAULT_EVIDENCE_LIMITS, type EvidenceLimits, type ReportOptions } from './options';

const remedyOf = (lang: Lang, remedy: Remedy | undefined): ReportRemedy | undefined =>
  remedy ? { text: render(lang, remedy.text), ...(remedy.command ? { command: remedy.command } : {}) } : undefined;

const causeOf = (lang: Lang, cause: CauseFinding, index: number): ReportCause => {
  const level = confidenceLevel(cause.confidence);
  const remedy = remedyOf(lang, cause.remedy);
  return {
    rank: index + 1,
    id: cause.id,
    title: translate(lang, causeTitleKey(cause.id)),
    summary: render(lang, cause.summary),
    confidence: cause.confidence,
    confidenceLevel: level,
    confidenceText: translate(lang, 'report.cause.confidenceValue', {
      level: translate(lang, `report.confidence.${level}`),
      percent: Math.round(cause.confidence * 100),
    }),
    ...(remedy ? { remedy } : {}),
    checks: cause.checks,
  };
};

const statusText = (lang: Lang, status: CheckStatus | undefined): string =>
  status ? translate(lang, `common.status.${status}`) : '—';

const checkOf = (lang: Lang, limits: EvidenceLimits, check: CheckResult): ReportCheck => {
  const remedy = remedyOf(lang, check.remedy);
  return {
    id: check.id,
    stage: check.stage,
    status: check.status,
    statusText: statusText(lang, check.status),
    title: translate(lang, checkTitleKey(check.id)),
    explanation: render(lang, check.explanation),
    ...(remedy ? { remedy } : {}),
    evidence: check.evidence.map((e) => toReportEvidence(e, lang, limits)),
  };
};

/** Prerequisite answers (FMC GUI settings) in the order of the guide's questions (guide 000, "문제 해결"). */
const QUESTIONS: readonly (readonly [keyof PrerequisiteAnswers, CheckId])[] = [
  ['cloudIntended', 'fmc.cloud-intended'],
  ['licenseNotEvaluation', 'fmc.license-mode'],
  ['smartLicensingDirect', 'fmc.smart-licensing-direct'],
  ['cloudEventsEnabled', 'fmc.cloud-events'],
];

const answersOf = (lang: Lang, answers: PrerequisiteAnswers): ReportAnswer[] =>
  QUESTIONS.map(([field, checkId]) => {
    const value = answers[field];
    const answer = value === undefined ? 'unanswered' : value ? 'yes' : 'no';
    return {
      field,
      checkId,
      question: translate(lang, `report.questions.${field}`),
      answer,
      answerText: translate(lang, `report.answers.${answer}`),
    };
  });

const actionOf = (lang: Lang, limits: EvidenceLimits, action: ActionRecord): ReportAction => {
  const ids = [...new Set([...action.before, ...action.after].map((s) => s.id))];
  return {
    actionId: action.actionId,
    command: action.command,
    confirmedAt: action.confirmedAt,
    confirmedText: formatTimestamp(action.confirmedAt),
    outcome: action.outcome,
    outcomeText: translate(lang, `report.actions.${action.outcome}`),
    evidence: toReportEvidence(action.evidence, lang, limits),
    changes: ids.map((checkId) => {
      const before = action.before.find((s) => s.id === checkId)?.status;
      const after = action.after.find((s) => s.id === checkId)?.status;
      return {
        checkId,
        title: translate(lang, checkTitleKey(checkId)),
        ...(before ? { before } : {}),
        beforeText: statusText(lang, before),
        ...(after ? { after } : {}),
        afterText: statusText(lang, after),
      };
    }),
  };
};

const bugUrl = (id: string): string => `https://bst.cloudapps.cisco.com/bugsearch/bug/${id}`;

const redactionNotes = (lang: Lang, options: RedactionOptions): string[] => [
  translate(lang, 'report.redaction.secrets'),
  ...(options.addresses ? [translate(lang, 'report.redaction.addresses')] : []),
  ...(options.hostnames ? [translate(lang, 'report.redaction.hostnames')] : []),
  ...(options.hostnames && options.keepCiscoHosts ? [translate(lang, 'report.redaction.ciscoKept')] : []),
];

/**
 * Build the report model from a record that has ALREADY been redacted (use `createReport`, which
 * redacts first). Pure: the same record and options give the same model.
 */
export const buildReportModel = (
  record: SessionRecord,
  options: ReportOptions & { readonly appliedRedaction: RedactionOptions },
): ReportModel => {
  const { lang } = options;
  const limits = options.evidenceLimits ?? DEFAULT_EVIDENCE_LIMITS;
  const order = (id: CheckId) => CHECK_IDS.indexOf(id);
  const causes = record.diagnosis.causes.map((cause, i) => causeOf(lang, cause, i));
  const first = causes.find((c) => c.id !== 'healthy' && c.remedy);
  const bugs: ReportBug[] = [...new Set(record.diagnosis.relatedBugs)].map((id) => ({
    id,
    description: translate(lang, `report.bugs.${id}`),
    url: bugUrl(id),
  }));
  return {
    lang,
    paper: options.paper ?? 'a4',
    generatedAt: options.generatedAt,
    tool: options.tool ?? record.tool,
    session: buildSession(record, lang),
    device: buildDevice(record, lang),
    verdict: buildVerdict(record, lang),
    causes,
    ...(first?.remedy ? { firstStep: { causeId: first.id, remedy: first.remedy } } : {}),
    conflicts: record.diagnosis.conflicts.map((m) => render(lang, m)),
    bugs,
    answers: answersOf(lang, record.answers),
    stages: STAGE_IDS.filter((id) => id !== 'summary').map((id) => ({
      id,
      title: translate(lang, `common.stages.${id}`),
      checks: record.checks
        .filter((c) => c.stage === id)
        .sort((a, b) => order(a.id) - order(b.id))
        .map((c) => checkOf(lang, limits, c)),
    })),
    actions: record.actions.map((a) => actionOf(lang, limits, a)),
    ...(record.error ? { error: render(lang, record.error) } : {}),
    ...(options.notes?.trim() ? { notes: options.notes.trim() } : {}),
    redaction: redactionNotes(lang, options.appliedRedaction),
    masked: { addresses: options.appliedRedaction.addresses, hostnames: options.appliedRedaction.hostnames },
  };
};
