import { useState } from 'react';
import type { IdentityView } from '../../../../shared/sharing/sharingIpc';
import { messageOf, type SharingClient } from './sharingClient';
import { useT, type Translate } from '../../i18n/useT';

/** Why the key is not ready, in the window's language (main's own sentence is English). */
export function identityProblemText(
  t: Translate,
  identity: Exclude<IdentityView, { state: 'ready' }>,
): string {
  return t(`reasons.identity.${identity.problem}`, { detail: identity.detail ?? '' });
}

/**
 * Who this computer is to the people you share with. Without a keystore the user is told
 * plainly and asked before a key is stored unprotected; nothing is shared until they agree.
 */
export function IdentitySection({
  identity,
  client,
  onChange,
}: {
  identity: IdentityView | null;
  client: SharingClient;
  onChange: (identity: IdentityView) => void;
}) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  if (identity === null) return <p className="sharing-muted">{t('sharing.identity.checking')}</p>;
  if (identity.state === 'ready') {
    return (
      <p className="sharing-identity">
        {t.rich('sharing.identity.ready', {
          fingerprint: identity.fingerprint,
          unprotected: identity.protection === 'unprotected' ? 'yes' : 'no',
          code: (chunks) => <code>{chunks}</code>,
        })}
      </p>
    );
  }
  if (identity.state === 'needs-consent') {
    return (
      <div className="sharing-warning" role="alert">
        <p>{identityProblemText(t, identity)}</p>
        <button
          type="button"
          className="button"
          onClick={() =>
            void client.allowUnprotectedKey().then(onChange, (e: unknown) => setError(messageOf(e)))
          }
        >
          {t('sharing.identity.storeUnprotected')}
        </button>
        {error && <p className="sharing-error">{error}</p>}
      </div>
    );
  }
  return (
    <p className="sharing-warning" role="alert">
      {identityProblemText(t, identity)}
    </p>
  );
}
