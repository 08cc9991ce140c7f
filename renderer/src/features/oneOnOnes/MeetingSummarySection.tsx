import { useCallback, useEffect, useId, useState } from 'react';
import type * as Y from 'yjs';
import type { ActionItem } from '../../../../shared/schema/actionItems';
import {
  confirmationState,
  isEmptySummary,
  MAX_PARAPHRASE_LENGTH,
  MAX_SUMMARY_LENGTH,
  readSummaryContent,
  recordSummaryVersion,
  setTextTo,
  summaryAgreed,
  summaryDiscussed,
  summaryVersion,
  writeConfirmation,
  type ConfirmationState,
  type ConfirmerRole,
} from '../../../../shared/schema/meetingSummary';
import type { Member } from '../../../../shared/schema/spaceMembers';
import { useDocSnapshot } from '../../data/useDocSnapshot';
import { useT } from '../../i18n/useT';
import { formatInstantDay } from '../../ui/dates';
import type { SummaryClient } from './summaryClient';
import { useConfirmations } from './useConfirmations';

interface MeetingSummarySectionProps {
  agenda: Y.Doc;
  space: Y.Doc;
  spaceId: string;
  meetingId: string;
  actions: readonly ActionItem[];
  me: Member;
  peerName: string;
  client: SummaryClient | null;
}

const other = (role: ConfirmerRole): ConfirmerRole => (role === 'employee' ? 'manager' : 'employee');

/**
 * The summary both people confirm (issue 17, point 3): what we discussed and what we agreed, in
 * shared text either can write, the meeting's action items as the next steps, and each person's
 * confirmation of the exact version on their screen, or their own paraphrase beside it.
 */
export function MeetingSummarySection(props: MeetingSummarySectionProps) {
  const { agenda, space, spaceId, meetingId, actions, me, peerName, client } = props;
  const t = useT();
  const headingId = useId();
  const readText = useCallback(
    (doc: Y.Doc) => ({ discussed: summaryDiscussed(doc).toJSON(), agreed: summaryAgreed(doc).toJSON() }),
    [],
  );
  const text = useDocSnapshot(agenda, readText);
  const content = readSummaryContent(agenda, actions, meetingId);
  const version = summaryVersion(content);
  const empty = isEmptySummary(content);
  const confirmations = useConfirmations(space, spaceId, [meetingId], client).get(meetingId);
  const [paraphrase, setParaphrase] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The list reads the version from the index; whoever has the meeting open keeps it current.
  useEffect(() => {
    if (!empty) recordSummaryVersion(space, meetingId, version);
  }, [space, meetingId, version, empty]);

  const myRole = me.role;
  const stateOf = (role: ConfirmerRole): ConfirmationState =>
    confirmations
      ? confirmationState(confirmations[role].confirmation, confirmations[role].valid, version)
      : { kind: 'none' };

  const confirm = async (withParaphrase: boolean) => {
    if (!client || !myRole) return;
    // Exactly the version on screen now, even if the other person is typing.
    const onScreen = version;
    setBusy(true);
    setError(null);
    try {
      const result = await client.confirm({
        spaceId,
        meetingId,
        version: onScreen,
        name: me.name,
        paraphrase: withParaphrase ? paraphrase.trim().slice(0, MAX_PARAPHRASE_LENGTH) : null,
      });
      writeConfirmation(space, meetingId, result.role, result.confirmation);
      if (withParaphrase) setParaphrase('');
      const now = summaryVersion(readSummaryContent(agenda, actions, meetingId));
      setNotice(now === onScreen ? null : t('conversation.summary.changedWhileConfirming'));
    } catch (e) {
      setError(t('conversation.summary.failed', { reason: reasonOf(e) }));
    } finally {
      setBusy(false);
    }
  };

  const nextSteps = actions.filter((a) => a.meetingId === meetingId && !a.removed);
  return (
    <section className="oo-section meeting-summary" id="summary" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('conversation.summary.heading')}</h4>
      <p className="oo-meta">{t('conversation.summary.lead')}</p>
      <SummaryField
        label={t('conversation.summary.discussed')}
        value={text.discussed}
        onChange={(value) => setTextTo(summaryDiscussed(agenda), value)}
      />
      <SummaryField
        label={t('conversation.summary.agreed')}
        value={text.agreed}
        onChange={(value) => setTextTo(summaryAgreed(agenda), value)}
      />
      <p className="oo-meta">{t('conversation.summary.nextSteps', { count: nextSteps.length })}</p>
      {nextSteps.length > 0 && (
        <ul aria-label={t('conversation.summary.nextStepsLabel')}>
          {nextSteps.map((a) => (
            <li key={a.id}>{a.text}</li>
          ))}
        </ul>
      )}
      <ul className="summary-confirmations" aria-label={t('conversation.summary.confirmationsLabel')}>
        {myRole && <li>{describeMine(t, stateOf(myRole))}</li>}
        {myRole && <li>{describePeer(t, stateOf(other(myRole)), peerName)}</li>}
      </ul>
      {myRole &&
        [myRole, other(myRole)].map((role) => {
          const state = stateOf(role);
          return (state.kind === 'confirmed' || state.kind === 'changed') && state.paraphrase ? (
            <blockquote key={role} className="summary-paraphrase">
              <p className="oo-meta">
                {t('conversation.summary.paraphraseOf', {
                  name: role === myRole ? me.name : peerName,
                })}
              </p>
              <p>{state.paraphrase}</p>
            </blockquote>
          ) : null;
        })}
      {!client || !myRole ? (
        <p className="oo-meta">{t('conversation.summary.unavailable', { name: peerName })}</p>
      ) : empty ? (
        <p className="oo-meta">{t('conversation.summary.empty')}</p>
      ) : (
        <div className="summary-confirm">
          <button
            type="button"
            className="button"
            data-variant="primary"
            disabled={busy}
            onClick={() => void confirm(false)}
          >
            {t('conversation.summary.confirm')}
          </button>
          <SummaryField
            label={t('conversation.summary.paraphraseLabel')}
            value={paraphrase}
            max={MAX_PARAPHRASE_LENGTH}
            onChange={setParaphrase}
          />
          <button
            type="button"
            className="button"
            disabled={busy || paraphrase.trim() === ''}
            onClick={() => void confirm(true)}
          >
            {t('conversation.summary.confirmWithParaphrase')}
          </button>
        </div>
      )}
      {notice && <p role="status">{notice}</p>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function SummaryField({
  label,
  value,
  onChange,
  max = MAX_SUMMARY_LENGTH,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  max?: number;
}) {
  const id = useId();
  return (
    <div className="summary-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="text-input"
        rows={3}
        maxLength={max}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

type Translate = ReturnType<typeof useT>;

function describeMine(t: Translate, state: ConfirmationState): string {
  switch (state.kind) {
    case 'confirmed':
      return t('conversation.summary.you.confirmed', { date: formatInstantDay(state.at) });
    case 'changed':
      return t('conversation.summary.you.changed', { date: formatInstantDay(state.at) });
    case 'forged':
      return t('conversation.summary.you.forged');
    case 'checking':
      return t('conversation.summary.checking');
    case 'none':
      return t('conversation.summary.you.none');
  }
}

function describePeer(t: Translate, state: ConfirmationState, name: string): string {
  switch (state.kind) {
    case 'confirmed':
      return t('conversation.summary.peer.confirmed', { name, date: formatInstantDay(state.at) });
    case 'changed':
      return t('conversation.summary.peer.changed', { name, date: formatInstantDay(state.at) });
    case 'forged':
      return t('conversation.summary.forged', { name });
    case 'checking':
      return t('conversation.summary.checking');
    case 'none':
      return t('conversation.summary.peer.none', { name });
  }
}

/** Electron prefixes errors from main ("Error invoking remote method '…': Error: …"); keep the message. */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Error invoking remote method '[^']*': (Error: )?/, '');
}
