import { useCallback, useMemo, useState } from 'react';
import { NavLink, useNavigate } from 'react-router';
import type { SharedItemNotice } from '../../../../shared/oneOnOne/sinceLastTime';
import { currentMeeting } from '../../../../shared/oneOnOne/series';
import { setMeetingDate } from '../../../../shared/schema/meetingIndex';
import { type Member } from '../../../../shared/schema/spaceMembers';
import type { OpenDocument } from '../../data/DocumentStore';
import { useOpenDocument } from '../../data/useOpenDocument';
import { DocumentNotReady } from '../../ui/DocumentPane';
import { useToasts } from '../../ui/toasts';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { todayAt } from '../../../../shared/cadence/zonedTime';
import { AllActionItems } from './AllActionItems';
import { MeetingHistory } from './MeetingHistory';
import { MeetingView } from './MeetingView';
import type { OneOnOneRepository } from './OneOnOneRepository';
import { localAwareness, type AwarenessSource } from './presence';
import { SeriesSettingsForm } from './SeriesSettingsForm';
import { defaultSummaryClient, type SummaryClient } from './summaryClient';
import { useSummaryLabels } from './useSummaryLabels';
import { useActionItems, useMeetings, useMembers, usePeerName, useSeriesSettings } from './useSeries';

export type SeriesSubView = 'meeting' | 'history' | 'actions' | 'settings';

export interface SeriesViewProps {
  repo: OneOnOneRepository;
  vault: OpenDocument;
  spaceId: string;
  me: Member;
  view: SeriesSubView;
  /** A specific meeting (from history); the current one otherwise. */
  meetingId?: string | null;
  /** Route prefix of this series, e.g. `/one-on-ones/<spaceId>`. */
  basePath: string;
  awarenessSource?: AwarenessSource;
  sharedItems?: readonly SharedItemNotice[];
  /** Who has paused sharing in this space, while either has (see spaceDirectory). */
  sharingPausedBy?: 'me' | 'peer' | null;
  onOpenLink?: (url: string) => void;
  /** Signs and checks summary confirmations; main's through the preload unless given. */
  summaryClient?: SummaryClient | null;
}

const NO_SHARED_ITEMS: readonly SharedItemNotice[] = [];

/** A space's one-on-one series: the current meeting, history, all action items, settings. */
export function SeriesView(props: SeriesViewProps) {
  const { repo, spaceId, me } = props;
  const t = useT();
  const open = useCallback(
    (id: string) => {
      const opened = repo.openSpace(id);
      void opened[0].ready.then(
        () => repo.prepareSpace(opened[0], id, me),
        () => undefined,
      );
      return opened;
    },
    // The member entry is rewritten when the name changes (setMember skips identical values).
    [repo, me],
  );
  const state = useOpenDocument(spaceId, open);
  if (state.status !== 'ready') {
    return (
      <DocumentNotReady
        state={state}
        opening={t('oneOnOnes.series.opening')}
        cannotOpen={t('oneOnOnes.series.cannotOpen')}
        unaffected={t('oneOnOnes.series.unaffected')}
      />
    );
  }
  return <OpenSeries {...props} space={state.item} />;
}

function OpenSeries({
  repo,
  vault,
  space,
  spaceId,
  me,
  view,
  meetingId = null,
  basePath,
  awarenessSource = localAwareness,
  sharedItems = NO_SHARED_ITEMS,
  sharingPausedBy = null,
  onOpenLink,
  summaryClient,
}: SeriesViewProps & { space: OpenDocument }) {
  const [summaries] = useState(() => (summaryClient === undefined ? defaultSummaryClient() : summaryClient));
  const meetings = useMeetings(space.doc);
  const actions = useActionItems(space.doc);
  const members = useMembers(space.doc);
  const settings = useSeriesSettings(space.doc);
  const peerName = usePeerName(space.doc, me.id);
  const navigate = useNavigate();
  const toasts = useToasts();
  const t = useT();
  const dates = useDates();
  const today = todayAt(repo.now());
  const meeting = useMemo(
    () => (meetingId ? meetings.find((m) => m.id === meetingId) : currentMeeting(meetings)) ?? null,
    [meetings, meetingId],
  );
  const [starting, setStarting] = useState(false);
  const meetingPath = useCallback((id: string) => `${basePath}/meetings/${id}`, [basePath]);
  const summaryLabel = useSummaryLabels(space.doc, spaceId, meetings, me.role, peerName, summaries);

  const closeMeeting = async () => {
    if (!meeting) return;
    const result = await repo.closeMeeting(
      space,
      spaceId,
      meeting.id,
      me.id,
      today,
      sharedItems.map((i) => i.id),
    );
    const closedId = meeting.id;
    toasts.show(
      result.closed
        ? t('oneOnOnes.series.closedToast', { points: result.carriedPoints, actions: result.carriedActions })
        : t('oneOnOnes.series.alreadyClosed'),
      // Closing leads to the summary both confirm (issue 17).
      {
        label: t('conversation.summary.write'),
        run: () => void navigate(`${meetingPath(closedId)}#summary`),
      },
    );
    void navigate(basePath);
  };

  const tabs: { to: string; label: string; end?: boolean }[] = [
    { to: basePath, label: t('oneOnOnes.series.tab', { tab: 'meeting' }), end: true },
    { to: `${basePath}/history`, label: t('oneOnOnes.series.tab', { tab: 'history' }) },
    { to: `${basePath}/actions`, label: t('oneOnOnes.series.tab', { tab: 'actions' }) },
    { to: `${basePath}/settings`, label: t('oneOnOnes.series.tab', { tab: 'settings' }) },
  ];

  return (
    <div className="series" data-space-id={spaceId}>
      <header className="series-header">
        <h2 className="series-title">
          {t.rich('oneOnOnes.series.title', { name: peerName, bdi: (chunks) => <bdi>{chunks}</bdi> })}
        </h2>
        <p className="oo-meta">
          {t('oneOnOnes.series.meta', {
            cadence: t('oneOnOnes.cadence', { cadence: settings.cadence }),
            time: settings.time,
            next: settings.nextDate ? dates.calendar(settings.nextDate) : 'none',
            career: settings.careerQuarterly ? 'yes' : 'no',
          })}
        </p>
        <nav className="series-tabs" aria-label={t('oneOnOnes.series.tabs')}>
          {tabs.map((tab) => (
            <NavLink key={tab.to} to={tab.to} end={tab.end}>
              {tab.label}
            </NavLink>
          ))}
        </nav>
      </header>
      {view === 'history' && (
        <MeetingHistory meetings={meetings} meetingPath={meetingPath} summaryLabel={summaryLabel} />
      )}
      {view === 'actions' && (
        <AllActionItems
          space={space.doc}
          actions={actions}
          meetings={meetings}
          members={members}
          meId={me.id}
          today={today}
          now={repo.now}
        />
      )}
      {view === 'settings' && (
        <SeriesSettingsForm
          space={space.doc}
          onSaved={(saved) => {
            // "Next meeting" moves the open meeting too (and so its reminder).
            const open = currentMeeting(meetings);
            if (open && saved.nextDate !== null && saved.nextDate !== open.date) {
              setMeetingDate(space.doc, open.id, saved.nextDate);
            }
          }}
        />
      )}
      {view === 'meeting' &&
        (meeting ? (
          <MeetingView
            key={meeting.id}
            repo={repo}
            vault={vault}
            space={space}
            spaceId={spaceId}
            meeting={meeting}
            meetings={meetings}
            actions={actions}
            members={members}
            me={me}
            today={today}
            awarenessSource={awarenessSource}
            sharedItems={sharedItems}
            peerName={peerName}
            sharingPausedBy={sharingPausedBy}
            meetingPath={meetingPath}
            onClose={closeMeeting}
            onOpenLink={onOpenLink}
            summaryClient={summaries}
          />
        ) : meetingId ? (
          <p className="page-message" role="status">
            {t('oneOnOnes.series.notInSeries')}
          </p>
        ) : (
          <section className="oo-section" aria-labelledby="start-heading">
            <h3 id="start-heading">{t('oneOnOnes.series.start')}</h3>
            <p>{t('oneOnOnes.series.startLead')}</p>
            <SeriesSettingsForm
              space={space.doc}
              submitLabel={starting ? t('oneOnOnes.series.starting') : t('oneOnOnes.series.start')}
              onSaved={(saved) => {
                setStarting(true);
                repo.startSeries(space, spaceId, saved.nextDate ?? today);
                setStarting(false);
              }}
            />
          </section>
        ))}
    </div>
  );
}
