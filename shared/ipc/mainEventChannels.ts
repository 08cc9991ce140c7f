/**
 * The channels main pushes events on (main → renderer), and the shape of
 * `window.tandem.events`. Kept free of zod so the preload bundle can import it; the payload
 * schemas are in mainEvents.ts.
 */

export const MAIN_EVENT_CHANNELS = {
  remoteUpdate: 'tandem:event:remoteUpdate',
  syncStatus: 'tandem:event:syncStatus',
  spacesChanged: 'tandem:event:spacesChanged',
  remotePresence: 'tandem:event:remotePresence',
  openReminder: 'tandem:event:openReminder',
  flushBeforeLock: 'tandem:event:flushBeforeLock',
} as const;

export type MainEventName = keyof typeof MAIN_EVENT_CHANNELS;
export const mainEventNames = Object.keys(MAIN_EVENT_CHANNELS) as MainEventName[];

/** `remoteUpdate` → `onRemoteUpdate`: the subscription function's name in the preload. */
export type SubscriberName<E extends MainEventName> = `on${Capitalize<E>}`;
export function subscriberName<E extends MainEventName>(event: E): SubscriberName<E> {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as SubscriberName<E>;
}

/**
 * `window.tandem.events`: one named subscription per event, each returning its unsubscribe.
 * Payloads arrive as `unknown` on purpose: they crossed a process boundary and the preload
 * carries no schemas, so the renderer parses them (shared/ipc/mainEvents.ts).
 */
export type TandemEvents = {
  [E in MainEventName as SubscriberName<E>]: (listener: (payload: unknown) => void) => () => void;
};
