import { Copy } from 'lucide-react';
import { useId, useState } from 'react';
import type { SpaceRole } from '../../../../shared/sharing/inviteCode';
import { copyText } from '../../ui/copyText';
import { InvitationQr } from './InvitationQr';
import { messageOf, type SharingClient } from './sharingClient';

const COPY_FAILED = 'Could not copy; select the code and copy it by hand.';

/** Create an invitation for one relationship; shows the code to copy and as a QR code. */
export function InviteSection({
  client,
  myName,
  disabled,
}: {
  client: SharingClient;
  myName: string;
  disabled: boolean;
}) {
  const [myRole, setMyRole] = useState<SpaceRole>('employee');
  const [theirName, setTheirName] = useState('');
  const [created, setCreated] = useState<{ code: string; expiresAt: number; theirName: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const nameId = useId();
  const roleName = useId();

  const create = async () => {
    setError(null);
    try {
      const invitation = await client.createInvitation({ myRole, myName, theirName: theirName.trim() });
      setCreated({ ...invitation, theirName: theirName.trim() });
      setCopied(false);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <section className="sharing-section" aria-labelledby={`${nameId}-heading`}>
      <h2 id={`${nameId}-heading`}>Invite someone</h2>
      <form
        className="sharing-form"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <fieldset>
          <legend>I am their</legend>
          {(['employee', 'manager'] as const).map((role) => (
            <label key={role}>
              <input
                type="radio"
                name={roleName}
                value={role}
                checked={myRole === role}
                onChange={() => setMyRole(role)}
              />{' '}
              {role === 'employee'
                ? 'Employee (they are my manager or mentor)'
                : 'Manager (they report to me)'}
            </label>
          ))}
        </fieldset>
        <label htmlFor={nameId}>Their name</label>
        <input
          id={nameId}
          className="text-input"
          value={theirName}
          maxLength={60}
          onChange={(e) => setTheirName(e.target.value)}
        />
        <button
          type="submit"
          className="button"
          data-variant="primary"
          disabled={disabled || theirName.trim() === '' || myName === ''}
        >
          Create invitation
        </button>
        {myName === '' && <p className="sharing-muted">Set your display name in Settings first.</p>}
      </form>
      {error && (
        <p className="sharing-error" role="alert">
          {error}
        </p>
      )}
      {created && (
        <div className="invitation" aria-label={`Invitation for ${created.theirName}`} role="region">
          <p>
            Send this code to {created.theirName}. It works once and expires{' '}
            {new Date(created.expiresAt).toLocaleString()}. Keep Tandem open until they have accepted.
          </p>
          <textarea
            className="invitation-code text-input"
            readOnly
            aria-label="Invitation code"
            value={created.code}
            rows={4}
          />
          <button
            type="button"
            className="button"
            onClick={() =>
              void copyText(created.code).then(
                (copied) => (copied ? setCopied(true) : setError(COPY_FAILED)),
                () => setError(COPY_FAILED),
              )
            }
          >
            <Copy size={16} aria-hidden /> {copied ? 'Copied' : 'Copy code'}
          </button>
          <InvitationQr text={created.code} label={`QR code of the invitation for ${created.theirName}`} />
        </div>
      )}
    </section>
  );
}
