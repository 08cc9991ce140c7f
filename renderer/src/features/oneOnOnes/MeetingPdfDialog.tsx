import { FileDown } from 'lucide-react';
import { useState } from 'react';
import { Heading } from 'react-aria-components';
import type * as Y from 'yjs';
import type { PdfPageSize } from '../../../../shared/ipc/contract';
import { storedConfirmations } from '../../../../shared/oneOnOne/meetingRecord';
import { useAppServices } from '../../services/AppServicesContext';
import { ModalDialog } from '../../ui/ModalDialog';
import { useToasts } from '../../ui/toasts';
import { fileNameOf } from '../../ui/fileName';
import { useT } from '../../i18n/useT';
import { defaultPageSize, PaperSizeChoice } from '../plans';

/**
 * "Export PDF…" in a meeting's header (issue 17, point 4): the paper size, then main prints the
 * meeting's print view and asks where to save. The stored confirmations go along for main to
 * check against the keys of the roles they claim before they print as confirmed.
 */

export interface MeetingPdfButtonProps {
  space: Y.Doc;
  spaceId: string;
  meetingId: string;
}

export function MeetingPdfButton(props: MeetingPdfButtonProps) {
  const [open, setOpen] = useState(false);
  const t = useT();
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        <FileDown size={14} aria-hidden /> {t('meetingPdf.button')}
      </button>
      {open && <MeetingPdfDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}

function MeetingPdfDialog({
  space,
  spaceId,
  meetingId,
  onClose,
}: MeetingPdfButtonProps & { onClose: () => void }) {
  const { store } = useAppServices();
  const toasts = useToasts();
  const t = useT();
  const [pageSize, setPageSize] = useState<PdfPageSize>(() => defaultPageSize(navigator.language));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const exportPdf = async () => {
    const api = window.tandem;
    if (!api) {
      setError(t('meetingPdf.dialog.needsDesktop'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      // The print window reads the meeting from the local store: what is on screen must be there.
      await store.flushAll();
      const confirmations = storedConfirmations(space, meetingId).map(
        ({ role, version, at, name, paraphrase, signature }) => ({
          role,
          version,
          at,
          name,
          paraphrase,
          signature,
        }),
      );
      const result = await api.meeting.exportPdf({ spaceId, meetingId, pageSize, confirmations });
      if (result.status === 'failed') {
        setError(result.message);
        return;
      }
      if (result.status === 'saved')
        toasts.show(t('meetingPdf.dialog.saved', { file: fileNameOf(result.path) }));
      onClose();
    } catch (cause) {
      setError(
        t('meetingPdf.dialog.failed', { reason: cause instanceof Error ? cause.message : String(cause) }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && !busy && onClose()}
      aria-labelledby="meeting-pdf-heading"
    >
      <Heading slot="title" id="meeting-pdf-heading">
        {t('meetingPdf.dialog.title')}
      </Heading>
      <p className="dialog-lead">{t('meetingPdf.dialog.lead')}</p>
      <form
        className="export-pdf-form"
        onSubmit={(event) => {
          event.preventDefault();
          void exportPdf();
        }}
      >
        <PaperSizeChoice value={pageSize} onChange={setPageSize} disabled={busy} />
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions export-pdf-actions">
          <button type="button" className="button" data-variant="ghost" onClick={onClose} disabled={busy}>
            {t('meetingPdf.dialog.cancel')}
          </button>
          <button type="submit" className="button" data-variant="primary" disabled={busy}>
            {busy ? t('meetingPdf.dialog.preparing') : t('meetingPdf.dialog.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
