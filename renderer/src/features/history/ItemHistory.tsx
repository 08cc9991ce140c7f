import { useCallback, useId, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import {
  historyDocId,
  itemAtVersion,
  readVersions,
  recordVersion,
  restoreVersion,
  type VersionInfo,
} from '../../../../shared/schema/itemHistory';
import { useOpenDocument } from '../../data/useOpenDocument';
import { useYSnapshot } from '../../data/useYSnapshot';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { defaultSharingClient, useItemSpace, type SharingClient } from '../sharing';
import { changedParts, previewOf, VERSIONS_PAGE } from '../../../../shared/schema/itemHistoryParts';
import { useHistoryRecorder } from './useHistoryRecorder';
import './history.css';

/**
 * An item's history (issue 17, point 6): who changed what and when, any earlier version to read,
 * and "Restore as a new edit". Kept on this computer only, for private and shared items alike.
 * `peerName` is the other person where the item is shared ('' for a private one); `readOnly`
 * (someone else's words) leaves out restoring.
 */
export function ItemHistory(props: {
  itemId: string;
  item: Y.Doc;
  readOnly?: boolean;
  onRestored?: () => void;
}) {
  const [client] = useState(() => defaultSharingClient());
  return client ? (
    <SharedItemHistory {...props} client={client} />
  ) : (
    <HistoryOf {...props} peerName="" firstBy="me" />
  );
}

function SharedItemHistory(props: {
  itemId: string;
  item: Y.Doc;
  readOnly?: boolean;
  onRestored?: () => void;
  client: SharingClient;
}) {
  const space = useItemSpace(`item:${props.itemId}`, props.client);
  return <HistoryOf {...props} peerName={space?.peerName ?? ''} firstBy={space?.offeredBy ?? 'me'} />;
}

function HistoryOf(props: {
  itemId: string;
  item: Y.Doc;
  peerName: string;
  firstBy: 'me' | 'peer';
  readOnly?: boolean;
  onRestored?: () => void;
}) {
  const { store, now } = useAppServices();
  const opened = useOpenDocument(historyDocId(props.itemId), (docId) => store.open(docId));
  const history = opened.status === 'ready' ? opened.item.doc : null;
  useHistoryRecorder({ item: props.item, history, peerName: props.peerName, firstBy: props.firstBy, now });
  if (!history) return null;
  return <HistoryPanel {...props} history={history} />;
}

function HistoryPanel({
  item,
  history,
  readOnly = false,
  onRestored,
}: {
  item: Y.Doc;
  history: Y.Doc;
  readOnly?: boolean;
  /** Re-derives what lists show (the vault's summary) from the restored item. */
  onRestored?: () => void;
}) {
  const t = useT();
  const dates = useDates();
  const { now } = useAppServices();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(VERSIONS_PAGE);
  const [selected, setSelected] = useState<number | null>(null);
  const [restored, setRestored] = useState<VersionInfo | null>(null);
  const headingId = useId();
  const read = useCallback(() => readVersions(history), [history]);
  const versions = useYSnapshot(history.getArray('versions'), read);
  const newestFirst = useMemo(() => [...versions].reverse(), [versions]);

  const restore = (version: VersionInfo) => {
    const old = itemAtVersion(history, version.index, item);
    if (!old) return;
    restoreVersion(item, old, now());
    recordVersion(history, item, { at: now(), peerName: '', reason: 'restore', restoredFrom: version.index });
    old.destroy();
    onRestored?.();
    setRestored(version);
    setSelected(null);
  };

  return (
    <section className="item-history" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <button
          type="button"
          className="button history-toggle"
          aria-expanded={open}
          onClick={() => setOpen((value) => !value)}
        >
          {t('history.toggle', { count: versions.length })}
        </button>
      </h2>
      {restored && <p role="status">{t('history.restored', { when: dates.dayAndTime(restored.at) })}</p>}
      {open && selected === null && (
        <>
          <p className="history-hint">{t('history.lead')}</p>
          <ol className="history-list" aria-label={t('history.listLabel')}>
            {newestFirst.slice(0, shown).map((version) => (
              <VersionRow key={version.index} version={version} onOpen={() => setSelected(version.index)} />
            ))}
          </ol>
          {newestFirst.length > shown && (
            <button type="button" className="button" onClick={() => setShown((n) => n + VERSIONS_PAGE)}>
              {t('history.showOlder', { count: newestFirst.length - shown })}
            </button>
          )}
        </>
      )}
      {open && selected !== null && (
        <VersionView
          history={history}
          item={item}
          version={versions.find((v) => v.index === selected) ?? null}
          isNewest={selected === versions.length - 1}
          readOnly={readOnly}
          onBack={() => setSelected(null)}
          onRestore={restore}
        />
      )}
    </section>
  );
}

function VersionRow({ version, onOpen }: { version: VersionInfo; onOpen: () => void }) {
  const t = useT();
  const dates = useDates();
  const parts = changedParts(version.changed).map((part) => t(`history.part.${part}`));
  return (
    <li>
      <button type="button" className="history-row" onClick={onOpen}>
        <span className="history-when">{dates.dayAndTime(version.at)}</span>{' '}
        <span className="history-who">{whoSentence(t, version)}</span>
        {version.index === 0 ? (
          // Everything is "changed" against nothing: say what it is instead.
          <span className="history-what"> {t('history.first')}</span>
        ) : (
          parts.length > 0 && (
            <span className="history-what"> {t('history.changed', { parts: parts.join(', ') })}</span>
          )
        )}
      </button>
    </li>
  );
}

type Translate = ReturnType<typeof useT>;

function whoSentence(t: Translate, version: VersionInfo): string {
  if (version.reason === 'restore')
    return t('history.who.restore', { number: (version.restoredFrom ?? 0) + 1 });
  if (version.by === 'peer') return t('history.who.peer', { name: version.peerName });
  if (version.by === 'both') return t('history.who.both', { name: version.peerName });
  return t('history.who.me');
}

function VersionView({
  history,
  item,
  version,
  isNewest,
  readOnly,
  onBack,
  onRestore,
}: {
  history: Y.Doc;
  item: Y.Doc;
  version: VersionInfo | null;
  isNewest: boolean;
  readOnly: boolean;
  onBack: () => void;
  onRestore: (version: VersionInfo) => void;
}) {
  const t = useT();
  const dates = useDates();
  const headingId = useId();
  const preview = useMemo(() => {
    if (!version) return null;
    const doc = itemAtVersion(history, version.index, item);
    if (!doc) return null;
    const lines = previewOf(doc);
    doc.destroy();
    return lines;
  }, [history, item, version]);
  if (!version || !preview) {
    return (
      <div role="alert">
        <p>{t('history.unreadable')}</p>
        <button type="button" className="button" onClick={onBack}>
          {t('history.back')}
        </button>
      </div>
    );
  }
  return (
    <div
      className="history-version"
      role="region"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onBack();
        }
      }}
    >
      <h3 id={headingId} tabIndex={-1} ref={(node) => node?.focus()}>
        {t('history.versionHeading', { when: dates.dayAndTime(version.at) })}
      </h3>
      <p className="history-hint">{whoSentence(t, version)}</p>
      <dl className="history-preview">
        {preview.map(({ part, lines }, index) => (
          <div key={`${part}-${index}`}>
            <dt>{t(`history.part.${part}`)}</dt>
            <dd>
              {lines.map((line, i) => (
                <p key={i}>{line}</p>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      <div className="history-actions">
        <button type="button" className="button" onClick={onBack}>
          {t('history.back')}
        </button>
        {!readOnly && !isNewest && (
          <button type="button" className="button" onClick={() => onRestore(version)}>
            {t('history.restore')}
          </button>
        )}
      </div>
      {isNewest && <p className="history-hint">{t('history.isCurrent')}</p>}
    </div>
  );
}
