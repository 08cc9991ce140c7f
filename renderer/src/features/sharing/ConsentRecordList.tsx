import { useState } from 'react';
import type { MessageId } from '../../../../shared/i18n/messages';
import type { ConsentEvent, ConsentEventKind } from '../../../../shared/sharing/consentRecord';
import { useT } from '../../i18n/useT';

const ACTIONS: Record<ConsentEventKind, { me: MessageId; peer: MessageId }> = {
  paired: { me: 'conversation.record.paired', peer: 'conversation.record.paired' },
  offered: { me: 'conversation.record.me.offered', peer: 'conversation.record.peer.offered' },
  accepted: { me: 'conversation.record.me.accepted', peer: 'conversation.record.peer.accepted' },
  declined: { me: 'conversation.record.me.declined', peer: 'conversation.record.peer.declined' },
  withdrawn: { me: 'conversation.record.me.withdrawn', peer: 'conversation.record.peer.withdrawn' },
  paused: { me: 'conversation.record.me.paused', peer: 'conversation.record.peer.paused' },
  resumed: { me: 'conversation.record.me.resumed', peer: 'conversation.record.peer.resumed' },
  left: { me: 'conversation.record.me.left', peer: 'conversation.record.peer.left' },
};

/** Events shown at first and added by each "Show older": a screenful or two, rendered in one pass. */
export const RECORD_PAGE = 100;

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * A space's consent record, newest first: when, who, what, which item. The newest hundred show
 * at once and older ones a hundred at a time, so a record of thousands of events opens as fast
 * as a short one (bench/consentRecordBench.ts); the export always holds all of them.
 */
export function ConsentRecordList({
  events,
  peerName,
}: {
  events: readonly ConsentEvent[];
  peerName: string;
}) {
  const t = useT();
  const [shown, setShown] = useState(RECORD_PAGE);
  const newestFirst = events.slice(Math.max(0, events.length - shown)).reverse();
  const older = events.length - newestFirst.length;
  return (
    <>
      <ol
        className="consent-record"
        reversed
        aria-label={t('conversation.record.listLabel')}
        data-total={events.length}
      >
        {newestFirst.map((e) => (
          <li key={e.seq} data-event={e.event}>
            <time dateTime={new Date(e.at).toISOString()}>{timeFormat.format(e.at)}</time>{' '}
            {t(ACTIONS[e.event][e.actor], { name: peerName, title: e.title ?? '', kind: e.kind ?? '' })}
          </li>
        ))}
      </ol>
      {older > 0 && (
        <button type="button" className="button" onClick={() => setShown((n) => n + RECORD_PAGE)}>
          {t('conversation.record.showOlder', { count: older })}
        </button>
      )}
    </>
  );
}
