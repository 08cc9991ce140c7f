import { z } from 'zod';
import { docIdSchema } from './contract';
import { MAX_REMOTE_PEOPLE, remotePeopleSchema } from '../sync/presenceRelay';
import { MAIN_EVENT_CHANNELS, type MainEventName } from './mainEventChannels';

/**
 * Events main pushes to the renderer (the one direction the invoke contract does not cover).
 * Each event has one fixed channel and one payload schema, defined here once. Main sends with
 * `webContents.send(channel, payload)`; the preload exposes one named subscription function
 * per event (`window.tandem.events.onRemoteUpdate(listener)`), never a generic `on(channel)`;
 * the renderer parses every payload from `unknown` with these schemas before using it.
 */

const bytesSchema = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array && value.byteLength > 0,
  'must be non-empty bytes (a Uint8Array)',
);

/** A peer's change to a shared document; main has already stored it in the disk mirror. */
export const remoteUpdateEventSchema = z.object({ docId: docIdSchema, update: bytesSchema });
export type RemoteUpdateEvent = z.infer<typeof remoteUpdateEventSchema>;

/** The sync engine's view of one space (electron/main/sync/syncStatus.ts), sent when it changes. */
export const syncStatusEventSchema = z.object({
  spaceId: z.string().min(1).max(200),
  peerName: z.string().max(200),
  connected: z.boolean(),
  lastSyncedAt: z.number().int().nullable(),
  pendingChanges: z.number().int().nonnegative(),
  /**
   * The engine's one-word reason ('synced', 'paused', 'waiting-for-peer', ...). A string, not an
   * enum: the page redraws from `listSpaces` on any status, so a reason added in main later
   * must not make the event unreadable.
   */
  reason: z.string().min(1).max(40),
  /** The last change from the peer that was refused (it would outgrow a shared item), in words. */
  refused: z.string().max(500).nullable().optional(),
  peerApp: z.string().max(40).nullable().optional(),
  peerIsNewer: z.boolean().optional(),
});
export type SyncStatusEvent = z.infer<typeof syncStatusEventSchema>;

/**
 * A space's consent record changed (a proposal arrived, the peer switched sharing, an item was
 * accepted here...): whoever shows spaces asks `tandem:sharing:listSpaces` again.
 */
export const spacesChangedEventSchema = z.object({ spaceId: z.string().min(1).max(200) });
export type SpacesChangedEvent = z.infer<typeof spacesChangedEventSchema>;

/**
 * The other person's presence in a document changed (arrived, moved their caret, left): main
 * sends what changed (`partial`); an event without `partial` lists everyone there now.
 */
export const remotePresenceEventSchema = z.object({
  docId: docIdSchema,
  /** With `partial`: only the people who arrived or changed; without it, everyone there now. */
  people: remotePeopleSchema,
  /** With `partial`: the clients who left since the last event. */
  gone: z.array(z.number().int().nonnegative().max(0xffffffff)).max(MAX_REMOTE_PEOPLE).optional(),
  partial: z.boolean().optional(),
});
export type RemotePresenceEvent = z.infer<typeof remotePresenceEventSchema>;

/** The person clicked a desktop reminder: the window shows what it reminds of. */
export const openReminderEventSchema = z.object({ reminderId: z.string().min(1).max(300) });
export type OpenReminderEvent = z.infer<typeof openReminderEventSchema>;

/**
 * Main is about to lock (menu, idle, sleep, screen lock): the window writes what it has batched
 * and answers on `tandem:atRest:flushed`; main waits a bounded time, then locks and reloads it.
 */
export const flushBeforeLockEventSchema = z.object({});
export type FlushBeforeLockEvent = z.infer<typeof flushBeforeLockEventSchema>;

export const mainEvents = {
  remoteUpdate: { channel: MAIN_EVENT_CHANNELS.remoteUpdate, payload: remoteUpdateEventSchema },
  syncStatus: { channel: MAIN_EVENT_CHANNELS.syncStatus, payload: syncStatusEventSchema },
  spacesChanged: { channel: MAIN_EVENT_CHANNELS.spacesChanged, payload: spacesChangedEventSchema },
  remotePresence: { channel: MAIN_EVENT_CHANNELS.remotePresence, payload: remotePresenceEventSchema },
  openReminder: { channel: MAIN_EVENT_CHANNELS.openReminder, payload: openReminderEventSchema },
  flushBeforeLock: { channel: MAIN_EVENT_CHANNELS.flushBeforeLock, payload: flushBeforeLockEventSchema },
} as const satisfies Record<MainEventName, unknown>;

export type MainEventPayload<E extends MainEventName> = z.infer<(typeof mainEvents)[E]['payload']>;
