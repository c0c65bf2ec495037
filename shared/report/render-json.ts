import type { JsonReport } from './json-schema';
import { JSON_REPORT_SCHEMA_VERSION } from './json-schema';
import type { ReportEvidence, ReportModel, ReportRemedy } from './model';

const remedyJson = (remedy: ReportRemedy | undefined): JsonReport['checks'][number]['remedy'] =>
  remedy ? { text: remedy.text, command: remedy.command ?? null } : null;

const evidenceJson = (e: ReportEvidence): JsonReport['checks'][number]['evidence'][number] => ({
  command: e.command,
  output: e.output,
  exitCode: e.exitCode,
  durationMs: e.durationMs,
  ...(e.truncatedBytes ? { truncatedBytes: e.truncatedBytes } : {}),
});

const answersJson = (model: ReportModel): JsonReport['answers'] => {
  const value = (field: keyof JsonReport['answers']): boolean | null => {
    const answer = model.answers.find((a) => a.field === field)?.answer;
    return answer === 'yes' ? true : answer === 'no' ? false : null;
  };
  return {
    cloudIntended: value('cloudIntended'),
    licenseNotEvaluation: value('licenseNotEvaluation'),
    smartLicensingDirect: value('smartLicensingDirect'),
    cloudEventsEnabled: value('cloudEventsEnabled'),
  };
};

/** The JSON report object (see json-schema.ts for the contract and the documented extras). */
export const toJsonReport = (model: ReportModel): JsonReport => ({
  schemaVersion: JSON_REPORT_SCHEMA_VERSION,
  tool: { name: model.tool.name, version: model.tool.version },
  device: {
    host: model.device.host,
    type: model.device.type,
    model: model.device.model ?? null,
    version: model.device.version ?? null,
    build: model.device.build ?? null,
    hostname: model.device.hostname ?? null,
    region: model.device.region,
  },
  startedAt: model.session.startedAt,
  finishedAt: model.session.finishedAt ?? null,
  checks: model.stages.flatMap((stage) =>
    stage.checks.map((c) => ({
      id: c.id,
      stage: c.stage,
      status: c.status,
      title: c.title,
      explanation: c.explanation,
      evidence: c.evidence.map(evidenceJson),
      remedy: remedyJson(c.remedy),
    })),
  ),
  diagnosis: {
    causes: model.causes.map((c) => ({
      id: c.id,
      title: c.title,
      confidence: c.confidence,
      confidenceLevel: c.confidenceLevel,
      summary: c.summary,
      remedy: remedyJson(c.remedy),
      checks: [...c.checks],
    })),
    conflicts: [...model.conflicts],
    relatedBugs: model.bugs.map((b) => b.id),
  },
  sessionId: model.session.id,
  state: model.session.state,
  lang: model.lang,
  generatedAt: model.generatedAt,
  answers: answersJson(model),
  actions: model.actions.map((a) => ({
    actionId: a.actionId,
    command: a.command,
    confirmedAt: a.confirmedAt,
    outcome: a.outcome,
    evidence: evidenceJson(a.evidence),
    before: a.changes.flatMap((c) => (c.before ? [{ id: c.checkId, status: c.before }] : [])),
    after: a.changes.flatMap((c) => (c.after ? [{ id: c.checkId, status: c.after }] : [])),
  })),
  error: model.error ?? null,
  notes: model.notes ?? null,
  redaction: { ...model.masked },
});

/** The report as the CLI prints it with `--format json`: two-space indented, one trailing newline. */
export const renderJson = (model: ReportModel): string => `${JSON.stringify(toJsonReport(model), null, 2)}\n`;
