/**
 * The disk mirror as its users see it: append a document's update durably, load everything
 * stored for a document. DocumentMirror implements it; MirrorSlot puts one behind a door a
 * restore can close; sharing's SyncingMirror also offers each stored update to the sync engine.
 */
export interface MirrorStore {
  append(docId: string, update: Uint8Array): Promise<{ bytesOnDisk: number }>;
  load(docId: string): Promise<{ update: Uint8Array | null; damagedRecords: number }>;
}
