import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { ipcChannels } from '../../../shared/ipc/contract';
import type { MainHandlers } from '../../../shared/ipc/contract';
import { invokeHandler, type IpcSender } from './invokeHandler';
import { answerSync, syncChannels, type SyncHandlers } from './syncHandlers';

/**
 * Electron wrapper: one `ipcMain.handle` per contract channel, each going through
 * `invokeHandler`. It imports only Electron *types*, so it is testable with a fake ipcMain.
 */

export interface RegisterIpcOptions {
  /** Origins whose main frame may call: `app://tandem`, or the dev server's origin in dev. */
  trustedOrigins: readonly string[];
  /** Answers for the synchronous channels (syncHandlers.ts); without them each answers null. */
  sync?: SyncHandlers;
  /** A refused synchronous call (it cannot reject in the window, so it is said here). */
  onSyncRefused?: (message: string) => void;
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'> & {
  sender: Pick<IpcMainInvokeEvent['sender'], 'mainFrame'>;
};

/** Reads the sending frame; a frame that navigated away or was destroyed counts as absent. */
export function senderOf(event: SenderEvent): IpcSender | null {
  try {
    const frame = event.senderFrame;
    if (frame === null) return null;
    return { url: frame.url, isMainFrame: frame === event.sender.mainFrame || frame.parent === null };
  } catch {
    // Electron throws when a disposed frame's properties are read.
    return null;
  }
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'on'>,
  handlers: MainHandlers,
  options: RegisterIpcOptions,
): void {
  for (const channel of ipcChannels) {
    ipcMain.handle(channel, (event, ...rest: unknown[]) => {
      // The preload sends exactly one argument object; anything else is not our preload.
      const rawArgs = rest.length === 1 ? rest[0] : rest;
      return invokeHandler(handlers, channel, rawArgs, senderOf(event), options.trustedOrigins);
    });
  }
  const sync = options.sync;
  for (const channel of syncChannels) {
    ipcMain.on(channel, (event: IpcMainEvent, ...rest: unknown[]) => {
      // A synchronous caller waits until returnValue is set, so every path sets it at once.
      try {
        if (!sync) throw new Error(`Refused ${channel}: no answer in this process`);
        const rawArgs = rest.length === 1 ? rest[0] : rest;
        event.returnValue = answerSync(sync, channel, rawArgs, senderOf(event), options.trustedOrigins);
      } catch (error) {
        options.onSyncRefused?.(error instanceof Error ? error.message : String(error));
        event.returnValue = null;
      }
    });
  }
}
