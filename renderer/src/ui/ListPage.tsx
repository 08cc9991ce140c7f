import { Plus } from 'lucide-react';
import type { ReactNode } from 'react';
import { shortcutLabel, shortcutText } from './shortcuts';
import { useT } from '../i18n/useT';
import './panes.css';

interface ListPageProps {
  title: string;
  /** The button that starts a new item; `shortcut` names the Mod+key the page listens for. */
  newItem: { label: string; onClick: () => void; shortcut?: string };
  /** The sidebar under its header: notes, search, the list or what to do while it is empty. */
  sidebar: ReactNode;
  /** The accessible name of the pane that shows the chosen item. */
  mainLabel: string;
  /** The chosen item, a new one being written, or what to do. */
  children: ReactNode;
  /** Anything shown over the page, such as a dialog. */
  overlay?: ReactNode;
}

/** A page of two panes: the list in a sidebar on the left, the chosen item on the right. */
export function ListPage({ title, newItem, sidebar, mainLabel, children, overlay }: ListPageProps) {
  const { label, onClick, shortcut } = newItem;
  const t = useT();
  return (
    <div className="two-pane">
      <aside className="two-pane-sidebar">
        <header className="page-header">
          <h1>{title}</h1>
          <button
            type="button"
            className="button"
            data-variant="primary"
            onClick={onClick}
            title={
              shortcut === undefined
                ? undefined
                : t('shell.shortcut.withKey', { label, shortcut: shortcutText(shortcut) })
            }
            aria-keyshortcuts={shortcut === undefined ? undefined : shortcutLabel(shortcut)}
          >
            <Plus size={16} aria-hidden /> {label}
          </button>
        </header>
        {sidebar}
      </aside>
      <section className="two-pane-main" aria-label={mainLabel}>
        {children}
      </section>
      {overlay}
    </div>
  );
}

interface ChosenItemProps<T> {
  /** The id in the route, if any. */
  id: string | null;
  /** The listed item with that id, if it is (still) there. */
  item: T | undefined;
  /** Said when the route names an item that is not listed. */
  missing: string;
  /** Said when no item is chosen. */
  choose: string;
  children: (item: T) => ReactNode;
}

/** The item the route names, or why there is none to show. */
export function ChosenItem<T>({ id, item, missing, choose, children }: ChosenItemProps<T>) {
  if (id && item !== undefined) return children(item);
  if (id) {
    return (
      <div className="page-message" role="status">
        <p>{missing}</p>
      </div>
    );
  }
  return (
    <div className="page-message">
      <p>{choose}</p>
    </div>
  );
}
