import type { WebContents } from 'electron';
import type { MainEventName } from '../../../shared/ipc/mainEventChannels';
import type { MainEventPayload } from '../../../shared/ipc/mainEvents';
import { mainEvents } from '../../../shared/ipc/mainEvents';

/**
 * Main → renderer events (shared/ipc/mainEvents.ts): where main-side services report what the
 * window should learn without asking (a peer's edit, a space's sync status). Only Electron
 * *types* are imported; the window's webContents is looked up at each send because windows
 * come and go (macOS keeps running with none).
 */

export interface MainEventSink {
  send<E extends MainEventName>(event: E, payload: MainEventPayload<E>): void;
}

/** Sends nothing anywhere: for callers that run without a window (tests, headless runs). */
export const noMainEvents: MainEventSink = { send: () => undefined };

export type EventTarget = Pick<WebContents, 'send' | 'isDestroyed'>;

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
