import type { TandemEvents } from '../../../shared/ipc/mainEventChannels';

/** Main's events as the preload exposes them (`window.tandem.events`), pushed by the test. */
export class FakeMainEvents {
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  readonly api: TandemEvents = {
    onRemoteUpdate: (listener) => this.subscribe('remoteUpdate', listener),
    onSyncStatus: (listener) => this.subscribe('syncStatus', listener),
    onSpacesChanged: (listener) => this.subscribe('spacesChanged', listener),
    onRemotePresence: (listener) => this.subscribe('remotePresence', listener),
    onOpenReminder: (listener) => this.subscribe('openReminder', listener),
    onFlushBeforeLock: (listener) => this.subscribe('flushBeforeLock', listener),
  };
  listenerCount(event: string): number {
    return this.listeners.get(event)?.size ?? 0;
  }
  emit(event: string, payload: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }
  private subscribe(event: string, listener: (payload: unknown) => void) {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  }
}
