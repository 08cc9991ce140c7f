import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { SpaceStore } from '../../../electron/main/sharingLogic/spaceStore';
import { DocumentMirror } from '../../../electron/main/mirror/DocumentMirror';
import { mirrorReplicaStore } from '../../../electron/main/sync/mirrorReplicaStore';
import { SyncEngine } from '../../../electron/main/sync/SyncEngine';
import type { SpaceSyncStatus } from '../../../electron/main/sync/syncStatus';
import type { PeerLink, SyncTransport } from '../../../electron/main/sync/transport';
import type { MirrorStore } from '../../../electron/main/mirror/mirrorStore';
import { tapTransport } from './canary';
import type { Presence } from '../../../shared/sync/awarenessFields';

/**
 * One complete peer as main would run it: a real SpaceStore and DocumentMirror in a temporary
 * folder, the engine, and "renderer" documents wired the way the app wires them (every local
 * edit goes to the mirror and to applyLocalUpdate; the engine's remote updates are applied back
 * with an origin the mirror link skips).
 */

export const FROM_PEER = Symbol('from the peer, via main');

type MirrorLike = MirrorStore & { whenIdle(): Promise<void> };

function memoryMirror(): MirrorLike {
  const stored = new Map<string, Uint8Array[]>();
  return {
    append: (docId, update) => {
      stored.set(docId, [...(stored.get(docId) ?? []), update]);
      return Promise.resolve({ bytesOnDisk: 0 });
    },
    load: (docId) => {
      const updates = stored.get(docId);
      return Promise.resolve({ update: updates ? Y.mergeUpdates(updates) : null, damagedRecords: 0 });
    },
    purge: (docId) => {
      stored.delete(docId);
      return Promise.resolve();
    },
    compactCollected: () => Promise.resolve(),
    whenIdle: () => Promise.resolve(),
  };
}

export interface TestPeer {
  name: string;
  publicKey: string;
  store: SpaceStore;
  engine: SyncEngine;
  links: PeerLink[];
  statuses: SpaceSyncStatus[];
  logs: string[];
  /** Each document main handed to the "window" with a peer's change, in order (one per batch). */
  remoteUpdates: string[];
  /** The peer's presence per document, as main reports it. */
  presence: Map<string, Map<number, Presence>>;
  /** The renderer's copy of a document (created empty on first use). */
  doc(docId: string): Y.Doc;
  /** A document this user created (in their vault): never accepted from a peer. */
  own(docId: string): Y.Doc;
  destroy(): Promise<void>;
}

export async function createTestPeer(options: {
  name: string;
  publicKey: string;
  transport: SyncTransport;
  timers?: boolean;
  /** Keep documents in memory instead of a DocumentMirror on disk (fast fault runs). */
  inMemoryDocuments?: boolean;
}): Promise<TestPeer> {
  const dir = await mkdtemp(join(tmpdir(), `tandem-peer-${options.name}-`));
  const mirror: MirrorLike = options.inMemoryDocuments
    ? memoryMirror()
    : new DocumentMirror({ documentsDir: join(dir, 'documents') });
  const docs = new Map<string, Y.Doc>();
  const own = new Set<string>();
  const logs: string[] = [];
  const statuses: SpaceSyncStatus[] = [];
  const links: PeerLink[] = [];
  const presence = new Map<string, Map<number, Presence>>();
  const remoteUpdates: string[] = [];
  const store = await SpaceStore.open({
    path: join(dir, 'sharing', 'spaces.json'),
    onProblem: (message) => logs.push(message),
    isLocalDocument: (docId) => own.has(docId),
  });
  const engine = new SyncEngine({
    store,
    replicaStore: mirrorReplicaStore(mirror),
    transport: tapTransport(options.name, options.transport, (link) => links.push(link)),
    onRemoteUpdate: (docId, update) => {
      remoteUpdates.push(docId);
      Y.applyUpdate(docFor(docId), update, FROM_PEER);
    },
    onStatus: (status) => statuses.push(status),
    onRemotePresence: (docId, states) => presence.set(docId, states),
    log: (message) => logs.push(message),
    ...(options.timers
      ? { timers: { setTimeout, clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) } }
      : {}),
    backoff: { initialMs: 200, maxMs: 2000 },
  });
  const pendingAppends = new Set<Promise<unknown>>();
  function docFor(docId: string): Y.Doc {
    let doc = docs.get(docId);
    if (!doc) {
      doc = new Y.Doc();
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === FROM_PEER) return;
        const append = mirror.append(docId, update);
        pendingAppends.add(append);
        void append.finally(() => pendingAppends.delete(append));
        engine.applyLocalUpdate(docId, update);
      });
      docs.set(docId, doc);
    }
    return doc;
  }
  await engine.start();
  return {
    name: options.name,
    publicKey: options.publicKey,
    store,
    engine,
    links,
    statuses,
    logs,
    remoteUpdates,
    presence,
    doc: docFor,
    own: (docId) => {
      own.add(docId);
      return docFor(docId);
    },
    destroy: async () => {
      await engine.stop();
      await Promise.allSettled([...pendingAppends]);
      await mirror.whenIdle();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Both sides record each other, as the pairing handshake does. */
export async function pair(a: TestPeer, b: TestPeer, spaceId: string, topic: string): Promise<void> {
  await a.store.addPairedSpace({
    spaceId,
    topic,
    myRole: 'employee',
    peerName: b.name,
    peerPublicKey: b.publicKey,
  });
  await b.store.addPairedSpace({
    spaceId,
    topic,
    myRole: 'manager',
    peerName: a.name,
    peerPublicKey: a.publicKey,
  });
}

export async function waitFor(what: string, condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const text = (peer: TestPeer, docId: string, name = 'body'): string =>
  peer.doc(docId).getText(name).toJSON();

/** Same content and same history seen (state vectors), whatever order map keys were set in. */
export const sameState = (a: Y.Doc, b: Y.Doc): boolean =>
  canonical(Object.fromEntries(Y.decodeStateVector(Y.encodeStateVector(a)))) ===
    canonical(Object.fromEntries(Y.decodeStateVector(Y.encodeStateVector(b)))) &&
  canonical(contentOf(a)) === canonical(contentOf(b));

/** The shared types a test has opened on the document, as JSON. */
function contentOf(doc: Y.Doc): Record<string, unknown> {
  return Object.fromEntries([...doc.share].map(([name, type]) => [name, type.toJSON() as unknown]));
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : 1)))
      : inner,
  );
}
