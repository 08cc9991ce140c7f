import { Lock } from 'lucide-react';
import { useMemo } from 'react';
import { Heading } from 'react-aria-components';
import type * as Y from 'yjs';
import { dateOfNextMeeting, openPoints, undoneActionsOf } from '../../../../shared/oneOnOne/carryOver';
import type { IsoDate } from '../../../../shared/schema/dates';
import type { ActionItem } from '../../../../shared/schema/actionItems';
import type { MeetingSummary } from '../../../../shared/schema/meetingIndex';
import { useDocSnapshot } from '../../data/useDocSnapshot';
import { ModalDialog } from '../../ui/ModalDialog';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import './closeMeeting.css';

interface CloseMeetingDialogProps {
  space: Y.Doc;
  agenda: Y.Doc;
  meeting: MeetingSummary;
  /** Every action of the series (live), so the list follows what either person adds meanwhile. */
  actions: readonly ActionItem[];
  peerName: string;
  today: IsoDate;
  closing: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asked before a meeting is closed: closing is for both people at once and cannot be undone, so
 * the dialog says that, and lists exactly what will move to the next meeting (read live, so a
 * point the other person adds while it is open shows up in it).
 */
export function CloseMeetingDialog({
  space,
  agenda,
  meeting,
  actions,
  peerName,
  today,
  closing,
  onConfirm,
  onCancel,
}: CloseMeetingDialogProps) {
  const t = useT();
  const dates = useDates();
  const points = useDocSnapshot(agenda, openPoints);
  const undone = useMemo(() => undoneActionsOf(actions, meeting.id), [actions, meeting.id]);
  const nextDate = useMemo(() => dateOfNextMeeting(space, meeting, today), [space, meeting, today]);
  const nothing = points.length === 0 && undone.length === 0;
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onCancel()} aria-label={t('oneOnOnes.close.label')}>
      <Heading slot="title" level={2}>
        {t('oneOnOnes.close.heading')}
      </Heading>
      <p className="dialog-lead">
        {t.rich('oneOnOnes.close.lead', { name: peerName, bdi: (chunks) => <bdi>{chunks}</bdi> })}
      </p>
      {nothing ? (
        <p>{t('oneOnOnes.close.nothing')}</p>
      ) : (
        <div className="close-carry">
          <p>{t('oneOnOnes.close.moves', { date: dates.calendar(nextDate) })}</p>
          {points.length > 0 && (
            <>
              <h3>{t('oneOnOnes.close.points', { count: points.length })}</h3>
              <ul aria-label={t('oneOnOnes.close.pointsList')}>
                {points.map((p) => (
                  <li key={p.id}>{p.text}</li>
                ))}
              </ul>
            </>
          )}
          {undone.length > 0 && (
            <>
              <h3>{t('oneOnOnes.close.actions', { count: undone.length })}</h3>
              <ul aria-label={t('oneOnOnes.close.actionsList')}>
                {undone.map((a) => (
                  <li key={a.id}>{a.text}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <div className="dialog-actions close-dialog-actions">
        <button type="button" className="button" autoFocus onClick={onCancel}>
          {t('oneOnOnes.close.keep')}
        </button>
        <button
          type="button"
          className="button"
          data-variant="primary"
          disabled={closing}
          onClick={onConfirm}
        >
          <Lock size={14} aria-hidden />{' '}
          {closing ? t('oneOnOnes.close.closing') : t('oneOnOnes.close.confirm')}
        </button>
      </div>
    </ModalDialog>
  );
}
