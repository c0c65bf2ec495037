import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { readStatic } from '../services/fs/static-files';

/**
 * The renderer is served from app://renderer/ rather than file:// (Electron security checklist
 * item 18), so 'self' in the CSP means exactly our files and file:// keeps no extra privileges
 * (the grantFileProtocolExtraPrivileges fuse is off in the builder config).
 */
export const APP_SCHEME = 'app';
export const RENDERER_ORIGIN = `${APP_SCHEME}://renderer`;
export const RENDERER_URL = `${RENDERER_ORIGIN}/index.html`;

/** Must run before the app is ready. */
export const registerAppScheme = (protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void => {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
};

/** Answer app://renderer/<path> from the built renderer folder; anything else is 404. */
export const rendererResponse = async (requestUrl: string, rendererDir: string): Promise<Response> => {
  const url = new URL(requestUrl);
  const file = url.host === 'renderer' ? await readStatic(rendererDir, url.pathname) : undefined;
  if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: {
      'Content-Type': file.type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
};

export const serveRenderer = (protocol: Pick<Protocol, 'handle'>, rendererDir: string): void => {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(request.url, rendererDir));
};
