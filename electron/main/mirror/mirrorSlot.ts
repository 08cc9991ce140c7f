import type { MirrorStore } from './mirrorStore';

/** What the slot needs of a disk mirror (DocumentMirror has all of it). */
export interface SlotMirror extends MirrorStore {
  isIdle(): boolean;
  whenIdle(): Promise<void>;
}

/**
 * The disk mirror the IPC handlers talk to, with a way to swap the folder under it (restoring a
 * backup). While a swap runs, new calls wait; afterwards a fresh mirror serves them, so nothing
 * the old one cached about the old folder (log sizes, fsync'd entries) is used on the new one.
 */
export class MirrorSlot<M extends SlotMirror = SlotMirror> implements SlotMirror {
  private mirror: M;
  private gate: Promise<void> = Promise.resolve();

  constructor(private readonly create: () => M) {
    this.mirror = create();
  }

  get current(): M {
    return this.mirror;
  }

  append(docId: string, update: Uint8Array): Promise<{ bytesOnDisk: number }> {
    return this.gate.then(() => this.mirror.append(docId, update));
  }

  load(docId: string): Promise<{ update: Uint8Array | null; damagedRecords: number }> {
    return this.gate.then(() => this.mirror.load(docId));
  }

  purge(docId: string): Promise<void> {
    return this.gate.then(() => this.mirror.purge(docId));
  }

  compactCollected(docId: string): Promise<void> {
    return this.gate.then(() => this.mirror.compactCollected(docId));
  }

  isIdle(): boolean {
    return this.mirror.isIdle();
  }

  whenIdle(): Promise<void> {
    return this.gate.then(() => this.mirror.whenIdle());
  }

  /**
   * Runs `swap` once every queued write has finished, holding new calls until it is done. If
   * it fails the old mirror carries on (a swap must leave the folder as it was when it fails).
   */
  replaceFolder(swap: () => Promise<void>): Promise<void> {
    const run = this.gate.then(async () => {
      await this.mirror.whenIdle();
      await swap();
      this.mirror = this.create();
    });
    this.gate = run.catch(() => undefined);
    return run;
  }
}
