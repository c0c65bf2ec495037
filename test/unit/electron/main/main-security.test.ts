import * as electron from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { runMain } from '../../../../electron/main/app-main';
import { RENDERER_URL } from '../../../../electron/main/protocol';
import { SECURE_WEB_PREFERENCES } from '../../../../electron/main/security';
import { INVOKE_NAMES, invokeWireName } from '../../../../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/security/csp';
import { fake } from '../../../helpers/fake-electron';
import { makeDist, startMain } from '../../../helpers/main-process';

const invoke = (channel: string, payload: unknown, senderFrame: unknown) => {
  const handler = fake.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ senderFrame }, payload) as Promise<{ ok: boolean; error?: { code: string } }>;
};

describe('main process security', () => {
  beforeEach(() => fake.reset());

  it('creates the window with isolation, sandbox, no node integration and web security', async () => {
    const window = await startMain();
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs).toMatchObject(SECURE_WEB_PREFERENCES);
    expect(String(prefs.preload)).toMatch(/preload[/\\]index\.js$/);
    expect(window.loadedUrl).toBe(RENDERER_URL);
  });

  it('denies navigation, redirects, webviews and window.open', async () => {
    const window = await startMain();
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      window.webContents.emit(name, { preventDefault: () => (prevented = true) }, 'https://example.invalid/');
      expect(prevented, name).toBe(true);
    }
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.invalid/' })).toEqual({ action: 'deny' });
  });

  it('hardens every web contents created later, not only the main window', async () => {
    await startMain();
    const stray = new (await import('../../../helpers/fake-electron')).FakeWebContents();
    fake.app.emit('web-contents-created', {}, stray);
    let prevented = false;
    stray.emit('will-navigate', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(stray.windowOpenHandler?.({ url: 'x' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', async () => {
    await startMain();
    let granted: boolean | undefined;
    fake.permission.requestHandler?.({}, 'media', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
    expect(fake.permission.checkHandler?.({}, 'notifications')).toBe(false);
  });

  it('adds the strict CSP to every response', async () => {
    await startMain();
    let headers: Record<string, string[]> | undefined;
    fake.permission.headersHandler?.(
      { responseHeaders: { 'Content-Type': ['text/html'] } },
      (result: { responseHeaders: Record<string, string[]> }) => (headers = result.responseHeaders),
    );
    expect(headers?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('serves the renderer from app://renderer only, with the CSP, and never outside its folder', async () => {
    await startMain();
    expect(fake.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const handle = fake.protocol.handlers.get('app');
    const ok = await handle?.({ url: 'app://renderer/index.html' });
    expect(ok?.status).toBe(200);
    expect(ok?.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handle?.({ url: 'app://renderer/../main/index.js' }))?.status).toBe(404);
    expect((await handle?.({ url: 'app://renderer/%2e%2e/%2e%2e/etc/passwd' }))?.status).toBe(404);
    expect((await handle?.({ url: 'app://elsewhere/index.html' }))?.status).toBe(404);
  });

  it('quits when another instance holds the lock, and a second launch focuses the first', async () => {
    fake.app.gotLock = false;
    runMain(electron, makeDist());
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.ipcMain.handlers.size).toBe(0);

    fake.reset();
    await startMain();
    fake.app.emit('second-instance');
    expect(fake.focused).toBe(1);
  });

  it('registers a handler for every contract channel and nothing else', async () => {
    await startMain();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(INVOKE_NAMES.map(invokeWireName).sort());
  });

  it('answers a valid call from the app window, refuses other frames, and returns typed errors for bad payloads', async () => {
    const window = await startMain();
    const frame = window.webContents.mainFrame;
    const ok = await invoke(invokeWireName('getAppInfo'), {}, frame);
    expect(ok).toMatchObject({ ok: true, value: { name: 'Firepower Cloud Doctor', transport: 'electron' } });

    const foreign = await invoke(invokeWireName('getAppInfo'), {}, { url: RENDERER_URL });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    frame.url = 'https://evil.invalid/';
    expect(await invoke(invokeWireName('getAppInfo'), {}, frame)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    frame.url = RENDERER_URL;

    const bad = await invoke(invokeWireName('updateSettings'), { language: 'fr' }, frame);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const extra = await invoke(invokeWireName('getAppInfo'), { command: 'rm -rf /' }, frame);
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('sends validated events to the window', async () => {
    const window = await startMain();
    await invoke(invokeWireName('updateSettings'), { language: 'ko' }, window.webContents.mainFrame);
    expect(window.webContents.sent).toEqual([{ channel: 'fcd:event:settingsChanged', payload: { language: 'ko' } }]);
  });
});
