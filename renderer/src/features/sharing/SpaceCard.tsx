import { Fragment, useId, useState, type ReactNode } from 'react';
import { Heading, SwitchButton, SwitchField } from 'react-aria-components';
import type { SpaceView } from '../../../../shared/sharing/sharingIpc';
import { useT } from '../../i18n/useT';
import { ModalDialog } from '../../ui/ModalDialog';
import { spaceStatusLine } from './spaceStatus';
import type { SharingClient } from './sharingClient';

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
  const t = useT();
  const bdi = (chunks: ReactNode[]) => <bdi>{chunks}</bdi>;
  const name = space.peerName;
  const [leaving, setLeaving] = useState(false);
  const incoming = space.items.filter((i) => i.offeredBy === 'peer' && i.state === 'proposed');
  const others = space.items.filter((i) => !(i.offeredBy === 'peer' && i.state === 'proposed'));
  const headingId = useId();
  return (
    <article className="space-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{space.peerName}</h3>
      <p className="sharing-muted">
        {t.rich('sharing.space.you', {
          role: t('sharing.role', { role: space.myRole }),
          fingerprint: space.peerFingerprint,
          code: (chunks) => <code>{chunks}</code>,
        })}
      </p>
      <SharedWithLink spaceId={space.spaceId} peerName={space.peerName} />
      <SwitchField
        isSelected={space.sharing === 'on'}
        onChange={(on) => void run(() => client.setSharing(space.spaceId, on))}
      >
        <SwitchButton className="sharing-switch">
          <span className="sharing-switch-track" aria-hidden />
          {t.rich('sharing.space.switch', { name, bdi })}
        </SwitchButton>
      </SwitchField>
      <p role="status" className="space-status">
        {spaceStatusLine(t, space, now, (peer) => <bdi>{peer}</bdi>).map((sentence, index) => (
          <Fragment key={index}>
            {index > 0 && ' '}
            {sentence}
          </Fragment>
        ))}
      </p>

      {incoming.length > 0 && (
        <section aria-label={t('sharing.space.offeredBy', { name })}>
          <h4>{t.rich('sharing.space.wantsToShare', { name, bdi })}</h4>
          <ul className="space-items">
            {incoming.map((item) => (
              <li key={item.docId}>
                <span>{t.rich('sharing.space.offered', { kind: item.kind, title: item.title, bdi })}</span>
                <button
                  type="button"
                  className="button"
                  onClick={() => void run(() => client.respondToProposal(space.spaceId, item.docId, true))}
                >
                  {t('sharing.space.accept', { title: item.title })}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => void run(() => client.respondToProposal(space.spaceId, item.docId, false))}
                >
                  {t('sharing.space.decline', { title: item.title })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-label={t('sharing.space.itemsWith', { name })}>
        <h4>{t('sharing.space.items')}</h4>
        {others.length === 0 ? (
          <p className="sharing-muted">{t('sharing.space.nothing')}</p>
        ) : (
          <ul className="space-items">
            {others.map((item) => (
              <li key={item.docId}>
                <span>
                  {t.rich('sharing.space.item', {
                    title: item.title,
                    mine: item.offeredBy === 'me' ? 'yes' : 'no',
                    name,
                    state: t('sharing.space.itemState', { state: item.state }),
                    bdi,
                  })}
                </span>
                {item.state === 'accepted' || (item.offeredBy === 'me' && item.state === 'proposed') ? (
                  <button
                    type="button"
                    className="button"
                    onClick={() => void run(() => client.unshareItem(space.spaceId, item.docId))}
                  >
                    {t('sharing.space.stop', { title: item.title })}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {others.some((item) => item.state === 'accepted') && (
          <p className="sharing-muted">{t.rich('sharing.space.stopHint', { name, bdi })}</p>
        )}
      </section>

      <button type="button" className="button" data-variant="danger" onClick={() => setLeaving(true)}>
        {t('sharing.space.leave', { name })}
      </button>
      <ModalDialog isOpen={leaving} onOpenChange={setLeaving} aria-label={t('sharing.space.leave', { name })}>
        <Heading slot="title">{t.rich('sharing.space.leaveHeading', { name, bdi })}</Heading>
        <p className="dialog-lead">{t.rich('sharing.space.leaveLead', { name, bdi })}</p>
        <div className="dialog-actions sharing-actions">
          <button type="button" className="button" onClick={() => setLeaving(false)}>
            {t('sharing.space.stay')}
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
            {t('sharing.space.leaveConfirm')}
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
