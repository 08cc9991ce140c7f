import { z } from 'zod';

/**
 * Argument and result schemas of the `tandem:export:*` and `tandem:backup:*` IPC channels
 * (listed in shared/ipc/contract.ts). Expected failures — a refused file, a wrong passphrase,
 * a full disk — come back as `{ status: 'failed', message }` for the UI to show as they are.
 */

/** An export or backup file handed to main to write: at most 1 GiB. */
export const MAX_EXPORT_BYTES = 1024 * 1024 * 1024;

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be bytes (a Uint8Array)');
/** Same rule as the contract's document ids (kept here to avoid an import cycle). */
const docId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z][a-z-]*(:[A-Za-z0-9_-]+)?$/, 'must look like "vault" or "item:<id>"');
const handle = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be a handle main gave out');
const failed = z.object({ status: z.literal('failed'), message: z.string() });
const cancelled = z.object({ status: z.literal('cancelled') });

export const exportPurposeSchema = z.enum(['backup', 'journal-json', 'journal-markdown', 'consent-record']);
export type ExportPurpose = z.infer<typeof exportPurposeSchema>;

export const backupDocumentSchema = z.object({ docId, update: bytes });

/**
 * A document a backup could not include, and why: by its id, or by its folder on disk when that
 * does not name a document. The window turns ids into names the person knows.
 */
export const backupLeftOutSchema = z.object({
  docId: docId.nullable(),
  folder: z.string().max(300).nullable(),
  reason: z.string().max(1000),
});
export type BackupLeftOut = z.infer<typeof backupLeftOutSchema>;

export const exportIpc = {
  /** Asks where to save; the answer is a handle for one write, and the file's name to show. */
  chooseTarget: {
    args: z.object({ purpose: exportPurposeSchema }),
    result: z.union([
      cancelled,
      z.object({ status: z.literal('chosen'), targetId: handle, fileName: z.string() }),
    ]),
  },
  /** Writes a finished Markdown (.zip) or JSON export, atomically. */
  write: {
    args: z.object({
      targetId: handle,
      bytes: bytes.refine((b) => b.byteLength <= MAX_EXPORT_BYTES, { message: 'is too large' }),
    }),
    result: z.union([
      failed,
      z.object({ status: z.literal('written'), fileName: z.string(), bytes: z.number() }),
    ]),
  },
  /** Asks for a JSON export to import and returns its text. */
  openJson: {
    args: z.object({}),
    result: z.union([
      cancelled,
      failed,
      z.object({ status: z.literal('opened'), fileName: z.string(), text: z.string() }),
    ]),
  },
} as const;

/** A backup opened and checked, ready to restore (nothing has changed yet). */
const openedBackup = z.object({
  status: z.literal('opened'),
  backupId: handle,
  fileName: z.string(),
  createdAt: z.string(),
  appVersion: z.string(),
  hasIdentity: z.boolean(),
  documents: z.array(backupDocumentSchema),
});

/** Why an encrypted backup did not open: each has its own sentence in the window. */
export const backupUnlockRefusalSchema = z.enum(['wrong-passphrase', 'truncated', 'damaged']);

export const backupIpc = {
  status: {
    args: z.object({}),
    result: z.object({ identityAvailable: z.boolean() }),
  },
  /**
   * Builds the backup archive from the durable copy of every document (main's disk mirror merged
   * with the renderer's documents, which may hold edits not on disk yet), settings and, if asked,
   * the identity, and writes it.
   */
  write: {
    args: z.object({
      targetId: handle,
      documents: z.array(backupDocumentSchema).max(1_000_000),
      /** Documents the window has but could not read; main includes its own copy or names them. */
      unreadable: z.array(docId).max(1_000_000).default([]),
      /** Include the sharing identity, encrypted with this passphrase; null leaves it out. */
      identityPassphrase: z.string().max(1024).nullable(),
      /** Encrypt the whole backup file with this passphrase (backupEncryption.ts); null: a plain ZIP. */
      backupPassphrase: z.string().max(1024).nullable().default(null),
    }),
    result: z.union([
      failed,
      z.object({
        status: z.literal('written'),
        fileName: z.string(),
        bytes: z.number(),
        documents: z.number(),
        /** Documents that exist but could not be read from any copy, each with its reason. */
        leftOut: z.array(backupLeftOutSchema).max(1_000_000),
      }),
    ]),
  },
  /** Asks for a backup file, checks all of it, and returns its documents; nothing changes yet. */
  open: {
    args: z.object({}),
    result: z.union([
      cancelled,
      failed,
      openedBackup,
      /** An encrypted backup: `unlock` with its passphrase opens it. */
      z.object({ status: z.literal('locked'), backupId: handle, fileName: z.string() }),
    ]),
  },
  /** Opens a locked (encrypted) backup with its passphrase; a refusal leaves it locked to try again. */
  unlock: {
    args: z.object({ backupId: handle, passphrase: z.string().min(1).max(1024) }),
    result: z.union([
      failed,
      openedBackup,
      z.object({ status: z.literal('refused'), reason: backupUnlockRefusalSchema }),
    ]),
  },
  /** Replaces the disk copy of every document (and settings, and identity if asked) with the opened backup's. */
  restore: {
    args: z.object({ backupId: handle, identityPassphrase: z.string().max(1024).nullable() }),
    result: z.union([
      failed,
      z.object({
        status: z.literal('restored'),
        documents: z.number(),
        identityRestored: z.boolean(),
        /** Sharing relationships put back with the identity (0 when none were). */
        spacesRestored: z.number().int().nonnegative(),
        /** Extras that did not come back (a setting, the keys, the relationships), for the person. */
        warnings: z.array(z.string().max(1000)).max(50),
        previousFolder: z.string().nullable(),
      }),
    ]),
  },
  /** Forgets an opened backup (the person cancelled). */
  discard: {
    args: z.object({ backupId: handle }),
    result: z.object({}),
  },
} as const;

export type ExportIpcResult<K extends keyof typeof exportIpc> = z.output<(typeof exportIpc)[K]['result']>;
export type BackupIpcResult<K extends keyof typeof backupIpc> = z.output<(typeof backupIpc)[K]['result']>;
export type ExportIpcArgs<K extends keyof typeof exportIpc> = z.output<(typeof exportIpc)[K]['args']>;
export type BackupIpcArgs<K extends keyof typeof backupIpc> = z.output<(typeof backupIpc)[K]['args']>;
