/**
 * Names of the synchronous IPC channels, without their schemas: the preload sends on them and
 * must stay free of zod (electron/main/ipc/syncHandlers.ts holds the schemas and the answers).
 */
export const AT_REST_READY_NOW_CHANNEL = 'tandem:atRest:readyNow';

/** `window.tandem.startup`: what the preload learnt from main before the page's scripts ran. */
export interface TandemStartup {
  /** Main's ready status (with the window's key) from before the page loaded, or null; once. */
  takeAtRestStatus(): unknown;
}
