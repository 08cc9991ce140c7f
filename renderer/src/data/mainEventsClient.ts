import type { z } from 'zod';
import type { TandemEvents } from '../../../shared/ipc/mainEventChannels';
import {
  mainEvents,
  type FlushBeforeLockEvent,
  type OpenReminderEvent,
  type RemotePresenceEvent,
  type RemoteUpdateEvent,
  type SpacesChangedEvent,
  type SyncStatusEvent,
} from '../../../shared/ipc/mainEvents';

/**
 * Main's events as the renderer uses them: every payload parsed from `unknown` with the shared
 * schema before a listener sees it. One that does not parse is reported (naming the event and
 * the field) and dropped; it never reaches the documents.
 */
export interface MainEventsClient {
  onRemoteUpdate(listener: (event: RemoteUpdateEvent) => void): () => void;
  onSyncStatus(listener: (event: SyncStatusEvent) => void): () => void;
  onSpacesChanged(listener: (event: SpacesChangedEvent) => void): () => void;
  onRemotePresence(listener: (event: RemotePresenceEvent) => void): () => void;
  onOpenReminder(listener: (event: OpenReminderEvent) => void): () => void;
  onFlushBeforeLock(listener: (event: FlushBeforeLockEvent) => void): () => void;
}

export function createMainEventsClient(
  events: TandemEvents,
  report: (message: string) => void = (message) => console.warn(message),
): MainEventsClient {
  const parsed =
    <T>(name: string, schema: z.ZodType<T>, listener: (event: T) => void) =>
    (payload: unknown) => {
      const result = schema.safeParse(payload);
      if (!result.success) {
        const issue = result.error.issues[0];
        report(
          `Ignored a ${name} event from main: ${issue ? `${issue.path.join('.') || 'payload'} ${issue.message}` : 'unreadable'}`,
        );
        return;
      }
      listener(result.data);
    };
  return {
    onRemoteUpdate: (listener) =>
      events.onRemoteUpdate(parsed('remoteUpdate', mainEvents.remoteUpdate.payload, listener)),
    onSyncStatus: (listener) =>
      events.onSyncStatus(parsed('syncStatus', mainEvents.syncStatus.payload, listener)),
    onSpacesChanged: (listener) =>
      events.onSpacesChanged(parsed('spacesChanged', mainEvents.spacesChanged.payload, listener)),
    onRemotePresence: (listener) =>
      events.onRemotePresence(parsed('remotePresence', mainEvents.remotePresence.payload, listener)),
    onOpenReminder: (listener) =>
      events.onOpenReminder(parsed('openReminder', mainEvents.openReminder.payload, listener)),
    onFlushBeforeLock: (listener) =>
      events.onFlushBeforeLock(parsed('flushBeforeLock', mainEvents.flushBeforeLock.payload, listener)),
  };
}

/** The preload's events, or null where there are none (component tests, a plain browser). */
export function mainEventsFromPreload(): MainEventsClient | null {
  const events = window.tandem?.events;
  return events ? createMainEventsClient(events) : null;
}
