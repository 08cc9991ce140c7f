import * as fsPromises from 'node:fs/promises';

/**
 * The file operations the mirror needs, as an interface so tests can inject failures (a full
 * disk) between the mirror and the real file system. `nodeMirrorFs` is the real thing.
 */

export interface MirrorFileHandle {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number | null,
  ): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  truncate(length?: number): Promise<void>;
  close(): Promise<void>;
}

export interface MirrorFs {
  /** `mode` applies when the file is created (0o600 for files only this user may read). */
  open(path: string, flags: string, mode?: number): Promise<MirrorFileHandle>;
  readFile(path: string): Promise<Uint8Array>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const nodeMirrorFs: MirrorFs = {
  open: (path, flags, mode) => fsPromises.open(path, flags, mode),
  readFile: (path) => fsPromises.readFile(path),
  mkdir: (path, options) => fsPromises.mkdir(path, options),
  rename: (from, to) => fsPromises.rename(from, to),
  unlink: (path) => fsPromises.unlink(path),
};

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

const reasons: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  EACCES: 'permission was denied',
  EPERM: 'permission was denied',
  EIO: 'the disk reported an input/output error',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
};

/** A message a person can act on, keeping the system error as `cause`. */
export function diskError(action: 'save to' | 'read from' | 'remove from', error: unknown): Error {
  const code = errorCode(error);
  const reason = (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
  return new Error(`Could not ${action} disk: ${reason}`, { cause: error });
}

/** Writes the whole buffer; `FileHandle.write` may write less than asked. */
export async function writeAll(handle: MirrorFileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset, null);
    if (bytesWritten <= 0) throw new Error('The file system accepted no bytes');
    offset += bytesWritten;
  }
}

/** Reads a file, or null when it does not exist. */
export async function readOptional(fs: MirrorFs, path: string): Promise<Uint8Array | null> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Makes a rename or a new file's directory entry durable. Windows cannot open a directory
 * for fsync (and its file system journals metadata anyway), so that failure is ignored.
 */
export async function syncDirectory(fs: MirrorFs, dir: string): Promise<void> {
  let handle: MirrorFileHandle;
  try {
    handle = await fs.open(dir, 'r');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EISDIR' || code === 'EPERM' || code === 'EACCES') return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw error;
  } finally {
    await handle.close();
  }
}
