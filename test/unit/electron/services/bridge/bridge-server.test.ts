import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBridgeHost } from '../../../../../electron/services/bridge/host';
import type { BridgeServer } from '../../../../../electron/services/bridge/server';
import { CONTENT_SECURITY_POLICY } from '../../../../../shared/security/csp';
import { memoryLogger } from '../../../../helpers/memory-log';

let server: BridgeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const start = async () => {
  const staticDir = mkdtempSync(join(tmpdir(), 'fcd-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  server = await startBridgeHost({
    userDataDir: mkdtempSync(join(tmpdir(), 'fcd-user-')),
    staticDir,
    log: memoryLogger().log,
  });
  return server;
};

const connect = (url: string, origin: string) =>
  new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(url, { origin });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });

/** Messages can arrive in one tick; queue them so none is lost between awaits. */
const inbox = (ws: WebSocket) => {
  const queued: Record<string, unknown>[] = [];
  const waiting: ((message: Record<string, unknown>) => void)[] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as Record<string, unknown>;
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else queued.push(message);
  });
  return () =>
    new Promise<Record<string, unknown>>((resolve) => {
      const message = queued.shift();
      if (message) resolve(message);
      else waiting.push(resolve);
    });
};

describe('test bridge server', () => {
  it('listens on 127.0.0.1 only, with a random token in the URL fragment', async () => {
    const a = await start();
    expect(new URL(a.origin).hostname).toBe('127.0.0.1');
    expect(a.url).toBe(`${a.origin}/#token=${a.token}`);
    expect(a.token.length).toBeGreaterThanOrEqual(32);
    const first = a.token;
    await a.close();
    const b = await start();
    expect(b.token).not.toBe(first);
  });

  it('serves the renderer with the CSP and refuses paths outside it', async () => {
    const s = await start();
    const index = await fetch(`${s.origin}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await fetch(`${s.origin}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${s.origin}/index.html`, { method: 'POST' })).status).toBe(405);
  });

  it('refuses a WebSocket without the token, with a wrong token, or from another origin', async () => {
    const s = await start();
    const ws = s.origin.replace('http', 'ws');
    await expect(connect(`${ws}/bridge`, s.origin)).rejects.toThrow(/403|Unexpected/);
    await expect(connect(`${ws}/bridge?token=${'x'.repeat(s.token.length)}`, s.origin)).rejects.toThrow();
    await expect(connect(`${ws}/bridge?token=${s.token}`, 'http://evil.invalid')).rejects.toThrow();
  });

  it('serves the contract: a call gets its envelope back, events reach every client', async () => {
    const s = await start();
    const ws = await connect(`${s.origin.replace('http', 'ws')}/bridge?token=${s.token}`, s.origin);
    const nextMessage = inbox(ws);
    ws.send(JSON.stringify({ type: 'invoke', id: 1, channel: 'getAppInfo', payload: {} }));
    expect(await nextMessage()).toMatchObject({
      type: 'result',
      id: 1,
      envelope: { ok: true, value: { transport: 'bridge' } },
    });

    ws.send(JSON.stringify({ type: 'invoke', id: 2, channel: 'updateSettings', payload: { language: 'ko' } }));
    const messages = [await nextMessage(), await nextMessage()];
    expect(messages).toContainEqual({ type: 'event', name: 'settingsChanged', payload: { language: 'ko' } });
    expect(messages).toContainEqual({ type: 'result', id: 2, envelope: { ok: true, value: { language: 'ko' } } });

    ws.send(JSON.stringify({ type: 'invoke', id: 3, channel: 'updateSettings', payload: { language: 42 } }));
    expect(await nextMessage()).toMatchObject({ id: 3, envelope: { ok: false, error: { code: 'invalid-payload' } } });
    ws.close();
  });
});
