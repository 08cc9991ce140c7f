import * as Y from 'yjs';
import type { MirrorClient } from './mirrorClient';

/** Origin of updates that came from the disk mirror, so they are not sent back to it. */
export const MIRROR_ORIGIN = Symbol('tandem-mirror');

const MIRROR_BATCH_MS = 250;

/**
 * Keeps one document's disk mirror in step: batches local updates to main, and on `reconcile`
 * merges the mirror's copy in both directions (what IndexedDB lost comes back; what the mirror
 * lacks is sent).
 */
export class MirrorLink {
  private pending: Uint8Array[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private sending: Promise<void> = Promise.resolve();
  private active = true;

  constructor(
    private readonly docId: string,
    private readonly doc: Y.Doc,
    private readonly mirror: MirrorClient,
    private readonly onError: (error: Error | null) => void,
  ) {
    doc.on('update', this.onUpdate);
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === MIRROR_ORIGIN || !this.active) return;
    this.pending.push(update);
    this.timer ??= setTimeout(() => void this.flush(), MIRROR_BATCH_MS);
  };

  /** Merges the mirror's copy into the document and sends the mirror what it is missing. */
  async reconcile(): Promise<{ damagedRecords: number }> {
    const { update, damagedRecords } = await this.mirror.load(this.docId);
    if (update) Y.applyUpdate(this.doc, update, MIRROR_ORIGIN);
    const missing = update
      ? Y.encodeStateAsUpdate(this.doc, Y.encodeStateVectorFromUpdate(update))
      : Y.encodeStateAsUpdate(this.doc);
    if (!isEmptyUpdate(missing)) this.enqueue(missing);
    return { damagedRecords };
  }

  private enqueue(update: Uint8Array): void {
    this.pending.push(update);
    this.timer ??= setTimeout(() => void this.flush(), MIRROR_BATCH_MS);
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.length === 0) return this.sending;
    const batch = Y.mergeUpdates(this.pending);
    this.pending = [];
    this.sending = this.sending
      .then(() => this.mirror.append(this.docId, batch))
      .then(() => this.onError(null))
      .catch((cause: unknown) => {
        this.pending.unshift(batch);
        this.onError(
          new Error(
            `Could not write the backup copy on disk: ${cause instanceof Error ? cause.message : String(cause)}`,
          ),
        );
      });
    return this.sending;
  }

  close(): Promise<void> {
    const done = this.flush();
    this.active = false;
    this.doc.off('update', this.onUpdate);
    return done;
  }
}

/** An update with no structs and no deletions encodes as two zero bytes. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength <= 2 && update.every((b) => b === 0);
}
