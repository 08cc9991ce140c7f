import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errorCode, nodeMirrorFs, syncDirectory, writeAll, type MirrorFs } from '../mirror/mirrorFs';

/**
 * Writes a whole file or nothing: the bytes go to a temporary file in the same folder (so the
 * rename stays on one file system and is atomic), are fsync'd, and only then take the chosen
 * name; the folder is fsync'd after the rename so the new name survives a power cut. On any
 * failure before the rename (a read-only folder, a full disk) the temporary file is removed and
 * an older file of that name stays as it was, so a PDF or a backup is never left half written.
 */

export interface AtomicWriteOptions {
  /** What is being saved, as the start of the error message ("The PDF", "The backup"). */
  what?: string;
  /** The file calls used, injectable so a test can make the disk "fill up" midway. */
  fs?: MirrorFs;
  /** Permissions of the new file (default 0o666 less the umask); 0o600 for private state. */
  mode?: number;
}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'Tandem is not allowed to write there',
  EPERM: 'Tandem is not allowed to write there',
  EROFS: 'that location is read-only',
  ENOENT: 'that folder does not exist any more',
  ENOTDIR: 'that folder does not exist any more',
  EISDIR: 'a folder already has that name',
  EBUSY: 'the file is in use by another program',
  EIO: 'the disk reported an input/output error',
  ENAMETOOLONG: 'the file name is too long',
};

/** The reason a person can act on, or the system's own message for anything unusual. */
export function reasonForWriteError(error: unknown): string {
  const code = errorCode(error);
  return (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
}

/** A file that could not be saved; `left` says whether anything of it is on disk. */
export class SaveFileError extends Error {
  readonly code: string | undefined;
  readonly reason: string;

  constructor(
    readonly path: string,
    readonly left: 'nothing' | 'unconfirmed',
    what: string,
    cause: unknown,
  ) {
    const reason = reasonForWriteError(cause);
    super(
      left === 'nothing'
        ? `${what} could not be saved to ${path}: ${reason}. Nothing was written there.`
        : `${what} was saved to ${path}, but the disk did not confirm it (${reason}); check the file.`,
      { cause },
    );
    this.name = 'SaveFileError';
    this.code = errorCode(cause);
    this.reason = reason;
  }
}

/** `.<name>.<random>.tmp` beside the target: hidden, and never mistaken for the finished file. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Throws SaveFileError (the system error as `cause`, its code as `code`). */
export async function writeFileAtomically(
  path: string,
  bytes: Uint8Array,
  { what = 'The file', fs = nodeMirrorFs, mode }: AtomicWriteOptions = {},
): Promise<void> {
  const dir = dirname(path);
  const temporary = temporaryPathFor(path);
  let created = false;
  try {
    // 'wx': never follow or reuse something already there under the temporary name.
    const handle = await fs.open(temporary, 'wx', mode);
    created = true;
    try {
      await writeAll(handle, bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, path);
    created = false;
  } catch (error) {
    if (created) await fs.unlink(temporary).catch(() => undefined);
    throw new SaveFileError(path, 'nothing', what, error);
  }
  try {
    await syncDirectory(fs, dir);
  } catch (error) {
    throw new SaveFileError(path, 'unconfirmed', what, error);
  }
}

/**
 * A small JSON state file (consent, identity, reminders, window place), written whole or not at
 * all as above, its folder created first. Pretty-printed so a person can read it.
 */
export async function writeJsonFileAtomically(
  path: string,
  value: unknown,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeMirrorFs;
  await fs.mkdir(dirname(path), { recursive: true });
  await writeFileAtomically(path, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`), options);
}
