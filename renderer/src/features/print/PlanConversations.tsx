import type { MeetingRecord } from '../../../../shared/oneOnOne/meetingRecord';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { Confirmation, Lines } from './MeetingPrintView';

/**
 * "Conversations about this plan" on the plan's PDF (issue 17): each closed one-on-one that had
 * the plan on its agenda — when, with whom, what was discussed and agreed, and where each
 * person stands with that summary. A confirmation reads as confirmed only when main checked its
 * signature (the page passes that in). Only shared text: private notes are never opened.
 */

function Conversation({ record, ownerName }: { record: MeetingRecord; ownerName: string }) {
  const t = useT();
  const dates = useDates();
  // With whom: the space's other member (the plan's owner is on every meeting of theirs). A
  // member the space has not heard from yet has no name there: "the other person".
  const people = record.members
    .filter((m) => m.name !== ownerName)
    .map((m) => m.name)
    .join(', ');
  return (
    <section className="print-conversation" aria-label={dates.calendar(record.meeting.date)}>
      <h3 dir="auto">
        {t('planConversations.meeting', {
          date: dates.calendar(record.meeting.date),
          people: people || t('planConversations.nobody'),
        })}
      </h3>
      {record.summary.empty ? (
        <p className="print-note">{t('planConversations.summary.none')}</p>
      ) : (
        <>
          <h4>{t('meetingPdf.summary.discussed')}</h4>
          <Lines text={record.summary.discussed} empty={t('meetingPdf.summary.notWritten')} />
          <h4>{t('meetingPdf.summary.agreed')}</h4>
          <Lines text={record.summary.agreed} empty={t('meetingPdf.summary.notWritten')} />
          <h4>{t('meetingPdf.summary.confirmations')}</h4>
          {record.confirmations.map((c) => (
            <Confirmation key={c.role} c={c} />
          ))}
        </>
      )}
    </section>
  );
}

export function PlanConversations({
  records,
  ownerName = '',
}: {
  records: readonly MeetingRecord[];
  ownerName?: string;
}) {
  const t = useT();
  if (records.length === 0) return null;
  return (
    <section className="print-section" aria-labelledby="print-conversations">
      <h2 id="print-conversations">{t('planConversations.heading')}</h2>
      <p className="print-note">{t('planConversations.lead')}</p>
      {records.map((record) => (
        <Conversation key={record.meeting.id} record={record} ownerName={ownerName} />
      ))}
    </section>
  );
}
