import { useState, type SubmitEvent } from 'react';
import type * as Y from 'yjs';
import { isoDateSchema, type IsoDate } from '../../../../shared/schema/dates';
import { newItemId } from '../../../../shared/schema/ids';
import {
  actionItemsAgreedIn,
  actionItemsOfMeeting,
  actionTextSchema,
  addActionItem,
  type ActionItem,
} from '../../../../shared/schema/actionItems';
import { type Member } from '../../../../shared/schema/spaceMembers';
import { firstIssueText } from '../../../../shared/schema/validation';
import { useT } from '../../i18n/useT';
import { DateField } from '../../ui/form';
import { ActionItemRow, type MeetingLink } from './ActionItemRow';

interface ActionItemsSectionProps {
  space: Y.Doc;
  meetingId: string;
  actions: readonly ActionItem[];
  members: readonly Member[];
  me: Member;
  today: IsoDate;
  now: () => number;
  /** A closed meeting: read-only, and it lists what was agreed in it, carried items included. */
  closed: boolean;
  /** The meeting its open items were carried to, once closed. */
  carriedTo: MeetingLink | null;
}

/**
 * The meeting's action items and a form to add one (text, owner, optional due date). Once the
 * meeting is closed it keeps its record: every item agreed in it, each carried one saying where
 * it went.
 */
export function ActionItemsSection(props: ActionItemsSectionProps) {
  const { space, meetingId, actions, members, me, today, now, closed, carriedTo } = props;
  const t = useT();
  const mine = closed ? actionItemsAgreedIn(actions, meetingId) : actionItemsOfMeeting(actions, meetingId);
  return (
    <section className="oo-section" aria-labelledby="actions-heading">
      <h4 id="actions-heading">{t('oneOnOnes.actions.heading')}</h4>
      {mine.length === 0 ? (
        <p className="oo-empty">{t('oneOnOnes.actions.none')}</p>
      ) : (
        <ul className="action-items" aria-label={t('oneOnOnes.actions.ofMeeting')}>
          {mine.map((item) => (
            <ActionItemRow
              key={item.id}
              space={space}
              item={item}
              members={members}
              meId={me.id}
              today={today}
              now={now}
              readOnly={closed}
              carriedTo={carriedTo}
            />
          ))}
        </ul>
      )}
      {!closed && <AddActionItem {...props} />}
    </section>
  );
}

function AddActionItem({ space, meetingId, members, me, now }: ActionItemsSectionProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState(me.id);
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<{ text?: string; due?: string }>({});
  const owners = members.some((m) => m.id === me.id) ? members : [me, ...members];

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsedText = actionTextSchema.safeParse(text);
    // A date in the past is accepted on purpose: it is shown as overdue.
    const parsedDue = due === '' ? null : isoDateSchema.safeParse(due);
    const next = {
      text: parsedText.success ? undefined : firstIssueText(parsedText.error, t),
      due: parsedDue === null || parsedDue.success ? undefined : firstIssueText(parsedDue.error, t),
    };
    setErrors(next);
    if (!parsedText.success || (parsedDue !== null && !parsedDue.success)) return;
    addActionItem(space, {
      id: newItemId(),
      meetingId,
      text: parsedText.data,
      ownerId,
      dueDate: parsedDue === null ? null : parsedDue.data,
      createdAt: now(),
      createdBy: me.id,
    });
    setText('');
    setDue('');
  };

  return (
    <form
      className="oo-add oo-add-action"
      aria-label={t('oneOnOnes.actions.add')}
      onSubmit={submit}
      noValidate
    >
      <label className="oo-field">
        <span>{t('oneOnOnes.actions.action')}</span>
        <input
          className="text-input"
          value={text}
          aria-invalid={errors.text ? true : undefined}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('oneOnOnes.actions.placeholder')}
        />
      </label>
      <label className="oo-field">
        <span>{t('oneOnOnes.actions.owner')}</span>
        <select className="text-input" value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
          {owners.map((m) => (
            <option key={m.id} value={m.id}>
              {m.id === me.id ? t('oneOnOnes.you', { name: m.name }) : m.name}
            </option>
          ))}
        </select>
      </label>
      <DateField
        label={t('oneOnOnes.actions.due')}
        value={due}
        error={errors.due}
        onChange={(value) => {
          setDue(value);
          setErrors((e) => ({ ...e, due: undefined }));
        }}
      />
      <button type="submit" className="button" data-variant="primary">
        {t('oneOnOnes.actions.addButton')}
      </button>
      {errors.text && (
        <p className="field-error" role="alert">
          {errors.text}
        </p>
      )}
    </form>
  );
}
