import { useId, useState } from 'react';
import type { ShareableKind } from '../../../../shared/sharing/sharingIpc';
import { defaultSharingClient, type SharingClient } from './sharingClient';
import { ShareOfferPreview, type OfferPreview } from './ShareOfferPreview';
import { itemShareState, itemShareStateLabels } from './spaceStatus';
import { useSharing } from './useSharing';
import './sharing.css';

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
  const { spaces, error, run } = useSharing(client);
  const [chosen, setChosen] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState<OfferPreview | null>(null);
  const selectId = useId();
  if (spaces === null || spaces.length === 0) {
    return spaces === null ? null : (
      <p className="share-control sharing-muted">
        Private. Connect with someone under People & sharing to share it.
      </p>
    );
  }
  // Someone else's item, received in one of the spaces: it is theirs to share, not this user's.
  const from = spaces.find((s) => s.items.some((i) => i.docId === docId && i.offeredBy === 'peer'));
  const received = from?.items.find((i) => i.docId === docId && i.offeredBy === 'peer');
  if (from && received) {
    return (
      <div className="share-control" role="group" aria-label={`Sharing of ${title}`}>
        <p role="status">
          {received.state === 'accepted'
            ? `Shared with you by ${from.peerName}. Your changes reach them too.`
            : `Shared with you by ${from.peerName} earlier; changes no longer flow.`}
        </p>
        {received.state === 'accepted' && (
          <button
            type="button"
            className="button"
            onClick={() => void run(() => client.unshareItem(from.spaceId, docId))}
          >
            Stop receiving
          </button>
        )}
        {received.state === 'accepted' && (
          <p className="sharing-muted">
            If you stop, you keep what you already received, and {from.peerName} keeps your changes so far.
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
    <div className="share-control" role="group" aria-label={`Sharing of ${title}`}>
      <label htmlFor={selectId}>Share with</label>
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
      <p role="status">{space ? `With ${space.peerName}: ${itemShareStateLabels[state]}.` : ''}</p>
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
            {state === 'declined' ? 'Offer again' : `Share with ${space.peerName}`}
          </button>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => void run(() => client.unshareItem(spaceId, docId))}
          >
            Stop sharing
          </button>
        ))}
      {state === 'shared' && space && (
        <p className="sharing-muted">If you stop, {space.peerName} keeps what they already received.</p>
      )}
      {error && (
        <p className="sharing-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
