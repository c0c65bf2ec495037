import type { Session, WebContents, WebFrameMain } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

/**
 * The one place every renderer-facing security setting lives (Electron's security checklist).
 * test/unit/electron/main pins each of them.
 */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const;

/** Deny every permission request (camera, notifications, geolocation, ...): the app needs none. */
export const hardenSession = (session: Session): void => {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
};

/** No navigation away from the app, no new windows, no <webview>. */
export const hardenWebContents = (contents: WebContents): void => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
};

/**
 * IPC is accepted only from the main frame of our own window, loaded from our own files
 * (VS Code's validatedIpcMain). A frame that navigated elsewhere, or a sub-frame, is refused.
 */
export const isTrustedSender = (
  frame: Pick<WebFrameMain, 'url'> | null | undefined,
  expected: { readonly frame: unknown; readonly urlPrefix: string },
): boolean => frame != null && frame === expected.frame && frame.url.startsWith(expected.urlPrefix);
