import { describe, expect, it } from 'vitest';
import { createBroadcaster } from '../../../../../electron/services/ipc/dispatch';
import { createPromptBroker } from '../../../../../electron/services/prompts/prompt-broker';
import { memoryLogger } from '../../../../helpers/memory-log';

const setup = (timeoutMs?: number) => {
  const events = createBroadcaster(memoryLogger().log);
  const seen: [string, unknown][] = [];
  events.subscribe((name, payload) => seen.push([name, payload]));
  return { broker: createPromptBroker(events, timeoutMs ? { timeoutMs } : {}), seen };
};

const hostKey = { role: 'target' as const, host: '192.0.2.10', port: 22, keyType: 'ssh-ed25519', fingerprint: 'SHA256:abc', otherKnownTypes: [] };

describe('prompt broker', () => {
  it('asks through an event and resolves with the user’s answer, then closes the prompt', async () => {
    const { broker, seen } = setup();
    const trust = broker.askHostKey(hostKey);
    const [name, payload] = seen[0]!;
    expect(name).toBe('prompt');
    const { id } = payload as { id: string };
    expect(payload).toMatchObject({ kind: 'host-key', fingerprint: 'SHA256:abc' });
    expect(broker.answer({ id, kind: 'host-key', trust: true })).toBe(true);
    await expect(trust).resolves.toBe(true);
    expect(seen.at(-1)).toEqual(['promptClosed', { id }]);
    expect(broker.answer({ id, kind: 'host-key', trust: false })).toBe(false);
  });

  it('refuses an answer of the wrong kind, and treats cancel and silence as no', async () => {
    const { broker, seen } = setup(50);
    const secret = broker.askSecret({ secret: 'sudo-password', host: 'h', username: 'admin', retry: false });
    const { id } = seen[0]![1] as { id: string };
    expect(broker.answer({ id, kind: 'host-key', trust: true })).toBe(false);
    broker.cancelAll();
    await expect(secret).resolves.toBeUndefined();
    await expect(broker.askHostKey(hostKey)).resolves.toBe(false);
    expect(broker.waiting).toBe(0);
  });

  it('never puts a typed secret into an event', async () => {
    const { broker, seen } = setup();
    const secret = broker.askSecret({ secret: 'password', host: 'h', username: 'admin', retry: false });
    const { id } = seen[0]![1] as { id: string };
    broker.answer({ id, kind: 'secret', value: 'hunter2' });
    await expect(secret).resolves.toBe('hunter2');
    expect(JSON.stringify(seen)).not.toContain('hunter2');
  });

  it('closes a prompt when the operation that asked ends (its signal aborts), and never opens one after', async () => {
    const { broker, seen } = setup();
    const controller = new AbortController();
    const trust = broker.askHostKey(hostKey, controller.signal);
    const { id } = seen[0]![1] as { id: string };
    controller.abort();
    await expect(trust).resolves.toBe(false);
    expect(seen.at(-1)).toEqual(['promptClosed', { id }]);
    expect(broker.answer({ id, kind: 'host-key', trust: true })).toBe(false);
    const count = seen.length;
    await expect(broker.askSecret({ secret: 'password', host: 'h', username: 'admin', retry: false }, controller.signal)).resolves.toBeUndefined();
    expect(seen.length).toBe(count);
    expect(broker.waiting).toBe(0);
  });
});
