import { FileDown } from 'lucide-react';
import { useState } from 'react';
import { Heading } from 'react-aria-components';
import type { PdfPageSize } from '../../../../shared/ipc/contract';
import { useAppServices } from '../../services/AppServicesContext';
import { RadioGroup } from '../../ui/form';
import { ModalDialog } from '../../ui/ModalDialog';
import { useToasts } from '../../ui/toasts';
import { fileNameOf } from '../../ui/fileName';
import { useT } from '../../i18n/useT';
import type { MessageId } from '../../../../shared/i18n/messages';
import { findPlanConversations } from './planConversations';
import './exportPdf.css';

/** Letter where it is the usual paper (North America and a few others), A4 everywhere else. */
export function defaultPageSize(locale: string): PdfPageSize {
  const region = /[-_]([A-Za-z]{2})\b/.exec(locale)?.[1]?.toUpperCase() ?? '';
  return ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE'].includes(region) ? 'Letter' : 'A4';
}

// Paper names and sizes are the same words in every language but Letter's.
const PAGE_SIZES: { value: PdfPageSize; label: MessageId | null; hint: string }[] = [
  { value: 'A4', label: null, hint: '210 × 297 mm' },
  { value: 'Letter', label: 'print.pdf.letter', hint: '8.5 × 11 in' },
];

/** The paper size radios of a PDF export dialog (the plan's and the meeting's). */
export function PaperSizeChoice({
  value,
  onChange,
  disabled,
}: {
  value: PdfPageSize;
  onChange: (size: PdfPageSize) => void;
  disabled: boolean;
}) {
  const t = useT();
  return (
    <RadioGroup
      legend={t('print.pdf.paperSize')}
      value={value}
      onChange={onChange}
      disabled={disabled}
      options={PAGE_SIZES.map((size) => ({
        value: size.value,
        label: size.label === null ? size.value : t(size.label),
        hint: size.hint,
      }))}
    />
  );
}

/** "Export PDF…" for the plan editor's header: paper size, signature lines, then the save dialog. */
export function ExportPdfButton({ planId }: { planId: string }) {
  const [open, setOpen] = useState(false);
  const t = useT();
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        <FileDown size={14} aria-hidden /> {t('print.pdf.button')}
      </button>
      {open && <ExportPdfDialog planId={planId} onClose={() => setOpen(false)} />}
    </>
  );
}

function ExportPdfDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { store } = useAppServices();
  const toasts = useToasts();
  const t = useT();
  const [pageSize, setPageSize] = useState<PdfPageSize>(() => defaultPageSize(navigator.language));
  const [includeAcknowledgement, setIncludeAcknowledgement] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const exportPdf = async () => {
    const api = window.tandem;
    if (!api) {
      setError(t('print.pdf.needsDesktop'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      // The print window reads the plan from the local store: what is on screen must be there.
      await store.flushAll();
      // The one-on-ones that discussed the plan; main checks their confirmations before printing.
      const conversations = await findPlanConversations(store, planId);
      const result = await api.plan.exportPdf({ planId, pageSize, includeAcknowledgement, conversations });
      if (result.status === 'failed') {
        setError(result.message);
        return;
      }
      if (result.status === 'saved') toasts.show(t('print.pdf.saved', { file: fileNameOf(result.path) }));
      onClose();
    } catch (cause) {
      setError(t('print.pdf.failed', { reason: cause instanceof Error ? cause.message : String(cause) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && !busy && onClose()}
      aria-labelledby="export-pdf-heading"
    >
      <Heading slot="title" id="export-pdf-heading">
        {t('print.pdf.title')}
      </Heading>
      <p className="dialog-lead">{t('print.pdf.lead')}</p>
      <form
        className="export-pdf-form"
        onSubmit={(event) => {
          event.preventDefault();
          void exportPdf();
        }}
      >
        <PaperSizeChoice value={pageSize} onChange={setPageSize} disabled={busy} />
        <label className="export-pdf-choice">
          <input
            type="checkbox"
            checked={includeAcknowledgement}
            disabled={busy}
            onChange={(e) => setIncludeAcknowledgement(e.target.checked)}
          />
          <span>{t('print.pdf.signatures')}</span>
        </label>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions export-pdf-actions">
          <button type="button" className="button" data-variant="ghost" onClick={onClose} disabled={busy}>
            {t('print.pdf.cancel')}
          </button>
          <button type="submit" className="button" data-variant="primary" disabled={busy}>
            {busy ? t('print.pdf.preparing') : t('print.pdf.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
