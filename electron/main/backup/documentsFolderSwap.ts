import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { RecordCipher } from '../atRest/recordCipher';
import type { BackupDocument } from '../../../shared/export/backupArchive';
import { docFolderName } from '../mirror/docFolder';
import { mirrorCodec, writeSnapshotDurably } from '../mirror/documentFiles';
import { errorCode, syncDirectory, type MirrorFs } from '../mirror/mirrorFs';

/**
 * Restoring replaces the whole disk mirror (`<userData>/documents`) in two renames: the
 * backup's documents are first written, fsync'd, to a staging folder beside it; then the
 * current folder is renamed aside (kept, never deleted) and the staging folder renamed into
 * its place. A failure before the renames removes the staging folder and changes nothing.
 */

const WRITERS = 16;

export interface SwapResult {
  /** Where the documents from before the restore were kept, or null when there were none. */
  previousFolder: string | null;
}

export async function replaceDocumentsFolder(
  fs: MirrorFs,
  documentsDir: string,
  documents: readonly BackupDocument[],
  stamp: string,
  { cipher = null, onProgress }: { cipher?: RecordCipher | null; onProgress?: (done: number) => void } = {},
): Promise<SwapResult> {
  const parent = dirname(documentsDir);
  const staging = join(parent, `${basename(documentsDir)}.restoring-${stamp}`);
  try {
    await fs.mkdir(staging, { recursive: true });
    // Several at a time: each snapshot is fsync'd, and the disk can flush them together.
    let next = 0;
    let done = 0;
    let failed = false;
    const worker = async () => {
      while (next < documents.length && !failed) {
        const document = documents[next++];
        if (!document) break;
        const dir = join(staging, docFolderName(document.docId));
        await fs.mkdir(dir, { recursive: true });
        // Sealed as DocumentMirror seals it.
        await writeSnapshotDurably(fs, dir, document.update, mirrorCodec(cipher, document.docId));
        onProgress?.(++done);
      }
    };
    // Every writer must have stopped before the staging folder is removed on failure: with
    // Promise.all the others would go on writing into it (re-creating it) after the clean-up.
    const results = await Promise.allSettled(
      Array.from({ length: Math.min(WRITERS, documents.length) }, () =>
        worker().catch((error: unknown) => {
          failed = true;
          throw error;
        }),
      ),
    );
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
    await syncDirectory(fs, staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  const previous = join(parent, `${basename(documentsDir)}.before-restore-${stamp}`);
  let moved = false;
  try {
    await fs.rename(documentsDir, previous);
    moved = true;
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') {
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
  }
  try {
    await fs.rename(staging, documentsDir);
  } catch (error) {
    if (moved) await fs.rename(previous, documentsDir).catch(() => undefined);
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fs, parent);
  return { previousFolder: moved ? previous : null };
}
