import { MAIN_EVENT_CHANNELS, type TandemEvents } from '../../shared/ipc/mainEventChannels';

/**
 * Builds `window.tandem.events` from one subscribe function. Like tandemApi.ts it is
 * Electron-free and written out per event: each function listens on exactly one fixed channel,
 * and nothing here accepts a channel name from the page. The Electron event object never
 * reaches the listener, only the payload, still unparsed (the renderer parses it).
 */

export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

export function createTandemEvents(subscribe: Subscribe): TandemEvents {
  return {
    onRemoteUpdate: (listener) => subscribe(MAIN_EVENT_CHANNELS.remoteUpdate, listener),
    onSyncStatus: (listener) => subscribe(MAIN_EVENT_CHANNELS.syncStatus, listener),
    onSpacesChanged: (listener) => subscribe(MAIN_EVENT_CHANNELS.spacesChanged, listener),
    onRemotePresence: (listener) => subscribe(MAIN_EVENT_CHANNELS.remotePresence, listener),
    onOpenReminder: (listener) => subscribe(MAIN_EVENT_CHANNELS.openReminder, listener),
    onFlushBeforeLock: (listener) => subscribe(MAIN_EVENT_CHANNELS.flushBeforeLock, listener),
  };
}
