import { open } from 'node:fs/promises';
import type { ArchiveSource } from '../../../shared/export/zipReader';

/**
 * A backup file read piece by piece where the reader asks (its table of files at the end, then
 * each entry it unpacks), so opening a backup never holds the whole file in memory beside what it
 * unpacks from it.
 */
export async function withArchiveFile<T>(
  path: string,
  use: (source: ArchiveSource) => Promise<T>,
): Promise<T> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
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
    await handle.close();
  }
}
