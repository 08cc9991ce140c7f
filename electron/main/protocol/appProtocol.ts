import type { Protocol } from 'electron';
import { APP_SCHEME } from '../security/csp';
import { createRendererFileHandler } from './rendererFiles';

/**
 * Thin adapter over Electron's `protocol` for the app:// scheme. The protocol object is passed
 * in so the adapter can be driven by a fake in tests.
 */

/**
 * Must run before `app` is ready. `standard` gives the scheme real origins and relative URL
 * resolution, `secure` makes it a secure context (IndexedDB, crypto.subtle), and
 * `supportFetchAPI` lets the renderer fetch its own assets. No `bypassCSP`, no `corsEnabled`.
 */
export function registerAppSchemeAsPrivileged(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves `rendererRoot` on app://tandem/ (after `app` is ready). */
export function serveRendererOnAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createRendererFileHandler(rendererRoot));
}
