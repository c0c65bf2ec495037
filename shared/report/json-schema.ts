import { z } from 'zod';
import { LANGUAGES } from '../i18n/dictionary';
import { CAUSE_IDS, RELATED_BUGS } from '../model/cause';
import { CHECK_IDS, STAGE_IDS } from '../model/check';
import { DEVICE_TYPES, REGIONS } from '../model/device';
import { CHECK_STATUSES } from '../model/verdict';
import { CONFIDENCE_LEVELS } from './format';

/**
 * The JSON report of PRODUCT.md's CLI contract (`--format json`, and the app's JSON export):
 *
 *   { schemaVersion, tool: {name, version}, device: {host, type, model, version, hostname, region},
 *     startedAt, finishedAt, checks: [{ id, stage, status, title, explanation,
 *     evidence: [{command, output, exitCode, durationMs}], remedy }],
 *     diagnosis: { causes: [{ id, confidence, summary, remedy, checks: [ids] }] } }
 *
 * Objects are strict: a field not listed here is an error. Beyond the contract, and only here:
 * - top level: `sessionId`, `state` (finished | cancelled | failed | running), `lang` (the language of
 *   every text field), `generatedAt`, `answers` (the prerequisite answers, null = not answered),
 *   `actions` (remedies applied, with before/after statuses), `error` (why the session stopped),
 *   `notes` (the admin's own note), `redaction` (what was masked: `addresses`, `hostnames`).
 * - `device.build`; `evidence[].truncatedBytes` (bytes the session's output cap dropped).
 * - `causes[].title`, `causes[].confidenceLevel` (high | medium | low, from 0.7 / 0.4).
 * - `diagnosis.conflicts` (where the evidence disagrees, in words) and `diagnosis.relatedBugs`.
 * Contract details: `remedy` is `{ text, command }` (command null when there is none) or null;
 * unknown device facts are null; `finishedAt` is null while a session has not finished;
 * `exitCode` is null for CLISH commands and commands that never finished. Evidence output is
 * complete as captured (redacted), never trimmed for print.
 */
export const JSON_REPORT_SCHEMA_VERSION = 1;

const isoTime = z.iso.datetime({ offset: true });
const remedy = z.strictObject({ text: z.string().min(1), command: z.string().min(1).nullable() }).nullable();
const checkId = z.enum(CHECK_IDS);
const status = z.enum(CHECK_STATUSES);

const evidence = z.strictObject({
  command: z.string(),
  output: z.string(),
  exitCode: z.number().int().nullable(),
  durationMs: z.number().nonnegative(),
  truncatedBytes: z.number().int().positive().optional(),
});

const check = z.strictObject({
  id: checkId,
  stage: z.enum(STAGE_IDS),
  status,
  title: z.string().min(1),
  explanation: z.string(),
  evidence: z.array(evidence),
  remedy,
});

const cause = z.strictObject({
  id: z.enum(CAUSE_IDS),
  title: z.string().min(1),
  confidence: z.number().min(0).max(1),
  confidenceLevel: z.enum(CONFIDENCE_LEVELS),
  summary: z.string().min(1),
  remedy,
  checks: z.array(checkId),
});

const action = z.strictObject({
  actionId: z.string().min(1),
  command: z.string(),
  confirmedAt: isoTime,
  outcome: z.enum(['applied', 'failed']),
  evidence,
  before: z.array(z.strictObject({ id: checkId, status })),
  after: z.array(z.strictObject({ id: checkId, status })),
});

const answer = z.boolean().nullable();

export const jsonReportSchema = z
  .strictObject({
    schemaVersion: z.literal(JSON_REPORT_SCHEMA_VERSION),
    tool: z.strictObject({ name: z.string().min(1), version: z.string().min(1) }),
    device: z.strictObject({
      host: z.string().min(1),
      type: z.enum(DEVICE_TYPES),
      model: z.string().nullable(),
      version: z.string().nullable(),
      build: z.string().nullable(),
      hostname: z.string().nullable(),
      region: z.enum(REGIONS),
    }),
    startedAt: isoTime,
    finishedAt: isoTime.nullable(),
    checks: z.array(check),
    diagnosis: z.strictObject({
      causes: z.array(cause),
      conflicts: z.array(z.string()),
      relatedBugs: z.array(z.enum(RELATED_BUGS)),
    }),
    sessionId: z.string().min(1),
    state: z.enum(['running', 'finished', 'cancelled', 'failed']),
    lang: z.enum(LANGUAGES),
    generatedAt: isoTime,
    answers: z.strictObject({
      cloudIntended: answer,
      licenseNotEvaluation: answer,
      smartLicensingDirect: answer,
      cloudEventsEnabled: answer,
    }),
    actions: z.array(action),
    error: z.string().nullable(),
    notes: z.string().nullable(),
    redaction: z.strictObject({ addresses: z.boolean(), hostnames: z.boolean() }),
  })
  .superRefine((report, ctx) => {
    const ids = report.diagnosis.causes.map((c) => c.id);
    // PRODUCT.md: "`healthy` only when nothing failed" — and then it is the only cause.
    if (ids.includes('healthy')) {
      const failed = report.checks.filter(
        (c) => c.status === 'fail' || c.status === 'error' || c.status === 'inconclusive',
      );
      if (ids.length > 1 || failed.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['diagnosis', 'causes'],
          message: '"healthy" must be the only cause, and no check may have failed',
        });
      }
    }
    // PRODUCT.md: a session that could not finish reports causes[0].id = "error".
    if (report.state === 'failed' && ids[0] !== 'error') {
      ctx.addIssue({
        code: 'custom',
        path: ['diagnosis', 'causes', 0, 'id'],
        message: 'a failed session must have "error" as its first cause',
      });
    }
    for (const [i, c] of report.diagnosis.causes.entries()) {
      const known = new Set(report.checks.map((k) => k.id));
      for (const id of c.checks) {
        if (!known.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['diagnosis', 'causes', i, 'checks'],
            message: `cause cites check ${id}, which is not in the report`,
          });
      }
    }
  });

export type JsonReport = z.infer<typeof jsonReportSchema>;
