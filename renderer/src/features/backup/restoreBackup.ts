import * as Y from 'yjs';
import type { BackupDocument } from '../../../../shared/export/backupArchive';
import { vaultSchemaVersion, VAULT_SCHEMA_VERSION } from '../../../../shared/schema/vault';
import { VAULT_DOC_ID } from '../../../../shared/schema/ids';
import type { DocumentStore, OpenDocument } from '../../data/DocumentStore';
import type { BackupApi } from './backupApi';
import { profilePrefix, replaceLocalDocuments } from './localDocuments';
import { englishTranslator, type Translate } from '../../i18n/useT';
import { throwIfCancelled, type TaskControl } from './taskProgress';

/**
 * Restoring an opened backup, in two halves. Before the point of no return everything can be
 * cancelled and nothing has changed: each document is loaded once to be sure this version of
 * Tandem can read it. Then main swaps its disk copy (one folder rename, all or nothing), and
 * this window replaces its local copy and reloads.
 */

/** Why a backup was refused: `reason` for the window's own sentence (`backup.refused.*`). */
export class BackupRefusedError extends Error {
  constructor(
    readonly reason: 'noIndex' | 'damaged' | 'newer',
    message: string,
  ) {
    super(message);
    this.name = 'BackupRefusedError';
  }
}

/**
 * Main has already checked every document's checksum and that it decodes. Here the journal
 * index is loaded once, to be sure this version of Tandem can read it.
 */
export function checkBackupDocuments(documents: readonly BackupDocument[]): void {
  const vault = documents.find((d) => d.docId === VAULT_DOC_ID);
  if (!vault)
    throw new BackupRefusedError('noIndex', 'This backup has no journal index. Nothing was restored.');
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, vault.update);
  } catch {
    throw new BackupRefusedError(
      'damaged',
      'This backup is damaged: its journal index cannot be read. Nothing was restored.',
    );
  } finally {
    doc.destroy();
  }
  if (vaultSchemaVersion(doc) > VAULT_SCHEMA_VERSION) {
    throw new BackupRefusedError(
      'newer',
      'This backup was made by a newer version of Tandem, whose journal this version cannot read. ' +
        'Update Tandem, then restore it. Nothing was restored.',
    );
  }
}

export interface RestoreRequest {
  api: BackupApi;
  store: DocumentStore;
  vault: OpenDocument;
  backupId: string;
  documents: readonly BackupDocument[];
  identityPassphrase: string | null;
}

export type RestoreOutcome =
  | {
      status: 'restored';
      documents: number;
      identityRestored: boolean;
      spacesRestored: number;
      warnings: readonly string[];
    }
  | { status: 'failed'; message: string; nothingChanged: true };

export async function restoreOpenedBackup(
  request: RestoreRequest,
  control: TaskControl,
): Promise<RestoreOutcome> {
  const { api, store, vault, backupId, documents } = request;
  control.onProgress?.({ phase: 'backup.phase.checkingBackup', done: 0, total: 1 });
  checkBackupDocuments(documents);
  throwIfCancelled(control.signal);
  control.onCommitted?.();
  const prefix = profilePrefix(vault);
  // Nothing may write the old state into the new copy: every local document closes first.
  await store.flushAll();
  await store.closeAll();
  control.onProgress?.({ phase: 'backup.phase.replacingDisk', done: 0, total: 1 });
  const result = await api.backup.restore({ backupId, identityPassphrase: request.identityPassphrase });
  if (result.status === 'failed') return { status: 'failed', message: result.message, nothingChanged: true };
  await replaceLocalDocuments(prefix, documents, await store.cipher, { onProgress: control.onProgress });
  return {
    status: 'restored',
    documents: result.documents,
    identityRestored: result.identityRestored,
    spacesRestored: result.spacesRestored,
    warnings: result.warnings,
  };
}

/** What the person is told after a restore: what came back, and what did not (main's warnings). */
export function restoredMessage(
  outcome: Extract<RestoreOutcome, { status: 'restored' }>,
  fileName: string,
  t: Translate = englishTranslator(),
): string {
  const spaces = outcome.spacesRestored > 0;
  const extras = outcome.identityRestored ? (spaces ? 'both' : 'identity') : spaces ? 'spaces' : 'none';
  const restored = t('backup.restored', {
    documents: outcome.documents,
    file: fileName,
    extras,
    spaces: outcome.spacesRestored,
  });
  return [restored, ...outcome.warnings].join(' ');
}
