import { join } from 'node:path';
import DHT from 'hyperdht';
import type { MirrorStore } from '../mirror/mirrorStore';
import { webContentsEventSink, type EventTarget } from '../mainEventSink';
import { createSafeStorageProtector } from '../sharingLogic/safeStorageProtector.electron';
import { mirroredDocIds } from '../mirror/docFolder';
import { startSharingRuntime, type SharedDht, type SharingRuntime } from './sharingRuntime';

/**
 * The Electron side of sharing, and nothing more: the identity's key protected by safeStorage,
 * a HyperDHT node on the public network, and events sent to the main window's webContents.
 * Everything else is sharingRuntime.ts, which runs in plain Node.
 */

export interface StartSharingOptions {
  userDataDir: string;
  /** The disk mirror itself; the IPC handlers get the returned SyncingMirror (`mirror`). */
  mirror: MirrorStore;
  /** The window's webContents right now, or null when there is no window. */
  webContents: () => EventTarget | null;
  log: (message: string) => void;
  /** Tests pass a loopback testnet node; the app joins the public DHT. */
  createDht?: () => SharedDht;
  platform?: NodeJS.Platform;
  /** `app.getVersion()`, said to peers with this installation's schema versions. */
  appVersion?: string;
}

export function startSharing(options: StartSharingOptions): Promise<SharingRuntime> {
  return startSharingRuntime({
    sharingDir: join(options.userDataDir, 'sharing'),
    protector: createSafeStorageProtector(options.platform),
    // hyperdht ships no types; its node offers the createServer/connect pairing uses.
    createDht: options.createDht ?? (() => new DHT() as unknown as SharedDht),
    mirror: options.mirror,
    events: webContentsEventSink(options.webContents, options.log),
    localDocumentIds: () => mirroredDocIds(join(options.userDataDir, 'documents')),
    log: options.log,
    ...(options.appVersion ? { appVersion: options.appVersion } : {}),
  });
}
