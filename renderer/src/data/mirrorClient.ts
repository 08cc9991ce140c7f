/**
 * The renderer's side of main's durable disk mirror (see electron/main/mirror). Every local
 * change is also appended there, so losing or corrupting IndexedDB loses nothing.
 */
export interface MirrorClient {
  append(docId: string, update: Uint8Array): Promise<void>;
  load(docId: string): Promise<{ update: Uint8Array | null; damagedRecords: number }>;
  /** Removes everything main stores for an item (the trash, emptied). */
  purge(docId: string): Promise<void>;
  /** Rewrites main's copy of a document without its deleted content. */
  compactCollected(docId: string): Promise<void>;
}

/** The mirror through the preload API, or null where there is none (component tests). */
export function mirrorFromPreload(): MirrorClient | null {
  const api = window.tandem;
  if (!api) return null;
  return {
    append: async (docId, update) => {
      await api.mirror.append({ docId, update });
    },
    load: (docId) => api.mirror.load({ docId }),
    purge: async (docId) => {
      await api.mirror.purge({ docId });
    },
    compactCollected: async (docId) => {
      await api.mirror.compactCollected({ docId });
    },
  };
}
