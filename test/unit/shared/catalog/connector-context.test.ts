import { describe, expect, it } from 'vitest';
import { connectorContext } from '../../../../shared/catalog/checks/connector-context';
import { fixture, runCheck, say } from '../../../helpers/check-harness';

const CURL = 'curl -sS -m 5 localhost:8989/v1/contexts/default';
const context = (raw: string) => runCheck(connectorContext, { [CURL]: raw }).verdict;

describe('connector.context (curl localhost:8989/v1/contexts/default)', () => {
  it('passes a context that says it is registered', () => {
    const v = context(fixture('common/connector-context/invented-registered-boolean'));
    expect(v.status).toBe('pass');
    expect(say(v.explanation)).toContain('registered = true');
  });

  it('reports "not registered" as information for the summary, claiming no cause', () => {
    const v = context(fixture('common/connector-context/invented-not-registered-nested'));
    expect(v.status).toBe('info');
    expect(v.supports).toBeUndefined();
    expect(say(v.explanation)).toContain('context.registrationStatus = NOT_REGISTERED');
  });

  it('warns when the local API does not answer (curl refused)', () => {
    for (const name of ['curl-7-44-refused', 'real-curl-refused']) {
      const v = context(fixture(`common/connector-context/${name}`));
      expect(v.status, name).toBe('warn');
      expect(v.supports).toBeUndefined();
    }
  });

  it('is inconclusive on unknown or conflicting JSON, a 404 page, garbage and nothing', () => {
    for (const name of ['invented-unknown-json', 'invented-conflicting', 'go-404']) {
      expect(context(fixture(`common/connector-context/${name}`)).status, name).toBe('inconclusive');
    }
    expect(context('{"registered": tru').status).toBe('inconclusive');
    expect(context('').status).toBe('inconclusive');
  });

  it('is an error without curl', () => {
    expect(context('-bash: curl: command not found').status).toBe('error');
  });
});
