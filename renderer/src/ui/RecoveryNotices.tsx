import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { VAULT_DOC_ID } from '../../../shared/schema/ids';
import { readVaultEntry } from '../../../shared/schema/vault';
import type { DocumentStore, Recovery } from '../data/DocumentStore';
import './recovery.css';

/**
 * Says, until dismissed, which items had damaged saved data and what became of it. The data was
 * copied aside untouched before anything was rebuilt, so the notice can promise nothing was lost
 * that could be read.
 */
export function RecoveryNotices({ store, vault }: { store: DocumentStore; vault: Y.Doc }) {
  const recoveries = useSyncExternalStore(store.subscribe, store.getRecoveries);
  if (recoveries.length === 0) return null;
  return (
    <div className="recovery-notices" role="alert">
      {recoveries.map((recovery) => (
        <div key={recovery.docId} className="recovery-notice" data-testid="recovery-notice">
          <p>{describeRecovery(recovery, titleOf(vault, recovery.docId))}</p>
          <button type="button" onClick={() => store.dismissRecovery(recovery.docId)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}

function titleOf(vault: Y.Doc, docId: string): string | null {
  if (docId === VAULT_DOC_ID) return 'your journal index';
  const entry = readVaultEntry(vault, docId.replace(/^item:/, ''));
  return entry ? `“${entry.title || 'Untitled'}”` : null;
}

export function describeRecovery({ report }: Recovery, title: string | null): string {
  const what = title ?? 'an item';
  const total = report.recoveredRecords + report.damagedRecords;
  return (
    `Some saved data for ${what} was damaged. It was set aside unchanged (nothing was deleted) and ` +
    `the item was rebuilt from ${report.recoveredRecords} of ${total} saved changes, ` +
    'together with the backup copy on disk.'
  );
}
