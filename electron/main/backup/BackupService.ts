import type { RecordCipher } from '../atRest/recordCipher';
import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  BackupArchiveError,
  buildBackupArchive,
  readBackupArchive,
  type BackupContents,
  type BackupSetting,
} from '../../../shared/export/backupArchive';
import type {
  BackupIpcArgs,
  BackupIpcResult,
  ExportIpcArgs,
  ExportIpcResult,
} from '../../../shared/export/exportIpc';
import { errorCode, nodeMirrorFs, readOptional, type MirrorFs } from '../mirror/mirrorFs';
import { writeFileAtomically } from '../files/atomicFile';
import { replaceDocumentsFolder } from './documentsFolderSwap';
import { saveDialogRequest, type FileDialogs } from './fileDialogs';
import {
  MIN_PASSPHRASE_LENGTH,
  openIdentityBackup,
  sealIdentityBackup,
  type SealedIdentityBackup,
} from './identityCrypto';
import type { IdentitySecretStore } from './identitySecret';
import type { MirrorSlot } from '../mirror/mirrorSlot';
import { collectDurableDocuments } from './durableDocuments';
import { withArchiveFile } from './fileArchiveSource';
import { BackupUnlockError, decryptBackup, encryptBackup, isEncryptedBackupFile } from './backupEncryption';
import { decodeSpaces, encodeSpaces, type SpaceRecordsStore } from './spacesBackup';
import { englishText, type TextOf } from '../../../shared/i18n/englishText';
import { saveFailureMessage } from '../files/saveFileMessage';
import type { SpaceRecord } from '../sharingLogic/spaceConsent';

/**
 * Exports, JSON import, full backup and restore, as main does them. Electron-free: the dialogs,
 * the file system and the identity store are injected. The renderer builds exports and sends
 * its documents for a backup; main asks where, merges them with its disk mirror (which has every
 * document, opened in a window or not), builds the backup archive, encrypts the identity if
 * asked, and writes every file atomically. Restore checks the whole archive before it changes
 * anything.
 */

/** Local settings kept in userData beside the documents, restored byte for byte. */
export const SETTINGS_FILES = ['reminders.json', 'window-state.json'] as const;
/** Larger files are refused before they are read into memory. */
const MAX_BACKUP_FILE_BYTES = 2 * 1024 * 1024 * 1024;
const MAX_JSON_FILE_BYTES = 512 * 1024 * 1024;

export interface BackupServiceOptions {
  dialogs: FileDialogs;
  userDataDir: string;
  mirror: MirrorSlot;
  /** Encryption at rest: a restored document is written sealed, as the mirror writes it. */
  cipher?: RecordCipher | Promise<RecordCipher>;
  appInfo: { name: string; version: string };
  /** The sharing identity (sharing/identityBackup.ts); without it backups offer no identity. */
  identity?: IdentitySecretStore | null;
  /**
   * The sharing relationships (the SpaceStore): backed up only with the identity keys and
   * encrypted with them, restored with them (spacesBackup.ts).
   */
  spaces?: SpaceRecordsStore | null;
  fs?: MirrorFs;
  now?: () => Date;
  /** scrypt cost for new backups (tests use a cheaper one). */
  scryptParams?: { N: number; r: number; p: number };
  log?: (message: string) => void;
  /** The person's language for what main says (MainI18n's `t`); English without it. */
  text?: TextOf;
  /**
   * Called once the disk copy has been replaced. Whatever keeps documents open in main (the sync
   * engine's replicas) must drop them and reload from the mirror, or it would write the old
   * state back into the restored documents.
   */
  onRestored?: () => Promise<void>;
}

/** What main offers on the `tandem:export:*` and `tandem:backup:*` channels, one method each. */
export interface BackupService {
  chooseTarget(args: ExportIpcArgs<'chooseTarget'>): Promise<ExportIpcResult<'chooseTarget'>>;
  writeExport(args: ExportIpcArgs<'write'>): Promise<ExportIpcResult<'write'>>;
  openJson(): Promise<ExportIpcResult<'openJson'>>;
  status(): Promise<BackupIpcResult<'status'>>;
  writeBackup(args: BackupWriteArgs): Promise<BackupIpcResult<'write'>>;
  openBackup(): Promise<BackupIpcResult<'open'>>;
  unlockBackup(args: BackupIpcArgs<'unlock'>): Promise<BackupIpcResult<'unlock'>>;
  restoreBackup(args: BackupIpcArgs<'restore'>): Promise<BackupIpcResult<'restore'>>;
  discardBackup(args: BackupIpcArgs<'discard'>): Promise<BackupIpcResult<'discard'>>;
}

/** What a backup is made from; without `backupPassphrase` the file is a plain ZIP. */
export type BackupWriteArgs = Omit<BackupIpcArgs<'write'>, 'backupPassphrase'> & {
  backupPassphrase?: string | null;
};

type Failed = { status: 'failed'; message: string };
const failed = (message: string): Failed => ({ status: 'failed', message });
const newHandle = () => randomBytes(12).toString('base64url');

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class BackupExportService implements BackupService {
  private readonly fs: MirrorFs;
  private readonly now: () => Date;
  /** Save locations the person chose, each good for one write. */
  private readonly targets = new Map<string, { path: string; purpose: string }>();
  /** The backup opened for restoring (one at a time). */
  private opened: { id: string; contents: BackupContents } | null = null;
  /** An encrypted backup chosen for restoring, waiting for its passphrase. */
  private locked: { id: string; path: string } | null = null;
  private readonly t: TextOf;

  constructor(private readonly options: BackupServiceOptions) {
    this.fs = options.fs ?? nodeMirrorFs;
    this.now = options.now ?? (() => new Date());
    this.t = options.text ?? englishText;
  }

  async status(): Promise<BackupIpcResult<'status'>> {
    return { identityAvailable: (await this.options.identity?.exists()) ?? false };
  }

  async chooseTarget({ purpose }: ExportIpcArgs<'chooseTarget'>): Promise<ExportIpcResult<'chooseTarget'>> {
    const path = await this.options.dialogs.chooseSavePath(saveDialogRequest(purpose, this.now(), this.t));
    if (path === null) return { status: 'cancelled' };
    const targetId = newHandle();
    this.targets.set(targetId, { path, purpose });
    return { status: 'chosen', targetId, fileName: basename(path) };
  }

  private takeTarget(targetId: string, purposes: string[]): string | null {
    const target = this.targets.get(targetId);
    this.targets.delete(targetId);
    return target && purposes.includes(target.purpose) ? target.path : null;
  }

  async writeExport({ targetId, bytes }: ExportIpcArgs<'write'>): Promise<ExportIpcResult<'write'>> {
    const path = this.takeTarget(targetId, ['journal-json', 'journal-markdown', 'consent-record']);
    if (path === null) return failed(this.t('main.export.chooseFirst'));
    try {
      await writeFileAtomically(path, bytes, { what: 'The export', fs: this.fs });
    } catch (error) {
      return failed(saveFailureMessage(error, 'export', this.t));
    }
    return { status: 'written', fileName: basename(path), bytes: bytes.byteLength };
  }

  private async readChosenFile(path: string, limit: number, what: 'backup' | 'export'): Promise<Uint8Array> {
    const size = (await stat(path)).size;
    if (size > limit) throw new Error(this.t('main.file.tooLarge', { what, size: Math.round(size / 1e6) }));
    return this.fs.readFile(path);
  }

  async openJson(): Promise<ExportIpcResult<'openJson'>> {
    const path = await this.options.dialogs.chooseOpenPath({
      purpose: 'journal-json',
      title: this.t('main.dialog.jsonOpen.title'),
      filters: [{ name: this.t('main.dialog.jsonFilter'), extensions: ['json'] }],
    });
    if (path === null) return { status: 'cancelled' };
    try {
      const bytes = await this.readChosenFile(path, MAX_JSON_FILE_BYTES, 'export');
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return { status: 'opened', fileName: basename(path), text };
    } catch (error) {
      if (error instanceof TypeError) return failed(this.t('main.file.notText', { file: basename(path) }));
      return failed(this.t('main.file.unreadable', { file: basename(path), reason: messageOf(error) }));
    }
  }

  private async readSettings(): Promise<BackupSetting[]> {
    const settings: BackupSetting[] = [];
    for (const name of SETTINGS_FILES) {
      const bytes = await readOptional(this.fs, join(this.options.userDataDir, name));
      if (bytes) settings.push({ name, bytes });
    }
    return settings;
  }

  async writeBackup({
    targetId,
    documents: fromWindow,
    unreadable,
    identityPassphrase,
    backupPassphrase = null,
  }: BackupWriteArgs): Promise<BackupIpcResult<'write'>> {
    const path = this.takeTarget(targetId, ['backup']);
    if (path === null) return failed(this.t('main.backup.chooseFirst'));
    if (backupPassphrase !== null && backupPassphrase.length < MIN_PASSPHRASE_LENGTH)
      return failed(this.t('main.backup.passphraseShort', { min: MIN_PASSPHRASE_LENGTH }));
    let durable;
    try {
      durable = await collectDurableDocuments({
        mirror: this.options.mirror,
        documentsDir: join(this.options.userDataDir, 'documents'),
        fromWindow,
        unreadableInWindow: unreadable,
      });
    } catch (error) {
      return failed(this.t('main.backup.documentsUnreadable', { reason: messageOf(error) }));
    }
    const { documents, leftOut } = durable;
    if (!documents.some((d) => d.docId === 'vault')) return failed(this.t('main.backup.indexMissing'));
    let sealed: SealedIdentityBackup | null = null;
    if (identityPassphrase !== null) {
      if (identityPassphrase.length < MIN_PASSPHRASE_LENGTH) {
        return failed(this.t('main.backup.passphraseShort', { min: MIN_PASSPHRASE_LENGTH }));
      }
      const secret = await this.options.identity?.read();
      if (!secret) return failed(this.t('main.backup.noIdentity'));
      const spaces = this.options.spaces ? encodeSpaces(this.options.spaces.list()) : null;
      sealed = await sealIdentityBackup({ secret, spaces }, identityPassphrase, this.options.scryptParams);
    }
    try {
      const zip = await buildBackupArchive({
        createdAt: this.now().toISOString(),
        app: this.options.appInfo,
        documents,
        settings: await this.readSettings(),
        identity: sealed?.identity ?? null,
        spaces: sealed?.spaces ?? null,
      });
      const archive =
        backupPassphrase === null
          ? zip
          : await encryptBackup(zip, backupPassphrase, this.options.scryptParams);
      await writeFileAtomically(path, archive, { what: 'The backup', fs: this.fs });
      return {
        status: 'written',
        fileName: basename(path),
        bytes: archive.byteLength,
        documents: documents.length,
        leftOut,
      };
    } catch (error) {
      return failed(saveFailureMessage(error, 'backup', this.t));
    }
  }

  async openBackup(): Promise<BackupIpcResult<'open'>> {
    this.opened = null;
    this.locked = null;
    const path = await this.options.dialogs.chooseOpenPath({
      purpose: 'backup',
      title: this.t('main.dialog.backupOpen.title'),
      filters: [{ name: this.t('main.dialog.backupFilter'), extensions: ['zip'] }],
    });
    if (path === null) return { status: 'cancelled' };
    let contents: BackupContents;
    try {
      const size = (await stat(path)).size;
      if (size > MAX_BACKUP_FILE_BYTES)
        throw new Error(this.t('main.file.tooLarge', { what: 'backup', size: Math.round(size / 1e6) }));
      if (await isEncryptedBackupFile(path)) {
        this.locked = { id: newHandle(), path };
        return { status: 'locked', backupId: this.locked.id, fileName: basename(path) };
      }
      contents = await withArchiveFile(path, readBackupArchive);
    } catch (error) {
      return this.unreadableBackup(path, error);
    }
    return this.keepOpened(path, contents);
  }

  /**
   * The passphrase for an encrypted backup: the whole file is decrypted in memory (it is never
   * written out plain) and checked like any backup. A refusal keeps it locked for another try.
   */
  async unlockBackup({ backupId, passphrase }: BackupIpcArgs<'unlock'>): Promise<BackupIpcResult<'unlock'>> {
    const locked = this.locked;
    if (locked?.id !== backupId) return failed(this.t('main.restore.openAgain'));
    let contents: BackupContents;
    try {
      const zip = await decryptBackup(await this.fs.readFile(locked.path), passphrase);
      contents = await readBackupArchive(zip);
    } catch (error) {
      if (error instanceof BackupUnlockError) return { status: 'refused', reason: error.reason };
      return this.unreadableBackup(locked.path, error);
    }
    this.locked = null;
    return this.keepOpened(locked.path, contents);
  }

  private unreadableBackup(path: string, error: unknown): Failed {
    if (error instanceof BackupArchiveError) return failed(error.message);
    return failed(this.t('main.file.unreadableRestore', { file: basename(path), reason: messageOf(error) }));
  }

  private keepOpened(
    path: string,
    contents: BackupContents,
  ): Extract<BackupIpcResult<'open'>, { status: 'opened' }> {
    const backupId = newHandle();
    this.opened = { id: backupId, contents };
    return {
      status: 'opened',
      backupId,
      fileName: basename(path),
      createdAt: contents.createdAt,
      appVersion: contents.app.version,
      hasIdentity: contents.identity !== null,
      documents: contents.documents,
    };
  }

  discardBackup({ backupId }: BackupIpcArgs<'discard'>): Promise<BackupIpcResult<'discard'>> {
    if (this.opened?.id === backupId) this.opened = null;
    if (this.locked?.id === backupId) this.locked = null;
    return Promise.resolve({});
  }

  /**
   * Everything that can be refused is checked first (the handle, the passphrase); only then is
   * the disk copy replaced, in one folder swap, followed by settings and the identity.
   */
  async restoreBackup({
    backupId,
    identityPassphrase,
  }: BackupIpcArgs<'restore'>): Promise<BackupIpcResult<'restore'>> {
    const opened = this.opened;
    if (opened?.id !== backupId) return failed(this.t('main.restore.openAgain'));
    const { contents } = opened;
    let identitySecret: Uint8Array | null = null;
    let spaces: SpaceRecord[] | null = null;
    if (identityPassphrase !== null) {
      if (!contents.identity) return failed(this.t('main.restore.noIdentity'));
      if (!this.options.identity) return failed(this.t('main.restore.cannotStoreIdentity'));
      try {
        const opened = await openIdentityBackup(
          { identity: contents.identity, spaces: contents.spaces ?? null },
          identityPassphrase,
        );
        identitySecret = opened.secret;
        if (opened.spaces) {
          const decoded = decodeSpaces(opened.spaces);
          if ('problem' in decoded) return failed(decoded.problem);
          spaces = decoded.records;
        }
      } catch (error) {
        return failed(messageOf(error));
      }
      const problem = await this.options.identity.problemWith(identitySecret);
      if (problem !== null) return failed(`${problem} Nothing was restored.`);
    }
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    let previousFolder: string | null = null;
    try {
      await this.options.mirror.replaceFolder(async () => {
        ({ previousFolder } = await replaceDocumentsFolder(
          this.fs,
          join(this.options.userDataDir, 'documents'),
          contents.documents,
          stamp,
          { cipher: (await this.options.cipher) ?? null },
        ));
      });
    } catch (error) {
      return failed(this.t('main.restore.diskProblem', { reason: describeDiskProblem(error, this.t) }));
    }
    this.opened = null;
    // The documents are restored; settings and identity are extras that must not undo that, but
    // the person is told which of them did not come back.
    const warnings: string[] = [];
    for (const { name, bytes } of contents.settings) {
      await writeFileAtomically(join(this.options.userDataDir, name), bytes, { fs: this.fs }).catch(
        (error: unknown) => {
          this.options.log?.(`restore: could not write ${name}: ${messageOf(error)}`);
          warnings.push(this.t('main.restore.settingFailed', { name, reason: messageOf(error) }));
        },
      );
    }
    let identityRestored = false;
    if (identitySecret && this.options.identity) {
      // Checked above; failing now (the keystore locked meanwhile) keeps the old identity.
      try {
        await this.options.identity.write(identitySecret);
        identityRestored = true;
      } catch (error) {
        this.options.log?.(`restore: could not store the identity keys: ${messageOf(error)}`);
        warnings.push(this.t('main.restore.identityFailed', { reason: messageOf(error) }));
      }
    }
    // The relationships only with the key the peers pinned; they replace this installation's own,
    // as the documents do, and the sharing runtime picks them up from the store.
    let spacesRestored = 0;
    if (identityRestored && spaces !== null) {
      const restoring = spaces;
      if (!this.options.spaces) {
        this.options.log?.('restore: this installation cannot restore sharing spaces');
        warnings.push(this.t('main.restore.spacesSkipped'));
      }
      await this.options.spaces?.replaceAll(restoring).then(
        () => (spacesRestored = restoring.length),
        (error: unknown) => {
          this.options.log?.(`restore: could not restore the sharing spaces: ${messageOf(error)}`);
          warnings.push(this.t('main.restore.spacesFailed', { reason: messageOf(error) }));
        },
      );
    }
    await this.options
      .onRestored?.()
      .catch((error: unknown) =>
        this.options.log?.(`restore: could not reload open documents: ${messageOf(error)}`),
      );
    return {
      status: 'restored',
      documents: contents.documents.length,
      identityRestored,
      spacesRestored,
      warnings,
      previousFolder,
    };
  }
}

function describeDiskProblem(error: unknown, t: TextOf): string {
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return t('main.restore.diskFull');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return t('main.restore.dataFolderDenied');
  return messageOf(error);
}
