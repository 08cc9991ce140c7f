import type { WebContents } from 'electron';
import { mainEvents } from '../../../shared/ipc/mainEvents';
import type { MainEventSink } from '../mainEventSink';

/**
 * Main → renderer events (shared/ipc/mainEvents.ts), sent to the window's webContents: the app's
 * MainEventSink. Only Electron *types* are imported; the window's webContents is looked up at each
 * send because windows come and go (macOS keeps running with none).
 */

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
