import type { Lang } from '../i18n/dictionary';
import { translate } from '../i18n/translate';
import type { SessionRecord } from '../model/session';
import { CHECK_STATUSES } from '../model/verdict';
import type { ReportVerdict, VerdictKind } from './model';

/**
 * The verdict at a glance. Healthy only when the session finished and the diagnosis says so;
 * a session that did not finish is "incomplete" whatever it found, because a check that never ran
 * proves nothing (PRODUCT.md: unknown is never a pass).
 */
export const buildVerdict = (record: SessionRecord, lang: Lang): ReportVerdict => {
  const causes = record.diagnosis.causes;
  const problemCount = causes.filter((c) => c.id !== 'healthy' && c.id !== 'error').length;
  const incomplete = record.state !== 'finished' || causes.some((c) => c.id === 'error');
  const kind: VerdictKind = incomplete
    ? 'incomplete'
    : problemCount > 0
      ? 'problems'
      : causes[0]?.id === 'healthy'
        ? 'healthy'
        : 'unknown';
  const headline =
    kind === 'incomplete'
      ? problemCount > 0
        ? translate(lang, 'report.verdict.incompleteWithProblems', { count: problemCount })
        : translate(lang, 'report.verdict.incomplete')
      : kind === 'problems'
        ? problemCount === 1
          ? translate(lang, 'report.verdict.oneProblem')
          : translate(lang, 'report.verdict.problems', { count: problemCount })
        : translate(lang, `report.verdict.${kind}`);
  const statusCounts = CHECK_STATUSES.map((status) => ({
    status,
    count: record.checks.filter((c) => c.status === status).length,
    word: translate(lang, `common.status.${status}`),
  })).filter((entry) => entry.count > 0);
  return { kind, problemCount, headline, statusCounts };
};
