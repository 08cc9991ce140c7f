import { useId, useState } from 'react';
import type { InvitationPreview, InviteProblemView } from '../../../../shared/sharing/sharingIpc';
import { roleLabels } from './spaceStatus';
import { messageOf, type SharingClient } from './sharingClient';

/** What accepting shares, said before the user confirms. */
export const WHAT_IS_SHARED =
  'Goals and development plans that either of you chooses to share (each one asks the other first), and your one-on-one agenda. Your reflections, feedback notes and private notes stay on this computer.';

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
        setDone(
          `You and ${result.peerName} are now connected. Sharing is on; nothing is shared until one of you offers an item.`,
        );
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
      <h2 id={`${codeId}-heading`}>Accept an invitation</h2>
      <form
        className="sharing-form"
        onSubmit={(e) => {
          e.preventDefault();
          void showPreview();
        }}
      >
        <label htmlFor={codeId}>Invitation code</label>
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
          Check invitation
        </button>
      </form>
      {problem && (
        <p className="sharing-error" role="alert">
          {problem.message}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      {preview && (
        <div className="invitation-preview" role="region" aria-label="Invitation details">
          <p>
            <strong>{preview.inviterName}</strong> invites you as their{' '}
            {roleLabels[preview.myRole].toLowerCase()} (they are the{' '}
            {roleLabels[preview.inviterRole].toLowerCase()}).
          </p>
          <p>
            Their key’s fingerprint: <code>{preview.inviterFingerprint}</code>. Expires{' '}
            {new Date(preview.expiresAt).toLocaleString()}.
          </p>
          <p>{WHAT_IS_SHARED}</p>
          <div className="sharing-actions">
            <button
              type="button"
              className="button"
              data-variant="primary"
              disabled={busy}
              onClick={() => void accept()}
            >
              {busy ? 'Connecting…' : `Accept and connect with ${preview.inviterName}`}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setPreview(null)}>
              Not now
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
