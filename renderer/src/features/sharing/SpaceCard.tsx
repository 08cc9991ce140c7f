import { useId, useState } from 'react';
import { Heading, SwitchButton, SwitchField } from 'react-aria-components';
import type { SpaceView } from '../../../../shared/sharing/sharingIpc';
import { useT } from '../../i18n/useT';
import { ModalDialog } from '../../ui/ModalDialog';
import { roleLabels, spaceStatusText } from './spaceStatus';
import type { SharingClient } from './sharingClient';

const itemStateLabels = {
  proposed: 'waiting for an answer',
  accepted: 'shared',
  declined: 'declined',
  withdrawn: 'no longer shared',
} as const;

/** One relationship: its switch, what syncs, the items in it, and leaving. */
export function SpaceCard({
  space,
  client,
  now,
  run,
}: {
  space: SpaceView;
  client: SharingClient;
  now: number;
  run: (change: () => Promise<SpaceView[]>) => Promise<boolean>;
}) {
  const [leaving, setLeaving] = useState(false);
  const incoming = space.items.filter((i) => i.offeredBy === 'peer' && i.state === 'proposed');
  const others = space.items.filter((i) => !(i.offeredBy === 'peer' && i.state === 'proposed'));
  const headingId = useId();
  return (
    <article className="space-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{space.peerName}</h3>
      <p className="sharing-muted">
        You are the {roleLabels[space.myRole].toLowerCase()}. Their key’s fingerprint:{' '}
        <code>{space.peerFingerprint}</code>
      </p>
      <SharedWithLink spaceId={space.spaceId} peerName={space.peerName} />
      <SwitchField
        isSelected={space.sharing === 'on'}
        onChange={(on) => void run(() => client.setSharing(space.spaceId, on))}
      >
        <SwitchButton className="sharing-switch">
          <span className="sharing-switch-track" aria-hidden />
          Sharing with {space.peerName}
        </SwitchButton>
      </SwitchField>
      <p role="status" className="space-status">
        {spaceStatusText(space, now)}
      </p>

      {incoming.length > 0 && (
        <section aria-label={`Offered by ${space.peerName}`}>
          <h4>{space.peerName} wants to share</h4>
          <ul className="space-items">
            {incoming.map((item) => (
              <li key={item.docId}>
                <span>
                  {item.kind === 'plan' ? 'Plan' : item.kind === 'goal' ? 'Goal' : 'Item'}: {item.title}
                </span>
                <button
                  type="button"
                  className="button"
                  onClick={() => void run(() => client.respondToProposal(space.spaceId, item.docId, true))}
                >
                  Accept {item.title}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => void run(() => client.respondToProposal(space.spaceId, item.docId, false))}
                >
                  Decline {item.title}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-label={`Items with ${space.peerName}`}>
        <h4>Items</h4>
        {others.length === 0 ? (
          <p className="sharing-muted">Nothing shared yet. Use Share on a goal or a plan to offer it.</p>
        ) : (
          <ul className="space-items">
            {others.map((item) => (
              <li key={item.docId}>
                <span>
                  {item.title} — {item.offeredBy === 'me' ? 'yours' : `${space.peerName}’s`},{' '}
                  {itemStateLabels[item.state]}
                </span>
                {item.state === 'accepted' || (item.offeredBy === 'me' && item.state === 'proposed') ? (
                  <button
                    type="button"
                    className="button"
                    onClick={() => void run(() => client.unshareItem(space.spaceId, item.docId))}
                  >
                    Stop sharing {item.title}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {others.some((item) => item.state === 'accepted') && (
          <p className="sharing-muted">
            Stopping an item, pausing or leaving stops what flows from then on; {space.peerName} keeps what
            they already received, and so do you.
          </p>
        )}
      </section>

      <button type="button" className="button" data-variant="danger" onClick={() => setLeaving(true)}>
        Leave space with {space.peerName}
      </button>
      <ModalDialog
        isOpen={leaving}
        onOpenChange={setLeaving}
        aria-label={`Leave space with ${space.peerName}`}
      >
        <Heading slot="title">Leave the space with {space.peerName}?</Heading>
        <p className="dialog-lead">
          Sharing stops at once, in both directions. {space.peerName} keeps what they already received. To
          share again you will need a new invitation.
        </p>
        <div className="dialog-actions sharing-actions">
          <button type="button" className="button" onClick={() => setLeaving(false)}>
            Stay
          </button>
          <button
            type="button"
            className="button"
            data-variant="danger"
            onClick={() => {
              setLeaving(false);
              void run(() => client.leave(space.spaceId));
            }}
          >
            Leave
          </button>
        </div>
      </ModalDialog>
    </article>
  );
}

/** To "what have I shared with <name>" and the space's consent record (a plain hash link). */
function SharedWithLink({ spaceId, peerName }: { spaceId: string; peerName: string }) {
  const t = useT();
  return (
    <p>
      <a href={`#/sharing/${encodeURIComponent(spaceId)}/record`}>
        {t('conversation.record.link', { name: peerName })}
      </a>
    </p>
  );
}
