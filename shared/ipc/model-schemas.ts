import { z } from 'zod';
import { ALL_MESSAGE_KEYS } from '../i18n/all-keys';
import type { MessageKey } from '../i18n/dictionary';
import type { Message } from '../i18n/message';
import { CAUSE_IDS, RELATED_BUGS } from '../model/cause';
import { CHECK_IDS, STAGE_IDS } from '../model/check';
import { DEVICE_TYPES, REGIONS, type DeviceFacts } from '../model/device';
import type { SessionEvent } from '../model/progress';
import type {
  ActionRecord,
  CauseFinding,
  CheckResult,
  Diagnosis,
  PrerequisiteAnswers,
  SessionRecord,
} from '../model/session';
import { CHECK_STATUSES, type Evidence, type Remedy } from '../model/verdict';

/**
 * Runtime schemas for the domain model, for what crosses the IPC boundary. Each is annotated
 * with its TypeScript type, so the schema and the model cannot drift apart.
 */
export const messageKey = z.custom<MessageKey>(
  (value) => typeof value === 'string' && ALL_MESSAGE_KEYS.has(value as MessageKey),
  'unknown message key',
);
export const messageSchema: z.ZodType<Message> = z.lazy(() =>
  z.strictObject({
    key: messageKey,
    params: z.record(z.string(), z.union([z.string(), z.number(), messageSchema])).optional(),
  }),
);

export const checkId = z.enum(CHECK_IDS);
export const stageId = z.enum(STAGE_IDS);
export const causeId = z.enum(CAUSE_IDS);
export const checkStatus = z.enum(CHECK_STATUSES);
export const deviceType = z.enum(DEVICE_TYPES);
export const region = z.enum(REGIONS);
const iso = z.string().max(64);

export const deviceFactsSchema: z.ZodType<DeviceFacts> = z.strictObject({
  host: z.string(),
  type: deviceType,
  region,
  model: z.string().optional(),
  version: z.string().optional(),
  build: z.string().optional(),
  hostname: z.string().optional(),
});

export const evidenceSchema: z.ZodType<Evidence> = z.strictObject({
  command: z.string(),
  output: z.string(),
  exitCode: z.number().int().nullable(),
  durationMs: z.number().nonnegative(),
  truncatedBytes: z.number().int().nonnegative().optional(),
});

export const remedySchema: z.ZodType<Remedy> = z.strictObject({
  text: messageSchema,
  command: z.string().optional(),
  actionId: z.string().optional(),
});

export const checkResultSchema: z.ZodType<CheckResult> = z.strictObject({
  id: checkId,
  stage: stageId,
  status: checkStatus,
  explanation: messageSchema,
  evidence: z.array(evidenceSchema).readonly(),
  remedy: remedySchema.optional(),
  supports: z.array(causeId).readonly().optional(),
  startedAt: iso.optional(),
  finishedAt: iso.optional(),
});

export const causeFindingSchema: z.ZodType<CauseFinding> = z.strictObject({
  id: causeId,
  confidence: z.number().min(0).max(1),
  summary: messageSchema,
  remedy: remedySchema.optional(),
  checks: z.array(checkId).readonly(),
});

export const diagnosisSchema: z.ZodType<Diagnosis> = z.strictObject({
  causes: z.array(causeFindingSchema).readonly(),
  conflicts: z.array(messageSchema).readonly(),
  relatedBugs: z.array(z.enum(RELATED_BUGS)).readonly(),
});

export const answersSchema: z.ZodType<PrerequisiteAnswers> = z.strictObject({
  cloudIntended: z.boolean().optional(),
  licenseNotEvaluation: z.boolean().optional(),
  smartLicensingDirect: z.boolean().optional(),
  cloudEventsEnabled: z.boolean().optional(),
});

const statusOf = z.strictObject({ id: checkId, status: checkStatus });
export const actionRecordSchema: z.ZodType<ActionRecord> = z.strictObject({
  actionId: z.string(),
  command: z.string(),
  confirmedAt: iso,
  outcome: z.enum(['applied', 'failed']),
  evidence: evidenceSchema,
  before: z.array(statusOf).readonly(),
  after: z.array(statusOf).readonly(),
});

export const sessionRecordSchema: z.ZodType<SessionRecord> = z.strictObject({
  schemaVersion: z.literal(1),
  id: z.string(),
  tool: z.strictObject({ name: z.string(), version: z.string() }),
  device: deviceFactsSchema,
  state: z.enum(['running', 'finished', 'cancelled', 'failed']),
  startedAt: iso,
  finishedAt: iso.optional(),
  answers: answersSchema,
  checks: z.array(checkResultSchema).readonly(),
  diagnosis: diagnosisSchema,
  actions: z.array(actionRecordSchema).readonly(),
  error: messageSchema.optional(),
});

const sid = z.string();
export const sessionEventSchema: z.ZodType<SessionEvent> = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('session-started'), sessionId: sid, device: deviceFactsSchema }),
  z.strictObject({
    type: z.literal('connection'),
    sessionId: sid,
    state: z.enum(['connecting', 'connected', 'lost', 'reconnecting', 'closed']),
    detail: z.string().optional(),
  }),
  z.strictObject({ type: z.literal('stage-started'), sessionId: sid, stage: stageId }),
  z.strictObject({ type: z.literal('stage-finished'), sessionId: sid, stage: stageId }),
  z.strictObject({ type: z.literal('check-started'), sessionId: sid, id: checkId }),
  z.strictObject({ type: z.literal('command-started'), sessionId: sid, id: checkId, command: z.string() }),
  z.strictObject({ type: z.literal('output'), sessionId: sid, id: checkId, command: z.string(), chunk: z.string() }),
  z.strictObject({ type: z.literal('check-finished'), sessionId: sid, result: checkResultSchema }),
  z.strictObject({ type: z.literal('device-facts'), sessionId: sid, device: deviceFactsSchema }),
  z.strictObject({ type: z.literal('session-finished'), sessionId: sid, record: sessionRecordSchema }),
]);
