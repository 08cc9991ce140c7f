import { useCallback, useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type * as Y from 'yjs';
import { pdfPageSizeSchema, type PdfPageSize } from '../../../../shared/ipc/contract';
import { signedFromSearch } from '../../../../shared/ipc/meetingPdfIpc';
import { readMeetingRecord, type MeetingRecord } from '../../../../shared/oneOnOne/meetingRecord';
import { meetingDocId, spaceDocId } from '../../../../shared/schema/meetingIds';
import { useAppServices } from '../../services/AppServicesContext';
import { docChangeCount } from '../../data/changeCounter';
import { useDocSnapshot } from '../../data/useDocSnapshot';
import { useOpenDocument } from '../../data/useOpenDocument';
import { describeDamage, OpeningMessage, PaneError } from '../../ui/DocumentPane';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { MeetingPrintView } from './MeetingPrintView';
import { usePrintReadyMark } from './usePrintReadyMark';

/**
 * The meeting's print route, `#/print/meetings/<spaceId>/<meetingId>?size=A4&signed=…` (built
 * by `meetingPrintPath`). Outside the app shell, like the plan's. It opens the space and the
 * meeting's agenda from the local store and nothing else: the private notes' document is never
 * opened here, so they cannot reach paper.
 */

function PageRule({ size }: { size: PdfPageSize }) {
  return <style>{`@page { size: ${size === 'A4' ? 'A4' : 'letter'}; margin: 20mm 15mm 18mm; }`}</style>;
}

function Failed({ message }: { message: string }) {
  usePrintReadyMark({ status: 'error', message });
  return <PaneError>{message}</PaneError>;
}

function Loading() {
  usePrintReadyMark({ status: 'loading' });
  const t = useT();
  return <OpeningMessage>{t('print.preparing')}</OpeningMessage>;
}

export function MeetingPrintPage() {
  const { spaceId = '', meetingId = '' } = useParams();
  const [search] = useSearchParams();
  const size = pdfPageSizeSchema.catch('A4').parse(search.get('size'));
  const signedKey = search.get('signed');
  const signed = useMemo(() => new Set(signedFromSearch(signedKey)), [signedKey]);
  const { store } = useAppServices();
  const open = useCallback((id: string) => store.open(id), [store]);
  const space = useOpenDocument(spaceDocId(spaceId), open);
  const agenda = useOpenDocument(meetingDocId(meetingId), open);
  const t = useT();
  let body;
  if (space.status === 'damaged') body = <Failed message={describeDamage(space, t)} />;
  else if (agenda.status === 'damaged') body = <Failed message={describeDamage(agenda, t)} />;
  else if (space.status === 'loading' || agenda.status === 'loading') body = <Loading />;
  else
    body = (
      <LoadedMeeting space={space.item.doc} agenda={agenda.item.doc} meetingId={meetingId} signed={signed} />
    );
  return (
    <main className="plan-print-page">
      <PageRule size={size} />
      {body}
    </main>
  );
}

function LoadedMeeting({
  space,
  agenda,
  meetingId,
  signed,
}: {
  space: Y.Doc;
  agenda: Y.Doc;
  meetingId: string;
  signed: ReadonlySet<string>;
}) {
  const t = useT();
  // Either document changing re-reads the record (the agenda holds the summary's text).
  const spaceVersion = useDocSnapshot(space, docChangeCount);
  const agendaVersion = useDocSnapshot(agenda, docChangeCount);
  const record = useMemo(
    () => readMeetingRecord(space, agenda, meetingId, (_, c) => signed.has(c.signature)),
    // The versions stand for the documents' content, which the reader takes from the docs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [space, agenda, meetingId, signed, spaceVersion, agendaVersion],
  );
  if (!record) return <Failed message={t('meetingPdf.print.gone')} />;
  return <PrintedMeeting record={record} />;
}

function PrintedMeeting({ record }: { record: MeetingRecord }) {
  const t = useT();
  const dates = useDates();
  const title = t('meetingPdf.title', { date: dates.calendar(record.meeting.date) });
  const people = record.members.map((m) => m.name).join(' · ');
  usePrintReadyMark({ status: 'ready', ownerName: people, planTitle: title });
  return <MeetingPrintView record={record} title={title} />;
}
