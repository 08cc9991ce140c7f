import type { MirrorStore } from '../mirror/mirrorStore';

/**
 * The disk mirror as the window writes to it while sharing runs: each update is stored first,
 * then handed on (to the sync engine, which sends it only where both people have the document
 * shared and switched on). So an edit the engine sends is always one the disk already has.
 *
 * The engine itself stores a peer's edits in the plain disk mirror it was given, never in this
 * one, so they are not handed back to it as if they were this user's.
 */
export class SyncingMirror implements MirrorStore {
  constructor(
    private readonly disk: MirrorStore,
    private readonly stored: (docId: string, update: Uint8Array) => void,
    private readonly purged: (docId: string) => void = () => undefined,
  ) {}

  async append(docId: string, update: Uint8Array): Promise<{ bytesOnDisk: number }> {
    const written = await this.disk.append(docId, update);
    this.stored(docId, update);
    return written;
  }

  load(docId: string): Promise<{ update: Uint8Array | null; damagedRecords: number }> {
    return this.disk.load(docId);
  }

  /** The item is withdrawn from every space before it is purged (renderer, features/trash). */
  async purge(docId: string): Promise<void> {
    await this.disk.purge(docId);
    this.purged(docId);
  }

  compactCollected(docId: string): Promise<void> {
    return this.disk.compactCollected(docId);
  }
}
