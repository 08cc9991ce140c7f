import { Lock } from 'lucide-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SharedItemNotice } from '../../../../shared/oneOnOne/sinceLastTime';
import { previousClosedMeeting } from '../../../../shared/oneOnOne/series';
import type { BroughtInPoint } from '../../../../shared/oneOnOne/bringIn';
import type { IsoDate } from '../../../../shared/schema/dates';
import { newItemId } from '../../../../shared/schema/ids';
import { addTalkingPoint, meetingNotes } from '../../../../shared/schema/meeting';
import { meetingDocId, successorMeetingId } from '../../../../shared/schema/meetingIds';
import { privateMeetingNotes } from '../../../../shared/schema/meetingPrivate';
import type { ActionItem } from '../../../../shared/schema/actionItems';
import type { MeetingSummary } from '../../../../shared/schema/meetingIndex';
import type { Member } from '../../../../shared/schema/spaceMembers';
import type { OpenDocument } from '../../data/DocumentStore';
import { useOpenDocument } from '../../data/useOpenDocument';
import { DocumentNotReady } from '../../ui/DocumentPane';
import { RichTextEditor } from '../editor';
import { usePlanSummaries } from '../../services/growth/useGrowthIndex';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import type { MeetingLink } from './ActionItemRow';
import { ActionItemsSection } from './ActionItemsSection';
import { BringInDialog } from './BringInDialog';
import { CloseMeetingDialog } from './CloseMeetingDialog';
import { MeetingPdfButton } from './MeetingPdfDialog';
import { MeetingSummarySection } from './MeetingSummarySection';
import { defaultSummaryClient, type SummaryClient } from './summaryClient';
import type { OneOnOneRepository } from './OneOnOneRepository';
import { PresenceBar } from './PresenceBar';
import { memberColour, presenceCursorExtension, type AwarenessSource } from './presence';
import { SharingPausedNote } from './SharingPausedNote';
import { SinceLastTimePanel } from './SinceLastTimePanel';
import { TalkingPoints } from './TalkingPoints';
import { useAwareness, usePresentPeople } from './usePresence';

export interface MeetingViewProps {
  repo: OneOnOneRepository;
  vault: OpenDocument;
  space: OpenDocument;
  spaceId: string;
  meeting: MeetingSummary;
  meetings: readonly MeetingSummary[];
  actions: readonly ActionItem[];
  members: readonly Member[];
  me: Member;
  today: IsoDate;
  awarenessSource: AwarenessSource;
  sharedItems: readonly SharedItemNotice[];
  /** The other person's name, as the series heading shows it. */
  peerName: string;
  sharingPausedBy: 'me' | 'peer' | null;
  /** The route of a meeting of this series. */
  meetingPath: (meetingId: string) => string;
  onClose: () => Promise<void>;
  onOpenLink?: (url: string) => void;
  /** Signs and checks summary confirmations; main's through the preload unless given. */
  summaryClient?: SummaryClient | null;
}

/** One meeting: its agenda documents open while it is on screen. */
export function MeetingView(props: MeetingViewProps) {
  const t = useT();
  const { repo, meeting, spaceId } = props;
  const openAgenda = useCallback(
    (id: string) => {
      const opened = repo.openAgenda(id);
      void opened[0].ready.then(
        () => repo.prepareAgenda(opened[0], id, spaceId),
        () => undefined,
      );
      return opened;
    },
    [repo, spaceId],
  );
  const openPrivate = useCallback(
    (id: string) => {
      const opened = repo.openPrivateNotes(id);
      void opened[0].ready.then(
        () => repo.preparePrivateNotes(opened[0], id),
        () => undefined,
      );
      return opened;
    },
    [repo],
  );
  const agenda = useOpenDocument(meeting.id, openAgenda);
  const privateNotes = useOpenDocument(meeting.id, openPrivate);
  if (agenda.status !== 'ready' || privateNotes.status !== 'ready') {
    const state =
      agenda.status !== 'ready'
        ? agenda
        : privateNotes.status !== 'ready'
          ? privateNotes
          : { status: 'loading' as const };
    return (
      <DocumentNotReady
        state={state}
        opening={t('oneOnOnes.meeting.opening')}
        cannotOpen={t('oneOnOnes.meeting.cannotOpen')}
        unaffected={t('oneOnOnes.meeting.unaffected')}
      />
    );
  }
  return <OpenMeeting {...props} agenda={agenda.item} privateNotes={privateNotes.item} />;
}

function OpenMeeting({
  repo,
  vault,
  space,
  spaceId,
  meeting,
  meetings,
  actions,
  members,
  me,
  today,
  awarenessSource,
  sharedItems,
  peerName,
  sharingPausedBy,
  meetingPath,
  onClose,
  onOpenLink,
  agenda,
  privateNotes,
  summaryClient,
}: MeetingViewProps & { agenda: OpenDocument; privateNotes: OpenDocument }) {
  const [summaries] = useState(() => (summaryClient === undefined ? defaultSummaryClient() : summaryClient));
  const t = useT();
  const dates = useDates();
  const closed = meeting.closedAt !== null;
  const user = useMemo(() => ({ name: me.name, color: memberColour(me.id) }), [me.name, me.id]);
  const awareness = useAwareness(awarenessSource, meetingDocId(meeting.id), agenda.doc, user);
  const people = usePresentPeople(awareness);
  const cursorExtensions = useMemo(
    () => (awareness ? [presenceCursorExtension(awareness)] : []),
    [awareness],
  );
  const plans = usePlanSummaries(vault.doc);
  const previous = useMemo(() => previousClosedMeeting(meetings, meeting.id), [meetings, meeting.id]);
  const carriedFromId = !closed && meeting.previousId !== null ? meeting.previousId : null;
  // Once closed, its open points and actions went to the next meeting: the record says where.
  const carriedTo = useMemo((): MeetingLink | null => {
    if (!closed) return null;
    const next = meetings.find((m) => m.id === successorMeetingId(meeting.id));
    return next ? { label: dates.calendar(next.date), path: meetingPath(next.id) } : null;
  }, [closed, meetings, meeting.id, meetingPath, dates]);
  useEffect(
    () => (carriedFromId ? repo.followLateArrivals(space, spaceId, carriedFromId, agenda) : undefined),
    [repo, space, spaceId, carriedFromId, agenda],
  );
  const [bringingIn, setBringingIn] = useState(false);
  const [closing, setClosing] = useState(false);
  const [confirmingClose, setConfirmingClose] = useState(false);

  const bringIn = (point: BroughtInPoint) => {
    addTalkingPoint(agenda.doc, {
      id: newItemId(),
      text: point.text,
      source: point.source,
      authorId: me.id,
      authorName: me.name,
      createdAt: repo.now(),
    });
    setBringingIn(false);
  };

  return (
    <article className="meeting" aria-labelledby="meeting-heading" data-meeting-id={meeting.id}>
      <header className="meeting-header">
        <div>
          <h3 id="meeting-heading" className="meeting-title">
            {t('oneOnOnes.meeting.title', {
              career: meeting.career ? 'yes' : 'no',
              date: dates.calendar(meeting.date),
            })}
          </h3>
          <p className="oo-meta">
            {closed ? (
              <>
                <Lock size={12} aria-hidden />{' '}
                {t('oneOnOnes.meeting.closed', { date: dates.day(meeting.closedAt ?? 0) })}
              </>
            ) : (
              t('oneOnOnes.meeting.open')
            )}
            {meeting.career && (
              <span className="oo-badge" data-tone="accent">
                {t('oneOnOnes.meeting.careerBadge')}
              </span>
            )}
          </p>
        </div>
        <div className="meeting-actions">
          <MeetingPdfButton space={space.doc} spaceId={spaceId} meetingId={meeting.id} />
          {!closed && (
            <button
              type="button"
              className="button close-meeting-button"
              data-variant="primary"
              disabled={closing}
              onClick={() => setConfirmingClose(true)}
            >
              <Lock size={14} aria-hidden /> {t('oneOnOnes.meeting.close')}
            </button>
          )}
        </div>
      </header>
      <PresenceBar people={people} />
      <div className="meeting-columns">
        <div className="meeting-main">
          {!closed && sharingPausedBy && <SharingPausedNote peerName={peerName} pausedBy={sharingPausedBy} />}
          <TalkingPoints
            agenda={agenda.doc}
            me={me}
            now={repo.now}
            readOnly={closed}
            carriedTo={carriedTo}
            onBringIn={() => setBringingIn(true)}
          />
          <section className="oo-section" aria-labelledby="shared-notes-heading">
            <h4 id="shared-notes-heading">{t('oneOnOnes.meeting.sharedNotes')}</h4>
            <RichTextEditor
              key={`shared-${meeting.id}`}
              fragment={meetingNotes(agenda.doc)}
              label={t('oneOnOnes.meeting.sharedNotes')}
              placeholder={t('oneOnOnes.meeting.sharedPlaceholder')}
              readOnly={closed}
              extraExtensions={cursorExtensions}
              testId="shared-notes-editor"
              onOpenLink={onOpenLink}
            />
          </section>
          <ActionItemsSection
            space={space.doc}
            meetingId={meeting.id}
            actions={actions}
            members={members}
            me={me}
            today={today}
            now={repo.now}
            closed={closed}
            carriedTo={carriedTo}
          />
          <MeetingSummarySection
            agenda={agenda.doc}
            space={space.doc}
            spaceId={spaceId}
            meetingId={meeting.id}
            actions={actions}
            me={me}
            peerName={peerName}
            client={summaries}
          />
        </div>
        <aside className="meeting-side" aria-label={t('oneOnOnes.meeting.beside')}>
          <section className="oo-section private-notes" aria-labelledby="private-notes-heading">
            <h4 id="private-notes-heading">
              <Lock size={14} aria-hidden /> {t('oneOnOnes.meeting.privateNotes')}
            </h4>
            <p className="oo-meta">{t('oneOnOnes.meeting.privateHint')}</p>
            <RichTextEditor
              key={`private-${meeting.id}`}
              fragment={privateMeetingNotes(privateNotes.doc)}
              label={t('oneOnOnes.meeting.privateNotes')}
              placeholder={t('oneOnOnes.meeting.privatePlaceholder')}
              testId="private-notes-editor"
              onOpenLink={onOpenLink}
            />
          </section>
          <SinceLastTimePanel
            meeting={meeting}
            previous={previous}
            actions={actions}
            plans={plans}
            sharedItems={sharedItems}
          />
        </aside>
      </div>
      {confirmingClose && !closed && (
        <CloseMeetingDialog
          space={space.doc}
          agenda={agenda.doc}
          meeting={meeting}
          actions={actions}
          peerName={peerName}
          today={today}
          closing={closing}
          onCancel={() => setConfirmingClose(false)}
          onConfirm={() => {
            setClosing(true);
            void onClose().finally(() => {
              setClosing(false);
              setConfirmingClose(false);
            });
          }}
        />
      )}
      {bringingIn && (
        <BringInDialog
          vault={vault.doc}
          today={today}
          onBringIn={bringIn}
          onClose={() => setBringingIn(false)}
        />
      )}
    </article>
  );
}
