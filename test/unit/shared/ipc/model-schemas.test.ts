import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../shared/catalog/index';
import { diagnose } from '../../../../shared/diagnosis/diagnose';
import { messageSchema, sessionEventSchema, sessionRecordSchema } from '../../../../shared/ipc/model-schemas';
import type { SessionEvent } from '../../../../shared/model/progress';
import { DiagnosisSession } from '../../../../electron/services/engine/session';
import { fakeLink } from '../../../helpers/fake-device-link';

describe('model schemas', () => {
  it('accept every event and the record a real session produces', async () => {
    const events: SessionEvent[] = [];
    const session = new DiagnosisSession({
      link: fakeLink(() => ({ output: '' })).link,
      device: { host: '192.0.2.10', type: 'ftd', region: 'eu' },
      catalog: CATALOG,
      answers: { cloudIntended: true, licenseNotEvaluation: false },
      diagnose,
      onEvent: (e) => events.push(e),
    });
    const record = await session.runAll();
    expect(sessionRecordSchema.safeParse(record).error).toBeUndefined();
    for (const event of events) expect(sessionEventSchema.safeParse(event).error, event.type).toBeUndefined();
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  it('refuse unknown message keys and non-JSON values', () => {
    expect(messageSchema.safeParse({ key: 'common.status.pass' }).success).toBe(true);
    expect(messageSchema.safeParse({ key: 'nope.not.a.key' }).success).toBe(false);
    expect(messageSchema.safeParse({ key: 'engine.skipped.dependency', params: { check: { key: 'checks.dns.servers.title' } } }).success).toBe(true);
    expect(messageSchema.safeParse({ key: 'common.status.pass', params: { x: () => 1 } }).success).toBe(false);
  });
});
