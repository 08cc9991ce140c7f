import * as Y from 'yjs';
import type { BackupDocument } from '../../../../shared/export/backupArchive';
import { vaultSchemaVersion, VAULT_SCHEMA_VERSION } from '../../../../shared/schema/vault';
import { VAULT_DOC_ID } from '../../../../shared/schema/ids';
import type { DocumentStore, OpenDocument } from '../../data/DocumentStore';
import type { BackupApi } from './backupApi';
import { profilePrefix, replaceLocalDocuments } from './localDocuments';
import { throwIfCancelled, type TaskControl } from './taskProgress';

/**
 * Restoring an opened backup, in two halves. Before the point of no return everything can be
 * cancelled and nothing has changed: each document is loaded once to be sure this version of
 * Tandem can read it. Then main swaps its disk copy (one folder rename, all or nothing), and
 * this window replaces its local copy and reloads.
 */

export class BackupRefusedError extends Error {
  constructor(message: string) {
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
  if (!vault) throw new BackupRefusedError('This backup has no journal index. Nothing was restored.');
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, vault.update);
  } catch {
    throw new BackupRefusedError(
      'This backup is damaged: its journal index cannot be read. Nothing was restored.',
    );
  } finally {
    doc.destroy();
  }
  if (vaultSchemaVersion(doc) > VAULT_SCHEMA_VERSION) {
    throw new BackupRefusedError(
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
  control.onProgress?.({ phase: 'Checking the backup', done: 0, total: 1 });
  checkBackupDocuments(documents);
  throwIfCancelled(control.signal);
  control.onCommitted?.();
  const prefix = profilePrefix(vault);
  // Nothing may write the old state into the new copy: every local document closes first.
  await store.flushAll();
  await store.closeAll();
  control.onProgress?.({ phase: 'Replacing the copy on disk', done: 0, total: 1 });
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

/** What the person is told after a restore: what came back, and what did not. */
export function restoredMessage(
  outcome: Extract<RestoreOutcome, { status: 'restored' }>,
  fileName: string,
): string {
  const extras: string[] = [];
  if (outcome.identityRestored) extras.push('your identity keys');
  if (outcome.spacesRestored > 0)
    extras.push(
      outcome.spacesRestored === 1
        ? 'the person you share with'
        : `the ${outcome.spacesRestored} people you share with`,
    );
  const withExtras = extras.length > 0 ? `, with ${extras.join(' and ')}` : '';
  const warnings = outcome.warnings.length > 0 ? ` ${outcome.warnings.join(' ')}` : '';
  return `Restored ${outcome.documents} documents from ${fileName}${withExtras}.${warnings}`;
}
