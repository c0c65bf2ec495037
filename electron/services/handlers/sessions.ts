import type { sessionsInvoke } from '../../../shared/ipc/channels/sessions';
import type { Handlers } from '../ipc/dispatch';
import { ServiceError } from '../ipc/service-error';
import { dataFiles } from '../paths';
import { createProfileStore } from '../profiles/profile-store';
import { createSecretVault } from '../secrets/secret-vault';
import { createSessionHistory } from '../sessions/session-history';
import { createSessionManager } from '../sessions/session-manager';
import { createReportExporter } from '../sessions/report-export';
import { resolveSessionTarget } from '../sessions/session-target';
import { DEFAULT_DEMO_SCENARIO, SCENARIOS } from '../simulator/scenarios';
import type { ServiceDeps } from './deps';
import type { SharedServices } from './shared-services';

/**
 * The `sessions` channel group: the session manager, the history of past sessions and the report
 * export behind the contract. Payloads name profiles, stages, checks and remedies by id; results
 * and events never carry a secret.
 */
export const createSessionHandlers = (
  deps: ServiceDeps,
  shared: SharedServices,
): Pick<Handlers, keyof typeof sessionsInvoke> => {
  const files = dataFiles(deps.userDataDir);
  const log = deps.log.child('sessions');
  const profiles = createProfileStore({
    path: files.profiles,
    log: deps.log.child('profiles'),
    ...(deps.now ? { now: deps.now } : {}),
  });
  const vault = createSecretVault({
    path: files.secrets,
    log: deps.log.child('secrets'),
    ...(deps.encryptor ? { encryptor: deps.encryptor } : {}),
  });
  const history = createSessionHistory({ dir: files.sessions, log });
  const manager = createSessionManager({
    resolveTarget: (request) =>
      resolveSessionTarget(request, {
        loadProfile: (id) => profiles.get(id),
        vault,
        prompts: shared.prompts,
        knownHostsPath: files.knownHosts,
        ...(deps.simulator ? { simulator: deps.simulator } : {}),
      }),
    history,
    emit: (event) => deps.events.emit('sessionEvent', event),
    onSaved: (profileId) => deps.events.emit('pastSessionsChanged', { profileId }),
    cancelPrompts: () => shared.prompts.cancelAll(),
    log,
  });
  // Quitting (or closing the bridge) keeps a half-run session in the history as cancelled.
  shared.onShutdown(() => manager.closeAll());
  const exporter = createReportExporter({ manager, history, ...(deps.desktop ? { desktop: deps.desktop } : {}), log });

  return {
    listSimulatorScenarios: () => ({
      scenarios: SCENARIOS.map((s) => ({ id: s.id, expectedCause: s.expectedCause, deviceTypes: [...s.deviceTypes] })),
      defaultScenario: DEFAULT_DEMO_SCENARIO,
    }),
    startSession: (request) => manager.start(request),
    runSessionStage: ({ sessionId, stage }) => manager.runStage(sessionId, stage),
    runSessionAll: ({ sessionId }) => manager.runAll(sessionId),
    rerunSession: ({ sessionId, target }) => manager.rerun(sessionId, target),
    setSessionAnswers: ({ sessionId, answers }) => manager.setAnswers(sessionId, answers),
    previewSessionAction: ({ sessionId, actionId, params }) => manager.previewAction(sessionId, actionId, params),
    applySessionAction: ({ sessionId, actionId, params, confirmed }) =>
      manager.applyAction(sessionId, { actionId, params, confirmed }),
    cancelSession: ({ sessionId }) => manager.cancel(sessionId),
    retrySession: ({ sessionId }) => manager.retry(sessionId),
    closeSession: async ({ sessionId }) => {
      await manager.close(sessionId);
      return { sessionId };
    },
    getSessionRecord: ({ sessionId }) => manager.record(sessionId),
    listPastSessions: ({ profileId }) => history.list(profileId),
    openPastSession: async ({ historyId }) => {
      const past = await history.open(historyId);
      if (!past)
        throw new ServiceError(
          'not-found',
          'That past session is no longer there (it may have been moved aside as unreadable).',
        );
      return past;
    },
    exportSessionReport: (request) => exporter.export(request),
    openExportedReport: async ({ exportId }) => {
      await exporter.open(exportId);
      return {};
    },
    showExportedReport: ({ exportId }) => {
      exporter.show(exportId);
      return {};
    },
  };
};
