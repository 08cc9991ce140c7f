import { useCallback } from 'react';
import { itemDocId } from '../../../../shared/schema/ids';
import { reflectionBody } from '../../../../shared/schema/reflection';
import { fragmentToPlainText } from '../../../../shared/schema/richText';
import { useAppServices } from '../../services/AppServicesContext';
import type { OpenDocument } from '../../data/DocumentStore';
import { useOpenDocument } from '../../data/useOpenDocument';
import { useReceivedItems } from '../../services/sharing/useReceivedItems';
import { DocumentNotReady } from '../../ui/DocumentPane';
import { EntryView } from './EntryView';
import { useEntryIndexing } from './useEntryIndexing';
import { useT } from '../../i18n/useT';

interface EntryPaneProps {
  id: string;
  wordCount: number;
  /** Put the caret in the title once it is on screen (a new entry). */
  focusTitle?: boolean;
  onDelete: () => void;
}

/** Loads an entry's document and shows it, or says clearly why it cannot be shown. */
export function EntryPane({ id, wordCount, focusTitle = false, onDelete }: EntryPaneProps) {
  const { journal, search, vault, now } = useAppServices();
  const t = useT();
  const state = useOpenDocument(id, (entryId) => journal.openEntry(entryId));
  const item = state.status === 'ready' ? state.item : null;
  const received = useReceivedItems().get(itemDocId(id));
  const onSettled = useCallback(
    (opened: OpenDocument) => {
      const entry = journal.reindex(id, opened.doc);
      search.upsertEntry(entry, fragmentToPlainText(reflectionBody(opened.doc)));
    },
    [journal, search, id],
  );
  useEntryIndexing(item, now, onSettled);
  const openLink = useCallback((url: string) => {
    void window.tandem?.shell.openExternal({ url });
  }, []);

  if (state.status !== 'ready') {
    return (
      <DocumentNotReady
        state={state}
        cannotOpen={t('journal.entry.cannotOpen')}
        unaffected={t('journal.entry.unaffected')}
      />
    );
  }
  return (
    <EntryView
      item={state.item}
      vault={vault.doc}
      now={now}
      wordCount={wordCount}
      focusTitle={focusTitle}
      onDelete={onDelete}
      onOpenLink={openLink}
      received={received}
    />
  );
}
