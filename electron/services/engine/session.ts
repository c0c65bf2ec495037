import { randomUUID } from 'node:crypto';
import { findAction } from '../../../shared/catalog/actions';
import type { CheckDefinition, CheckEnv, Verdict } from '../../../shared/catalog/types';
import { checkTitleKey } from '../../../shared/i18n/keys';
import { message } from '../../../shared/i18n/message';
import type { Message } from '../../../shared/i18n/message';
import { STAGE_IDS, type CheckId, type StageId } from '../../../shared/model/check';
import type { DeviceFacts } from '../../../shared/model/device';
import type { SessionEvent } from '../../../shared/model/progress';
import type {
  ActionRecord,
  CheckResult,
  Diagnosis,
  PrerequisiteAnswers,
  SessionRecord,
  SessionState,
} from '../../../shared/model/session';
import type { Evidence } from '../../../shared/model/verdict';
import { APP_META } from '../app-meta';
import { createCommandCache } from './command-cache';
import { errorDetail, errorKind, errorMessage, type DeviceLink, type DeviceRunner } from './device-link';
import { createLimiter } from './limiter';
import { runProbe, toEvidence } from './run-probe';

export interface SessionOptions {
  readonly id?: string;
  readonly link: DeviceLink;
  readonly device: Pick<DeviceFacts, 'host' | 'type' | 'region'>;
  readonly catalog: readonly CheckDefinition[];
  readonly answers?: PrerequisiteAnswers;
  readonly diagnose: (results: readonly CheckResult[], answers: PrerequisiteAnswers, state: SessionState) => Diagnosis;
  readonly onEvent?: (event: SessionEvent) => void;
  /** Checks running at once; the transport may limit channels further. */
  readonly concurrency?: number;
  readonly now?: () => Date;
}

/** Statuses after which a dependent check still makes sense. */
const USABLE = new Set(['pass', 'warn', 'info']);

/**
 * One troubleshooting session: connects, runs checks stage by stage or all at once (each as soon
 * as what it depends on has finished), skips what a failed dependency makes pointless, retries a
 * dropped connection once, applies confirmed remedies and re-runs what they affect. The desktop
 * app, the CLI and the tests all drive this same object.
 */
export class DiagnosisSession {
  readonly id: string;
  private readonly options: SessionOptions;
  private readonly results = new Map<CheckId, CheckResult>();
  private readonly running = new Map<CheckId, Promise<CheckResult>>();
  private readonly cache = createCommandCache();
  private readonly limit: ReturnType<typeof createLimiter>;
  private readonly actions: ActionRecord[] = [];
  private device: DeviceFacts;
  private answers: PrerequisiteAnswers;
  private runner: DeviceRunner | undefined;
  private connecting: Promise<DeviceRunner | undefined> | undefined;
  private retriesLeft = 1;
  /** Checks a dropped connection interrupted, for runAll's one retry. */
  private readonly dropped = new Set<CheckId>();
  private stopReason: Message | undefined;
  private state: SessionState = 'running';
  private readonly startedAt: string;
  private finishedAt: string | undefined;
  private readonly startedStages = new Set<StageId>();

  constructor(options: SessionOptions) {
    this.options = options;
    this.id = options.id ?? randomUUID();
    this.device = { ...options.device };
    this.answers = options.answers ?? {};
    this.limit = createLimiter(options.concurrency ?? 8);
    this.startedAt = this.now();
    this.emit({ type: 'session-started', sessionId: this.id, device: this.device });
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  private emit(event: SessionEvent): void {
    try {
      this.options.onEvent?.(event);
    } catch {
      // A watcher's bug must not stop the diagnosis.
    }
  }

  private definition(id: CheckId): CheckDefinition | undefined {
    return this.options.catalog.find((d) => d.id === id);
  }

  /** The given checks and every check that depends on them, directly or not, in catalog order. */
  private withDependents(ids: ReadonlySet<CheckId>): CheckId[] {
    const found = new Set(ids);
    for (let grew = true; grew; ) {
      grew = false;
      for (const d of this.options.catalog)
        if (!found.has(d.id) && d.dependsOn.some((dep) => found.has(dep))) {
          found.add(d.id);
          grew = true;
        }
    }
    return this.ids().filter((id) => found.has(id));
  }

  /** Checks of the catalog in catalog order, optionally one stage's. */
  private ids(stage?: StageId): CheckId[] {
    return this.options.catalog.filter((d) => stage === undefined || d.stage === stage).map((d) => d.id);
  }

  setAnswers(answers: PrerequisiteAnswers): void {
    this.answers = { ...this.answers, ...answers };
  }

  /** Every check, in dependency order, each as soon as it can start. */
  async runAll(): Promise<SessionRecord> {
    await Promise.all(this.ids().map((id) => this.ensure(id)));
    // A drop is retried once on a new connection: what it interrupted runs again, with what was
    // skipped because of it. Dropping again ends the session as failed (the record still says what ran).
    // (A check that started after the drop may already have reconnected: then the rerun uses that line.)
    if (this.dropped.size > 0 && this.state === 'running' && (this.runner || this.retriesLeft > 0)) {
      const again = this.withDependents(this.dropped);
      this.dropped.clear();
      await this.rerun(again);
    }
    return this.finish();
  }

  /** One stage's checks (and any not-yet-run checks they depend on). */
  async runStage(stage: StageId): Promise<readonly CheckResult[]> {
    const ids = this.ids(stage);
    return Promise.all(ids.map((id) => this.ensure(id)));
  }

  /** Forget the given checks' results (and cached outputs) and run them again. */
  async rerun(ids: readonly CheckId[]): Promise<readonly CheckResult[]> {
    this.cache.clear();
    for (const id of ids) this.results.delete(id);
    return Promise.all(ids.map((id) => this.ensure(id)));
  }

  /**
   * Try again after the connection was lost for good or the login failed (the admin pressed
   * "Retry"): one more reconnect is allowed, and the checks that could not run (`error`, or
   * skipped because the session stopped) run again. Answers, actions and every other result stay.
   */
  async retry(): Promise<readonly CheckResult[]> {
    if (this.state === 'cancelled') return [];
    this.state = 'running';
    this.stopReason = undefined;
    this.retriesLeft = Math.max(this.retriesLeft, 1);
    const again = [...this.results.values()].filter((r) => r.status === 'error' || r.status === 'skip').map((r) => r.id);
    return this.rerun(again);
  }

  /** Stop: nothing new starts, the connection closes, and what ran is kept. */
  async cancel(): Promise<SessionRecord> {
    if (this.state === 'running') {
      this.state = 'cancelled';
      this.stopReason = message('engine.skipped.cancelled');
    }
    const runner = this.runner;
    this.runner = undefined;
    await runner?.close().catch(() => undefined);
    await Promise.allSettled([...this.running.values()]);
    return this.finish();
  }

  async close(): Promise<void> {
    const runner = this.runner;
    this.runner = undefined;
    await runner?.close().catch(() => undefined);
  }

  /** Run a check once: memoised per session until `rerun`. */
  private ensure(id: CheckId): Promise<CheckResult> {
    const done = this.results.get(id);
    if (done) return Promise.resolve(done);
    const pending = this.running.get(id);
    if (pending) return pending;
    const promise = this.execute(id).then((result) => {
      this.results.set(id, result);
      this.running.delete(id);
      this.emit({ type: 'check-finished', sessionId: this.id, result });
      this.maybeFinishStage(result.stage);
      return result;
    });
    this.running.set(id, promise);
    return promise;
  }

  private maybeFinishStage(stage: StageId): void {
    if (this.ids(stage).every((id) => this.results.has(id))) {
      this.emit({ type: 'stage-finished', sessionId: this.id, stage });
    }
  }

  private startStage(stage: StageId): void {
    if (this.startedStages.has(stage)) return;
    this.startedStages.add(stage);
    this.emit({ type: 'stage-started', sessionId: this.id, stage });
  }

  private env(): CheckEnv {
    return {
      deviceType: this.device.type,
      region: this.device.region,
      answers: this.answers,
      results: new Map(this.results),
      now: this.now(),
    };
  }

  private result(definition: CheckDefinition, verdict: Verdict, evidence: readonly Evidence[], startedAt: string): CheckResult {
    return {
      id: definition.id,
      stage: definition.stage,
      status: verdict.status,
      explanation: verdict.explanation,
      evidence,
      ...(verdict.remedy ? { remedy: verdict.remedy } : {}),
      ...(verdict.supports?.length ? { supports: verdict.supports } : {}),
      startedAt,
      finishedAt: this.now(),
    };
  }

  private skip(definition: CheckDefinition, explanation: Message): CheckResult {
    const at = this.now();
    return { id: definition.id, stage: definition.stage, status: 'skip', explanation, evidence: [], startedAt: at, finishedAt: at };
  }

  private async execute(id: CheckId): Promise<CheckResult> {
    const definition = this.definition(id);
    if (!definition) throw new Error(`unknown check ${id}`);
    if (!definition.deviceTypes.includes(this.device.type)) {
      return this.skip(definition, message('engine.skipped.deviceType', { type: this.device.type.toUpperCase() }));
    }
    // What it depends on runs first (and may itself be skipped).
    const deps = await Promise.all(definition.dependsOn.map((dep) => this.ensure(dep)));
    const gates = await Promise.all((definition.skipIfFailed ?? []).map((gate) => this.ensure(gate)));
    if (this.stopReason) return this.skip(definition, this.stopReason);
    const unusable = deps.find((dep) => !USABLE.has(dep.status)) ?? gates.find((gate) => gate.status === 'fail');
    if (unusable) {
      return this.skip(definition, message('engine.skipped.dependency', { check: message(checkTitleKey(unusable.id)) }));
    }
    if (definition.kind === 'probe' && this.answers.cloudIntended === false) {
      return this.skip(definition, message('engine.skipped.cloudNotIntended'));
    }
    this.startStage(definition.stage);
    return this.limit(async () => {
      const startedAt = this.now();
      this.emit({ type: 'check-started', sessionId: this.id, id });
      switch (definition.kind) {
        case 'question':
          return this.result(definition, definition.evaluate([], this.env()), [], startedAt);
        case 'session':
          return id === 'ssh.connect' ? this.connectCheck(definition, startedAt) : this.privilegeCheck(definition, startedAt);
        case 'probe':
          return this.probeCheck(definition, startedAt);
      }
    });
  }

  /** The SSH login is a check of its own: its outcome is the first thing the admin needs to know. */
  private async connectCheck(definition: CheckDefinition, startedAt: string): Promise<CheckResult> {
    this.emit({ type: 'connection', sessionId: this.id, state: 'connecting' });
    try {
      const { runner, evidence, facts, login } = await this.options.link.connect();
      this.runner = runner;
      this.learn(facts);
      this.emit({ type: 'connection', sessionId: this.id, state: 'connected' });
      const explanation = message('engine.connect.ok', { host: this.device.host, ...login });
      return this.result(definition, { status: 'pass', explanation }, [evidence], startedAt);
    } catch (error) {
      const detail = errorDetail(error);
      this.state = 'failed';
      this.stopReason = message('engine.skipped.notReached', { reason: detail });
      this.emit({ type: 'connection', sessionId: this.id, state: 'closed', detail: errorMessage(error) });
      return this.result(
        definition,
        { status: 'error', explanation: message('engine.connect.failed', { host: this.device.host, detail }), supports: ['error'] },
        [],
        startedAt,
      );
    }
  }

  private async privilegeCheck(definition: CheckDefinition, startedAt: string): Promise<CheckResult> {
    const runner = await this.currentRunner();
    if (!runner) return this.skip(definition, this.stopReason ?? message('engine.skipped.cancelled'));
    try {
      const { evidence, viaExpert } = await runner.elevate();
      const explanation = message(viaExpert ? 'engine.privilege.ok' : 'engine.privilege.okFromBash');
      return this.result(definition, { status: 'pass', explanation }, [evidence], startedAt);
    } catch (error) {
      if (errorKind(error) === 'disconnected') return this.lost(definition, startedAt, error);
      return this.result(
        definition,
        { status: 'error', explanation: message('engine.privilege.failed', { detail: errorDetail(error) }), supports: ['error'] },
        [],
        startedAt,
      );
    }
  }

  private async probeCheck(definition: CheckDefinition, startedAt: string): Promise<CheckResult> {
    const runner = await this.currentRunner();
    if (!runner) return this.skip(definition, this.stopReason ?? message('engine.skipped.cancelled'));
    const run = await runProbe(
      definition,
      this.env(),
      runner,
      this.cache,
      (command) => this.emit({ type: 'command-started', sessionId: this.id, id: definition.id, command }),
      (command, chunk) => this.emit({ type: 'output', sessionId: this.id, id: definition.id, command, chunk }),
    );
    if (run.disconnected) {
      this.dropped.add(definition.id);
      this.connectionLost(runner);
    }
    if (this.state === 'cancelled') return this.skip(definition, message('engine.skipped.cancelled'));
    if (run.verdict.deviceFacts) this.learn(run.verdict.deviceFacts);
    return this.result(definition, run.verdict, run.evidence, startedAt);
  }

  private lost(definition: CheckDefinition, startedAt: string, error: unknown): CheckResult {
    this.dropped.add(definition.id);
    if (this.runner) this.connectionLost(this.runner);
    return this.result(
      definition,
      { status: 'error', explanation: message('engine.error.disconnected', { detail: errorDetail(error) }) },
      [],
      startedAt,
    );
  }

  private learn(facts: Partial<DeviceFacts>): void {
    const defined = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
    this.device = { ...this.device, ...defined };
    this.emit({ type: 'device-facts', sessionId: this.id, device: this.device });
  }

  /** Drop the runner that failed; the next check reconnects (once per session). */
  private connectionLost(runner: DeviceRunner): void {
    if (this.runner !== runner) return;
    this.runner = undefined;
    this.emit({ type: 'connection', sessionId: this.id, state: 'lost' });
    void runner.close().catch(() => undefined);
    // Lost after the one reconnect: the session has failed even when no later check needs the line.
    if (this.retriesLeft <= 0) this.stopLostAgain();
  }

  private stopLostAgain(): void {
    if (this.stopReason || this.state === 'cancelled') return;
    this.state = 'failed';
    this.stopReason = message('engine.connect.lostAgain');
    this.emit({ type: 'connection', sessionId: this.id, state: 'closed', detail: 'lost again after reconnecting' });
  }

  /** The open runner, reconnecting once after a drop. Undefined when the session cannot go on. */
  private async currentRunner(): Promise<DeviceRunner | undefined> {
    if (this.runner) return this.runner;
    // A finished session may still reconnect (to re-run a check or apply a remedy); a cancelled one never.
    if (this.stopReason || this.state === 'cancelled') return undefined;
    if (this.connecting) return this.connecting;
    if (this.retriesLeft <= 0) {
      // Lost again after the one reconnect: stop and say so (the admin may retry), rather than
      // skipping the rest as if someone had cancelled.
      this.stopLostAgain();
      return undefined;
    }
    this.retriesLeft -= 1;
    this.connecting = (async () => {
      this.emit({ type: 'connection', sessionId: this.id, state: 'reconnecting' });
      try {
        const { runner } = await this.options.link.connect();
        this.runner = runner;
        this.emit({ type: 'connection', sessionId: this.id, state: 'connected', detail: 'reconnected' });
        return runner;
      } catch (error) {
        this.state = 'failed';
        this.stopReason = message('engine.connect.retryFailed', { detail: errorDetail(error) });
        this.emit({ type: 'connection', sessionId: this.id, state: 'closed', detail: errorMessage(error) });
        return undefined;
      } finally {
        this.connecting = undefined;
      }
    })();
    return this.connecting;
  }

  /**
   * Apply a remedy the admin confirmed: run its commands in order, record what happened, then
   * re-run the checks it affects and record their status before and after.
   */
  async applyAction(actionId: string, params: unknown): Promise<ActionRecord> {
    const action = findAction(actionId);
    const parsed = action?.parse(params);
    if (!action || parsed === undefined) throw new Error(`Unknown action or invalid parameters: ${actionId}`);
    const runner = await this.currentRunner();
    if (!runner) throw new Error('The session is not connected.');
    const confirmedAt = this.now();
    const before = action.affects
      .filter((id) => this.definition(id))
      .map((id) => ({ id, status: this.results.get(id)?.status ?? 'skip' }));
    const evidence: Evidence[] = [];
    let outcome: ActionRecord['outcome'] = 'applied';
    for (const spec of action.commands(parsed)) {
      const output = await this.cache.run(runner, spec);
      evidence.push(toEvidence(output));
      if (output.error || (output.exitCode !== null && output.exitCode !== 0)) {
        outcome = 'failed';
        break;
      }
    }
    this.cache.clear();
    const rerun = await this.rerun(action.affects.filter((id) => this.definition(id)));
    const record: ActionRecord = {
      actionId,
      command: action.commands(parsed).map((s) => s.command).join('\n'),
      confirmedAt,
      outcome,
      evidence: mergeEvidence(evidence),
      before,
      after: rerun.map((r) => ({ id: r.id, status: r.status })),
    };
    this.actions.push(record);
    return record;
  }

  /** The record of everything so far. */
  record(): SessionRecord {
    const checks = this.options.catalog
      .map((d) => this.results.get(d.id))
      .filter((r): r is CheckResult => r !== undefined);
    return {
      schemaVersion: 1,
      id: this.id,
      tool: { name: APP_META.name, version: APP_META.version },
      device: this.device,
      state: this.state,
      startedAt: this.startedAt,
      ...(this.finishedAt ? { finishedAt: this.finishedAt } : {}),
      answers: this.answers,
      checks,
      diagnosis: this.options.diagnose(checks, this.answers, this.state),
      actions: this.actions,
      ...(this.state === 'failed' && this.stopReason ? { error: this.stopReason } : {}),
    };
  }

  private finish(): SessionRecord {
    if (this.state === 'running') this.state = 'finished';
    this.finishedAt = this.now();
    // Stages not yet announced as finished (skipped ones) are closed for watchers.
    for (const stage of STAGE_IDS) if (this.startedStages.has(stage)) this.maybeFinishStage(stage);
    const record = this.record();
    this.emit({ type: 'session-finished', sessionId: this.id, record });
    return record;
  }
}

const mergeEvidence = (items: readonly Evidence[]): Evidence => ({
  command: items.map((e) => e.command).join('\n'),
  output: items.map((e) => e.output).join(''),
  exitCode: items.at(-1)?.exitCode ?? null,
  durationMs: items.reduce((sum, e) => sum + e.durationMs, 0),
});
