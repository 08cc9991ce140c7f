import type { MeetingRecord, RecordedConfirmation } from '../../../../shared/oneOnOne/meetingRecord';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import './planPrint.css';

/**
 * A one-on-one meeting laid out for paper, with the plan's print styles: the agenda, the
 * shared notes, the action items, then the summary and where each person stands with it.
 * Headings are real h1–h3, so the PDF's outline follows them. People's text is `dir="auto"`.
 */

/** Where one person stands with a summary; reused by the plan's conversations section. */
export function Confirmation({ c }: { c: RecordedConfirmation }) {
  const t = useT();
  const dates = useDates();
  // The person's name is their text: isolated, so a right-to-left name keeps the sentence's order.
  const name = <bdi>{c.name ?? t('meetingPdf.confirm.unnamed', { role: c.role })}</bdi>;
  const { state } = c;
  if (state.kind === 'none' || state.kind === 'checking')
    return <p>{t.rich('meetingPdf.confirm.waiting', { name })}</p>;
  if (state.kind === 'forged') return <p>{t.rich('meetingPdf.confirm.forged', { name })}</p>;
  const date = dates.day(state.at);
  return (
    <div className="print-keep">
      <p>
        {state.kind === 'confirmed'
          ? t.rich(state.paraphrase === null ? 'meetingPdf.confirm.heard' : 'meetingPdf.confirm.ownWords', {
              name,
              date,
            })
          : t.rich('meetingPdf.confirm.changed', { name, date })}
      </p>
      {state.paraphrase !== null && (
        <blockquote className="print-note" dir="auto">
          {state.paraphrase}
        </blockquote>
      )}
    </div>
  );
}

/** People's text, a paragraph per line. */
export function Lines({ text, empty }: { text: string; empty: string }) {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return <p className="print-note">{empty}</p>;
  return lines.map((line, i) => (
    <p key={i} dir="auto">
      {line}
    </p>
  ));
}

export function MeetingPrintView({ record, title }: { record: MeetingRecord; title: string }) {
  const t = useT();
  const dates = useDates();
  const { meeting } = record;
  const due = (date: string | null) => (date === null ? '' : dates.calendar(date));
  return (
    <article className="plan-print meeting-print" data-meeting-print>
      <header className="print-header">
        <h1 dir="auto">{title}</h1>
        <dl className="print-facts print-facts-inline">
          <dt>{t('meetingPdf.people')}</dt>
          <dd dir="auto">{record.members.map((m) => m.name).join(', ') || t('meetingPdf.nobody')}</dd>
          <dt>{t('meetingPdf.status')}</dt>
          <dd>
            {meeting.closedAt === null
              ? t('meetingPdf.open')
              : t('meetingPdf.closed', { date: dates.day(meeting.closedAt) })}
          </dd>
        </dl>
      </header>

      <section className="print-section" aria-labelledby="print-agenda">
        <h2 id="print-agenda">{t('meetingPdf.agenda.heading')}</h2>
        {record.points.length === 0 ? (
          <p className="print-note">{t('meetingPdf.agenda.none')}</p>
        ) : (
          <ol>
            {record.points.map((p, i) => (
              <li key={i} className="print-keep">
                <span dir="auto">{p.text}</span>{' '}
                <span className="print-note">
                  {t('meetingPdf.agenda.by', { name: p.authorName, discussed: p.discussed ? 'yes' : 'no' })}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="print-section" aria-labelledby="print-notes">
        <h2 id="print-notes">{t('meetingPdf.notes.heading')}</h2>
        <Lines text={record.notes.join('\n')} empty={t('meetingPdf.notes.none')} />
      </section>

      <section className="print-section" aria-labelledby="print-actions">
        <h2 id="print-actions">{t('meetingPdf.actions.heading')}</h2>
        {record.actions.length === 0 ? (
          <p className="print-note">{t('meetingPdf.actions.none')}</p>
        ) : (
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col">{t('meetingPdf.actions.what')}</th>
                <th scope="col">{t('meetingPdf.actions.who')}</th>
                <th scope="col">{t('meetingPdf.actions.due')}</th>
                <th scope="col">{t('meetingPdf.actions.state')}</th>
              </tr>
            </thead>
            <tbody>
              {record.actions.map((a, i) => (
                <tr key={i}>
                  <td dir="auto">{a.text}</td>
                  <td dir="auto">{a.ownerName}</td>
                  <td className="print-nowrap">{due(a.dueDate)}</td>
                  <td>{t('meetingPdf.actions.done', { done: a.done ? 'yes' : 'no' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="print-section" aria-labelledby="print-summary">
        <h2 id="print-summary">{t('meetingPdf.summary.heading')}</h2>
        {record.summary.empty ? (
          <p className="print-note">{t('meetingPdf.summary.none')}</p>
        ) : (
          <>
            <h3>{t('meetingPdf.summary.discussed')}</h3>
            <Lines text={record.summary.discussed} empty={t('meetingPdf.summary.notWritten')} />
            <h3>{t('meetingPdf.summary.agreed')}</h3>
            <Lines text={record.summary.agreed} empty={t('meetingPdf.summary.notWritten')} />
            <p className="print-note">{t('meetingPdf.summary.nextSteps')}</p>
            <h3>{t('meetingPdf.summary.confirmations')}</h3>
            {record.confirmations.map((c) => (
              <Confirmation key={c.role} c={c} />
            ))}
          </>
        )}
      </section>
    </article>
  );
}
