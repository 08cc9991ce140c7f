import type { MainEventName } from '../../shared/ipc/mainEventChannels';
import type { MainEventPayload } from '../../shared/ipc/mainEvents';

/**
 * Where main's services report what the window should learn without asking (a peer's edit, a
 * space's sync status, presence): shared/ipc/mainEvents.ts lists the events. The app's sink
 * sends them to the window's webContents (ipc/rendererEvents.ts); the e2e harness collects them.
 */
export interface MainEventSink {
  send<E extends MainEventName>(event: E, payload: MainEventPayload<E>): void;
}

/** Sends nothing anywhere: for callers that run without a window (tests, headless runs). */
export const noMainEvents: MainEventSink = { send: () => undefined };
