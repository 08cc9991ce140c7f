import type { WebContents } from 'electron';
import type { MainEventName } from '../../shared/ipc/mainEventChannels';
import { mainEvents, type MainEventPayload } from '../../shared/ipc/mainEvents';

/**
 * Where main's services report what the window should learn without asking (a peer's edit, a
 * space's sync status, presence): shared/ipc/mainEvents.ts lists the events. The app's sink sends
 * them to the window's webContents; the e2e harness collects them; tests may send them nowhere.
 */
export interface MainEventSink {
  send<E extends MainEventName>(event: E, payload: MainEventPayload<E>): void;
}

/** Sends nothing anywhere: for callers that run without a window (tests, headless runs). */
export const noMainEvents: MainEventSink = { send: () => undefined };

export type EventTarget = Pick<WebContents, 'send' | 'isDestroyed'>;

/**
 * The app's sink: each event on its fixed channel to the window's webContents. Only Electron
 * *types* are imported; the webContents is looked up at each send because windows come and go
 * (macOS keeps running with none).
 */
export function webContentsEventSink(
  target: () => EventTarget | null,
  log: (message: string) => void = () => undefined,
): MainEventSink {
  return {
    send(event, payload) {
      const contents = target();
      // No window (or one closing): the renderer catches up from the mirror when it opens.
      if (contents === null || contents.isDestroyed()) return;
      try {
        contents.send(mainEvents[event].channel, payload);
      } catch (error) {
        log(`Could not tell the window about ${event}: ${String(error)}`);
      }
    },
  };
}
