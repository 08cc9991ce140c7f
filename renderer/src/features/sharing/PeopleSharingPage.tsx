import { useState } from 'react';
import { useAppServices } from '../../services/AppServicesContext';
import { useProfile } from '../../services/useVault';
import { AcceptSection } from './AcceptSection';
import { IdentitySection } from './IdentitySection';
import { InviteSection } from './InviteSection';
import { SpaceCard } from './SpaceCard';
import { defaultSharingClient, type SharingClient } from './sharingClient';
import { useSharing } from './useSharing';
import './sharing.css';
import { useT } from '../../i18n/useT';

/** People & sharing: this computer's key, invitations both ways, and one card per relationship. */
export function PeopleSharingPage({ client: given }: { client?: SharingClient }) {
  const t = useT();
  const [client] = useState(() => given ?? defaultSharingClient());
  if (!client) {
    return (
      <div className="sharing-page">
        <h1>{t('sharing.page.title')}</h1>
        <p>{t('sharing.page.unavailable')}</p>
      </div>
    );
  }
  return <SharingContent client={client} />;
}

function SharingContent({ client }: { client: SharingClient }) {
  const { vault, now } = useAppServices();
  const t = useT();
  const profile = useProfile(vault.doc);
  const sharing = useSharing(client);
  const ready = sharing.identity?.state === 'ready';
  const myName = profile.displayName.trim();
  return (
    <div className="sharing-page">
      <h1>{t('sharing.page.title')}</h1>
      <p className="sharing-muted">{t('sharing.page.lead')}</p>
      <IdentitySection identity={sharing.identity} client={client} onChange={sharing.setIdentity} />
      {sharing.error && (
        <p className="sharing-error" role="alert">
          {sharing.error}
        </p>
      )}
      <section className="sharing-section" aria-labelledby="sharing-spaces-heading">
        <h2 id="sharing-spaces-heading">{t('sharing.page.spaces')}</h2>
        {sharing.spaces === null ? (
          <p className="sharing-muted">{t('sharing.page.loading')}</p>
        ) : sharing.spaces.length === 0 ? (
          <p className="sharing-muted">{t('sharing.page.noSpaces')}</p>
        ) : (
          sharing.spaces.map((space) => (
            <SpaceCard key={space.spaceId} space={space} client={client} now={now()} run={sharing.run} />
          ))
        )}
      </section>
      <InviteSection client={client} myName={myName} disabled={!ready} />
      <AcceptSection client={client} myName={myName} disabled={!ready} onAccepted={sharing.refresh} />
    </div>
  );
}
