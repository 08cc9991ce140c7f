/**
 * The app's own origin and the Content-Security-Policy every response from it carries.
 *
 * This module imports nothing (no `electron`, no Node built-ins) so the e2e harness, which
 * serves the same renderer from plain Node, can send exactly the header the app sends.
 */

/** The privileged custom scheme the UI is served from (never `file://`, which shares one origin). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tandem';
/** `app://tandem`: the only origin allowed to call IPC and to be navigated to in production. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const policy: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // 'unsafe-inline' for styles only: ProseMirror/TipTap and React write `style="..."`
  // attributes (editor node views, positioned popovers, react-aria overlays). Inline *scripts*
  // stay forbidden, which is where the real injection risk is.
  'style-src': ["'self'", "'unsafe-inline'"],
  // data: and blob: for images pasted into an entry and for generated QR codes.
  'img-src': ["'self'", 'data:', 'blob:'],
  // The renderer talks to main over IPC, never over the network.
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

/** The header value: `default-src 'self'; script-src 'self'; ...`. */
export const CONTENT_SECURITY_POLICY = Object.entries(policy)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

/** Headers sent with every app:// response, including errors. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};
