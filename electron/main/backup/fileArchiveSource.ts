import { open } from 'node:fs/promises';
import { bytesSource, type ArchiveSource } from '../../../shared/export/zipReader';

/**
 * A backup file read piece by piece where the reader asks (its table of files at the end, then
 * each entry it unpacks), so opening a large backup never holds the whole file in memory beside
 * what it unpacks from it. A file of at most WHOLE_FILE_BYTES (a ten-year journal's is 2 MB) is
 * read in one go instead: a thousand small reads would cost more than holding it.
 */
const WHOLE_FILE_BYTES = 64 * 1024 * 1024;

export async function withArchiveFile<T>(
  path: string,
  use: (source: ArchiveSource) => Promise<T>,
  wholeFileBytes = WHOLE_FILE_BYTES,
): Promise<T> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size <= wholeFileBytes) return await use(bytesSource(new Uint8Array(await handle.readFile())));
    return await use({
      size,
      read: async (offset, length) => {
        const buffer = new Uint8Array(length);
        let filled = 0;
        while (filled < length) {
          const { bytesRead } = await handle.read(buffer, filled, length - filled, offset + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return filled === length ? buffer : buffer.subarray(0, filled);
      },
    });
  } finally {
    await handle.close().catch(() => undefined);
  }
}
