import { AlertTriangle, Check, Loader2 } from 'lucide-react';
import type { DocumentStore } from '../data/DocumentStore';
import { useSaveStatus } from '../data/useSaveStatus';

/** The app's one answer to "is my writing saved?". */
export function SaveIndicator({ store }: { store: DocumentStore }) {
  const status = useSaveStatus(store);
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
          <Check size={14} aria-hidden /> Saved
        </>
      )}
      {status.kind === 'saving' && (
        <>
          <Loader2 size={14} aria-hidden /> Saving…
        </>
      )}
      {status.kind === 'error' && (
        <>
          <AlertTriangle size={14} aria-hidden /> {status.message}
        </>
      )}
    </span>
  );
}
