import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { Link, useParams } from 'react-router';
import {
  consentRecordResultSchema,
  type ConsentRecordResult,
} from '../../../../shared/sharing/consentRecord';
import { spacesResultSchema, type SpaceView } from '../../../../shared/sharing/sharingIpc';
import { useT } from '../../i18n/useT';
import { ConsentRecordList } from './ConsentRecordList';
import { sharedByMe } from './consentSummary';
import { messageOf } from './sharingClient';
import './sharing.css';

/**
 * "What have I ever shared with <name>?" in one screen (issue 17, point 5): each item this user
 * offered, whether it still flows and whether the other person holds a copy, what they shared
 * in return, and the space's whole consent record with whether its hash chain holds. Exportable
 * as JSON.
 */
export function SharedWithPage() {
  const t = useT();
  const { spaceId = '' } = useParams();
  const [space, setSpace] = useState<SpaceView | null>(null);
  const [record, setRecord] = useState<ConsentRecordResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);

  const available = window.tandem?.sharing !== undefined;

  useEffect(() => {
    const sharing = window.tandem?.sharing;
    if (!sharing) return;
    const run = { active: true };
    const load = async () => {
      const spaces = spacesResultSchema.parse(await sharing.listSpaces({})).spaces;
      const result = consentRecordResultSchema.parse(await sharing.consentRecord({ spaceId }));
      return { found: spaces.find((s) => s.spaceId === spaceId) ?? null, result };
    };
    load().then(
      ({ found, result }) => {
        if (!run.active) return;
        // The bench times the record's rendering from here (bench/consentRecordBench.ts).
        performance.mark('tandem:consent-record-loaded');
        // Rendered in this task, not a scheduled one: a profile of the bench showed the record's
        // render itself takes ~20 ms of script, but the scheduled render waited ~100 ms behind a
        // frame of the "loading" state and whatever else was queued. One synchronous render of
        // the newest hundred rows puts the record in the very next frame.
        flushSync(() => {
          setSpace(found);
          setRecord(result);
        });
      },
      (error: unknown) => {
        if (run.active) setProblem(messageOf(error));
      },
    );
    return () => {
      run.active = false;
    };
  }, [spaceId]);

  const exportRecord = async () => {
    const api = window.tandem?.export;
    if (!api || !record || !space) return;
    const target = await api.chooseTarget({ purpose: 'consent-record' });
    if (target.status !== 'chosen') return;
    const json = JSON.stringify(
      { format: 'tandem-consent-record', version: 1, peerName: space.peerName, ...record },
      null,
      2,
    );
    const written = await api.write({ targetId: target.targetId, bytes: new TextEncoder().encode(json) });
    setExported(
      written.status === 'written'
        ? t('conversation.record.exported', { file: written.fileName })
        : t('conversation.record.exportFailed', { reason: written.message }),
    );
  };

  if (!available || problem || !record || !space) {
    const shown = available ? problem : t('conversation.record.unavailable');
    return (
      <div className="sharing-page">
        <h1>{t('conversation.record.title', { name: space?.peerName ?? '…' })}</h1>
        <p role={shown ? 'alert' : 'status'}>{shown ?? t('conversation.record.loading')}</p>
      </div>
    );
  }
  const mine = sharedByMe(space, record.events);
  const theirs = space.items.filter((i) => i.offeredBy === 'peer');
  return (
    <div className="sharing-page shared-with" data-ready="true">
      <h1>{t('conversation.record.title', { name: space.peerName })}</h1>
      <p>
        <Link to="/sharing">{t('conversation.record.back')}</Link>
      </p>
      <section aria-labelledby="shared-by-me">
        <h2 id="shared-by-me">{t('conversation.record.byMe')}</h2>
        {mine.length === 0 ? (
          <p>{t('conversation.record.nothingByMe', { name: space.peerName })}</p>
        ) : (
          <ul>
            {mine.map((item) => (
              <li key={item.docId}>
                <strong>{item.title || item.docId}</strong> — {t(`conversation.record.state.${item.state}`)}
                {item.theyHoldIt && <> · {t('conversation.record.theyHold', { name: space.peerName })}</>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="shared-with-me">
        <h2 id="shared-with-me">{t('conversation.record.byThem', { name: space.peerName })}</h2>
        {theirs.length === 0 ? (
          <p>{t('conversation.record.nothingByThem', { name: space.peerName })}</p>
        ) : (
          <ul>
            {theirs.map((item) => (
              <li key={item.docId}>
                <strong>{item.title}</strong> — {t(`conversation.record.state.${item.state}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="consent-history">
        <h2 id="consent-history">{t('conversation.record.history')}</h2>
        <p
          className={record.chain.ok ? 'sharing-muted' : 'sharing-warning'}
          role={record.chain.ok ? undefined : 'alert'}
        >
          {record.chain.ok
            ? t('conversation.record.chainOk')
            : t('conversation.record.chainBroken', {
                position: record.chain.brokenAt,
                reason: record.chain.reason,
              })}
        </p>
        <button type="button" className="button" onClick={() => void exportRecord()}>
          {t('conversation.record.export')}
        </button>
        {exported && <p role="status">{exported}</p>}
        <ConsentRecordList events={record.events} peerName={space.peerName} />
      </section>
    </div>
  );
}
