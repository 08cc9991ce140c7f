import { Heading } from 'react-aria-components';
import { useT } from '../../i18n/useT';
import { ModalDialog } from '../../ui/ModalDialog';

/** What the person is about to remove for good: one item by name, or the whole trash. */
export type PurgeRequest = ({ kind: 'one'; name: string } | { kind: 'all'; count: number }) & {
  /** The people any of the items is shared with now: it is withdrawn from them first. */
  sharedWith: string[];
};

/** Asks before anything is removed for good; Escape or Cancel leaves everything in the trash. */
export function PurgeConfirmDialog({
  request,
  onConfirm,
  onCancel,
}: {
  request: PurgeRequest | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  if (!request) return null;
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onCancel()} aria-label={t('trash.confirm.label')}>
      <Heading slot="title">
        {request.kind === 'one'
          ? t.rich('trash.confirm.oneTitle', { name: <bdi>{request.name}</bdi> })
          : t('trash.confirm.allTitle', { count: request.count })}
      </Heading>
      <p>{t('trash.confirm.body')}</p>
      {request.sharedWith.length > 0 && (
        <p>
          {t.rich('trash.confirm.shared', {
            names: t.intl.formatList(request.sharedWith, { type: 'conjunction' }),
            bdi: (chunks) => <bdi>{chunks}</bdi>,
          })}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('trash.confirm.cancel')}
        </button>
        <button type="button" className="button" data-variant="danger" onClick={onConfirm}>
          {t('trash.confirm.go')}
        </button>
      </div>
    </ModalDialog>
  );
}
