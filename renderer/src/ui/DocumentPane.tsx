import type { ReactNode } from 'react';
import type { OpenDocument } from '../data/DocumentStore';
import { useOpenDocument, type OpenDocumentState } from '../data/useOpenDocument';
import { useT, type Translate } from '../i18n/useT';
import './panes.css';

/** Shown for the moment a document (or a page's code) is loading. */
export function OpeningMessage({ children }: { children?: ReactNode }) {
  const t = useT();
  return (
    <p className="page-message" role="status">
      {children ?? t('shell.opening')}
    </p>
  );
}

/** Why an item cannot be shown, announced; the rest of the app carries on. */
export function PaneError({ children }: { children: ReactNode }) {
  return (
    <div className="pane-error" role="alert">
      {children}
    </div>
  );
}

interface DocumentNotReadyProps {
  state: Exclude<OpenDocumentState, { status: 'ready' }>;
  /** While loading; "Opening…" unless said otherwise. */
  opening?: string;
  /** The heading when it cannot be opened: "This goal could not be opened". */
  cannotOpen: string;
  /** What is still fine: "Your other goals are unaffected." */
  unaffected: string;
}

/** What a pane shows while its item's document opens, or when it cannot be opened. */
export function DocumentNotReady({ state, opening, cannotOpen, unaffected }: DocumentNotReadyProps) {
  const t = useT();
  if (state.status === 'loading') return <OpeningMessage>{opening}</OpeningMessage>;
  return (
    <PaneError>
      <h2>{cannotOpen}</h2>
      <p>{describeDamage(state, t)}</p>
      <p>{unaffected}</p>
    </PaneError>
  );
}

interface DocumentPaneProps extends Omit<DocumentNotReadyProps, 'state'> {
  id: string;
  /** Opens the item's document (a repository's `open`). */
  open: (id: string) => [OpenDocument, () => void];
  children: (item: OpenDocument) => ReactNode;
}

/** Opens an item's document while it is shown and shows it once loaded, or says why it cannot. */
export function DocumentPane({ id, open, children, ...messages }: DocumentPaneProps) {
  const state = useOpenDocument(id, open);
  if (state.status === 'ready') return children(state.item);
  return <DocumentNotReady state={state} {...messages} />;
}

/** Why a document could not be opened, in the person's language when the data layer says why. */
export function describeDamage(
  state: Extract<OpenDocumentState, { status: 'damaged' }>,
  t: Translate,
): string {
  if (!state.damage) return state.message;
  const { reason, repairReason } = state.damage;
  return t('shell.damaged.read', {
    reason,
    repair: repairReason === undefined ? 'none' : 'failed',
    repairReason: repairReason ?? '',
  });
}
