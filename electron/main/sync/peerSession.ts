import * as Y from 'yjs';
import { applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { sanitizeAwarenessUpdate } from '../../../shared/sync/awarenessFields';
import {
  readDocSyncMessage,
  writeStep1,
  writeStep2,
  writeUpdateMessage,
} from '../../../shared/sync/docMessages';
import { peerVersionsSchema, type PeerVersions } from '../../../shared/sync/peerVersions';
import { spaceAnnouncementSchema, type SpaceAnnouncement } from '../../../shared/sync/spaceAnnouncement';
import {
  decodeOpenBody,
  encodeFrame,
  encodeOpenBody,
  FRAME_LIMITS,
  FrameReader,
  FrameType,
  type ReadEvent,
} from '../../../shared/sync/wireFrames';
import { fitsBudget, groupWrites, SyncPartAssembler, syncFrames } from './largeMessages';
import type { Replica, ReplicaSet } from './replicaSet';
import type { PeerLink } from './transport';

/**
 * One connection to one peer, carrying every space shared with that key (docs/ARCHITECTURE.md, Consent and sync).
 *
 * Order of events on a connection: each side announces its consent state for every space with
 * this peer; a document channel is opened only once this side has the peer's announcement on
 * this connection and its own consent store says yes. Because an announcement always travels
 * before the OPEN it enables, and frames are handled strictly in order, the peer is ready for
 * an OPEN when it arrives unless consent was narrowed meanwhile (then ignoring it is right).
 *
 * Consent is asked again for every frame, inbound and outbound, at the moment bytes are taken
 * in or leave: a frame for a document this side may not exchange is dropped and never answered.
 * A malformed or oversized document frame closes that document's channel for this connection;
 * a broken stream or a malformed announcement closes the connection. Nothing throws out.
 */

export interface ConsentView {
  mayExchange(spaceId: string, docId: string): boolean;
  /** May a change from the peer to this document be applied? (Not to a reflection this side wrote.) */
  mayTakeIn(spaceId: string, docId: string): boolean;
  /** Does the peer's change keep to what it may write in this document (its own comments only)? */
  admitsChange(spaceId: string, docId: string, doc: Y.Doc, update: Uint8Array): boolean;
  /** Spaces pinned to this key and not left. */
  activeSpaceIdsFor(remoteKey: string): string[];
  /** Documents this side may exchange in a space right now (ignoring the per-connection state). */
  exchangeableDocs(spaceId: string): string[];
  announcementFor(spaceId: string): SpaceAnnouncement | null;
  applyPeerAnnouncement(announcement: SpaceAnnouncement): Promise<void>;
}

export interface SessionEvents {
  onSpaceActivity(
    spaceId: string,
    kind: 'received' | 'sent' | 'step2-received' | 'step2-sent',
    docId: string,
  ): void;
  log(message: string): void;
  /** A change from the peer to `docId` was refused (it would outgrow the document budget). */
  onRefused(spaceId: string, docId: string): void;
  /** The peer said which app and schema versions it runs. */
  onPeerVersions?(versions: PeerVersions): void;
}

interface Outbound {
  channel: number;
  spaceId: string;
  docId: string;
  replica: Replica;
  /** Live updates waiting for the next flush, merged into one frame then. */
  pending: Uint8Array[];
  awaitingStep2: boolean;
}

type Queued = { frame: Uint8Array; spaceId?: string; docId?: string } | { outbound: Outbound };

const key = (spaceId: string, docId: string): string => `${spaceId}\u0000${docId}`;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();
const LAST_WORD_MS = 100;
/** Reading pauses with this many frames waiting to be handled, and resumes once few are left. */
const PAUSE_AFTER_FRAMES = 256;
const RESUME_AT_FRAMES = 32;
/** …or with this many bytes waiting (a few large frames), resuming below a quarter of it. */
const PAUSE_AFTER_BYTES = 32 * 1024 * 1024;
const RESUME_AT_BYTES = 8 * 1024 * 1024;
/** Presence entries one peer may hold in one document (its windows and devices). */
export const MAX_PEER_CLIENTS_PER_DOCUMENT = 8;
/** Presence entries in one document from everyone (a document can be shared in a few spaces). */
export const MAX_CLIENTS_PER_DOCUMENT = 32;

export class PeerSession {
  readonly remoteKey: string;
  private readonly reader: FrameReader;
  /** Spaces whose announcement arrived on this connection. */
  private readonly announced = new Set<string>();
  private readonly outbound = new Map<string, Outbound>();
  private readonly inbound = new Map<number, { spaceId: string; docId: string }>();
  /** Channels closed for bad input; not reopened on this connection. */
  private readonly blocked = new Set<string>();
  private nextChannel = 1;
  /** Awareness clients the peer announced, per document: removed when it goes away. */
  private readonly peerPresence = new Map<string, Set<number>>();
  private queue: Queued[] = [];
  private flushScheduled = false;
  private inboundChain: Promise<void> = Promise.resolve();
  private readonly parts = new SyncPartAssembler();
  /** Frames read and not yet handled, and whether the link is paused because of them. */
  private queuedFrames = 0;
  private queuedBytes = 0;
  private paused = false;
  /** Documents whose presence flood was already logged (once per connection). */
  private readonly floodLogged = new Set<string>();
  private closed = false;

  constructor(
    private readonly link: PeerLink,
    private readonly consent: ConsentView,
    private readonly replicas: ReplicaSet,
    private readonly events: SessionEvents,
    /** This installation's versions, said first on every connection. */
    private readonly versions: PeerVersions | null = null,
  ) {
    this.remoteKey = link.remoteKey;
    this.reader = new FrameReader((event) => this.onReadEvent(event));
    link.onData((bytes) => {
      if (!this.closed) this.reader.push(bytes);
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  start(): void {
    if (this.versions)
      this.enqueue({
        frame: encodeFrame(FrameType.Hello, 0, utf8Encoder.encode(JSON.stringify(this.versions))),
      });
    for (const spaceId of this.consent.activeSpaceIdsFor(this.remoteKey)) this.announce(spaceId);
  }

  close(reason?: string): void {
    if (this.closed) return;
    if (reason) this.events.log(`Closing the connection to ${this.remoteKey.slice(0, 8)}: ${reason}`);
    this.closed = true;
    this.queue = [];
    this.forgetPresence();
    this.link.close();
  }

  /** The peer's cursors vanish with its connection, as with any y-protocols provider. */
  private forgetPresence(docId?: string): void {
    for (const [id, clients] of this.peerPresence) {
      if (docId !== undefined && id !== docId) continue;
      this.peerPresence.delete(id);
      const replica = this.replicas.get(id);
      if (replica) removeAwarenessStates(replica.awareness, [...clients], this);
    }
  }

  /**
   * Ends the connection after one last announcement (a space was left). Nothing else is taken in
   * or sent from now on; the link drops shortly after, once that frame is on its way.
   */
  closeWithLastWord(spaceId: string, reason: string): void {
    if (this.closed) return;
    const announcement = this.consent.announcementFor(spaceId);
    this.events.log(`Closing the connection to ${this.remoteKey.slice(0, 8)}: ${reason}`);
    this.closed = true;
    this.queue = [];
    this.forgetPresence();
    if (announcement) {
      this.link.write(encodeFrame(FrameType.Announce, 0, utf8Encoder.encode(JSON.stringify(announcement))));
    }
    setTimeout(() => this.link.close(), LAST_WORD_MS);
  }

  /** Tells the peer this side's current state of a space (after any consent change). */
  announce(spaceId: string): void {
    const announcement = this.consent.announcementFor(spaceId);
    if (!announcement) return;
    const body = utf8Encoder.encode(JSON.stringify(announcement));
    this.enqueue({ frame: encodeFrame(FrameType.Announce, 0, body) });
  }

  /** Opens and closes document channels so they match what consent allows right now. */
  reconcile(): void {
    if (this.closed) return;
    const wanted = new Set<string>();
    for (const spaceId of this.consent.activeSpaceIdsFor(this.remoteKey)) {
      if (!this.announced.has(spaceId)) continue;
      for (const docId of this.consent.exchangeableDocs(spaceId)) wanted.add(key(spaceId, docId));
    }
    for (const [k, entry] of this.outbound) {
      if (wanted.has(k) && this.mayFlow(entry.spaceId, entry.docId)) continue;
      this.outbound.delete(k);
      this.forgetPresence(entry.docId);
      this.enqueue({ frame: encodeFrame(FrameType.Close, entry.channel, new Uint8Array(0)) });
    }
    for (const [channel, target] of this.inbound) {
      if (!this.mayFlow(target.spaceId, target.docId)) this.inbound.delete(channel);
    }
    for (const k of wanted) {
      const [spaceId, docId] = k.split('\u0000') as [string, string];
      if (!this.outbound.has(k) && this.mayFlow(spaceId, docId)) void this.openOutbound(spaceId, docId);
    }
  }

  /** A change to a replica this connection may carry: batched and sent at the next flush. */
  queueUpdate(docId: string, update: Uint8Array): void {
    for (const entry of this.outbound.values()) {
      if (entry.docId !== docId || !this.mayFlow(entry.spaceId, docId)) continue;
      if (entry.pending.length === 0) this.enqueue({ outbound: entry });
      entry.pending.push(update);
    }
  }

  queueAwareness(docId: string, update: Uint8Array): void {
    for (const entry of this.outbound.values()) {
      if (entry.docId !== docId) continue;
      this.enqueue({
        frame: encodeFrame(FrameType.Awareness, entry.channel, update),
        spaceId: entry.spaceId,
        docId,
      });
    }
  }

  /** Documents with a channel open on this connection. */
  carriedDocs(): string[] {
    return [...this.outbound.values()].map((entry) => entry.docId);
  }

  carries(spaceId: string, docId: string): boolean {
    return this.outbound.has(key(spaceId, docId));
  }

  isAwaitingStep2(spaceId: string): boolean {
    for (const entry of this.outbound.values())
      if (entry.spaceId === spaceId && entry.awaitingStep2) return true;
    return false;
  }

  hasAnnounced(spaceId: string): boolean {
    return this.announced.has(spaceId);
  }

  // ---- outbound ----

  private mayFlow(spaceId: string, docId: string): boolean {
    return (
      !this.closed &&
      this.announced.has(spaceId) &&
      !this.blocked.has(key(spaceId, docId)) &&
      this.consent.activeSpaceIdsFor(this.remoteKey).includes(spaceId) &&
      this.consent.mayExchange(spaceId, docId)
    );
  }

  private async openOutbound(spaceId: string, docId: string): Promise<void> {
    const k = key(spaceId, docId);
    const replica = this.replicas.open(docId);
    const entry: Outbound = {
      channel: this.nextChannel++,
      spaceId,
      docId,
      replica,
      pending: [],
      awaitingStep2: true,
    };
    this.outbound.set(k, entry);
    await replica.ready;
    // Consent may have changed while the stored state loaded.
    if (this.outbound.get(k) !== entry || !this.mayFlow(spaceId, docId)) return;
    this.enqueue({
      frame: encodeFrame(FrameType.Open, entry.channel, encodeOpenBody(spaceId, docId)),
      spaceId,
      docId,
    });
    this.enqueue({
      frame: encodeFrame(FrameType.Sync, entry.channel, writeStep1(replica.doc)),
      spaceId,
      docId,
    });
    const states = [...replica.awareness.getStates().keys()];
    if (states.length > 0) {
      this.enqueue({
        frame: encodeFrame(
          FrameType.Awareness,
          entry.channel,
          encodeAwarenessUpdate(replica.awareness, states),
        ),
        spaceId,
        docId,
      });
    }
  }

  private enqueue(item: Queued): void {
    if (this.closed) return;
    this.queue.push(item);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Writes everything queued as one chunk; consent is checked here, where bytes leave. */
  private flush(): void {
    this.flushScheduled = false;
    if (this.closed) return;
    const frames: Uint8Array[] = [];
    for (const item of this.queue) {
      if ('outbound' in item) {
        const entry = item.outbound;
        const updates = entry.pending;
        entry.pending = [];
        if (updates.length === 0 || this.outbound.get(key(entry.spaceId, entry.docId)) !== entry) continue;
        if (!this.mayFlow(entry.spaceId, entry.docId)) continue;
        const [first] = updates;
        const merged = updates.length === 1 && first ? first : Y.mergeUpdates(updates);
        frames.push(...syncFrames(entry.channel, writeUpdateMessage(merged)));
        this.events.onSpaceActivity(entry.spaceId, 'sent', entry.docId);
      } else {
        if (
          item.spaceId !== undefined &&
          item.docId !== undefined &&
          !this.mayFlow(item.spaceId, item.docId)
        ) {
          continue;
        }
        if (item.docId !== undefined && !this.fitsLimit(item.frame, item.docId)) continue;
        frames.push(item.frame);
      }
    }
    this.queue = [];
    // Several writes rather than one: the encrypted stream refuses a single write over 16 MiB.
    for (const write of groupWrites(frames)) this.link.write(write);
  }

  private fitsLimit(frame: Uint8Array, docId: string): boolean {
    if (frame.length <= FRAME_LIMITS[FrameType.Sync]) return true;
    this.events.log(`${docId} is too large to send in one frame (${frame.length} bytes); not sent`);
    return false;
  }

  // ---- inbound ----

  private onReadEvent(event: ReadEvent): void {
    if (event.kind === 'broken') {
      this.close(`unreadable stream (${event.reason})`);
      return;
    }
    if (event.kind === 'oversized') {
      if (event.type === FrameType.Announce) this.close('oversized announcement');
      else this.closeChannel(event.channel, `oversized frame of ${event.length} bytes`);
      return;
    }
    // Backpressure: past a deep queue the link stops delivering until the queue has drained.
    const size = event.body.length;
    this.queuedFrames++;
    this.queuedBytes += size;
    if ((this.queuedFrames > PAUSE_AFTER_FRAMES || this.queuedBytes > PAUSE_AFTER_BYTES) && !this.paused) {
      this.paused = true;
      this.link.pause?.();
    }
    this.inboundChain = this.inboundChain
      .then(() => this.handleFrame(event.type, event.channel, event.body))
      .finally(() => {
        this.queuedFrames--;
        this.queuedBytes -= size;
        if (this.paused && this.queuedFrames <= RESUME_AT_FRAMES && this.queuedBytes <= RESUME_AT_BYTES) {
          this.paused = false;
          this.link.resume?.();
        }
      });
  }

  private async handleFrame(type: number, channel: number, body: Uint8Array): Promise<void> {
    if (this.closed) return;
    switch (type) {
      case FrameType.Announce:
        return this.onAnnounce(body);
      case FrameType.Open:
        return this.onOpen(channel, body);
      case FrameType.Close:
        this.inbound.delete(channel);
        return;
      case FrameType.Sync:
        return this.onSync(channel, body);
      case FrameType.Awareness:
        return this.onAwareness(channel, body);
      case FrameType.SyncPart:
        return this.onSyncPart(channel, body);
      case FrameType.Hello:
        return this.onHello(body);
      default:
        return; // unknown types were already skipped by the reader
    }
  }

  private async onAnnounce(body: Uint8Array): Promise<void> {
    let announcement: SpaceAnnouncement;
    try {
      announcement = spaceAnnouncementSchema.parse(JSON.parse(utf8.decode(body)) as unknown);
    } catch {
      this.close('malformed announcement');
      return;
    }
    // Only the pinned peer of a space speaks for it.
    if (!this.consent.activeSpaceIdsFor(this.remoteKey).includes(announcement.spaceId)) return;
    await this.consent.applyPeerAnnouncement(announcement);
    this.announced.add(announcement.spaceId);
    this.reconcile();
  }

  private async onOpen(channel: number, body: Uint8Array): Promise<void> {
    let target: { spaceId: string; docId: string };
    try {
      target = decodeOpenBody(body);
    } catch {
      this.closeChannel(channel, 'malformed OPEN');
      return;
    }
    // Not ours to exchange: ignored, never answered.
    if (!this.mayFlow(target.spaceId, target.docId)) return;
    const k = key(target.spaceId, target.docId);
    const entry = this.outbound.get(k);
    if (!entry) await this.openOutbound(target.spaceId, target.docId);
    const replica = this.outbound.get(k)?.replica;
    if (!replica) return;
    await replica.ready;
    if (this.mayFlow(target.spaceId, target.docId)) this.inbound.set(channel, target);
  }

  private onSync(channel: number, body: Uint8Array): void {
    const target = this.inbound.get(channel);
    if (!target || !this.mayFlow(target.spaceId, target.docId)) return;
    const entry = this.outbound.get(key(target.spaceId, target.docId));
    if (!entry) return;
    try {
      const message = readDocSyncMessage(body);
      if (message.kind === 'step1') {
        const reply = writeStep2(entry.replica.doc, message.stateVector);
        // A document larger than one frame catches up in pieces.
        for (const frame of syncFrames(entry.channel, reply))
          this.enqueue({ frame, spaceId: target.spaceId, docId: target.docId });
        this.events.onSpaceActivity(target.spaceId, 'step2-sent', target.docId);
        return;
      }
      if (!fitsBudget(this.replicas.sizes, entry.replica.doc, message.update)) {
        this.closeChannel(
          channel,
          `a change of ${message.update.length} bytes would outgrow the document's budget`,
        );
        this.events.onRefused(target.spaceId, target.docId);
        return;
      }
      if (!this.consent.admitsChange(target.spaceId, target.docId, entry.replica.doc, message.update)) {
        this.closeChannel(channel, 'a change to comments this side wrote, or in its name');
        return;
      }
      // The document still flows out (the peer reads it); the peer's changes to it are dropped.
      if (this.consent.mayTakeIn(target.spaceId, target.docId))
        Y.applyUpdate(entry.replica.doc, message.update, this);
      if (message.kind === 'step2') {
        entry.awaitingStep2 = false;
        this.events.onSpaceActivity(target.spaceId, 'step2-received', target.docId);
      } else this.events.onSpaceActivity(target.spaceId, 'received', target.docId);
    } catch (error) {
      this.closeChannel(
        channel,
        `malformed sync message (${error instanceof Error ? error.message : 'error'})`,
      );
    }
  }

  private onHello(body: Uint8Array): void {
    try {
      this.events.onPeerVersions?.(peerVersionsSchema.parse(JSON.parse(utf8.decode(body)) as unknown));
    } catch {
      // Only informative: a malformed one is ignored rather than ending the connection.
      this.events.log(`Ignored an unreadable version note from ${this.remoteKey.slice(0, 8)}`);
    }
  }

  private onSyncPart(channel: number, body: Uint8Array): void {
    const target = this.inbound.get(channel);
    if (!target || !this.mayFlow(target.spaceId, target.docId)) return;
    const whole = this.parts.push(channel, body);
    if (whole === null) return;
    if (whole === 'too-large') {
      this.closeChannel(channel, 'a message in pieces outgrew the document budget');
      this.events.onRefused(target.spaceId, target.docId);
      return;
    }
    this.onSync(channel, whole);
  }

  private onAwareness(channel: number, body: Uint8Array): void {
    const target = this.inbound.get(channel);
    if (!target || !this.mayFlow(target.spaceId, target.docId)) return;
    const entry = this.outbound.get(key(target.spaceId, target.docId));
    if (!entry) return;
    try {
      const known = this.peerPresence.get(entry.docId) ?? new Set<number>();
      const states = entry.replica.awareness.getStates();
      // A person has a window or two; a flood of new client ids is refused, known ones update.
      const admit = (client: number): boolean => {
        if (known.has(client)) return true;
        if (known.size >= MAX_PEER_CLIENTS_PER_DOCUMENT || states.size > MAX_CLIENTS_PER_DOCUMENT)
          return false;
        known.add(client);
        return true;
      };
      const { update, clients, refused } = sanitizeAwarenessUpdate(body, admit);
      this.peerPresence.set(entry.docId, known);
      if (refused > 0 && !this.floodLogged.has(entry.docId)) {
        this.floodLogged.add(entry.docId);
        this.events.log(
          `Ignored presence of more than ${MAX_PEER_CLIENTS_PER_DOCUMENT} clients in ${entry.docId}`,
        );
      }
      if (clients.length > 0) applyAwarenessUpdate(entry.replica.awareness, update, this);
    } catch {
      this.closeChannel(channel, 'malformed awareness update');
    }
  }

  /** Stops one document on this connection (bad input); everything else keeps syncing. */
  private closeChannel(channel: number, reason: string): void {
    const target = this.inbound.get(channel);
    this.events.log(
      `Closed a sync channel from ${this.remoteKey.slice(0, 8)}${target ? ` (${target.docId})` : ''}: ${reason}`,
    );
    if (!target) return;
    this.parts.forget(channel);
    this.inbound.delete(channel);
    const k = key(target.spaceId, target.docId);
    this.blocked.add(k);
    const entry = this.outbound.get(k);
    if (entry) {
      this.outbound.delete(k);
      this.forgetPresence(entry.docId);
      this.enqueue({ frame: encodeFrame(FrameType.Close, entry.channel, new Uint8Array(0)) });
    }
  }
}
