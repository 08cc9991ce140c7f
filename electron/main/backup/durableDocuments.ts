import * as Y from 'yjs';
import type { BackupDocument } from '../../../shared/export/backupArchive';
import type { BackupLeftOut } from '../../../shared/export/exportIpc';
import type { MirrorStore } from '../mirror/mirrorStore';
import { listMirrorFolders } from '../mirror/docFolder';

/**
 * What a full backup holds: the durable copy of every document (main's disk mirror) merged with
 * the window's copy of it, which may carry edits the mirror has not acknowledged yet. Documents
 * only the mirror has — the window's database was lost, or a peer's change arrived while no window
 * was open — are in it too. Whatever cannot be read from either copy is named, never dropped in
 * silence.
 */

const READERS = 8;

export interface DurableDocuments {
  documents: BackupDocument[];
  leftOut: BackupLeftOut[];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Both copies as one update; the window's alone when the mirror has none, and the other way round. */
function mergeCopies(mirrored: Uint8Array | null, fromWindow: Uint8Array | undefined): Uint8Array | null {
  if (mirrored === null) return fromWindow ?? null;
  if (fromWindow === undefined) return mirrored;
  return Y.mergeUpdates([mirrored, fromWindow]);
}

export async function collectDurableDocuments(options: {
  mirror: Pick<MirrorStore, 'load'>;
  documentsDir: string;
  /** What the window read from its own database. */
  fromWindow: readonly BackupDocument[];
  /** Documents the window has but could not read (its stored bytes are damaged). */
  unreadableInWindow: readonly string[];
}): Promise<DurableDocuments> {
  const windowCopies = new Map(options.fromWindow.map((d) => [d.docId, d.update]));
  const unreadable = new Set(options.unreadableInWindow);
  const { docIds, unnamedFolders } = await listMirrorFolders(options.documentsDir);
  const ids = [...new Set([...windowCopies.keys(), ...unreadable, ...docIds])];
  const read = new Array<BackupDocument | BackupLeftOut | null>(ids.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < ids.length) {
      const index = next++;
      const docId = ids[index] as string;
      const fromWindow = windowCopies.get(docId);
      let mirrored: Uint8Array | null = null;
      let mirrorProblem: string | null = null;
      try {
        mirrored = (await options.mirror.load(docId)).update;
      } catch (error) {
        mirrorProblem = messageOf(error);
      }
      const update = mergeCopies(mirrored, fromWindow);
      if (update !== null) read[index] = { docId, update };
      else if (mirrorProblem !== null || unreadable.has(docId))
        read[index] = {
          docId,
          folder: null,
          reason:
            mirrorProblem === null
              ? 'its data in this window is damaged and there is no copy on disk'
              : `the copy on disk could not be read (${mirrorProblem})` +
                (unreadable.has(docId) ? ' and the one in this window is damaged' : ''),
        };
      else read[index] = null;
    }
  };
  await Promise.all(Array.from({ length: Math.min(READERS, ids.length) }, worker));
  const documents: BackupDocument[] = [];
  const leftOut: BackupLeftOut[] = unnamedFolders.map((folder) => ({
    docId: null,
    folder,
    reason: 'its folder on disk does not name a Tandem document',
  }));
  for (const entry of read) {
    if (entry === null) continue;
    if ('update' in entry) documents.push(entry);
    else leftOut.push(entry);
  }
  return { documents, leftOut };
}
