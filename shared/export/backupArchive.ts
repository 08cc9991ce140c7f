import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { z } from 'zod';
import { docIdSchema } from '../ipc/contract';
import { describeFirstIssue } from '../schema/validation';

/**
 * The full-backup file: a ZIP archive (readable with any unzip tool, and one file to save
 * atomically) holding
 *   manifest.json           format, version, when, and a SHA-256 for every other entry
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
  documents: z.array(z.object({ docId: docIdSchema, file: entryName, sha256: sha256Hex })).max(1_000_000),
  settings: z.array(
    z.object({ name: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/), file: entryName, sha256: sha256Hex }),
  ),
  identity: identityEnvelopeSchema.extend({ file: entryName, sha256: sha256Hex }).nullable(),
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

export type BackupErrorReason = 'not-a-backup' | 'damaged' | 'newer' | 'foreign';

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
  const manifest: z.infer<typeof manifestSchema> = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: contents.createdAt,
    app: contents.app,
    documents,
    settings,
    identity,
    spaces,
  };
  // The manifest goes first so a person unzipping the file sees what it is.
  return zipSync(
    { [MANIFEST_FILE]: strToU8(JSON.stringify(manifest, null, 2)), ...files },
    { level: LEVEL, mtime: new Date(contents.createdAt) },
  );
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  const looksLikeZip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (!looksLikeZip) {
    throw new BackupArchiveError(
      'not-a-backup',
      'This file is not a Tandem backup (it is not a ZIP archive).',
    );
  }
  try {
    return unzipSync(bytes);
  } catch {
    throw new BackupArchiveError(
      'damaged',
      'This backup file is incomplete or damaged — it may have been cut short while it was being copied. ' +
        'Nothing was restored.',
    );
  }
}

function readManifest(files: Record<string, Uint8Array>): z.infer<typeof manifestSchema> {
  const raw = files[MANIFEST_FILE];
  const foreign = new BackupArchiveError(
    'foreign',
    'This ZIP file is not a Tandem backup (it has no Tandem manifest). Nothing was restored.',
  );
  if (!raw) throw foreign;
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(raw));
  } catch {
    throw new BackupArchiveError(
      'damaged',
      'This backup is damaged: its table of contents (manifest.json) cannot be read. Nothing was restored.',
    );
  }
  const envelope = z.object({ format: z.string(), formatVersion: z.number() }).safeParse(json);
  if (!envelope.success || envelope.data.format !== BACKUP_FORMAT) throw foreign;
  if (envelope.data.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupArchiveError(
      'newer',
      `This backup was made by a newer version of Tandem (backup format ${envelope.data.formatVersion}; this ` +
        `version reads format ${BACKUP_FORMAT_VERSION}). Update Tandem, then restore it. Nothing was restored.`,
    );
  }
  const manifest = manifestSchema.safeParse(json);
  if (!manifest.success) {
    throw new BackupArchiveError(
      'damaged',
      `This backup's table of contents is damaged (${describeFirstIssue(manifest.error, 'the manifest')}). Nothing was restored.`,
    );
  }
  return manifest.data;
}

async function checkedEntry(
  files: Record<string, Uint8Array>,
  file: string,
  expected: string,
): Promise<Uint8Array> {
  const bytes = files[file];
  if (!bytes) {
    throw new BackupArchiveError(
      'damaged',
      `This backup is damaged: ${file} is missing. Nothing was restored.`,
    );
  }
  if ((await sha256(bytes)) !== expected) {
    throw new BackupArchiveError(
      'damaged',
      `This backup is damaged: ${file} does not match its checksum. Nothing was restored.`,
    );
  }
  return bytes;
}

/** Reads and checks a whole backup; throws BackupArchiveError saying what is wrong. */
export async function readBackupArchive(bytes: Uint8Array): Promise<BackupContents> {
  const files = unzip(bytes);
  const manifest = readManifest(files);
  const seen = new Set<string>();
  const documents: BackupDocument[] = [];
  for (const entry of manifest.documents) {
    if (seen.has(entry.docId)) {
      throw new BackupArchiveError(
        'damaged',
        `This backup lists ${entry.docId} twice. Nothing was restored.`,
      );
    }
    seen.add(entry.docId);
    const update = await checkedEntry(files, entry.file, entry.sha256);
    try {
      Y.decodeUpdate(update);
    } catch {
      throw new BackupArchiveError(
        'damaged',
        `This backup is damaged: ${entry.file} is not a readable document. Nothing was restored.`,
      );
    }
    documents.push({ docId: entry.docId, update });
  }
  if (!seen.has('vault')) {
    throw new BackupArchiveError(
      'damaged',
      'This backup has no journal index (vault). Nothing was restored.',
    );
  }
  const settings: BackupSetting[] = [];
  for (const entry of manifest.settings) {
    settings.push({ name: entry.name, bytes: await checkedEntry(files, entry.file, entry.sha256) });
  }
  let identity: EncryptedIdentity | null = null;
  if (manifest.identity) {
    const { file, sha256: expected, ...envelope } = manifest.identity;
    identity = { ...envelope, ciphertext: await checkedEntry(files, file, expected) };
  }
  let spaces: SealedEntry | null = null;
  if (manifest.spaces) {
    if (!identity) {
      throw new BackupArchiveError(
        'damaged',
        'This backup is damaged: it lists sharing relationships without the identity keys they belong to. Nothing was restored.',
      );
    }
    const { file, sha256: expected, ...envelope } = manifest.spaces;
    spaces = { ...envelope, ciphertext: await checkedEntry(files, file, expected) };
  }
  return { createdAt: manifest.createdAt, app: manifest.app, documents, settings, identity, spaces };
}

export { fromBase64, toBase64 };
