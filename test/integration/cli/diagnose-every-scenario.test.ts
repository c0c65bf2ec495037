import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { SCENARIOS } from '../../../electron/services/simulator/index';
import { jsonReportSchema } from '../../../shared/report/json-schema';
import { captureIo } from '../../helpers/capture-io';

/**
 * Issue 4, item 7: for every scenario of the simulator, the CLI's JSON names the expected cause
 * first, with the exit code of the contract. The simulated waits run 20× faster (the output still
 * shows real figures).
 */
describe.concurrent('diagnose --demo SCENARIO --format json, for every scenario', () => {
  for (const scenario of SCENARIOS) {
    for (const deviceType of scenario.deviceTypes) {
      it(`${scenario.id} (${deviceType}) → ${scenario.expectedCause}`, async () => {
        const io = captureIo({ FCD_SIMULATOR_TIME_SCALE: '0.05' });
        const code = await runCli(['diagnose', '--demo', scenario.id, '--device-type', deviceType, '--format', 'json'], io);
        const report = JSON.parse(io.out());
        expect(jsonReportSchema.safeParse(report).error).toBeUndefined();
        expect(report.diagnosis.causes[0].id, io.out()).toBe(scenario.expectedCause);
        expect(code).toBe(scenario.expectedCause === 'healthy' ? 0 : scenario.expectedCause === 'error' ? 2 : 1);
      });
    }
  }
});
