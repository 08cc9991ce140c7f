import type { Awareness } from 'y-protocols/awareness';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { stripPresence, type Presence } from '../../../shared/sync/awarenessFields';
import type { SpaceAnnouncement } from '../../../shared/sync/spaceAnnouncement';
import { isMeetingOfSpace, meetingDocId } from '../../../shared/schema/meetingIds';
import { meetingIndex } from '../../../shared/schema/meetingIndex';
import { commentsDocId, itemIdOfCommentsDoc } from '../../../shared/schema/comments';
import { peerChangeKeepsOthersComments } from '../../../shared/schema/commentGuard';
import { bothSwitchesOn, isOver, spaceCovers, spaceDocIdFor } from '../sharingLogic/spaceConsent';
import type { SpaceStore } from '../sharingLogic/spaceStore';
import { isNewerThanOurs, OWN_SCHEMAS, type PeerVersions } from '../../../shared/sync/peerVersions';
import { MAX_SHARED_DOCUMENT_BYTES } from './largeMessages';
import { PeerSession, type ConsentView } from './peerSession';
import { LOAD_ORIGIN, LOCAL_ORIGIN, ReplicaSet, type Replica, type ReplicaStore } from './replicaSet';
import type { SpaceSyncStatus } from './syncStatus';
import type { PeerLink, SyncTransport } from './transport';

/**
 * The sync engine (docs/ARCHITECTURE.md, Consent and sync), Electron-free. It owns the transport, joins the topic of every
 * space not left, admits only pinned keys, keeps one PeerSession per connected peer, and keeps
 * main's replica of every document that may be exchanged.
 *
 * Wiring in main: feed every renderer edit of any document to `applyLocalUpdate` (ignored unless
 * the document is shared right now; the mirror has it for later), forward `onRemoteUpdate` to the
 * renderer (apply with an origin its mirror link skips: the engine already stored the change in
 * the ReplicaStore), and show `onStatus` per space.
 */

export interface SyncEngineOptions {
  store: SpaceStore;
  replicaStore: ReplicaStore;
  transport: SyncTransport;
  /** A peer's change to a document, already applied to main's replica and stored. */
  onRemoteUpdate?: (docId: string, update: Uint8Array) => void;
  /** Presence of the peer in a document (name, colour, cursor only), by awareness client id. */
  onRemotePresence?: (docId: string, presence: Map<number, Presence>) => void;
  onStatus?: (status: SpaceSyncStatus) => void;
  log?: (message: string) => void;
  now?: () => number;
  timers?: {
    setTimeout: (callback: () => void, ms: number) => unknown;
    clearTimeout: (handle: unknown) => void;
  };
  /** Delay before looking for an unreachable peer again, doubling up to `maxMs`. */
  backoff?: { initialMs: number; maxMs: number };
  /** This installation's app version, said to each peer with its schema versions. */
  appVersion?: string;
}

const DEFAULT_BACKOFF = { initialMs: 1000, maxMs: 60_000 };
/** How long a peer's changes gather before they are stored and shown, merged per document. */
const REMOTE_BATCH_MS = 16;

interface Retry {
  delayMs: number;
  handle: unknown;
}

export class SyncEngine {
  private readonly store: SpaceStore;
  private readonly transport: SyncTransport;
  private readonly replicas: ReplicaSet;
  private readonly sessions = new Map<string, PeerSession>();
  private readonly joinedTopics = new Set<string>();
  /** remote key → spaces pinned to it and not left (recomputed on every consent change). */
  private spacesByKey = new Map<string, string[]>();
  private readonly pending = new Map<string, Map<string, number>>();
  private readonly lastSynced = new Map<string, number>();
  private readonly lastStatus = new Map<string, string>();
  private readonly remoteBatch = new Map<string, Uint8Array[]>();
  /** What each peer (by key) said it runs, from its last connection. */
  private readonly peerVersions = new Map<string, PeerVersions>();
  private remoteBatchTimer: ReturnType<typeof setTimeout> | null = null;
  /** Per space, the last change of the peer's this side refused, in words for the person. */
  private readonly refused = new Map<string, string>();
  private readonly retries = new Map<string, Retry>();
  /** This user's presence per document, kept for replicas opened later (a meeting not yet listed). */
  private readonly localPresence = new Map<string, Presence>();
  /** Meetings listed per space document, to notice when its index grows. */
  private readonly meetingCounts = new Map<string, number>();
  private readonly consent: ConsentView;
  private readonly log: (message: string) => void;
  private readonly now: () => number;
  private unsubscribe: (() => void) | null = null;
  private statusScheduled = false;
  private stopped = false;

  constructor(private readonly options: SyncEngineOptions) {
    this.store = options.store;
    this.transport = options.transport;
    this.log = options.log ?? (() => undefined);
    this.now = options.now ?? Date.now;
    this.replicas = new ReplicaSet({
      store: options.replicaStore,
      onUpdate: (replica, update, origin) => this.onReplicaUpdate(replica, update, origin),
      onAwareness: (replica, clients, origin) => this.onReplicaAwareness(replica, clients, origin),
      log: this.log,
      localPresence: (docId) => this.localPresence.get(docId) ?? null,
    });
    this.consent = {
      mayExchange: (spaceId, docId) => this.store.mayExchange(spaceId, docId),
      mayTakeIn: (spaceId, docId) => this.store.mayTakeIn(spaceId, docId),
      admitsChange: (spaceId, docId, doc, update) => this.admitsChange(spaceId, docId, doc, update),
      activeSpaceIdsFor: (remoteKey) => this.spacesByKey.get(remoteKey) ?? [],
      exchangeableDocs: (spaceId) => this.exchangeableDocs(spaceId),
      announcementFor: (spaceId) => this.store.announcementFor(spaceId),
      applyPeerAnnouncement: (announcement: SpaceAnnouncement) =>
        this.store.applyPeerAnnouncement(announcement),
    };
  }

  async start(): Promise<void> {
    this.recomputePins();
    this.transport.setAdmittedKeys((remoteKey) => this.spacesByKey.has(remoteKey));
    this.transport.onConnection((link) => this.onLink(link));
    this.retainReplicas();
    this.unsubscribe = this.store.subscribe((spaceId) => this.onConsentChanged(spaceId));
    await this.syncTopics();
    for (const space of this.store.list()) this.scheduleRetry(space.spaceId);
    this.scheduleStatus();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.remoteBatchTimer) clearTimeout(this.remoteBatchTimer);
    this.flushRemote();
    this.unsubscribe?.();
    for (const retry of this.retries.values()) this.clearTimer(retry.handle);
    this.retries.clear();
    for (const session of this.sessions.values()) session.close();
    this.sessions.clear();
    await this.transport.destroy();
    this.replicas.destroy();
  }

  /** An edit made in this installation (the renderer's update of any document). */
  applyLocalUpdate(docId: string, update: Uint8Array): void {
    const replica = this.replicas.get(docId);
    if (!replica) {
      // Not open: if it is shared, count it as waiting; the replica will load it from the mirror.
      this.countPendingIfShared(docId);
      return;
    }
    try {
      Y.applyUpdate(replica.doc, update, LOCAL_ORIGIN);
    } catch (error) {
      this.log(`Ignored a local update of ${docId} that is not a Yjs update: ${String(error)}`);
    }
  }

  /** This user's presence in a document (null when they leave it); sent only where it may be. */
  setLocalPresence(docId: string, presence: Presence | null): void {
    const stripped = presence === null ? null : stripPresence(presence);
    if (stripped === null) this.localPresence.delete(docId);
    else this.localPresence.set(docId, stripped);
    this.replicas.get(docId)?.awareness.setLocalState(stripped);
  }

  status(spaceId: string): SpaceSyncStatus | undefined {
    const space = this.store.get(spaceId);
    if (!space) return undefined;
    const session = this.sessions.get(space.peerPublicKey);
    const connected = !!session && !session.isClosed && !space.left;
    const pendingChanges = [...(this.pending.get(spaceId)?.values() ?? [])].reduce((a, b) => a + b, 0);
    let reason: SpaceSyncStatus['reason'];
    if (space.left) reason = 'left';
    else if (space.peerLeft === true) reason = 'peer-left';
    else if (space.sharing === 'paused') reason = 'paused';
    else if (!connected) reason = space.peerSharing === 'paused' ? 'waiting-for-peer' : 'offline';
    else if (!session.hasAnnounced(spaceId)) reason = 'connecting';
    else if (space.peerSharing !== 'on') reason = 'waiting-for-peer';
    else if (pendingChanges > 0 || session.isAwaitingStep2(spaceId)) reason = 'syncing';
    else reason = 'synced';
    return {
      spaceId,
      peerName: space.peerName,
      connected,
      lastSyncedAt: this.lastSynced.get(spaceId) ?? null,
      pendingChanges,
      reason,
      refused: this.refused.get(spaceId) ?? null,
      peerApp: this.peerVersions.get(space.peerPublicKey)?.app ?? null,
      peerIsNewer: newerPeer(this.peerVersions.get(space.peerPublicKey)),
    };
  }

  statuses(): SpaceSyncStatus[] {
    return this.store
      .list()
      .map((space) => this.status(space.spaceId))
      .filter((status): status is SpaceSyncStatus => status !== undefined);
  }

  /** Main's replica of a document, when one is open (for checks and tests; do not edit it). */
  replicaDoc(docId: string): Y.Doc | undefined {
    return this.replicas.get(docId)?.doc;
  }

  /**
   * The durable store was replaced under the engine (a backup was restored): every replica is
   * opened again from it, or the old state would be sent to the peer and so come back. Each
   * connection is closed too, since its channels hold the old replicas and the peer's idea of
   * what this side has; the peer reconnects (Hyperswarm, and the retries here) and both sides
   * sync afresh from the restored state.
   */
  reloadReplicas(): void {
    if (this.stopped) return;
    for (const session of this.sessions.values()) session.close('the documents were restored from a backup');
    this.sessions.clear();
    // Counted against the old state; the next sync with each peer settles what is really pending.
    this.pending.clear();
    // Changes the old replicas took in are not stored over the restored ones (the peer resends).
    this.remoteBatch.clear();
    this.replicas.reopenAll();
    for (const space of this.store.list()) this.scheduleRetry(space.spaceId);
    this.scheduleStatus();
  }

  // ---- consent and topics ----

  private exchangeableDocs(spaceId: string): string[] {
    const space = this.store.get(spaceId);
    if (!space || !bothSwitchesOn(space)) return [];
    const docs: string[] = [spaceDocIdFor(spaceId), ...this.meetingDocsOf(spaceId)];
    for (const [docId, item] of Object.entries(space.items)) {
      if (item.state !== 'accepted') continue;
      docs.push(docId);
      // The item's comments travel with it (spaceConsent.ts, spaceCovers).
      docs.push(commentsDocId(docId.slice('item:'.length)));
    }
    return docs;
  }

  /**
   * A peer's change to an item's comments may not touch what this side wrote, nor speak in this
   * person's name (shared/schema/commentGuard.ts). Other documents: consent alone decides.
   */
  private admitsChange(spaceId: string, docId: string, doc: Y.Doc, update: Uint8Array): boolean {
    if (itemIdOfCommentsDoc(docId) === null) return true;
    const space = this.store.get(spaceId);
    if (!space) return false;
    const peerRole = space.myRole === 'employee' ? 'manager' : 'employee';
    if (peerChangeKeepsOthersComments(doc, update, peerRole)) return true;
    this.log(`Refused a change of ${docId} from ${space.peerName}: it rewrote comments it did not write`);
    return false;
  }

  /**
   * The agendas of the space's meetings, as listed in main's replica of the space document. The
   * list is peer-writable, so each id must also be on the space's meeting chain to count.
   */
  private meetingDocsOf(spaceId: string): string[] {
    const replica = this.replicas.get(spaceDocIdFor(spaceId));
    if (!replica) return [];
    const docs: string[] = [];
    for (const meetingId of meetingIndex(replica.doc).base.keys())
      if (isMeetingOfSpace(spaceId, meetingId)) docs.push(meetingDocId(meetingId));
    return docs;
  }

  /**
   * A space document changed: when its meeting index grew (a meeting was added here, by the peer,
   * or the stored copy finished loading), the new agendas get replicas and channels.
   */
  private onSpaceDocChanged(replica: Replica): void {
    const size = meetingIndex(replica.doc).base.size;
    if (this.meetingCounts.get(replica.docId) === size) return;
    this.meetingCounts.set(replica.docId, size);
    queueMicrotask(() => {
      if (this.stopped) return;
      this.retainReplicas();
      for (const session of this.sessions.values()) session.reconcile();
    });
  }

  private recomputePins(): void {
    const byKey = new Map<string, string[]>();
    for (const space of this.store.list()) {
      // A space either side left no longer admits its peer's key (for that space).
      if (isOver(space)) continue;
      byKey.set(space.peerPublicKey, [...(byKey.get(space.peerPublicKey) ?? []), space.spaceId]);
    }
    this.spacesByKey = byKey;
  }

  private onConsentChanged(spaceId: string): void {
    if (this.stopped) return;
    this.recomputePins();
    // Unpinned keys (left spaces): their connections end now, and the firewall refuses them.
    for (const [remoteKey, session] of this.sessions) {
      if (!this.spacesByKey.has(remoteKey)) {
        // Its last word tells the peer it was left (nothing else); then the link drops.
        session.closeWithLastWord(spaceId, 'the space was left');
        this.sessions.delete(remoteKey);
      }
    }
    const space = this.store.get(spaceId);
    const session = space ? this.sessions.get(space.peerPublicKey) : undefined;
    session?.announce(spaceId);
    for (const each of this.sessions.values()) each.reconcile();
    this.retainReplicas();
    void this.syncTopics().catch((error: unknown) => this.log(`Could not update topics: ${String(error)}`));
    this.scheduleRetry(spaceId);
    this.scheduleStatus();
  }

  private async syncTopics(): Promise<void> {
    const wanted = new Set(
      this.store
        .list()
        .filter((space) => !isOver(space))
        .map((space) => space.topic),
    );
    for (const topic of this.joinedTopics) {
      if (wanted.has(topic)) continue;
      this.joinedTopics.delete(topic);
      await this.transport.leave(topic);
    }
    for (const topic of wanted) {
      if (this.joinedTopics.has(topic)) continue;
      this.joinedTopics.add(topic);
      await this.transport.join(topic);
    }
  }

  /**
   * Keeps a replica open for exactly the documents that may be exchanged (as far as this side
   * knows, including the peer's last announced switch): they load while the connection is being
   * set up, and edits made while the peer is away go into them, ready to send.
   */
  private retainReplicas(): void {
    const keep = new Set<string>();
    for (const space of this.store.list())
      for (const docId of this.exchangeableDocs(space.spaceId)) keep.add(docId);
    // A channel the peer opened first (a meeting not yet in this side's index) keeps its replica.
    for (const session of this.sessions.values()) for (const docId of session.carriedDocs()) keep.add(docId);
    this.replicas.retainOnly(keep);
    for (const docId of keep) this.replicas.open(docId);
  }

  // ---- connections ----

  private onLink(link: PeerLink): void {
    if (this.stopped || !this.spacesByKey.has(link.remoteKey)) {
      link.close();
      return;
    }
    // One connection per peer: a newer one replaces the older.
    this.sessions.get(link.remoteKey)?.close();
    const session = new PeerSession(
      link,
      this.consent,
      this.replicas,
      {
        onSpaceActivity: (spaceId, kind, docId) => this.onActivity(spaceId, kind, docId),
        onRefused: (spaceId, docId) => this.onRefused(spaceId, docId),
        onPeerVersions: (versions) => {
          this.peerVersions.set(link.remoteKey, versions);
          this.scheduleStatus();
        },
        log: this.log,
      },
      { app: this.options.appVersion ?? 'unknown', schemas: { ...OWN_SCHEMAS } },
    );
    this.sessions.set(link.remoteKey, session);
    link.onClose(() => {
      session.close();
      if (this.sessions.get(link.remoteKey) === session) this.sessions.delete(link.remoteKey);
      for (const spaceId of this.spacesByKey.get(link.remoteKey) ?? []) this.scheduleRetry(spaceId);
      this.scheduleStatus();
    });
    for (const spaceId of this.spacesByKey.get(link.remoteKey) ?? []) this.clearRetry(spaceId);
    session.start();
    this.scheduleStatus();
  }

  private scheduleRetry(spaceId: string): void {
    const space = this.store.get(spaceId);
    if (this.stopped || !this.options.timers || !space || isOver(space)) return this.clearRetry(spaceId);
    if (this.sessions.has(space.peerPublicKey) || this.retries.has(spaceId)) return;
    const backoff = this.options.backoff ?? DEFAULT_BACKOFF;
    const retry: Retry = { delayMs: backoff.initialMs, handle: null };
    const attempt = (): void => {
      const current = this.store.get(spaceId);
      if (this.stopped || !current || isOver(current) || this.sessions.has(current.peerPublicKey)) {
        this.retries.delete(spaceId);
        return;
      }
      this.transport
        .refresh(current.topic)
        .catch((error: unknown) => this.log(`Looking for ${current.peerName} failed: ${String(error)}`));
      retry.delayMs = Math.min(retry.delayMs * 2, backoff.maxMs);
      retry.handle = this.options.timers?.setTimeout(attempt, retry.delayMs);
    };
    retry.handle = this.options.timers.setTimeout(attempt, retry.delayMs);
    this.retries.set(spaceId, retry);
  }

  private clearRetry(spaceId: string): void {
    const retry = this.retries.get(spaceId);
    if (!retry) return;
    this.clearTimer(retry.handle);
    this.retries.delete(spaceId);
  }

  private clearTimer(handle: unknown): void {
    if (handle !== null) this.options.timers?.clearTimeout(handle);
  }

  // ---- documents ----

  private onReplicaUpdate(replica: Replica, update: Uint8Array, origin: unknown): void {
    if (replica.docId.startsWith('space:')) this.onSpaceDocChanged(replica);
    if (origin === LOAD_ORIGIN) return;
    if (origin instanceof PeerSession) this.batchRemote(replica.docId, update);
    let sent = false;
    for (const session of this.sessions.values()) {
      if (session === origin) continue;
      session.queueUpdate(replica.docId, update);
      sent ||= [...(this.spacesByKey.get(session.remoteKey) ?? [])].some((s) =>
        session.carries(s, replica.docId),
      );
    }
    if (origin === LOCAL_ORIGIN && !sent) this.countPendingIfShared(replica.docId);
  }

  /**
   * A peer's changes are stored and handed to the window in batches: one merged update per
   * document per REMOTE_BATCH_MS, so a peer sending thousands of tiny updates costs one disk
   * append and one window event per document, not thousands. (The peer keeps them too: one
   * not yet stored when the app stops comes back with the next sync.)
   */
  private batchRemote(docId: string, update: Uint8Array): void {
    const pending = this.remoteBatch.get(docId);
    if (pending) pending.push(update);
    else this.remoteBatch.set(docId, [update]);
    this.remoteBatchTimer ??= setTimeout(() => this.flushRemote(), REMOTE_BATCH_MS);
  }

  private flushRemote(): void {
    this.remoteBatchTimer = null;
    const batch = [...this.remoteBatch];
    this.remoteBatch.clear();
    for (const [docId, updates] of batch) {
      const merged = updates.length === 1 && updates[0] ? updates[0] : Y.mergeUpdates(updates);
      this.replicas.persist(docId, merged);
      this.options.onRemoteUpdate?.(docId, merged);
    }
  }

  private onReplicaAwareness(replica: Replica, clients: number[], origin: unknown): void {
    // Anything but this user's own presence ('local'): a peer's, or one that timed out or left.
    if (origin !== 'local') {
      this.options.onRemotePresence?.(replica.docId, presenceOf(replica.awareness, replica.doc.clientID));
    }
    const update = encodeAwarenessUpdate(replica.awareness, clients);
    for (const session of this.sessions.values())
      if (session !== origin) session.queueAwareness(replica.docId, update);
  }

  private countPendingIfShared(docId: string): void {
    for (const space of this.store.list()) {
      if (space.left || !spaceCovers(space, docId)) continue;
      const perDoc = this.pending.get(space.spaceId) ?? new Map<string, number>();
      perDoc.set(docId, (perDoc.get(docId) ?? 0) + 1);
      this.pending.set(space.spaceId, perDoc);
      this.scheduleStatus();
    }
  }

  private onActivity(
    spaceId: string,
    kind: 'received' | 'sent' | 'step2-received' | 'step2-sent',
    docId: string,
  ): void {
    if (kind === 'step2-sent') this.pending.get(spaceId)?.delete(docId);
    this.lastSynced.set(spaceId, this.now());
    this.scheduleStatus();
  }

  private onRefused(spaceId: string, docId: string): void {
    const space = this.store.get(spaceId);
    const item = space && Object.hasOwn(space.items, docId) ? space.items[docId] : undefined;
    const what = item ? `“${item.title}”` : 'a shared document';
    const who = space?.peerName ?? 'the other person';
    this.refused.set(
      spaceId,
      `A change from ${who} to ${what} was refused: it would make it larger than ` +
        `${MAX_SHARED_DOCUMENT_BYTES / (1024 * 1024)} MB, the most a shared item may hold. It keeps what it ` +
        'had, and everything else goes on syncing.',
    );
    this.log(`Refused a change of ${docId} from ${who}: over the document budget`);
    this.scheduleStatus();
  }

  private scheduleStatus(): void {
    if (this.statusScheduled || !this.options.onStatus) return;
    this.statusScheduled = true;
    queueMicrotask(() => {
      this.statusScheduled = false;
      for (const status of this.statuses()) {
        // lastSyncedAt alone changes on every edit; report it with the next other change.
        const { lastSyncedAt: _ignored, ...rest } = status;
        const fingerprint = JSON.stringify(rest);
        if (this.lastStatus.get(status.spaceId) === fingerprint) continue;
        this.lastStatus.set(status.spaceId, fingerprint);
        this.options.onStatus?.(status);
      }
    });
  }
}

function presenceOf(awareness: Awareness, ownClientId: number): Map<number, Presence> {
  const out = new Map<number, Presence>();
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === ownClientId) continue;
    try {
      const presence = stripPresence(state);
      if (presence) out.set(clientId, presence);
    } catch {
      // Sanitised on receipt already; skip anything odd.
    }
  }
  return out;
}

function newerPeer(versions: PeerVersions | undefined): boolean {
  return versions !== undefined && isNewerThanOurs(versions);
}
