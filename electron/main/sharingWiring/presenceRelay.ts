import type { Presence } from '../../../shared/sync/awarenessFields';
import type { RemotePerson } from '../../../shared/sync/presenceRelay';
import { MAX_REMOTE_PEOPLE } from '../../../shared/sync/presenceRelay';
import type { MainEventSink } from '../mainEventSink';

/**
 * Presence between the window and the sync engine. The window's presence in a document goes to
 * `engine.setLocalPresence`; the engine's `onRemotePresence` goes to the window as a
 * `remotePresence` event. The last people seen per document are kept so a meeting opened after
 * the other person arrived is answered with them at once (the engine only reports changes).
 */

/** What the `tandem:presence:set` channel needs: PresenceRelay does it. */
export interface PresenceService {
  /** Hands this user's presence in a document to the engine; answers who else is there now. */
  setLocal(docId: string, presence: Presence | null): RemotePerson[];
}

/** The slice of the SyncEngine this relay uses. */
export interface PresenceEngine {
  setLocalPresence(docId: string, presence: Presence | null): void;
}

export class PresenceRelay implements PresenceService {
  private readonly remote = new Map<string, RemotePerson[]>();
  /** Documents where this user's presence is set, to take it back when the window goes. */
  private readonly present = new Set<string>();

  constructor(
    private readonly engine: () => PresenceEngine | null,
    private readonly events: MainEventSink,
  ) {}

  setLocal(docId: string, presence: Presence | null): RemotePerson[] {
    if (presence === null) this.present.delete(docId);
    else this.present.add(docId);
    this.engine()?.setLocalPresence(docId, presence);
    return this.remote.get(docId) ?? [];
  }

  /**
   * The engine's `onRemotePresence`: everyone else in the document now, by awareness client id.
   * The window is sent only what changed since the last event (people who arrived or moved,
   * and the ids of those who left), and nothing when nothing did.
   */
  remoteChanged(docId: string, presence: ReadonlyMap<number, Presence>): void {
    const people = [...presence]
      .slice(0, MAX_REMOTE_PEOPLE)
      .map(([clientId, fields]): RemotePerson => ({ clientId, ...fields }));
    const before = new Map((this.remote.get(docId) ?? []).map((p) => [p.clientId, JSON.stringify(p)]));
    const changed = people.filter((person) => before.get(person.clientId) !== JSON.stringify(person));
    const staying = new Set(people.map((person) => person.clientId));
    const gone = [...before.keys()].filter((clientId) => !staying.has(clientId));
    if (people.length > 0) this.remote.set(docId, people);
    else this.remote.delete(docId);
    if (changed.length === 0 && gone.length === 0) return;
    this.events.send('remotePresence', { docId, people: changed, gone, partial: true });
  }

  /** The window closed or reloaded: this user is no longer in any document. */
  leaveAll(): void {
    for (const docId of [...this.present]) this.setLocal(docId, null);
  }
}
