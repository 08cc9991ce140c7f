import { Lock } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { FeedbackFields } from '../../../../shared/schema/feedback';
import { isoDateAt } from '../../../../shared/schema/dates';
import { useAppServices } from '../../services/AppServicesContext';
import { ChosenItem, ListPage } from '../../ui/ListPage';
import { shortcutLabel, useModShortcut } from '../../ui/shortcuts';
import { useDeleteWithUndo } from '../../services/growth/useDeleteWithUndo';
import { useFeedbackSummaries } from '../../services/growth/useGrowthIndex';
import { FeedbackDetail } from './FeedbackDetail';
import { FeedbackForm } from './FeedbackForm';
import { excerpt, newestFirst } from './feedbackFormat';
import '../../ui/item/itemPages.css';
import { isolate } from '../../../../shared/i18n/locales';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';

/** Feedback notes, newest first, framed as behaviour → impact → next step. */
export function FeedbackPage() {
  const { vault, growth, now } = useAppServices();
  const t = useT();
  const dates = useDates();
  const { feedbackId = null } = useParams();
  const navigate = useNavigate();
  const summaries = useFeedbackSummaries(vault.doc);
  const notes = useMemo(() => [...summaries].sort(newestFirst), [summaries]);
  // As on the goals page: the form belongs to the note shown when "New note" was pressed.
  const [creatingAt, setCreatingAt] = useState<string | null | undefined>(undefined);
  const creating = creatingAt === feedbackId;
  const startCreating = useCallback(() => setCreatingAt(feedbackId), [feedbackId]);
  useModShortcut(['n'], startCreating);

  const create = async (fields: FeedbackFields) => {
    const id = await growth.createFeedback(fields);
    setCreatingAt(undefined);
    void navigate(`/feedback/${id}`);
  };

  const remove = useDeleteWithUndo('feedback');

  const selected = feedbackId ? notes.find((n) => n.id === feedbackId) : undefined;

  return (
    <ListPage
      title={t('feedback.page.title')}
      detailShown={creating || feedbackId !== null}
      newItem={{ label: t('feedback.page.new'), onClick: startCreating, shortcut: 'n' }}
      sidebar={
        <>
          <p className="privacy-note growth-sidebar-note">
            <Lock size={14} aria-hidden /> {t('feedback.form.privateIntro')}
          </p>
          {notes.length === 0 ? (
            <div className="growth-empty">
              <p>{t('feedback.page.empty')}</p>
              <p>{t('feedback.page.emptyHint')}</p>
            </div>
          ) : (
            <nav aria-label={t('feedback.page.nav')} className="pane-list">
              <ul>
                {notes.map((note) => (
                  <li key={note.id}>
                    <Link
                      to={`/feedback/${note.id}`}
                      className="list-item"
                      aria-current={note.id === feedbackId ? 'page' : undefined}
                    >
                      <span className="growth-list-title">
                        {t.rich('feedback.page.from', {
                          from: note.from,
                          bdi: (chunks) => <bdi>{chunks}</bdi>,
                        })}
                      </span>
                      <span className="list-item-date">{dates.calendar(note.givenOn)}</span>
                      <span className="growth-list-meta">{excerpt(note.behaviour, 90)}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </>
      }
      mainLabel={t('feedback.page.main')}
    >
      {creating ? (
        <FeedbackForm
          heading={t('feedback.page.newHeading')}
          initial={blankNote(now())}
          submitLabel={t('feedback.page.save')}
          onSave={create}
          onCancel={() => setCreatingAt(undefined)}
        />
      ) : (
        <ChosenItem
          id={feedbackId}
          item={selected}
          missing={t('feedback.page.missing')}
          choose={t('feedback.page.choose', { shortcut: shortcutLabel('n') })}
        >
          {({ id }) => (
            <FeedbackDetail
              key={id}
              id={id}
              onDelete={(from) => remove(id, t('feedback.page.deleted', { from: isolate(from) }))}
            />
          )}
        </ChosenItem>
      )}
    </ListPage>
  );
}

function blankNote(now: number): FeedbackFields {
  return {
    from: '',
    givenOn: isoDateAt(now),
    behaviour: '',
    impact: '',
    nextStep: '',
    goalId: null,
    competencyId: null,
  };
}
