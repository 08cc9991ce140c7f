import { join } from 'node:path';
import type { MirrorStore } from '../mirror/mirrorStore';
import type { MainEventSink } from '../mainEventSink';
import { HyperswarmTransport } from '../sync/hyperswarmTransport';
import { mirrorReplicaStore } from '../sync/mirrorReplicaStore';
import { SyncEngine } from '../sync/SyncEngine';
import { IdentityStore, IDENTITY_FILE, type SecretProtector } from '../sharingLogic/identity';
import { InvitationStore, INVITATIONS_FILE } from '../sharingLogic/invitationStore';
import type { PairingDht } from '../sharingLogic/pairingTransport';
import { LocalSharingService, type SharingService } from '../sharingLogic/sharingService';
import { consentEvents } from '../sharingLogic/consentEvents';
import { ConsentLog } from '../sharingLogic/consentLog';
import { SpaceStore } from '../sharingLogic/spaceStore';
import { PresenceRelay } from './presenceRelay';
import { SyncingMirror } from './syncingMirror';

/**
 * Sharing as main runs it, Electron-free: identity, invitations, consent, pairing and the sync
 * engine over one HyperDHT node, joined to the disk mirror and to the window's events.
 *
 * - Every renderer edit reaches the engine through the returned SyncingMirror (hand it to the IPC
 *   handlers): stored first, then offered to the engine, which sends it only if that document is
 *   shared in a space both people have switched on.
 * - A peer's edit is stored by the engine in the disk mirror it was given, then sent to the
 *   window as a `remoteUpdate` event; sync status and consent changes go out as events too.
 * - The engine's Noise key is the identity's key pair, which exists only once the user has one
 *   (a keystore, or consent to an unprotected key). The engine starts once that exists and there
 *   is a space (or an invitation awaiting its answer): at start-up, after consent, or on pairing.
 *   Before that nothing touches the network.
 *
 * The Electron adapter (startSharing.electron.ts) supplies the safeStorage protector, a public DHT node
 * and the window; the e2e harness supplies a test protector and a loopback testnet node.
 */

export const SPACES_FILE = 'spaces.json';
/** The consent record of every space, hash-chained (sharingLogic/consentLog.ts). */
export const CONSENT_RECORD_FILE = 'consent-record.jsonl';

/** A HyperDHT node: pairing uses it directly, Hyperswarm takes it over (and destroys it). */
export type SharedDht = PairingDht & { destroy(): Promise<void> };

export interface SharingRuntimeOptions {
  /** `<userData>/sharing` */
  sharingDir: string;
  protector: SecretProtector;
  /** Called at most once, when pairing or sync first needs the network. */
  createDht: () => SharedDht;
  /** The disk mirror itself (not a SyncingMirror): replicas load from it, peers' edits go to it. */
  mirror: MirrorStore;
  events: MainEventSink;
  log: (message: string) => void;
  pairingTimeoutMs?: number;
  /** Delay before looking for an unreachable peer again, doubling up to `maxMs`. */
  backoff?: { initialMs: number; maxMs: number };
  /** The documents already in the mirror at start (mirror/docFolder.ts); none if omitted. */
  localDocumentIds?: () => Promise<Iterable<string>>;
  /** This installation's version, said to peers (with its schema versions) on every connection. */
  appVersion?: string;
}

export interface SharingRuntime {
  service: SharingService;
  /** The mirror for the IPC handlers: appends are stored, then offered to the sync engine. */
  mirror: SyncingMirror;
  spaces: SpaceStore;
  /** One-on-one presence between the window and the engine (hand it to the IPC handlers). */
  presence: PresenceRelay;
  /** The running engine, or null before there is an identity. */
  engine(): SyncEngine | null;
  /** Starts the engine if the identity exists (it is also started on its own); null if not. */
  ensureEngine(): Promise<SyncEngine | null>;
  /** This installation's identity (backup reads and restores its key through identityBackup.ts). */
  identity: IdentityStore;
  /**
   * A backup was restored (the mirror's folder swapped, maybe the identity replaced): the engine
   * reloads its replicas from the mirror, or starts over when the identity's key changed.
   */
  reloadAfterRestore(): Promise<void>;
  close(): Promise<void>;
}

export async function startSharingRuntime(options: SharingRuntimeOptions): Promise<SharingRuntime> {
  const { log, events } = options;
  // This user's own documents: in the mirror at start or edited here, and not received from a
  // peer. A peer that offers one of them is ignored (accepting would send it to them).
  const ownDocuments = new Set<string>();
  const receivedFromPeer = (docId: string) =>
    spaces
      .list()
      .some((space) => Object.hasOwn(space.items, docId) && space.items[docId]?.offeredBy === 'peer');
  const consentLog = new ConsentLog(join(options.sharingDir, CONSENT_RECORD_FILE));
  const spaces: SpaceStore = await SpaceStore.open({
    path: join(options.sharingDir, SPACES_FILE),
    onProblem: log,
    onChanged: (before, after) => void consentLog.record(after.spaceId, consentEvents(before, after), log),
    isLocalDocument: (docId) => ownDocuments.has(docId) && !receivedFromPeer(docId),
  });
  try {
    for (const docId of (await options.localDocumentIds?.()) ?? []) ownDocuments.add(docId);
  } catch (error) {
    log(`Could not list the documents on disk: ${String(error)}`);
  }
  const identity = new IdentityStore({
    path: join(options.sharingDir, IDENTITY_FILE),
    protector: options.protector,
  });
  let dht: SharedDht | null = null;
  const sharedDht = (): SharedDht => (dht ??= options.createDht());
  let engine: SyncEngine | null = null;
  let starting: Promise<SyncEngine | null> | null = null;
  let closed = false;
  let closing: Promise<void> | null = null;
  const presence = new PresenceRelay(() => engine, events);

  const invitations = new InvitationStore(join(options.sharingDir, INVITATIONS_FILE));
  // The network is joined only when there is something to do there: a space, or an invitation
  // waiting for its answer. Someone who never shares never contacts a DHT node.
  const hasNetworkWork = async (): Promise<boolean> =>
    spaces.list().some((space) => !space.left) ||
    (await invitations.issued()).some(
      (record) => record.status === 'pending' && record.expiresAt > Date.now(),
    );
  const createLocal = () =>
    new LocalSharingService({
      identity,
      invitations,
      spaces,
      // Made only when pairing really listens or connects (a pairing host is set up even when
      // no invitation is waiting).
      dht: () =>
        Promise.resolve({
          createServer: (serverOptions, onConnection) =>
            sharedDht().createServer(serverOptions, onConnection),
          connect: (remotePublicKey, connectOptions) => sharedDht().connect(remotePublicKey, connectOptions),
        }),
      syncStatus: (spaceId) => engine?.status(spaceId),
      consentLog,
      log,
      ...(options.pairingTimeoutMs ? { pairingTimeoutMs: options.pairingTimeoutMs } : {}),
    });
  // Replaced when a restored identity restarts the network (reloadAfterRestore).
  let local = createLocal();
  /** The public key the running engine's transport was made with. */
  let engineKey: string | null = null;

  const startEngine = async (): Promise<SyncEngine | null> => {
    if ((await identity.status()).state !== 'ready' || closed || !(await hasNetworkWork())) return null;
    const engineKeyPair = await identity.keyPair();
    engineKey = engineKeyPair.publicKey.toString('hex');
    const created = new SyncEngine({
      store: spaces,
      // Unwrapped: a peer's change stored here must not come back as a local edit.
      replicaStore: mirrorReplicaStore(options.mirror),
      transport: new HyperswarmTransport({
        keyPair: engineKeyPair,
        dht: sharedDht(),
        // A reset connection is ordinary on a network; say so without alarm.
        onError: (error) => log(`Sharing connection: ${error.message}`),
      }),
      onRemoteUpdate: (docId, update) => events.send('remoteUpdate', { docId, update }),
      onRemotePresence: (docId, people) => presence.remoteChanged(docId, people),
      onStatus: (status) => events.send('syncStatus', status),
      log,
      ...(options.appVersion ? { appVersion: options.appVersion } : {}),
      timers: { setTimeout, clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) },
      ...(options.backoff ? { backoff: options.backoff } : {}),
    });
    engine = created;
    try {
      await created.start();
    } catch (error) {
      // Stopping the engine destroys the DHT node too; a later attempt makes a fresh one.
      engine = null;
      await created.stop().catch(() => undefined);
      dht = null;
      throw error;
    }
    // Invitations issued before a restart are answered again (sync runs either way).
    await local.start().catch((error: unknown) => log(`Pending invitations: ${String(error)}`));
    return created;
  };

  // Asked again while an attempt is under way: that attempt may have looked too early.
  let askedAgain = false;
  const ensureEngine = (): Promise<SyncEngine | null> => {
    if (starting) {
      askedAgain = true;
      return starting;
    }
    askedAgain = false;
    starting = startEngine().then(
      (started) => {
        if (started !== null) return started;
        // Not yet (no identity, nothing to sync): try afresh next time rather than remember "no".
        starting = null;
        return askedAgain ? ensureEngine() : null;
      },
      (error: unknown) => {
        log(`Sharing could not start: ${error instanceof Error ? error.message : String(error)}`);
        starting = null;
        return null;
      },
    );
    return starting;
  };

  const unsubscribe = spaces.subscribe((spaceId) => {
    events.send('spacesChanged', { spaceId });
    // A new pairing is the usual first reason to sync.
    if (engine === null) void ensureEngine();
  });

  // Whenever the identity is (or becomes) ready, the engine must be running.
  const startingWhenReady = async <T>(answer: Promise<T>, isReady: (value: T) => boolean): Promise<T> => {
    const value = await answer;
    if (isReady(value)) await ensureEngine();
    return value;
  };

  const service: SharingService = {
    identity: () => startingWhenReady(local.identity(), (view) => view.state === 'ready'),
    allowUnprotectedKey: () =>
      startingWhenReady(local.allowUnprotectedKey(), (view) => view.state === 'ready'),
    createInvitation: (args) => local.createInvitation(args),
    consentRecord: (spaceId) => local.consentRecord(spaceId),
    previewInvitation: (code) => local.previewInvitation(code),
    acceptInvitation: (code, myName) => local.acceptInvitation(code, myName),
    listSpaces: () => local.listSpaces(),
    setSharing: (spaceId, on) => local.setSharing(spaceId, on),
    proposeItem: (spaceId, docId, item) => local.proposeItem(spaceId, docId, item),
    respondToProposal: (spaceId, docId, accept) => local.respondToProposal(spaceId, docId, accept),
    unshareItem: (spaceId, docId) => local.unshareItem(spaceId, docId),
    leave: (spaceId) => local.leave(spaceId),
    confirmSummary: (args) => local.confirmSummary(args),
    verifyConfirmations: (spaceId, confirmations) => local.verifyConfirmations(spaceId, confirmations),
  };

  const mirror = new SyncingMirror(
    options.mirror,
    (docId, update) => {
      ownDocuments.add(docId);
      engine?.applyLocalUpdate(docId, update);
    },
    (docId) => ownDocuments.delete(docId),
  );

  // An identity and spaces from earlier: start syncing now, without holding up the window.
  void ensureEngine();

  return {
    service,
    mirror,
    spaces,
    presence,
    engine: () => engine,
    ensureEngine,
    identity,
    reloadAfterRestore,
    close: () => (closing ??= closeOnce()),
  };

  async function reloadAfterRestore(): Promise<void> {
    if (closed) return;
    await starting;
    try {
      for (const docId of (await options.localDocumentIds?.()) ?? []) ownDocuments.add(docId);
    } catch (error) {
      log(`Could not list the restored documents: ${String(error)}`);
    }
    const running = engine;
    if (running === null) {
      // No network yet; a restored identity may be what it was waiting for.
      await ensureEngine();
      return;
    }
    const key = (await identity.existingKeyPair())?.publicKey.toString('hex') ?? null;
    if (key === engineKey) {
      running.reloadReplicas();
      return;
    }
    // A new Noise key: the swarm (and the DHT node it owns) and pairing start over with it.
    engine = null;
    starting = null;
    await local.close().catch((error: unknown) => log(`Closing pairing: ${String(error)}`));
    local = createLocal();
    await running.stop();
    dht = null;
    await ensureEngine();
  }

  async function closeOnce(): Promise<void> {
    closed = true;
    unsubscribe();
    await starting;
    await local.close().catch((error: unknown) => log(`Closing pairing: ${String(error)}`));
    // The swarm owns the DHT node once the engine exists and destroys it with itself.
    if (engine) await engine.stop();
    else await dht?.destroy();
    await spaces.whenSaved();
  }
}
