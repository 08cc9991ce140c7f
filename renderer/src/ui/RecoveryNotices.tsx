import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { VAULT_DOC_ID } from '../../../shared/schema/ids';
import { readVaultEntry } from '../../../shared/schema/vault';
import type { DocumentStore, Recovery } from '../data/DocumentStore';
import { useT, type Translate } from '../i18n/useT';
import './recovery.css';

/**
 * Says, until dismissed, which items had damaged saved data and what became of it. The data was
 * copied aside untouched before anything was rebuilt, so the notice can promise nothing was lost
 * that could be read.
 */
export function RecoveryNotices({ store, vault }: { store: DocumentStore; vault: Y.Doc }) {
  const recoveries = useSyncExternalStore(store.subscribe, store.getRecoveries);
  const t = useT();
  if (recoveries.length === 0) return null;
  return (
    <div className="recovery-notices" role="alert">
      {recoveries.map((recovery) => (
        <div key={recovery.docId} className="recovery-notice" data-testid="recovery-notice">
          <p>{describeRecovery(recovery, whatWasDamaged(vault, recovery.docId, t), t)}</p>
          <button type="button" onClick={() => store.dismissRecovery(recovery.docId)}>
            {t('shell.recovery.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}

/** The journal's index, an item by its title, or (an item no longer listed) an item. */
type Damaged = { what: 'index' } | { what: 'item'; title: string } | { what: 'unknown' };

function whatWasDamaged(vault: Y.Doc, docId: string, t: Translate): Damaged {
  if (docId === VAULT_DOC_ID) return { what: 'index' };
  const entry = readVaultEntry(vault, docId.replace(/^item:/, ''));
  if (!entry) return { what: 'unknown' };
  return { what: 'item', title: entry.title.trim() || t('shell.recovery.untitled') };
}

function describeRecovery({ report }: Recovery, damaged: Damaged, t: Translate) {
  const total = report.recoveredRecords + report.damagedRecords;
  return t.rich('shell.recovery.notice', {
    what: damaged.what,
    // A person's title keeps its own direction inside the sentence.
    title: damaged.what === 'item' ? <bdi>{damaged.title}</bdi> : '',
    recovered: report.recoveredRecords,
    total,
  });
}
