/**
 * The disk mirror as its users see it: append a document's update durably, load everything
 * stored for a document. DocumentMirror implements it; MirrorSlot puts one behind a door a
 * restore can close; sharing's SyncingMirror also offers each stored update to the sync engine.
 */
export interface MirrorStore {
  append(docId: string, update: Uint8Array): Promise<{ bytesOnDisk: number }>;
  load(docId: string): Promise<{ update: Uint8Array | null; damagedRecords: number }>;
  /**
   * Removes everything stored for a document, damaged copies included (the trash, emptied).
   * Afterwards the document is as if it had never been written.
   */
  purge(docId: string): Promise<void>;
  /**
   * Rewrites a document as one snapshot of its current state with deleted content collected,
   * so what was removed from it (a purged item's title in the vault) is in no record on disk.
   */
  compactCollected(docId: string): Promise<void>;
}
