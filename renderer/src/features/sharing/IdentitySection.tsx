import { useState } from 'react';
import type { IdentityView } from '../../../../shared/sharing/sharingIpc';
import { messageOf, type SharingClient } from './sharingClient';

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
  const [error, setError] = useState<string | null>(null);
  if (identity === null) return <p className="sharing-muted">Checking this computer’s sharing key…</p>;
  if (identity.state === 'ready') {
    return (
      <p className="sharing-identity">
        Your key’s fingerprint: <code>{identity.fingerprint}</code>. The other person sees the same
        fingerprint for you and can compare it with you by phone.
        {identity.protection === 'unprotected' && ' It is stored without keystore protection, as you agreed.'}
      </p>
    );
  }
  if (identity.state === 'needs-consent') {
    return (
      <div className="sharing-warning" role="alert">
        <p>{identity.message}</p>
        <button
          type="button"
          className="button"
          onClick={() =>
            void client.allowUnprotectedKey().then(onChange, (e: unknown) => setError(messageOf(e)))
          }
        >
          Store my key unprotected
        </button>
        {error && <p className="sharing-error">{error}</p>}
      </div>
    );
  }
  return (
    <p className="sharing-warning" role="alert">
      {identity.message}
    </p>
  );
}
