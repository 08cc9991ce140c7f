import { useId, useState, type ReactNode } from 'react';
import type { ShareableKind } from '../../../../shared/sharing/sharingIpc';
import { defaultSharingClient, type SharingClient } from './sharingClient';
import { ShareOfferPreview, type OfferPreview } from './ShareOfferPreview';
import { itemShareState } from './spaceStatus';
import { useSharing } from './useSharing';
import './sharing.css';
import { useT } from '../../i18n/useT';

/**
 * Share a goal, plan or reflection: pick the space, see where it stands there (private,
 * proposed, shared, declined), offer it or stop sharing it. Items are private until offered and
 * accepted. With `offerPreview` (a reflection), offering first shows the whole text that would
 * leave and that the other person keeps it, and offers only once the user confirms that.
 */
export function ShareControl(props: {
  docId: string;
  kind: ShareableKind;
  title: string;
  client?: SharingClient;
  offerPreview?: () => OfferPreview;
}) {
  const [client] = useState(() => props.client ?? defaultSharingClient());
  if (!client) return null;
  return <ShareControlContent {...props} client={client} />;
}

function ShareControlContent({
  docId,
  kind,
  title,
  client,
  offerPreview,
}: {
  docId: string;
  kind: ShareableKind;
  title: string;
  client: SharingClient;
  offerPreview?: () => OfferPreview;
}) {
  const t = useT();
  const bdi = (chunks: ReactNode[]) => <bdi>{chunks}</bdi>;
  const { spaces, error, run } = useSharing(client);
  const [chosen, setChosen] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState<OfferPreview | null>(null);
  const selectId = useId();
  if (spaces === null || spaces.length === 0) {
    return spaces === null ? null : (
      <p className="share-control sharing-muted">{t('sharing.share.private')}</p>
    );
  }
  // Someone else's item, received in one of the spaces: it is theirs to share, not this user's.
  const from = spaces.find((s) => s.items.some((i) => i.docId === docId && i.offeredBy === 'peer'));
  const received = from?.items.find((i) => i.docId === docId && i.offeredBy === 'peer');
  if (from && received) {
    return (
      <div className="share-control" role="group" aria-label={t('sharing.share.group', { title })}>
        <p role="status">
          {t.rich('sharing.share.received', { state: received.state, name: from.peerName, bdi })}
        </p>
        {received.state === 'accepted' && (
          <button
            type="button"
            className="button"
            onClick={() => void run(() => client.unshareItem(from.spaceId, docId))}
          >
            {t('sharing.share.stopReceiving')}
          </button>
        )}
        {received.state === 'accepted' && (
          <p className="sharing-muted">
            {t.rich('sharing.share.stopReceivingHint', { name: from.peerName, bdi })}
          </p>
        )}
        {error && (
          <p className="sharing-error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  }
  const spaceId = chosen ?? spaces[0]?.spaceId ?? '';
  const space = spaces.find((s) => s.spaceId === spaceId);
  const item = space?.items.find((i) => i.docId === docId);
  const state = itemShareState(item?.offeredBy === 'me' ? item : undefined);
  return (
    <div className="share-control" role="group" aria-label={t('sharing.share.group', { title })}>
      <label htmlFor={selectId}>{t('sharing.share.with')}</label>
      <select
        id={selectId}
        className="text-input"
        value={spaceId}
        onChange={(e) => setChosen(e.target.value)}
      >
        {spaces.map((s) => (
          <option key={s.spaceId} value={s.spaceId}>
            {s.peerName}
          </option>
        ))}
      </select>
      <p role="status">{space ? t.rich('sharing.share.state', { state, name: space.peerName, bdi }) : ''}</p>
      {space && previewing && (state === 'private' || state === 'declined') && (
        <ShareOfferPreview
          peerName={space.peerName}
          preview={previewing}
          onCancel={() => setPreviewing(null)}
          onConfirm={() => {
            setPreviewing(null);
            void run(() => client.proposeItem(spaceId, docId, kind, title));
          }}
        />
      )}
      {space &&
        !previewing &&
        (state === 'private' || state === 'declined' ? (
          <button
            type="button"
            className="button"
            onClick={() =>
              offerPreview
                ? setPreviewing(offerPreview())
                : void run(() => client.proposeItem(spaceId, docId, kind, title))
            }
          >
            {state === 'declined'
              ? t('sharing.share.offerAgain')
              : t.rich('sharing.share.shareWith', { name: space.peerName, bdi })}
          </button>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => void run(() => client.unshareItem(spaceId, docId))}
          >
            {t('sharing.share.stop')}
          </button>
        ))}
      {state === 'shared' && space && (
        <p className="sharing-muted">{t.rich('sharing.share.stopHint', { name: space.peerName, bdi })}</p>
      )}
      {error && (
        <p className="sharing-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
