import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Presence } from '../../../shared/sync/awarenessFields';

/**
 * Main's own copy of each document that may be exchanged right now (docs/ARCHITECTURE.md, Consent and sync): loaded from the
 * durable store, fed with the renderer's edits, merged with the peer's. Sync therefore does not
 * depend on a window being open, and consent is checked in one place, where bytes leave.
 */

/** Where replicas come from and where the peer's changes go (the real one wraps DocumentMirror). */
export interface ReplicaStore {
  load(docId: string): Promise<Uint8Array | null>;
  append(docId: string, update: Uint8Array): Promise<void>;
}

/** Transaction origins that are not a peer session. */
export const LOCAL_ORIGIN = Symbol('local edit from this installation');
export const LOAD_ORIGIN = Symbol('loaded from the durable store');

export interface Replica {
  readonly docId: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** Resolves once the stored state is in (or failed to load, which was reported). */
  readonly ready: Promise<void>;
}

export interface ReplicaSetOptions {
  store: ReplicaStore;
  onUpdate: (replica: Replica, update: Uint8Array, origin: unknown) => void;
  onAwareness: (replica: Replica, changedClients: number[], origin: unknown) => void;
  log: (message: string) => void;
  /** This user's presence in a document, set before the replica existed (null: none). */
  localPresence?: (docId: string) => Presence | null;
}

export class ReplicaSet {
  private readonly replicas = new Map<string, Replica>();
  /**
   * An upper bound of each replica's encoded size: its stored state plus every update applied
   * since (largeMessages.ts checks a peer's change against the document budget with it).
   */
  readonly sizes = new WeakMap<Y.Doc, number>();

  constructor(private readonly options: ReplicaSetOptions) {}

  get(docId: string): Replica | undefined {
    return this.replicas.get(docId);
  }

  /** Opens (once) and returns the replica; its `ready` says when the stored state is in. */
  open(docId: string): Replica {
    const existing = this.replicas.get(docId);
    if (existing) return existing;
    const doc = new Y.Doc({ gc: true });
    const awareness = new Awareness(doc);
    // Main has no presence of its own; the user's, if the renderer reported one already.
    awareness.setLocalState(this.options.localPresence?.(docId) ?? null);
    const ready = this.options.store.load(docId).then(
      (stored) => {
        if (stored && this.replicas.get(docId)?.doc === doc) Y.applyUpdate(doc, stored, LOAD_ORIGIN);
      },
      (error: unknown) => {
        this.options.log(`Could not load ${docId} for sync: ${String(error)}`);
      },
    );
    const replica: Replica = { docId, doc, awareness, ready };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.sizes.set(doc, (this.sizes.get(doc) ?? 0) + update.length);
      this.options.onUpdate(replica, update, origin);
    });
    awareness.on(
      'update',
      (
        { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
        origin: unknown,
      ) => this.options.onAwareness(replica, [...added, ...updated, ...removed], origin),
    );
    this.replicas.set(docId, replica);
    return replica;
  }

  /** Stores a change that came from a peer. */
  persist(docId: string, update: Uint8Array): void {
    this.options.store.append(docId, update).catch((error: unknown) => {
      this.options.log(`Could not store a received change of ${docId}: ${String(error)}`);
    });
  }

  /** Drops replicas no longer needed; their documents stay in the durable store. */
  retainOnly(docIds: ReadonlySet<string>): void {
    for (const [docId, replica] of this.replicas) {
      if (docIds.has(docId)) continue;
      this.replicas.delete(docId);
      replica.awareness.destroy();
      replica.doc.destroy();
    }
  }

  /**
   * Drops every open replica and opens the same documents again from the store (its copy was
   * replaced, e.g. by restoring a backup). Anyone still holding an old Replica holds a destroyed
   * one: callers must let go of them first.
   */
  reopenAll(): void {
    const docIds = [...this.replicas.keys()];
    this.destroy();
    for (const docId of docIds) this.open(docId);
  }

  all(): IterableIterator<Replica> {
    return this.replicas.values();
  }

  destroy(): void {
    this.retainOnly(new Set());
  }
}
