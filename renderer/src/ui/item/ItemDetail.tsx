import { Pencil, Trash2 } from 'lucide-react';
import type { ComponentType, ReactNode, RefObject } from 'react';
import type * as Y from 'yjs';
import type { OpenDocument } from '../../data/DocumentStore';
import { useDocSnapshot } from '../../data/useDocSnapshot';
import { DocumentPane, PaneError } from '../DocumentPane';
import type { EditFormProps } from '../form';
import { NewerVersionNotice } from '../NewerVersionNotice';
import { useEditToggle } from '../useEditToggle';
import { useT } from '../../i18n/useT';
import './itemPages.css';

/**
 * The scaffold of an item's detail pane (a goal, a feedback note, a plan): open its document while
 * it is shown, read its record, show it with Edit and Delete, and swap in its form while it is
 * edited. Each kind brings its reader, its view, its form and its own sentences.
 */

/** What the pane says about its kind of item, as whole sentences. */
export interface ItemWords {
  /** While it loads; "Opening…" unless said otherwise. */
  opening?: string;
  /** "This goal could not be opened" */
  cannotOpen: string;
  /** "Your other goals are unaffected." */
  unaffected: string;
  /** "This goal’s details could not be read. Its data has been kept as it is." */
  unreadable: string;
}

interface ItemDetailProps<T> {
  id: string;
  /** Opens the item's document (a repository's `open`). */
  open: (id: string) => [OpenDocument, () => void];
  /** The record in the document, or null when it cannot be read (a stable function). */
  read: (doc: Y.Doc) => T | null;
  /**
   * The item's stored name when a newer Tandem wrote it, else null (a stable function): such an
   * item is shown as kept, never edited here, so nothing this version does not understand is
   * rewritten; it is stored and synced as it is.
   */
  newer?: (doc: Y.Doc) => string | null;
  words: ItemWords;
  children: (record: T, item: OpenDocument) => ReactNode;
}

/** An item's document, opened while shown, and its record once read; or why there is none. */
export function ItemDetail<T>({ id, open, read, newer = notNewer, words, children }: ItemDetailProps<T>) {
  const { unreadable, ...messages } = words;
  return (
    <DocumentPane id={id} open={open} {...messages}>
      {(item) => (
        <ItemRecord item={item} read={read} newer={newer} unreadable={unreadable}>
          {children}
        </ItemRecord>
      )}
    </DocumentPane>
  );
}

const notNewer = (): null => null;

interface ItemRecordProps<T> {
  item: OpenDocument;
  read: (doc: Y.Doc) => T | null;
  newer: (doc: Y.Doc) => string | null;
  unreadable: string;
  children: (record: T, item: OpenDocument) => ReactNode;
}

function ItemRecord<T>({ item, read, newer, unreadable, children }: ItemRecordProps<T>) {
  const newerName = useDocSnapshot(item.doc, newer);
  const record = useDocSnapshot(item.doc, read);
  if (newerName !== null) return <NewerVersionNotice name={`“${newerName}”`} />;
  if (record === null) return <PaneError>{unreadable}</PaneError>;
  return children(record, item);
}

interface EditableItemProps<F> {
  /** The kind's form, and the fields it starts from. */
  Form: ComponentType<EditFormProps<F>>;
  fields: NoInfer<F>;
  /** The form's heading: "Edit goal". */
  editHeading: string;
  onSave: (fields: F) => void;
  onDelete: () => void;
  /** The item as shown, given its Edit and Delete buttons for its header. */
  children: (actions: ReactNode) => ReactNode;
}

/** An item shown with Edit and Delete; its form takes its place while it is edited. */
export function EditableItem<F>({
  Form,
  fields,
  editHeading,
  onSave,
  onDelete,
  children,
}: EditableItemProps<F>) {
  const { editing, startEditing, stopEditing, editButton } = useEditToggle();
  const t = useT();
  const save = (next: F) => {
    onSave(next);
    stopEditing();
  };
  return (
    <div className="growth-detail">
      {editing ? (
        <Form
          heading={editHeading}
          initial={fields}
          submitLabel={t('shell.item.save')}
          onSave={save}
          onCancel={stopEditing}
        />
      ) : (
        children(<ItemActions editButton={editButton} onEdit={startEditing} onDelete={onDelete} />)
      )}
    </div>
  );
}

interface ItemActionsProps {
  /** Focus returns here when the form closes. */
  editButton?: RefObject<HTMLButtonElement | null>;
  onEdit: () => void;
  onDelete: () => void;
  /** Names the item in the buttons' accessible names ("Edit Listening"), for lists of several. */
  name?: string;
  iconSize?: number;
}

/** An item's Edit and Delete buttons. */
export function ItemActions({ editButton, onEdit, onDelete, name, iconSize = 16 }: ItemActionsProps) {
  const t = useT();
  return (
    <>
      <button
        ref={editButton}
        type="button"
        className="button"
        onClick={onEdit}
        aria-label={name === undefined ? undefined : t('shell.item.editNamed', { name })}
      >
        <Pencil size={iconSize} aria-hidden /> {t('shell.item.edit')}
      </button>
      <button
        type="button"
        className="button"
        data-variant="danger"
        onClick={onDelete}
        aria-label={name === undefined ? undefined : t('shell.item.deleteNamed', { name })}
      >
        <Trash2 size={iconSize} aria-hidden /> {t('shell.item.delete')}
      </button>
    </>
  );
}

/** The head of an item's view: its title (`titleId` labels the view) and its actions. */
export function ItemHeader({
  titleId,
  title,
  actions,
}: {
  titleId: string;
  title: ReactNode;
  actions: ReactNode;
}) {
  return (
    <header className="growth-detail-header">
      <h2 id={titleId}>{title}</h2>
      <div className="growth-detail-actions">{actions}</div>
    </header>
  );
}
