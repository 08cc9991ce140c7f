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
import { formatCalendarDate } from '../../ui/dates';
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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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
  const points = useDocSnapshot(agenda, openPoints);
  const undone = useMemo(() => undoneActionsOf(actions, meeting.id), [actions, meeting.id]);
  const nextDate = useMemo(() => dateOfNextMeeting(space, meeting, today), [space, meeting, today]);
  const nothing = points.length === 0 && undone.length === 0;
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onCancel()} aria-label="Close this meeting">
      <Heading slot="title" level={2}>
        Close this meeting for both of you?
      </Heading>
      <p className="dialog-lead">
        Closing it closes it for {peerName} too: the agenda, shared notes and action items become a read-only
        record on both computers. It cannot be reopened.
      </p>
      {nothing ? (
        <p>Nothing is open: no talking points or action items move on.</p>
      ) : (
        <div className="close-carry">
          <p>Moves to the next meeting on {formatCalendarDate(nextDate)}, marked as carried from this one:</p>
          {points.length > 0 && (
            <>
              <h3>{plural(points.length, 'open talking point', 'open talking points')}</h3>
              <ul aria-label="Talking points that will be carried">
                {points.map((p) => (
                  <li key={p.id}>{p.text}</li>
                ))}
              </ul>
            </>
          )}
          {undone.length > 0 && (
            <>
              <h3>{plural(undone.length, 'unfinished action item', 'unfinished action items')}</h3>
              <ul aria-label="Action items that will be carried">
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
          Keep it open
        </button>
        <button
          type="button"
          className="button"
          data-variant="primary"
          disabled={closing}
          onClick={onConfirm}
        >
          <Lock size={14} aria-hidden /> {closing ? 'Closing…' : 'Close for both of us'}
        </button>
      </div>
    </ModalDialog>
  );
}
