import { z } from 'zod';
import { PAPERS } from '../../report/options';
import { profileId } from '../../model/profile-schema';
import { event, invoke } from '../define';
import {
  actionRecordSchema,
  answersSchema,
  causeId,
  checkId,
  deviceFactsSchema,
  deviceType,
  region,
  sessionEventSchema,
  sessionRecordSchema,
  stageId,
} from '../model-schemas';
import { empty, language } from '../schemas';

/** A live session's id (a UUID made by main); a past session's file is named by its history id. */
export const sessionId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9-]+$/);
export const historyId = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z0-9_-]+$/);
const scenarioId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9-]+$/);

/** One check of the session's plan, in wizard order: what the stepper and the cards are built from. */
export const plannedCheck = z.strictObject({
  id: checkId,
  stage: stageId,
  kind: z.enum(['session', 'question', 'probe']),
});
export type PlannedCheck = z.infer<typeof plannedCheck>;

export const startSessionRequest = z.strictObject({
  profileId,
  /** Only for the built-in simulated device: what is wrong with it, and what it pretends to be. */
  simulated: z.strictObject({ scenario: scenarioId, deviceType, region }).optional(),
});
export type StartSessionRequest = z.infer<typeof startSessionRequest>;

/** A session main has opened. Never a secret: those stay in main until the session closes. */
export const sessionInfo = z.strictObject({
  sessionId,
  profileId,
  /** The saved profile's name; empty for the simulated device (the renderer names it in the reader's language). */
  profileName: z.string(),
  scenario: scenarioId.optional(),
  device: deviceFactsSchema,
  plan: z.array(plannedCheck).readonly(),
  /** Answers that come with the target (the simulated scenario's), to pre-fill the questions. */
  suggestedAnswers: answersSchema,
  startedAt: z.string().max(64),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const simulatorScenario = z.strictObject({
  id: scenarioId,
  expectedCause: causeId,
  deviceTypes: z.array(deviceType).readonly(),
});
export type SimulatorScenario = z.infer<typeof simulatorScenario>;

/** One line of the list of past sessions (the file holds the whole record). */
export const pastSessionSummary = z.strictObject({
  historyId,
  sessionId,
  profileId,
  profileName: z.string(),
  scenario: scenarioId.optional(),
  device: deviceFactsSchema,
  state: z.enum(['running', 'finished', 'cancelled', 'failed']),
  startedAt: z.string().max(64),
  finishedAt: z.string().max(64).optional(),
  topCause: z.strictObject({ id: causeId, confidence: z.number().min(0).max(1) }).optional(),
  /** Causes other than `healthy`. */
  problems: z.number().int().min(0),
  actions: z.number().int().min(0),
});
export type PastSessionSummary = z.infer<typeof pastSessionSummary>;

/** A history file that could not be read was moved aside (kept, never deleted): the admin is told where. */
export const historyNotice = z.strictObject({ kind: z.literal('moved-aside'), file: z.string(), movedTo: z.string() });
export type HistoryNotice = z.infer<typeof historyNotice>;

export const EXPORT_FORMATS = ['pdf', 'json', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportRequest = z.strictObject({
  source: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('live'), sessionId }),
    z.strictObject({ kind: z.literal('past'), historyId }),
  ]),
  format: z.enum(EXPORT_FORMATS),
  /** The UI's language: the whole report is written in it. */
  lang: language,
  paper: z.enum(PAPERS),
  /** Secrets are always masked; these on request. */
  redaction: z.strictObject({ addresses: z.boolean(), hostnames: z.boolean() }),
});
export type ExportRequest = z.infer<typeof exportRequest>;

export const exportResult = z.discriminatedUnion('saved', [
  z.strictObject({ saved: z.literal(false) }),
  z.strictObject({
    saved: z.literal(true),
    /** Names the written file for "Open" and "Show in folder": the renderer never sends a path. */
    exportId: z.string(),
    fileName: z.string(),
    folder: z.string(),
    bytes: z.number().int().min(0),
  }),
]);
export type ExportResult = z.infer<typeof exportResult>;

/** Action parameters as the renderer sends them; the catalog's action validates them in main. */
const actionParams = z.record(z.string(), z.unknown()).optional();

export const actionPreview = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    /** The exact commands main will type, in order, built from the catalog. */
    commands: z
      .array(z.strictObject({ command: z.string(), privilege: z.enum(['clish', 'expert', 'root']) }))
      .readonly(),
    affects: z.array(checkId).readonly(),
  }),
  z.strictObject({ ok: z.literal(false), reason: z.enum(['unknown-action', 'invalid-params']) }),
]);
export type ActionPreview = z.infer<typeof actionPreview>;

const bySession = z.strictObject({ sessionId });
const ack = z.strictObject({ sessionId, state: z.enum(['running', 'finished', 'cancelled', 'failed']) });

/**
 * The guided session (issue 6). The renderer names checks, stages, answers and the catalog's
 * remedies by id; main builds every command, holds every secret, and streams `sessionEvent`s.
 * Applying a remedy takes an explicit `confirmed: true`.
 */
export const sessionsInvoke = {
  listSimulatorScenarios: invoke(
    empty,
    z.strictObject({ scenarios: z.array(simulatorScenario).readonly(), defaultScenario: scenarioId }),
  ),
  startSession: invoke(startSessionRequest, sessionInfo),
  runSessionStage: invoke(z.strictObject({ sessionId, stage: stageId }), ack),
  runSessionAll: invoke(bySession, sessionRecordSchema),
  rerunSession: invoke(
    z.strictObject({
      sessionId,
      target: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('check'), id: checkId }),
        z.strictObject({ kind: z.literal('stage'), stage: stageId }),
      ]),
    }),
    ack,
  ),
  setSessionAnswers: invoke(z.strictObject({ sessionId, answers: answersSchema }), ack),
  previewSessionAction: invoke(
    z.strictObject({ sessionId, actionId: z.string().max(64), params: actionParams }),
    actionPreview,
  ),
  applySessionAction: invoke(
    z.strictObject({ sessionId, actionId: z.string().max(64), params: actionParams, confirmed: z.literal(true) }),
    actionRecordSchema,
  ),
  cancelSession: invoke(bySession, sessionRecordSchema),
  retrySession: invoke(bySession, ack),
  closeSession: invoke(bySession, z.strictObject({ sessionId })),
  getSessionRecord: invoke(bySession, sessionRecordSchema),
  listPastSessions: invoke(
    z.strictObject({ profileId: profileId.optional() }),
    z.strictObject({ sessions: z.array(pastSessionSummary).readonly(), notices: z.array(historyNotice).readonly() }),
  ),
  openPastSession: invoke(
    z.strictObject({ historyId }),
    z.strictObject({ summary: pastSessionSummary, record: sessionRecordSchema }),
  ),
  exportSessionReport: invoke(exportRequest, exportResult),
  openExportedReport: invoke(z.strictObject({ exportId: z.string().max(64) }), z.strictObject({})),
  showExportedReport: invoke(z.strictObject({ exportId: z.string().max(64) }), z.strictObject({})),
} as const;

export const sessionsEvents = {
  /** Everything a running session tells its watchers, output chunks coalesced by main. */
  sessionEvent: event(sessionEventSchema),
  /** A session was saved to the history (finished, cancelled, changed by a remedy). */
  pastSessionsChanged: event(z.strictObject({ profileId })),
} as const;
