import * as Y from 'yjs';
import type { MirrorClient } from './mirrorClient';
import { reasonOf, SaveProblem } from './saveProblem';

/** Origin of updates that came from the disk mirror, so they are not sent back to it. */
export const MIRROR_ORIGIN = Symbol('tandem-mirror');

const MIRROR_BATCH_MS = 250;
/**
 * For a document shared with someone: main sends each change on to them once it has it, so a
 * long batch would be felt as lag (the e2e measured ~280 ms edit-to-screen, 250 of it here).
 */
export const SHARED_MIRROR_BATCH_MS = 40;
/** After a failed write the batch is retried on its own, backing off up to half a minute. */
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

/**
 * Keeps one document's disk mirror in step: batches local updates to main, and on `reconcile`
 * merges the mirror's copy in both directions (what IndexedDB lost comes back; what the mirror
 * lacks is sent).
 *
 * `isBusy()` is true while any local change has not yet been acknowledged by main, so the save
 * indicator can say "saved" only once a change is on disk too. A failed write keeps its batch in
 * memory and retries with backoff until the disk takes it (full disk, read-only folder).
 */
export class MirrorLink {
  private pending: Uint8Array[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private sending: Promise<void> = Promise.resolve();
  private inFlight = 0;
  private retryDelay = RETRY_FIRST_MS;
  private active = true;
  private batchMs = MIRROR_BATCH_MS;
  private reconciling: Promise<void> = Promise.resolve();

  constructor(
    private readonly docId: string,
    private readonly doc: Y.Doc,
    private readonly mirror: MirrorClient,
    private readonly onError: (error: Error | null) => void,
    private readonly onBusyChange: () => void = () => undefined,
  ) {
    doc.on('update', this.onUpdate);
  }

  /** Shorter batches while the document is shared (SHARED_MIRROR_BATCH_MS), normal otherwise. */
  setShared(shared: boolean): void {
    this.batchMs = shared ? SHARED_MIRROR_BATCH_MS : MIRROR_BATCH_MS;
  }

  isBusy(): boolean {
    return this.pending.length > 0 || this.inFlight > 0;
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === MIRROR_ORIGIN || !this.active) return;
    this.enqueue(update);
  };

  /** Merges the mirror's copy into the document and sends the mirror what it is missing. */
  reconcile(): Promise<{ damagedRecords: number }> {
    const run = this.mergeWithMirror();
    this.reconciling = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async mergeWithMirror(): Promise<{ damagedRecords: number }> {
    const { update, damagedRecords } = await this.mirror.load(this.docId);
    if (update) Y.applyUpdate(this.doc, update, MIRROR_ORIGIN);
    const missing = update
      ? Y.encodeStateAsUpdate(this.doc, Y.encodeStateVectorFromUpdate(update))
      : Y.encodeStateAsUpdate(this.doc);
    if (!isEmptyUpdate(missing)) this.enqueue(missing);
    return { damagedRecords };
  }

  private enqueue(update: Uint8Array): void {
    const wasBusy = this.isBusy();
    this.pending.push(update);
    this.timer ??= setTimeout(() => void this.flush(), this.batchMs);
    if (!wasBusy) this.onBusyChange();
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.length === 0) return this.sending;
    const batch = Y.mergeUpdates(this.pending);
    this.pending = [];
    this.inFlight++;
    this.sending = this.sending
      .then(() => this.mirror.append(this.docId, batch))
      .then(
        () => {
          this.retryDelay = RETRY_FIRST_MS;
          this.onError(null);
        },
        (cause: unknown) => {
          this.pending.unshift(batch);
          this.onError(
            new SaveProblem(
              'mirrorWrite',
              reasonOf(cause),
              `Could not write the backup copy on disk (${reasonOf(cause)}). ` +
                'Your changes are kept and Tandem keeps trying.',
            ),
          );
          this.scheduleRetry();
        },
      )
      .finally(() => {
        this.inFlight--;
        if (!this.isBusy()) this.onBusyChange();
      });
    return this.sending;
  }

  private scheduleRetry(): void {
    if (!this.active || this.timer) return;
    this.timer = setTimeout(() => void this.flush(), this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
  }

  /**
   * Sends what is batched and stops. A reconcile still under way finishes first: what it finds
   * the mirror lacks is sent with the last batch, never queued after the link has closed.
   */
  async close(): Promise<void> {
    await this.reconciling;
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
