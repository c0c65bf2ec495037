import type { StateCreator } from 'zustand';
import type {
  ActionPreview,
  ExportRequest,
  ExportResult,
  HistoryNotice,
  PastSessionSummary,
  SessionInfo,
  SimulatorScenario,
  StartSessionRequest,
} from '../../../shared/ipc/channels/sessions';
import { STAGE_IDS, type CheckId, type StageId } from '../../../shared/model/check';
import type { ConnectionState, SessionEvent } from '../../../shared/model/progress';
import type {
  ActionRecord,
  CheckResult,
  PrerequisiteAnswers,
  SessionRecord,
  SessionState,
} from '../../../shared/model/session';
import type { Api } from '../api';
import type { AppState } from './app-store';

export type ViewSource = 'live' | 'past';

/** A check as the wizard shows it: not run, queued behind a running stage, running, or done with its result. */
export interface CheckEntry {
  readonly phase: 'pending' | 'queued' | 'running' | 'done';
  readonly result?: CheckResult;
  /** The command it is running now (live only). */
  readonly command?: string;
}

/** Output streamed so far for one command of a running check. `lines` counts newlines, kept as it grows. */
export interface LiveCommand {
  readonly command: string;
  readonly text: string;
  readonly lines: number;
}

/** What the session is busy with, for the buttons and the status line (one thing at a time). */
export type Activity = 'idle' | 'stage' | 'all' | 'answers' | 'rerun' | 'action' | 'retry' | 'cancel';

export interface SessionView {
  readonly source: ViewSource;
  readonly info: SessionInfo;
  readonly device: SessionInfo['device'];
  readonly state: SessionState;
  readonly checks: Readonly<Partial<Record<CheckId, CheckEntry>>>;
  readonly output: Readonly<Partial<Record<CheckId, readonly LiveCommand[]>>>;
  readonly connection: { readonly state: ConnectionState | 'idle'; readonly dropped: boolean };
  /** The record of the last finish (the summary is built from it); a past session's record. */
  readonly record?: SessionRecord;
  readonly actions: readonly ActionRecord[];
  /** Per remedy (by confirmation time), the affected checks that had not run before it: "not run", not "skipped". */
  readonly notRunBefore: Readonly<Record<string, readonly CheckId[]>>;
  /** The stage on screen. */
  readonly stage: StageId;
  /** During "Run all", the screen follows the running stage until the admin picks one. */
  readonly follow: boolean;
  /** Answers as the admin is choosing them; sent when saved or before "Run all". */
  readonly answers: PrerequisiteAnswers;
  readonly answersSaved: boolean;
  readonly activity: Activity;
  /** The last operation's failure, in words from main. */
  readonly error?: string;
  readonly historyId?: string;
}

export interface PastSessionsState {
  readonly status: 'idle' | 'loading' | 'ready' | 'failed';
  readonly profileId: string | undefined;
  readonly items: readonly PastSessionSummary[];
  readonly notices: readonly HistoryNotice[];
}

export interface SessionSlice {
  readonly sessionViews: { readonly live?: SessionView; readonly past?: SessionView };
  readonly scenarios: { readonly list: readonly SimulatorScenario[]; readonly defaultScenario: string } | undefined;
  readonly startStatus:
    { readonly kind: 'idle' } | { readonly kind: 'starting' } | { readonly kind: 'failed'; readonly message: string };
  readonly pastSessions: PastSessionsState;
  readonly loadScenarios: () => Promise<void>;
  /** Open a session and run its Connect stage. */
  readonly startSession: (request: StartSessionRequest) => Promise<void>;
  readonly viewStage: (source: ViewSource, stage: StageId) => void;
  readonly runStage: (stage: StageId) => Promise<void>;
  readonly runAll: () => Promise<void>;
  readonly rerunCheck: (id: CheckId) => Promise<void>;
  readonly rerunStage: (stage: StageId) => Promise<void>;
  readonly setDraftAnswer: (key: keyof PrerequisiteAnswers, value: boolean | undefined) => void;
  /** Send the answers; "no" to cloud integration goes straight to the summary, else on to DNS. */
  readonly saveAnswers: () => Promise<void>;
  readonly previewAction: (actionId: string, params: Record<string, unknown> | undefined) => Promise<ActionPreview>;
  readonly applyAction: (
    actionId: string,
    params: Record<string, unknown> | undefined,
  ) => Promise<{ readonly record: ActionRecord; readonly notRun: readonly CheckId[] }>;
  readonly cancelSession: () => Promise<void>;
  readonly retrySession: () => Promise<void>;
  readonly closeSession: () => Promise<void>;
  readonly receiveSessionEvent: (event: SessionEvent) => void;
  readonly loadPastSessions: (profileId: string | undefined) => Promise<void>;
  readonly openPastSession: (historyId: string) => Promise<void>;
  readonly closePastSession: () => void;
  readonly exportReport: (request: ExportRequest) => Promise<ExportResult>;
}

const DONE: readonly SessionState[] = ['finished', 'cancelled', 'failed'];
/** Output kept per command in the live view; the final evidence comes with the result. */
const MAX_LIVE_CHARS = 2 * 1024 * 1024;
const FLUSH_MS = 50;

const countLines = (text: string): number => {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
};

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const emptyView = (info: SessionInfo): SessionView => ({
  source: 'live',
  info,
  device: info.device,
  state: 'running',
  checks: {},
  output: {},
  connection: { state: 'idle', dropped: false },
  actions: [],
  notRunBefore: {},
  stage: 'connect',
  follow: false,
  answers: info.suggestedAnswers,
  answersSaved: false,
  activity: 'idle',
});

/** A past session as a read-only view: its plan is its own checks, everything done. */
export const pastView = (summary: PastSessionSummary, record: SessionRecord): SessionView => {
  const info: SessionInfo = {
    sessionId: record.id,
    profileId: summary.profileId,
    profileName: summary.profileName,
    ...(summary.scenario ? { scenario: summary.scenario } : {}),
    device: record.device,
    plan: record.checks.map((c) => ({
      id: c.id,
      stage: c.stage,
      kind: c.id.startsWith('fmc.') ? 'question' : 'probe',
    })),
    suggestedAnswers: {},
    startedAt: record.startedAt,
  };
  return {
    ...emptyView(info),
    source: 'past',
    state: record.state,
    checks: Object.fromEntries(record.checks.map((c) => [c.id, { phase: 'done', result: c }])),
    record,
    actions: record.actions,
    stage: 'summary',
    answers: record.answers,
    answersSaved: true,
    historyId: summary.historyId,
  };
};

/**
 * The wizard's state: the live session (fed by main's sessionEvents, output batched so a flood of
 * lines is a few store updates) and a past session opened read-only, side by side so opening an
 * old one never loses the running one. Components select one check, one stage or one command's
 * output at a time. Secrets never pass through here: main asks for them itself.
 */
export const createSessionSlice =
  (api: Api): StateCreator<AppState, [], [], SessionSlice> =>
  (set, get) => {
    let unsubscribe: (() => void) | undefined;
    const pendingOutput = new Map<CheckId, Map<string, string[]>>();
    let flushTimer: ReturnType<typeof setTimeout> | undefined;

    const live = (): SessionView | undefined => get().sessionViews.live;
    const patchLive = (fn: (view: SessionView) => Partial<SessionView>) => {
      const view = live();
      if (view) set({ sessionViews: { ...get().sessionViews, live: { ...view, ...fn(view) } } });
    };
    const patchCheck = (view: SessionView, id: CheckId, entry: CheckEntry): Partial<SessionView> => ({
      checks: { ...view.checks, [id]: entry },
    });

    const flushOutput = () => {
      if (flushTimer) clearTimeout(flushTimer);
      flushTimer = undefined;
      if (pendingOutput.size === 0) return;
      const batch = new Map(pendingOutput);
      pendingOutput.clear();
      patchLive((view) => {
        const output = { ...view.output };
        for (const [id, commands] of batch) {
          const list = [...(output[id] ?? [])];
          for (const [command, chunks] of commands) {
            const chunk = chunks.join('');
            const at = list.findIndex((c) => c.command === command);
            const prev = at >= 0 ? list[at] : undefined;
            let text = (prev?.text ?? '') + chunk;
            if (text.length > MAX_LIVE_CHARS) text = text.slice(text.length - MAX_LIVE_CHARS);
            const next = { command, text, lines: (prev?.lines ?? 0) + countLines(chunk) };
            if (at >= 0) list[at] = next;
            else list.push(next);
          }
          output[id] = list;
        }
        return { output };
      });
    };

    const ensureSubscribed = () => {
      unsubscribe ??= api.onSessionEvent((event) => get().receiveSessionEvent(event));
    };

    /** Run an operation of the live session with its activity shown; its failure is kept in words. */
    const operate = async <T>(activity: Activity, work: (view: SessionView) => Promise<T>): Promise<T | undefined> => {
      const view = live();
      if (!view) return undefined;
      patchLive(() => ({ activity, error: undefined }));
      try {
        return await work(view);
      } catch (error) {
        patchLive(() => ({ error: errorText(error) }));
        return undefined;
      } finally {
        flushOutput();
        // Checks still queued did not start (the stage stopped): they are not run.
        patchLive((v) => ({
          activity: v.activity === activity ? 'idle' : v.activity,
          checks: Object.fromEntries(
            Object.entries(v.checks).map(([id, e]) => [id, e?.phase === 'queued' ? { phase: 'pending' } : e]),
          ),
        }));
      }
    };

    const queue = (view: SessionView, ids: readonly CheckId[]): Partial<SessionView> => {
      const checks = { ...view.checks };
      for (const id of ids) if (checks[id]?.phase !== 'done') checks[id] = { phase: 'queued' };
      return { checks };
    };

    const idsOf = (view: SessionView, stage?: StageId): CheckId[] =>
      view.info.plan.filter((c) => stage === undefined || c.stage === stage).map((c) => c.id);

    const sendAnswers = async (view: SessionView) => {
      await api.setSessionAnswers({ sessionId: view.info.sessionId, answers: view.answers });
      patchLive(() => ({ answersSaved: true }));
    };

    return {
      sessionViews: {},
      scenarios: undefined,
      startStatus: { kind: 'idle' },
      pastSessions: { status: 'idle', profileId: undefined, items: [], notices: [] },

      loadScenarios: async () => {
        if (get().scenarios) return;
        try {
          const { scenarios, defaultScenario } = await api.listSimulatorScenarios({});
          set({ scenarios: { list: scenarios, defaultScenario } });
        } catch (error) {
          set({ frameError: errorText(error) });
        }
      },

      startSession: async (request) => {
        ensureSubscribed();
        set({ startStatus: { kind: 'starting' } });
        const previous = live();
        if (previous) await api.closeSession({ sessionId: previous.info.sessionId }).catch(() => undefined);
        pendingOutput.clear();
        try {
          const info = await api.startSession(request);
          set({ sessionViews: { ...get().sessionViews, live: emptyView(info) }, startStatus: { kind: 'idle' } });
        } catch (error) {
          set({
            sessionViews: { ...get().sessionViews, live: undefined },
            startStatus: { kind: 'failed', message: errorText(error) },
          });
          return;
        }
        await get().runStage('connect');
      },

      viewStage: (source, stage) => {
        const view = get().sessionViews[source];
        if (view) set({ sessionViews: { ...get().sessionViews, [source]: { ...view, stage, follow: false } } });
      },

      runStage: async (stage) => {
        if (stage === 'summary') {
          await get().runAll();
          return;
        }
        patchLive((view) => ({ stage, ...queue(view, idsOf(view, stage)) }));
        await operate('stage', (view) => api.runSessionStage({ sessionId: view.info.sessionId, stage }));
      },

      runAll: async () => {
        patchLive((view) => ({ follow: true, ...queue(view, idsOf(view)) }));
        const record = await operate('all', async (view) => {
          if (!view.answersSaved) await sendAnswers(view);
          return api.runSessionAll({ sessionId: view.info.sessionId });
        });
        if (record)
          patchLive(() => ({
            record,
            state: record.state,
            stage: 'summary',
            follow: false,
            device: record.device,
            actions: record.actions,
          }));
      },

      rerunCheck: async (id) => {
        patchLive((view) => queue({ ...view, checks: { ...view.checks, [id]: undefined } }, [id]));
        await operate('rerun', (view) =>
          api.rerunSession({ sessionId: view.info.sessionId, target: { kind: 'check', id } }),
        );
      },

      rerunStage: async (stage) => {
        patchLive((view) => {
          const ids = idsOf(view, stage);
          const checks = { ...view.checks };
          for (const id of ids) checks[id] = { phase: 'queued' };
          return { checks };
        });
        await operate('rerun', (view) =>
          api.rerunSession({ sessionId: view.info.sessionId, target: { kind: 'stage', stage } }),
        );
      },

      setDraftAnswer: (key, value) =>
        patchLive((view) => {
          const answers: Record<string, boolean> = { ...view.answers };
          if (value === undefined) delete answers[key];
          else answers[key] = value;
          return { answers, answersSaved: false };
        }),

      saveAnswers: async () => {
        const done = await operate('answers', async (view) => {
          await sendAnswers(view);
          await api.runSessionStage({ sessionId: view.info.sessionId, stage: 'prerequisites' });
          return view.answers;
        });
        if (!done) return;
        // Guide 004, scenario 1: no cloud integration wanted → the alert is expected; straight to the summary.
        if (done.cloudIntended === false) await get().runAll();
        else await get().runStage('dns');
      },

      previewAction: async (actionId, params) => {
        const view = live();
        if (!view) return { ok: false, reason: 'unknown-action' };
        return api.previewSessionAction({ sessionId: view.info.sessionId, actionId, ...(params ? { params } : {}) });
      },

      applyAction: async (actionId, params) => {
        const view = live();
        if (!view) throw new Error('No session is open.');
        const ran = new Set(Object.entries(view.checks).flatMap(([id, e]) => (e?.result ? [id] : [])));
        patchLive(() => ({ activity: 'action', error: undefined }));
        try {
          const record = await api.applySessionAction({
            sessionId: view.info.sessionId,
            actionId,
            ...(params ? { params } : {}),
            confirmed: true,
          });
          const notRun = record.after.map((a) => a.id).filter((id) => !ran.has(id));
          patchLive((v) => ({
            actions: v.actions.some((a) => a.confirmedAt === record.confirmedAt) ? v.actions : [...v.actions, record],
            notRunBefore: { ...v.notRunBefore, [record.confirmedAt]: notRun },
          }));
          return { record, notRun };
        } finally {
          flushOutput();
          patchLive((v) => ({ activity: v.activity === 'action' ? 'idle' : v.activity }));
        }
      },

      cancelSession: async () => {
        const view = live();
        if (!view) return;
        patchLive(() => ({ activity: 'cancel' }));
        try {
          const record = await api.cancelSession({ sessionId: view.info.sessionId });
          patchLive(() => ({ record, state: record.state, stage: 'summary', follow: false, activity: 'idle' }));
        } catch (error) {
          patchLive(() => ({ activity: 'idle', error: errorText(error) }));
        }
      },

      retrySession: async () => {
        patchLive((view) => {
          const checks = { ...view.checks };
          for (const [id, entry] of Object.entries(view.checks)) {
            if (entry?.result && (entry.result.status === 'error' || entry.result.status === 'skip'))
              checks[id as CheckId] = { phase: 'queued' };
          }
          return { checks };
        });
        const ack = await operate('retry', (view) => api.retrySession({ sessionId: view.info.sessionId }));
        if (ack)
          patchLive((view) => ({ state: ack.state, connection: { state: view.connection.state, dropped: false } }));
      },

      closeSession: async () => {
        const view = live();
        pendingOutput.clear();
        set({ sessionViews: { ...get().sessionViews, live: undefined } });
        if (view) await api.closeSession({ sessionId: view.info.sessionId }).catch(() => undefined);
      },

      receiveSessionEvent: (event) => {
        const view = live();
        if (!view || event.sessionId !== view.info.sessionId) return;
        if (event.type === 'output') {
          const commands = pendingOutput.get(event.id) ?? new Map<string, string[]>();
          commands.set(event.command, [...(commands.get(event.command) ?? []), event.chunk]);
          pendingOutput.set(event.id, commands);
          flushTimer ??= setTimeout(flushOutput, FLUSH_MS);
          return;
        }
        flushOutput();
        switch (event.type) {
          case 'session-started':
            return;
          case 'connection':
            patchLive((v) => ({
              connection: {
                state: event.state,
                dropped: v.connection.dropped || event.state === 'lost' || event.state === 'closed',
              },
              ...(event.state === 'closed' && v.state === 'running' ? { state: 'failed' as const } : {}),
            }));
            return;
          case 'stage-started':
            patchLive((v) => (v.follow ? { stage: event.stage } : {}));
            return;
          case 'stage-finished':
            return;
          case 'check-started':
            patchLive((v) => ({
              ...patchCheck(v, event.id, { phase: 'running' }),
              output: { ...v.output, [event.id]: [] },
            }));
            return;
          case 'command-started':
            patchLive((v) => patchCheck(v, event.id, { phase: 'running', command: event.command }));
            return;
          case 'check-finished':
            // The result carries the evidence; the streamed copy is dropped.
            patchLive((v) => {
              const output = { ...v.output };
              delete output[event.result.id];
              return { ...patchCheck(v, event.result.id, { phase: 'done', result: event.result }), output };
            });
            return;
          case 'device-facts':
            patchLive(() => ({ device: event.device }));
            return;
          case 'session-finished':
            patchLive(() => ({
              record: event.record,
              state: event.record.state,
              device: event.record.device,
              actions: event.record.actions,
            }));
            return;
        }
      },

      loadPastSessions: async (profileId) => {
        set({ pastSessions: { ...get().pastSessions, status: 'loading', profileId } });
        try {
          const { sessions, notices } = await api.listPastSessions(profileId ? { profileId } : {});
          if (get().pastSessions.profileId !== profileId) return;
          set({ pastSessions: { status: 'ready', profileId, items: sessions, notices } });
        } catch (error) {
          set({ pastSessions: { ...get().pastSessions, status: 'failed' }, frameError: errorText(error) });
        }
      },

      openPastSession: async (historyId) => {
        const { summary, record } = await api.openPastSession({ historyId });
        set({ sessionViews: { ...get().sessionViews, past: pastView(summary, record) } });
      },

      closePastSession: () => set({ sessionViews: { ...get().sessionViews, past: undefined } }),

      exportReport: (request) => api.exportSessionReport(request),
    };
  };

/** The state of one stage for the stepper, from its checks (or, for the summary, the record). */
export type StageState = 'pending' | 'running' | 'passed' | 'failed' | 'warned' | 'skipped';

export const stageStateOf = (view: SessionView, stage: StageId): StageState => {
  if (stage === 'summary') {
    const first = view.record?.diagnosis.causes[0]?.id;
    if (!view.record || !DONE.includes(view.state)) return view.activity === 'all' ? 'running' : 'pending';
    if (first !== undefined && first !== 'healthy') return 'failed';
    // Healthy only when every check ran: a cancelled session proves nothing about what it skipped.
    return first === 'healthy' && view.state === 'finished' ? 'passed' : 'warned';
  }
  const entries = view.info.plan.filter((c) => c.stage === stage).map((c) => view.checks[c.id]);
  if (entries.length === 0) return 'skipped';
  if (entries.some((e) => e?.phase === 'running' || e?.phase === 'queued')) return 'running';
  const results = entries.map((e) => e?.result).filter((r): r is CheckResult => r !== undefined);
  if (results.length === 0) return 'pending';
  if (results.some((r) => r.status === 'fail' || r.status === 'error')) return 'failed';
  if (results.some((r) => r.status === 'warn' || r.status === 'inconclusive')) return 'warned';
  if (results.every((r) => r.status === 'skip')) return 'skipped';
  return 'passed';
};

/** The stage to offer next: the first one not run yet (the summary once every other has run). */
export const nextStageOf = (view: SessionView): StageId | undefined =>
  STAGE_IDS.find((stage) => stage !== 'summary' && stageStateOf(view, stage) === 'pending') ??
  (view.record && DONE.includes(view.state) ? undefined : 'summary');
