import { causeSummaryKey, causeTitleKey, checkTitleKey } from '../i18n/keys';
import { message, type Message } from '../i18n/message';
import type { CauseId, RelatedBug } from '../model/cause';
import type { CheckId } from '../model/check';
import type { CauseFinding, CheckResult, Diagnosis, PrerequisiteAnswers, SessionState } from '../model/session';
import type { Remedy } from '../model/verdict';
import { findConflicts } from './conflicts';
import { BUGS_FOR, CAUSE_RANK, EXPLAINS, LIVE_CHECK, SUPPRESSED_BY } from './rules';

type Problem = Exclude<CauseId, 'healthy'>;

interface Candidate {
  readonly id: Problem;
  readonly checks: CheckId[];
  strong: number;
  weak: number;
  /** The admin said so (a prerequisite answer): a fact from the FMC's GUI, not an inference. */
  stated: boolean;
  remedy?: Remedy;
}

const PROBLEM = new Set(['fail', 'warn', 'error', 'inconclusive']);

/** More independent evidence, more confidence; a warning alone is a hint. */
const confidenceOf = (c: Candidate): number => {
  if (c.stated) return 0.95;
  if (c.strong === 0) return 0.4;
  return Math.min(0.95, 0.6 + 0.15 * c.strong + 0.05 * c.weak);
};

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * From every verdict to a ranked list of causes (PRODUCT.md, "Cause vocabulary"): each cause
 * with its confidence and the checks that support it, causes that others explain ranked after
 * them, conflicting evidence said plainly, and `healthy` only when nothing failed or was
 * inconclusive.
 */
export const diagnose = (
  results: readonly CheckResult[],
  _answers: PrerequisiteAnswers,
  state: SessionState,
): Diagnosis => {
  const candidates = new Map<Problem, Candidate>();
  const add = (id: Problem, result: CheckResult, strong: boolean): void => {
    const c = candidates.get(id) ?? { id, checks: [], strong: 0, weak: 0, stated: false };
    if (!c.checks.includes(result.id)) c.checks.push(result.id);
    if (strong && result.stage === 'prerequisites') c.stated = true;
    if (strong) c.strong += 1;
    else c.weak += 1;
    c.remedy ??= result.remedy;
    candidates.set(id, c);
  };

  for (const result of results) {
    if (!PROBLEM.has(result.status)) continue;
    for (const cause of result.supports ?? []) {
      if (cause === 'healthy') continue;
      add(cause, result, result.status === 'fail' || result.status === 'error');
    }
  }

  const unexplained = results.filter(
    (r) => (r.status === 'inconclusive' || r.status === 'error') && !(r.supports ?? []).length,
  );
  // A session that stopped, or output nothing could read, is "could not diagnose" — never healthy.
  if (state === 'failed') {
    for (const r of unexplained.length ? unexplained : results.filter((r) => r.status === 'error'))
      add('error', r, true);
    if (!candidates.has('error')) candidates.set('error', { id: 'error', checks: [], strong: 1, weak: 0, stated: false });
  } else if (unexplained.length && candidates.size === 0) {
    for (const r of unexplained) add('error', r, false);
  }

  const history: Message[] = [];
  for (const c of [...candidates.values()]) {
    const live = LIVE_CHECK[c.id];
    const liveResult = live && results.find((r) => r.id === live);
    if (liveResult?.status !== 'pass' || !c.checks.every((id) => id === 'connector.log')) continue;
    candidates.delete(c.id);
    history.push(
      message('diagnosis.conflicts.logOnlyHistory', { cause: message(causeTitleKey(c.id)), check: message(checkTitleKey(liveResult.id)) }),
    );
  }

  for (const [id, suppressors] of Object.entries(SUPPRESSED_BY) as [Problem, readonly Problem[]][]) {
    if (suppressors.some((s) => candidates.has(s))) candidates.delete(id);
  }

  const explainedBy = new Map<Problem, Problem>();
  for (const [explainer, consequences] of Object.entries(EXPLAINS) as [Problem, readonly Problem[]][]) {
    if (!candidates.has(explainer)) continue;
    for (const consequence of consequences) {
      if (candidates.has(consequence) && !explainedBy.has(consequence)) explainedBy.set(consequence, explainer);
    }
  }

  // An explained cause sorts right after the cause that explains it.
  const sortKey = (id: Problem): number => {
    const explainer = explainedBy.get(id);
    return explainer === undefined ? CAUSE_RANK[id] * 100 : CAUSE_RANK[explainer] * 100 + 1 + CAUSE_RANK[id] / 100;
  };

  const causes: CauseFinding[] = [...candidates.values()]
    .sort((a, b) => sortKey(a.id) - sortKey(b.id))
    .map((c) => ({
      id: c.id,
      confidence: round(explainedBy.has(c.id) ? confidenceOf(c) * 0.5 : confidenceOf(c)),
      summary: message(causeSummaryKey(c.id)),
      ...(c.remedy ? { remedy: c.remedy } : {}),
      checks: c.checks,
    }));

  const conflicts: Message[] = [...findConflicts(results), ...history];
  const anyProblem = results.some((r) => r.status === 'fail' || r.status === 'inconclusive' || r.status === 'error');
  if (causes.length === 0 && !anyProblem && state !== 'failed') {
    const ran = results.filter((r) => r.status === 'pass').map((r) => r.id);
    causes.push({ id: 'healthy', confidence: 1, summary: message(causeSummaryKey('healthy')), checks: ran });
  }

  const present = new Set(causes.map((c) => c.id));
  const relatedBugs = (Object.entries(BUGS_FOR) as [RelatedBug, readonly CauseId[]][])
    .filter(([, ids]) => ids.some((id) => present.has(id)))
    .map(([bug]) => bug);

  return { causes, conflicts, relatedBugs };
};
