import { ChevronLeft, Plus } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useT } from '../i18n/useT';
import { shortcutLabel, shortcutText } from './shortcuts';
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
  /**
   * Whether the pane shows an item (or a new one being written) rather than what to do. In a
   * narrow window the page is one column: the list, or the item with a way back to the list.
   * By default, whether the route names an item (`/goals/<id>`).
   */
  detailShown?: boolean;
}

/** The list's own address, `/goals` for `/goals/<id>`, and whether the route names an item. */
function useListRoute(): { listPath: string; namesItem: boolean } {
  const segments = useLocation().pathname.split('/').filter(Boolean);
  return { listPath: `/${segments[0] ?? ''}`, namesItem: segments.length > 1 };
}

/**
 * The way back to the list when the narrow layout shows only the item (hidden otherwise). The
 * chevron points back in the reading direction: it is mirrored in right-to-left languages.
 */
export function PaneBack({ listTitle }: { listTitle: string }) {
  const t = useT();
  const { listPath } = useListRoute();
  return (
    <Link to={listPath} className="pane-back">
      <ChevronLeft size={16} aria-hidden className="mirror-in-rtl" />{' '}
      {t('layout.pane.back', { list: listTitle })}
    </Link>
  );
}

/**
 * A page of two panes: the list in a sidebar at the start, the chosen item beside it. Each pane
 * scrolls on its own; in a narrow window only one of them is shown (see `detailShown`).
 */
export function ListPage({
  title,
  newItem,
  sidebar,
  mainLabel,
  children,
  overlay,
  detailShown,
}: ListPageProps) {
  const { label, onClick, shortcut } = newItem;
  const { namesItem } = useListRoute();
  const t = useT();
  return (
    <div className="two-pane" data-detail-shown={(detailShown ?? namesItem) || undefined}>
      <div className="two-pane-sidebar">
        <header className="page-header">
          <h1>{title}</h1>
          <button
            type="button"
            className="button"
            data-variant="primary"
            onClick={onClick}
            data-primary-action
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
      </div>
      <section className="two-pane-main" aria-label={mainLabel} tabIndex={-1}>
        <PaneBack listTitle={title} />
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
