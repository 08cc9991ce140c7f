import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { readVaultEntry } from '../../../../shared/schema/vault';
import { useAppServices } from '../../services/AppServicesContext';
import { OpeningMessage } from '../../ui/DocumentPane';
import { ChosenItem, ListPage } from '../../ui/ListPage';
import { shortcutText, useModShortcut } from '../../ui/shortcuts';
import { focusListRowWhenShown } from '../../ui/focusRescue';
import { useToasts } from '../../ui/toasts';
import { SearchField, SearchResults, useSearchIndexSync } from '../search';
import { groupEntriesByMonth } from './groupEntries';
import { JournalList } from './JournalList';
import { useJournalReadyMark } from './useJournalReadyMark';
import { LazyModule, useLazyModule } from '../../ui/lazyModule';
import { useVaultEntries } from '../../services/useVault';
import { useReceivedItems } from '../../services/sharing/useReceivedItems';
import { displayLocale } from '../../i18n/displayLocale';
import { useT } from '../../i18n/useT';
import './journal.css';

// The editor (TipTap, ProseMirror) and the dialog are loaded on first use, so the journal list
// does not wait for them at start-up; they are fetched in the background once the list is up
// (not while it is first rendered: adding their files to the page then delays the list).
const entryPaneModule = new LazyModule(() => import('./EntryPane'));
const newEntryDialogModule = new LazyModule(() => import('./NewEntryDialog'));

/**
 * The journal: entries by month on the left, the open entry on the right. `prefetch` is asked
 * for once the list is up, for code the app will want next (its other pages).
 */
export function JournalPage({ prefetch }: { prefetch?: () => void }) {
  const { vault, journal, search, now } = useAppServices();
  const { entryId = null } = useParams();
  const navigate = useNavigate();
  const toasts = useToasts();
  const t = useT();
  const { entries, unreadableIds } = useVaultEntries(vault.doc);
  const received = useReceivedItems();
  const groups = useMemo(() => groupEntriesByMonth(entries), [entries]);
  const [choosingOnRequest, setChoosingTemplate] = useState(false);
  // `?write=1`: a reflection reminder was clicked; the templates open for the entry to write.
  const [searchParams, setSearchParams] = useSearchParams();
  const writeRequested = searchParams.get('write') === '1';
  const choosingTemplate = choosingOnRequest || writeRequested;
  const setChoosing = useCallback(
    (open: boolean) => {
      setChoosingTemplate(open);
      if (!open && writeRequested) setSearchParams({}, { replace: true });
    },
    [writeRequested, setSearchParams],
  );
  const [createError, setCreateError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  // The entry just made from a template: its title gets the caret when it opens.
  const [createdId, setCreatedId] = useState<string | null>(null);
  const EntryPane = useLazyModule(entryPaneModule, entryId !== null)?.EntryPane;
  const NewEntryDialog = useLazyModule(newEntryDialogModule, choosingTemplate)?.NewEntryDialog;
  const searchInput = useRef<HTMLInputElement>(null);
  useJournalReadyMark();
  useEffect(() => {
    const timer = setTimeout(() => {
      void Promise.all([entryPaneModule.preload(), newEntryDialogModule.preload()]);
      prefetch?.();
    }, 200);
    return () => clearTimeout(timer);
  }, [prefetch]);
  useSearchIndexSync(search, journal, entries);

  useModShortcut(['n'], () => setChoosingTemplate(true));
  useModShortcut(['k', 'f'], () => {
    searchInput.current?.focus();
    searchInput.current?.select();
  });

  const create = useCallback(
    (templateId: string) => {
      journal.createEntry(templateId, { text: t, locale: displayLocale() }).then(
        (id) => {
          setCreateError(null);
          setCreatedId(id);
          void navigate(`/journal/${id}`);
        },
        (error: unknown) => setCreateError(t('journal.create.failed', { reason: String(error) })),
      );
    },
    [journal, navigate, t],
  );

  const remove = useCallback(
    (id: string) => {
      const title = readVaultEntry(vault.doc, id)?.title.trim() || t('journal.untitled');
      journal.deleteEntry(id);
      // Brought back by Undo, it is no longer new: focus goes to its row, not its title.
      setCreatedId(null);
      void navigate('/journal');
      toasts.show(t.rich('journal.delete.toast', { title: <bdi>{title}</bdi> }), {
        label: t('shell.toast.undo'),
        run: () => {
          journal.restoreEntry(id);
          void navigate(`/journal/${id}`);
          focusListRowWhenShown(id);
        },
      });
    },
    [journal, navigate, toasts, vault.doc, t],
  );

  const selected = entryId ? entries.find((e) => e.id === entryId && e.deletedAt === null) : undefined;

  return (
    <ListPage
      title={t('journal.page.title')}
      newItem={{ label: t('journal.page.newEntry'), onClick: () => setChoosingTemplate(true), shortcut: 'n' }}
      sidebar={
        <>
          {createError && (
            <p className="field-error" role="alert">
              {createError}
            </p>
          )}
          {unreadableIds.length > 0 && (
            <p className="field-error" role="alert">
              {t('journal.index.unreadable', { count: unreadableIds.length })}
            </p>
          )}
          <div className="journal-search">
            <SearchField ref={searchInput} value={query} onChange={setQuery} />
          </div>
          {query.trim() !== '' ? (
            <SearchResults search={search} query={query} selectedId={entryId} />
          ) : groups.length === 0 ? (
            <div className="pane-empty">
              <p>{t('journal.empty.title')}</p>
              <p>{t('journal.empty.hint')}</p>
            </div>
          ) : (
            <JournalList groups={groups} selectedId={entryId} now={now()} received={received} />
          )}
        </>
      }
      mainLabel={t('journal.page.entryPane')}
      overlay={
        choosingTemplate &&
        NewEntryDialog && <NewEntryDialog isOpen onOpenChange={setChoosing} onChoose={create} />
      }
    >
      <ChosenItem
        id={entryId}
        item={selected}
        missing={t('journal.chosen.missing')}
        choose={t('journal.chosen.choose', { shortcut: shortcutText('n') })}
      >
        {(entry) =>
          EntryPane ? (
            <EntryPane
              key={entry.id}
              id={entry.id}
              wordCount={entry.wordCount}
              focusTitle={entry.id === createdId}
              onDelete={() => remove(entry.id)}
            />
          ) : (
            <OpeningMessage />
          )
        }
      </ChosenItem>
    </ListPage>
  );
}
