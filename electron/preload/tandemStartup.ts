import { AT_REST_READY_NOW_CHANNEL, type TandemStartup } from '../../shared/ipc/syncChannelNames';

/**
 * What the preload learns from main before the page's scripts run, handed to the page once.
 * The window's key is asked for synchronously here, while the page has not started: main
 * answers from memory at once (the key, or null when it is not unlocked), so a window whose
 * key is there starts reading without waiting for an IPC round trip behind its own scripts.
 * `takeAtRestStatus` gives it out once and forgets it, so the preload keeps no copy of the key.
 */

export type SendSync = (channel: string, args: Record<string, never>) => unknown;

export function createTandemStartup(sendSync: SendSync): TandemStartup {
  let atRest: unknown;
  try {
    atRest = sendSync(AT_REST_READY_NOW_CHANNEL, {});
  } catch {
    // No answer: the window asks `tandem:atRest:status` as it always could.
    atRest = null;
  }
  return {
    takeAtRestStatus() {
      const taken = atRest ?? null;
      atRest = null;
      return taken;
    },
  };
}
