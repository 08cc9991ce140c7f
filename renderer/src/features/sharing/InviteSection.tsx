import { Copy } from 'lucide-react';
import { useId, useState } from 'react';
import type { SpaceRole } from '../../../../shared/sharing/inviteCode';
import { copyText } from '../../ui/copyText';
import { RadioGroup } from '../../ui/form';
import { InvitationQr } from './InvitationQr';
import { messageOf, type SharingClient } from './sharingClient';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';

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
  const t = useT();
  const dates = useDates();
  const copyFailed = t('sharing.invite.copyFailed');
  const [myRole, setMyRole] = useState<SpaceRole>('employee');
  const [theirName, setTheirName] = useState('');
  const [created, setCreated] = useState<{ code: string; expiresAt: number; theirName: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const nameId = useId();

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
      <h2 id={`${nameId}-heading`}>{t('sharing.invite.heading')}</h2>
      <form
        className="sharing-form"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <RadioGroup
          legend={t('sharing.invite.iAm')}
          value={myRole}
          onChange={setMyRole}
          options={(['employee', 'manager'] as const).map((role) => ({
            value: role,
            label: t('sharing.invite.role', { role }),
          }))}
        />
        <label htmlFor={nameId}>{t('sharing.invite.theirName')}</label>
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
          {t('sharing.invite.create')}
        </button>
        {myName === '' && <p className="sharing-muted">{t('sharing.invite.needName')}</p>}
      </form>
      {error && (
        <p className="sharing-error" role="alert">
          {error}
        </p>
      )}
      {created && (
        <div
          className="invitation"
          aria-label={t('sharing.invite.for', { name: created.theirName })}
          role="region"
        >
          <p>
            {t.rich('sharing.invite.send', {
              name: created.theirName,
              expires: dates.dayAndTime(created.expiresAt),
              bdi: (chunks) => <bdi>{chunks}</bdi>,
            })}
          </p>
          <textarea
            className="invitation-code text-input"
            readOnly
            aria-label={t('sharing.invite.code')}
            value={created.code}
            rows={4}
          />
          <button
            type="button"
            className="button"
            onClick={() =>
              void copyText(created.code).then(
                (copied) => (copied ? setCopied(true) : setError(copyFailed)),
                () => setError(copyFailed),
              )
            }
          >
            <Copy size={16} aria-hidden /> {copied ? t('sharing.invite.copied') : t('sharing.invite.copy')}
          </button>
          <InvitationQr text={created.code} label={t('sharing.invite.qr', { name: created.theirName })} />
        </div>
      )}
    </section>
  );
}
