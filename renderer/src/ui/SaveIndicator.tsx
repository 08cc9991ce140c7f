import { AlertTriangle, Check, Loader2 } from 'lucide-react';
import type { DocumentStore, SaveStatus } from '../data/DocumentStore';
import { useSaveStatus } from '../data/useSaveStatus';
import { useT, type Translate } from '../i18n/useT';

/** The app's one answer to "is my writing saved?". */
export function SaveIndicator({ store }: { store: DocumentStore }) {
  const status = useSaveStatus(store);
  const t = useT();
  return (
    <span
      className="save-state"
      data-testid="save-state"
      data-state={status.kind}
      role="status"
      aria-live="polite"
    >
      {status.kind === 'saved' && (
        <>
          <Check size={14} aria-hidden /> {t('shell.save.saved')}
        </>
      )}
      {status.kind === 'saving' && (
        <>
          <Loader2 size={14} aria-hidden /> {t('shell.save.saving')}
        </>
      )}
      {status.kind === 'error' && (
        <>
          <AlertTriangle size={14} aria-hidden /> {describeSaveError(status, t)}
        </>
      )}
    </span>
  );
}

/** A failed save in the person's language; a problem of no known kind says its own message. */
export function describeSaveError(status: Extract<SaveStatus, { kind: 'error' }>, t: Translate): string {
  const reason = status.reason ?? status.message;
  switch (status.problem) {
    case 'diskFull':
      return t('shell.save.diskFull');
    case 'failed':
      return t('shell.save.failed', { reason });
    case 'mirrorWrite':
      return t('shell.save.mirrorWrite', { reason });
    case 'mirrorRead':
      return t('shell.save.mirrorRead', { reason });
    case undefined:
      return status.message;
  }
}
