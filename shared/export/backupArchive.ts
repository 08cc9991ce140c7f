import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { z } from 'zod';
import { docIdSchema } from '../ipc/contract';
import { describeFirstIssue } from '../schema/validation';
import { findUnreadableDocuments } from './documentCheck';
import { describeUnrestorable } from './documentNames';
import { BACKUP_LAYOUT, LAYOUT_FILE } from './backupLayout';
import { UNIX_FILE_ENTRY } from './zipAttributes';
import {
  bytesSource,
  readZipDirectory,
  readZipEntry,
  ZipFormatError,
  type ArchiveSource,
  type ZipEntry,
} from './zipReader';

/**
 * The full-backup file: a ZIP archive (readable with any unzip tool, and one file to save
 * atomically) holding
 *   manifest.json           format, version, when, and a SHA-256 for every other entry
 *   LAYOUT.txt              how the documents are laid out, for reading them without Tandem
 *   documents/<n>.yjs       each document's whole Yjs state (Y.encodeStateAsUpdate)
 *   settings/<name>         local settings files, byte for byte
 *   identity.enc            only if asked for: the sharing identity, encrypted (scrypt + AES-256-GCM)
 *   sharing-spaces.enc      only with identity.enc: the sharing relationships (consent records),
 *                           encrypted with the same passphrase-derived key (they name people)
 * Yjs state is kept as it is, so a restore reproduces each document exactly, state vector and all.
 * Reading checks everything before anything is restored: a damaged, cut-short or foreign file
 * is refused as a whole.
 */

export const BACKUP_FORMAT = 'tandem-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const IDENTITY_FILE = 'identity.enc';
export const SPACES_FILE = 'sharing-spaces.enc';

/**
 * What reading a backup may cost, checked from the archive's own table of files before anything is
 * unpacked (and, for each entry, again while it unpacks): a small file cannot make main unpack
 * gigabytes. A ten-year journal is about 600 documents and 4 MB unpacked.
 */
export interface BackupReadLimits {
  readonly maxDocuments: number;
  /** One document's Yjs state, unpacked. */
  readonly maxDocumentBytes: number;
  /** Everything the manifest lists, unpacked together: what a restore holds in memory at most. */
  readonly maxTotalBytes: number;
  readonly maxManifestBytes: number;
  /** The table of files at the end of the archive. */
  readonly maxDirectoryBytes: number;
}

export const BACKUP_READ_LIMITS: BackupReadLimits = {
  maxDocuments: 50_000,
  maxDocumentBytes: 64 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxManifestBytes: 16 * 1024 * 1024,
  maxDirectoryBytes: 32 * 1024 * 1024,
};

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const entryName = z
  .string()
  .regex(/^[A-Za-z0-9._/-]{1,200}$/)
  .refine((n) => !n.split('/').includes('..'));

export const identityEnvelopeSchema = z.object({
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(1024)
      .max(2 ** 22),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: base64,
  }),
  cipher: z.literal('aes-256-gcm'),
  iv: base64,
});
export type IdentityEnvelope = z.infer<typeof identityEnvelopeSchema>;

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.string(),
  app: z.object({ name: z.string(), version: z.string() }),
  documents: z
    .array(z.object({ docId: docIdSchema, file: entryName, sha256: sha256Hex }))
    .max(BACKUP_READ_LIMITS.maxDocuments),
  settings: z
    .array(
      z.object({ name: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/), file: entryName, sha256: sha256Hex }),
    )
    .max(32),
  identity: identityEnvelopeSchema.extend({ file: entryName, sha256: sha256Hex }).nullable(),
  // Absent in backups made before the layout description was added.
  layout: z.object({ file: entryName, sha256: sha256Hex }).optional(),
  // Absent in backups made before relationships travelled with the identity.
  spaces: z
    .object({ cipher: z.literal('aes-256-gcm'), iv: base64, file: entryName, sha256: sha256Hex })
    .nullable()
    .optional(),
});

export interface BackupDocument {
  docId: string;
  update: Uint8Array;
}

export interface BackupSetting {
  name: string;
  bytes: Uint8Array;
}

export interface EncryptedIdentity extends IdentityEnvelope {
  /** AES-GCM ciphertext with its 16-byte tag at the end. */
  ciphertext: Uint8Array;
}

/** An entry sealed with the identity's passphrase-derived key (same scrypt salt and cost). */
export interface SealedEntry {
  cipher: 'aes-256-gcm';
  iv: string;
  /** AES-GCM ciphertext with its 16-byte tag at the end. */
  ciphertext: Uint8Array;
}

export interface BackupContents {
  createdAt: string;
  app: { name: string; version: string };
  documents: BackupDocument[];
  settings: BackupSetting[];
  identity: EncryptedIdentity | null;
  /** The sharing relationships, only ever beside `identity` (null or absent: none in the backup). */
  spaces?: SealedEntry | null;
}

export type BackupErrorReason =
  'not-a-backup' | 'damaged' | 'newer' | 'foreign' | 'too-large' | 'too-many' | 'duplicate' | 'unreadable';

export class BackupArchiveError extends Error {
  constructor(
    readonly reason: BackupErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'BackupArchiveError';
  }
}

const subtle = (
  globalThis as unknown as { crypto: { subtle: { digest(a: string, d: Uint8Array): Promise<ArrayBuffer> } } }
).crypto.subtle;

export async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** Deflate level 1: Yjs text shrinks to about half, and level 6 costs much more time for little more. */
const LEVEL = 1;

export async function buildBackupArchive(contents: BackupContents): Promise<Uint8Array> {
  const files: Zippable = {};
  const documents = await Promise.all(
    contents.documents.map(async ({ docId, update }, i) => {
      const file = `documents/${String(i).padStart(6, '0')}.yjs`;
      files[file] = update;
      return { docId: docIdSchema.parse(docId), file, sha256: await sha256(update) };
    }),
  );
  const settings = await Promise.all(
    contents.settings.map(async ({ name, bytes }) => {
      const file = `settings/${name}`;
      files[file] = bytes;
      return { name, file, sha256: await sha256(bytes) };
    }),
  );
  let identity = null;
  if (contents.identity) {
    const { ciphertext, ...envelope } = contents.identity;
    files[IDENTITY_FILE] = ciphertext;
    identity = { ...envelope, file: IDENTITY_FILE, sha256: await sha256(ciphertext) };
  }
  let spaces = null;
  if (contents.spaces) {
    // Without the key they belong to they are useless, and must not name people on their own.
    if (!contents.identity) throw new Error('Sharing relationships go into a backup only with the identity.');
    const { ciphertext, ...envelope } = contents.spaces;
    files[SPACES_FILE] = ciphertext;
    spaces = { ...envelope, file: SPACES_FILE, sha256: await sha256(ciphertext) };
  }
  const layout = strToU8(BACKUP_LAYOUT);
  const manifest: z.infer<typeof manifestSchema> = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: contents.createdAt,
    app: contents.app,
    documents,
    settings,
    identity,
    spaces,
    layout: { file: LAYOUT_FILE, sha256: await sha256(layout) },
  };
  // The manifest goes first so a person unzipping the file sees what it is.
  return zipSync(
    {
      [MANIFEST_FILE]: strToU8(JSON.stringify(manifest, null, 2)),
      [LAYOUT_FILE]: layout,
      ...files,
    },
    { level: LEVEL, mtime: new Date(contents.createdAt), ...UNIX_FILE_ENTRY },
  );
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Entries beside the documents: manifest, settings, identity, relationships, the layout notes. */
const OTHER_ENTRIES = 64;
const NOTHING = 'Nothing was restored.';

function megabytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.max(1, Math.round(bytes / 1e6))} MB`;
}

function zipRefusal(error: ZipFormatError): BackupArchiveError {
  switch (error.problem) {
    case 'not-zip':
      // It starts as a ZIP archive (checked first) and has no end: it was cut short.
      return new BackupArchiveError(
        'damaged',
        `This backup file is incomplete or damaged — it may have been cut short while it was being copied. ${NOTHING}`,
      );
    case 'duplicate':
    case 'too-large':
      return new BackupArchiveError(
        error.problem,
        `This backup is damaged or was altered: ${error.message}. ${NOTHING}`,
      );
    case 'too-many':
      return new BackupArchiveError(
        'too-many',
        `This is not a backup Tandem can restore: ${error.message}. ${NOTHING}`,
      );
    case 'unsupported':
      return new BackupArchiveError(
        'foreign',
        `This ZIP file was not made by Tandem: ${error.message}. ${NOTHING}`,
      );
    case 'damaged':
      return new BackupArchiveError(
        'damaged',
        'This backup file is incomplete or damaged — it may have been cut short while it was being copied ' +
          `(${error.message}). ${NOTHING}`,
      );
  }
}

/** Runs a ZIP step, turning its refusals into the backup's own messages. */
async function zipStep<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ZipFormatError) throw zipRefusal(error);
    throw error;
  }
}

async function readManifest(
  source: ArchiveSource,
  entries: Map<string, ZipEntry>,
  limits: BackupReadLimits,
): Promise<z.infer<typeof manifestSchema>> {
  const entry = entries.get(MANIFEST_FILE);
  const foreign = new BackupArchiveError(
    'foreign',
    `This ZIP file is not a Tandem backup (it has no Tandem manifest). ${NOTHING}`,
  );
  if (!entry) throw foreign;
  if (entry.size > limits.maxManifestBytes) {
    throw new BackupArchiveError(
      'too-large',
      `This backup's table of contents would unpack to ${megabytes(entry.size)}, more than a backup's ever needs ` +
        `(${megabytes(limits.maxManifestBytes)}). ${NOTHING}`,
    );
  }
  const raw = await zipStep(() => readZipEntry(source, entry));
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(raw));
  } catch {
    throw new BackupArchiveError(
      'damaged',
      `This backup is damaged: its table of contents (manifest.json) cannot be read. ${NOTHING}`,
    );
  }
  const envelope = z.object({ format: z.string(), formatVersion: z.number() }).safeParse(json);
  if (!envelope.success || envelope.data.format !== BACKUP_FORMAT) throw foreign;
  if (envelope.data.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupArchiveError(
      'newer',
      `This backup was made by a newer version of Tandem (backup format ${envelope.data.formatVersion}; this ` +
        `version reads format ${BACKUP_FORMAT_VERSION}). Update Tandem, then restore it. ${NOTHING}`,
    );
  }
  const listed = z.object({ documents: z.array(z.unknown()) }).safeParse(json);
  if (listed.success && listed.data.documents.length > limits.maxDocuments) {
    throw new BackupArchiveError(
      'too-many',
      `This backup lists ${listed.data.documents.length} documents; Tandem restores at most ` +
        `${limits.maxDocuments}. ${NOTHING}`,
    );
  }
  const manifest = manifestSchema.safeParse(json);
  if (!manifest.success) {
    throw new BackupArchiveError(
      'damaged',
      `This backup's table of contents is damaged (${describeFirstIssue(manifest.error, 'the manifest')}). ${NOTHING}`,
    );
  }
  return manifest.data;
}

/**
 * Every file the manifest lists must be in the archive and listed once, and all of them together
 * must fit the budget — checked from their declared sizes before one byte is unpacked.
 */
function checkListedFiles(
  entries: Map<string, ZipEntry>,
  files: readonly string[],
  limits: BackupReadLimits,
): void {
  const listed = new Set<string>();
  let total = 0;
  for (const file of files) {
    if (listed.has(file)) {
      throw new BackupArchiveError(
        'duplicate',
        `This backup is damaged or was altered: its table of contents lists ${file} twice. ${NOTHING}`,
      );
    }
    listed.add(file);
    const entry = entries.get(file);
    if (!entry)
      throw new BackupArchiveError('damaged', `This backup is damaged: ${file} is missing. ${NOTHING}`);
    if (entry.size > limits.maxDocumentBytes) {
      throw new BackupArchiveError(
        'too-large',
        `This backup is damaged or was altered: ${file} would unpack to ${megabytes(entry.size)}, more than the ` +
          `${megabytes(limits.maxDocumentBytes)} one document may hold. ${NOTHING}`,
      );
    }
    total += entry.size;
  }
  if (total > limits.maxTotalBytes) {
    throw new BackupArchiveError(
      'too-large',
      `This backup would take ${megabytes(total)} once unpacked, more than the ` +
        `${megabytes(limits.maxTotalBytes)} a restore may use. ${NOTHING}`,
    );
  }
}

async function checkedEntry(
  source: ArchiveSource,
  entries: Map<string, ZipEntry>,
  file: string,
  expected: string,
): Promise<Uint8Array> {
  const entry = entries.get(file);
  if (!entry)
    throw new BackupArchiveError('damaged', `This backup is damaged: ${file} is missing. ${NOTHING}`);
  const bytes = await zipStep(() => readZipEntry(source, entry));
  if ((await sha256(bytes)) !== expected) {
    throw new BackupArchiveError(
      'damaged',
      `This backup is damaged: ${file} does not match its checksum. ${NOTHING}`,
    );
  }
  return bytes;
}

/**
 * Reads and checks a whole backup; throws BackupArchiveError saying what is wrong. Only entries
 * the manifest lists are unpacked, one at a time, after their declared sizes passed the budget.
 */
export async function readBackupArchive(
  input: Uint8Array | ArchiveSource,
  limits: BackupReadLimits = BACKUP_READ_LIMITS,
): Promise<BackupContents> {
  // Bytes may come from another realm (a Node Buffer in a browser-like test), so no instanceof.
  const source = ArrayBuffer.isView(input) ? bytesSource(input) : input;
  const start = await source.read(0, ZIP_MAGIC.length);
  if (!ZIP_MAGIC.every((b, i) => start[i] === b)) {
    throw new BackupArchiveError(
      'not-a-backup',
      'This file is not a Tandem backup (it is not a ZIP archive).',
    );
  }
  const entries = await zipStep(() =>
    readZipDirectory(source, {
      maxEntries: limits.maxDocuments + OTHER_ENTRIES,
      maxDirectoryBytes: limits.maxDirectoryBytes,
    }),
  );
  const manifest = await readManifest(source, entries, limits);
  const seen = new Set<string>();
  for (const entry of manifest.documents) {
    if (seen.has(entry.docId)) {
      throw new BackupArchiveError('duplicate', `This backup lists ${entry.docId} twice. ${NOTHING}`);
    }
    seen.add(entry.docId);
  }
  if (!seen.has('vault')) {
    throw new BackupArchiveError('damaged', `This backup has no journal index (vault). ${NOTHING}`);
  }
  checkListedFiles(
    entries,
    [
      ...manifest.documents.map((d) => d.file),
      ...manifest.settings.map((s) => s.file),
      ...(manifest.identity ? [manifest.identity.file] : []),
      ...(manifest.spaces ? [manifest.spaces.file] : []),
      ...(manifest.layout ? [manifest.layout.file] : []),
    ],
    limits,
  );
  // Not needed to restore, but covered by the checksums like every other entry.
  if (manifest.layout) await checkedEntry(source, entries, manifest.layout.file, manifest.layout.sha256);
  const documents: BackupDocument[] = [];
  for (const entry of manifest.documents) {
    documents.push({
      docId: entry.docId,
      update: await checkedEntry(source, entries, entry.file, entry.sha256),
    });
  }
  // Valid bytes can still hold the wrong layout (a vault that is not a vault): every document must
  // mean what its id says, or the backup is refused naming each one that does not.
  const unreadable = findUnreadableDocuments(documents);
  if (unreadable.length > 0)
    throw new BackupArchiveError('unreadable', describeUnrestorable(documents, unreadable));
  const settings: BackupSetting[] = [];
  for (const entry of manifest.settings) {
    settings.push({ name: entry.name, bytes: await checkedEntry(source, entries, entry.file, entry.sha256) });
  }
  let identity: EncryptedIdentity | null = null;
  if (manifest.identity) {
    const { file, sha256: expected, ...envelope } = manifest.identity;
    identity = { ...envelope, ciphertext: await checkedEntry(source, entries, file, expected) };
  }
  let spaces: SealedEntry | null = null;
  if (manifest.spaces) {
    if (!identity) {
      throw new BackupArchiveError(
        'damaged',
        `This backup is damaged: it lists sharing relationships without the identity keys they belong to. ${NOTHING}`,
      );
    }
    const { file, sha256: expected, ...envelope } = manifest.spaces;
    spaces = { ...envelope, ciphertext: await checkedEntry(source, entries, file, expected) };
  }
  return { createdAt: manifest.createdAt, app: manifest.app, documents, settings, identity, spaces };
}

export { fromBase64, toBase64 };
