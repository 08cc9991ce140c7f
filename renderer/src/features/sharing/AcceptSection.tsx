import { useId, useState } from 'react';
import type { InvitationPreview, InviteProblemView } from '../../../../shared/sharing/sharingIpc';
import { isolate } from '../../../../shared/i18n/locales';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { inviteProblemText } from './inviteProblemText';
import { messageOf, type SharingClient } from './sharingClient';

/** Paste a code, see who invites and what would be shared, then accept explicitly. */
export function AcceptSection({
  client,
  myName,
  disabled,
  onAccepted,
}: {
  client: SharingClient;
  myName: string;
  disabled: boolean;
  onAccepted: () => void;
}) {
  const t = useT();
  const dates = useDates();
  const [code, setCode] = useState('');
  const [preview, setPreview] = useState<InvitationPreview | null>(null);
  const [problem, setProblem] = useState<InviteProblemView | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const codeId = useId();

  const showPreview = async () => {
    setProblem(null);
    setPreview(null);
    setDone(null);
    try {
      const result = await client.previewInvitation(code);
      if (result.ok) setPreview(result.preview);
      else setProblem(result.problem);
    } catch (e) {
      setProblem({ kind: 'refused', message: messageOf(e) });
    }
  };

  const accept = async () => {
    setBusy(true);
    try {
      const result = await client.acceptInvitation(code, myName);
      if (result.ok) {
        setDone(t('sharing.accept.connected', { name: isolate(result.peerName) }));
        setPreview(null);
        setCode('');
        onAccepted();
      } else {
        setProblem(result.problem);
      }
    } catch (e) {
      setProblem({ kind: 'refused', message: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="sharing-section" aria-labelledby={`${codeId}-heading`}>
      <h2 id={`${codeId}-heading`}>{t('sharing.accept.heading')}</h2>
      <form
        className="sharing-form"
        onSubmit={(e) => {
          e.preventDefault();
          void showPreview();
        }}
      >
        <label htmlFor={codeId}>{t('sharing.accept.code')}</label>
        <textarea
          id={codeId}
          className="text-input"
          rows={3}
          value={code}
          onChange={(e) => {
            setCode(e.target.value);
            setPreview(null);
          }}
        />
        <button
          type="submit"
          className="button"
          data-variant="primary"
          disabled={disabled || code.trim() === ''}
        >
          {t('sharing.accept.check')}
        </button>
      </form>
      {problem && (
        <p className="sharing-error" role="alert">
          {inviteProblemText(t, problem)}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      {preview && (
        <div className="invitation-preview" role="region" aria-label={t('sharing.accept.details')}>
          <p>
            {t.rich('sharing.accept.invites', {
              name: preview.inviterName,
              myRole: t('sharing.role', { role: preview.myRole }),
              theirRole: t('sharing.role', { role: preview.inviterRole }),
              strong: (chunks) => <strong>{chunks}</strong>,
              bdi: (chunks) => <bdi>{chunks}</bdi>,
            })}
          </p>
          <p>
            {t.rich('sharing.accept.fingerprint', {
              fingerprint: preview.inviterFingerprint,
              expires: dates.dayAndTime(preview.expiresAt),
              code: (chunks) => <code>{chunks}</code>,
            })}
          </p>
          <p>{t('sharing.accept.whatIsShared')}</p>
          <div className="sharing-actions">
            <button
              type="button"
              className="button"
              data-variant="primary"
              disabled={busy}
              onClick={() => void accept()}
            >
              {busy
                ? t('sharing.accept.connecting')
                : t.rich('sharing.accept.accept', {
                    name: preview.inviterName,
                    bdi: (chunks) => <bdi>{chunks}</bdi>,
                  })}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setPreview(null)}>
              {t('sharing.accept.notNow')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
