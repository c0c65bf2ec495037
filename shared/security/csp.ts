/**
 * The renderer's Content-Security-Policy, one source for the header main adds to every response,
 * the test bridge's header, and the HTML <meta> (injected at build). No inline script, no eval, no
 * remote origin: 'self' is the app's own files (and, for the test bridge, its own ws:// origin).
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** Browsers ignore (and complain about) frame-ancestors in a <meta>; the header carries it. */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.join('; ');
