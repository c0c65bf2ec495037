import { findAction } from '../../../shared/catalog/actions';
import { CATALOG } from '../../../shared/catalog/index';
import type { CheckDefinition } from '../../../shared/catalog/types';
import { diagnose } from '../../../shared/diagnosis/diagnose';
import type {
  ActionPreview,
  PlannedCheck,
  SessionInfo,
  StartSessionRequest,
} from '../../../shared/ipc/channels/sessions';
import type { CheckId, StageId } from '../../../shared/model/check';
import type { DeviceFacts } from '../../../shared/model/device';
import type { SessionEvent } from '../../../shared/model/progress';
import type { ActionRecord, PrerequisiteAnswers, SessionRecord, SessionState } from '../../../shared/model/session';
import { createRedactor, redactSessionRecord, redactValue, type Redactor } from '../../../shared/redact';
import { DiagnosisSession } from '../engine/session';
import { ServiceError } from '../ipc/service-error';
import type { Logger } from '../log';
import type { SessionHistory } from './session-history';
import type { SessionTarget } from './session-target';

export interface SessionManagerOptions {
  readonly resolveTarget: (request: StartSessionRequest) => Promise<SessionTarget>;
  readonly history: SessionHistory;
  /** Where events go (the validated `sessionEvent` channel); already masked. */
  readonly emit: (event: SessionEvent) => void;
  /** A session was written to the history. */
  readonly onSaved?: (profileId: string) => void;
  /** Close every waiting prompt (the session was cancelled while its login waited for a password). */
  readonly cancelPrompts?: () => void;
  readonly catalog?: readonly CheckDefinition[];
  readonly log: Logger;
  /** Sessions open at once; starting one more closes the oldest. */
  readonly maxOpen?: number;
  /** Output chunks are gathered this long before they go out as one event. */
  readonly flushMs?: number;
}

/** The largest output event: the test bridge's frames are bounded at 1 MiB. */
const MAX_CHUNK = 256 * 1024;

interface Managed {
  readonly info: SessionInfo;
  readonly engine: DiagnosisSession;
  readonly target: SessionTarget;
  /** Run-all completed once: later changes (answers, remedies, re-runs) re-finish the session. */
  finished: boolean;
  closing: boolean;
  queue: Promise<unknown>;
  saving: Promise<void>;
}

/**
 * The desktop app's troubleshooting sessions, in main: starts a DiagnosisSession against a profile
 * or the simulated device, runs what the renderer asks for (by stage, check or remedy id — never a
 * command), one operation at a time per session, and forwards its events with output coalesced and
 * every secret masked. Finished sessions are written to the history. Secrets stay in the target
 * and are forgotten when the session closes.
 */
export const createSessionManager = (options: SessionManagerOptions) => {
  const catalog = options.catalog ?? CATALOG;
  const flushMs = options.flushMs ?? 40;
  const maxOpen = Math.max(1, options.maxOpen ?? 4);
  const sessions = new Map<string, Managed>();
  const log = options.log;

  const get = (sessionId: string): Managed => {
    const managed = sessions.get(sessionId);
    if (!managed || managed.closing) throw new ServiceError('not-found', 'That session is closed. Start a new one.');
    return managed;
  };

  /** One redactor per set of secrets (a typed password adds one). */
  const redactorFor = (() => {
    const cache = new WeakMap<SessionTarget, { key: string; redactor: Redactor }>();
    return (target: SessionTarget): Redactor => {
      const secrets = target.secrets();
      const key = secrets.join('\u0000');
      const hit = cache.get(target);
      if (hit?.key === key) return hit.redactor;
      const redactor = createRedactor({ secrets });
      cache.set(target, { key, redactor });
      return redactor;
    };
  })();
  const maskRecord = (target: SessionTarget, record: SessionRecord): SessionRecord =>
    redactSessionRecord(record, redactorFor(target));

  /** One operation at a time per session; a failed one does not block the next. */
  const serial = <T>(managed: Managed, work: () => Promise<T>): Promise<T> => {
    const next = managed.queue.then(work, work);
    managed.queue = next.catch(() => undefined);
    return next;
  };

  const save = (managed: Managed, record: SessionRecord): void => {
    if (record.checks.length === 0) return;
    const { info } = managed;
    managed.saving = managed.saving
      .then(() =>
        options.history.save({
          profileId: info.profileId,
          profileName: info.profileName,
          ...(info.scenario ? { scenario: info.scenario } : {}),
          record,
        }),
      )
      .then(
        () => options.onSaved?.(info.profileId),
        (error: unknown) => log.error('could not save the session to the history', { error: String(error) }),
      );
  };

  /** Forward engine events: output gathered per command for `flushMs`, everything else at once (after pending output). */
  const forwarder = (holder: { managed?: Managed; target: SessionTarget }) => {
    const pending = new Map<string, { id: CheckId; command: string; sessionId: string; chunks: string[] }>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const send = (event: SessionEvent) => options.emit(redactValue(event, redactorFor(holder.target)));
    const flush = () => {
      if (timer) clearTimeout(timer);
      timer = undefined;
      for (const item of pending.values()) {
        const text = item.chunks.join('');
        for (let at = 0; at < text.length; at += MAX_CHUNK) {
          send({
            type: 'output',
            sessionId: item.sessionId,
            id: item.id,
            command: item.command,
            chunk: text.slice(at, at + MAX_CHUNK),
          });
        }
      }
      pending.clear();
    };
    const onEvent = (event: SessionEvent) => {
      if (event.type === 'output') {
        const key = `${event.id}\u0000${event.command}`;
        const item = pending.get(key) ?? {
          id: event.id,
          command: event.command,
          sessionId: event.sessionId,
          chunks: [],
        };
        item.chunks.push(event.chunk);
        pending.set(key, item);
        timer ??= setTimeout(flush, flushMs);
        return;
      }
      flush();
      if (event.type === 'session-finished') {
        const record = maskRecord(holder.target, event.record);
        options.emit({ ...event, record });
        if (holder.managed) save(holder.managed, record);
        return;
      }
      send(event);
    };
    return { onEvent, flush };
  };

  const planFor = (type: DeviceFacts['type']): PlannedCheck[] =>
    catalog.filter((d) => d.deviceTypes.includes(type)).map((d) => ({ id: d.id, stage: d.stage, kind: d.kind }));

  const stateOf = (managed: Managed): { sessionId: string; state: SessionState } => ({
    sessionId: managed.info.sessionId,
    state: managed.engine.record().state,
  });

  /** After a change to a finished session, finish it again so its summary and history follow. */
  const refresh = async (managed: Managed): Promise<void> => {
    if (managed.finished) await managed.engine.runAll();
  };

  const close = async (sessionId: string): Promise<void> => {
    const managed = sessions.get(sessionId);
    if (!managed || managed.closing) return;
    managed.closing = true;
    // A session closed half-way is kept as cancelled (what ran, not what did not).
    if (managed.engine.record().state === 'running') {
      if (managed.target.asking()) options.cancelPrompts?.();
      await managed.engine.cancel();
    }
    await managed.saving;
    await managed.engine.close();
    await managed.target
      .close()
      .catch((error: unknown) => log.warn('closing the session target failed', { error: String(error) }));
    sessions.delete(sessionId);
  };

  return {
    async start(request: StartSessionRequest): Promise<SessionInfo> {
      const target = await options.resolveTarget(request);
      const holder: { managed?: Managed; target: SessionTarget } = { target };
      const { onEvent } = forwarder(holder);
      const engine = new DiagnosisSession({ link: target.link, device: target.device, catalog, diagnose, onEvent });
      const info: SessionInfo = {
        sessionId: engine.id,
        profileId: target.profileId,
        profileName: target.profileName,
        ...(target.scenario ? { scenario: target.scenario } : {}),
        device: { ...target.device },
        plan: planFor(target.device.type),
        suggestedAnswers: target.suggestedAnswers,
        startedAt: engine.record().startedAt,
      };
      const managed: Managed = {
        info,
        engine,
        target,
        finished: false,
        closing: false,
        queue: Promise.resolve(),
        saving: Promise.resolve(),
      };
      holder.managed = managed;
      const open = [...sessions.keys()];
      for (const old of open.slice(0, Math.max(0, open.length - maxOpen + 1))) await close(old);
      sessions.set(engine.id, managed);
      log.info('session started', { sessionId: engine.id, profileId: info.profileId, scenario: info.scenario ?? null });
      return info;
    },

    runStage(sessionId: string, stage: StageId) {
      const managed = get(sessionId);
      return serial(managed, async () => {
        if (stage === 'summary') {
          await managed.engine.runAll();
          managed.finished = true;
        } else {
          await managed.engine.runStage(stage);
          await refresh(managed);
        }
        return stateOf(managed);
      });
    },

    runAll(sessionId: string): Promise<SessionRecord> {
      const managed = get(sessionId);
      return serial(managed, async () => {
        const record = await managed.engine.runAll();
        managed.finished = true;
        return maskRecord(managed.target, record);
      });
    },

    rerun(
      sessionId: string,
      target: { readonly kind: 'check'; readonly id: CheckId } | { readonly kind: 'stage'; readonly stage: StageId },
    ) {
      const managed = get(sessionId);
      const ids =
        target.kind === 'check'
          ? [target.id]
          : managed.info.plan.filter((c) => c.stage === target.stage).map((c) => c.id);
      if (ids.some((id) => !managed.info.plan.some((c) => c.id === id)))
        throw new ServiceError('invalid-payload', 'That check is not part of this session.');
      return serial(managed, async () => {
        await managed.engine.rerun(ids);
        await refresh(managed);
        return stateOf(managed);
      });
    },

    /** New answers: the questions already shown are decided again, and what they made pointless (or needed) runs again. */
    setAnswers(sessionId: string, answers: PrerequisiteAnswers) {
      const managed = get(sessionId);
      return serial(managed, async () => {
        managed.engine.setAnswers(answers);
        const again = managed.engine
          .record()
          .checks.filter(
            (c) => c.status === 'skip' || managed.info.plan.some((p) => p.id === c.id && p.kind === 'question'),
          )
          .map((c) => c.id);
        if (again.length > 0) await managed.engine.rerun(again);
        await refresh(managed);
        return stateOf(managed);
      });
    },

    /** The exact commands an action would type, built here from the catalog, for the confirmation dialog. */
    previewAction(sessionId: string, actionId: string, params: unknown): ActionPreview {
      const managed = get(sessionId);
      const action = findAction(actionId);
      if (!action) return { ok: false, reason: 'unknown-action' };
      const parsed = action.parse(params);
      if (parsed === undefined) return { ok: false, reason: 'invalid-params' };
      return {
        ok: true,
        commands: action.commands(parsed).map((spec) => ({ command: spec.command, privilege: spec.privilege })),
        affects: action.affects.filter((id) => managed.info.plan.some((c) => c.id === id)),
      };
    },

    /** Run a remedy the admin confirmed (`confirmed` must be exactly true), then re-run what it affects. */
    applyAction(
      sessionId: string,
      request: { readonly actionId: string; readonly params: unknown; readonly confirmed: boolean },
    ): Promise<ActionRecord> {
      if (request.confirmed !== true)
        throw new ServiceError('forbidden', 'A remedy runs on the device only after you confirm it.');
      const managed = get(sessionId);
      const action = findAction(request.actionId);
      if (!action || action.parse(request.params) === undefined) {
        throw new ServiceError('invalid-payload', 'That remedy or its values are not acceptable.');
      }
      return serial(managed, async () => {
        let record: ActionRecord;
        try {
          record = await managed.engine.applyAction(request.actionId, request.params);
        } catch (error) {
          throw new ServiceError(
            'unavailable',
            `The remedy could not run: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        log.info('remedy applied', { sessionId, actionId: request.actionId, outcome: record.outcome });
        await refresh(managed);
        if (!managed.finished) save(managed, maskRecord(managed.target, managed.engine.record()));
        return redactValue(record, redactorFor(managed.target));
      });
    },

    /** Stop now (not queued): nothing new starts, what ran is kept, the record is saved as cancelled. */
    async cancel(sessionId: string): Promise<SessionRecord> {
      const managed = get(sessionId);
      if (managed.target.asking()) options.cancelPrompts?.();
      const record = await managed.engine.cancel();
      return maskRecord(managed.target, record);
    },

    /** After a lost connection or a failed login: reconnect and run again what could not run. */
    retry(sessionId: string) {
      const managed = get(sessionId);
      return serial(managed, async () => {
        await managed.engine.retry();
        await refresh(managed);
        return stateOf(managed);
      });
    },

    record(sessionId: string): SessionRecord {
      const managed = get(sessionId);
      return maskRecord(managed.target, managed.engine.record());
    },

    /** What an export of a live session needs: its record and the secrets to mask once more. */
    exportable(sessionId: string): { readonly record: SessionRecord; readonly secrets: readonly string[] } {
      const managed = get(sessionId);
      return { record: maskRecord(managed.target, managed.engine.record()), secrets: managed.target.secrets() };
    },

    close,

    async closeAll(): Promise<void> {
      await Promise.all([...sessions.keys()].map((id) => close(id)));
    },

    get openCount(): number {
      return sessions.size;
    },
  };
};

export type SessionManager = ReturnType<typeof createSessionManager>;
