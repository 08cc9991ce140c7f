import { Users } from 'lucide-react';
import { useMemo } from 'react';
import { Link, NavLink, useParams } from 'react-router';
import { memberRoleSchema } from '../../../../shared/schema/spaceMembers';
import { useAppServices } from '../../services/AppServicesContext';
import { PaneBack } from '../../ui/ListPage';
import { OpeningMessage } from '../../ui/DocumentPane';
import { useT } from '../../i18n/useT';
import { spaceStatusLabel } from '../sharing';
import { OneOnOneRepository } from './OneOnOneRepository';
import { awarenessSourceFromPreload } from './relayedAwareness';
import { SeriesView, type SeriesSubView } from './SeriesView';
import { useSpaceDirectory, type SpaceDirectory } from './spaceDirectory';
import { useMe } from './useMe';
import '../../ui/panes.css';
import './oneOnOnes.css';

/** Space ids are url-safe (they become the document id `space:<id>`). */
const SPACE_ID = /^[A-Za-z0-9_-]{1,120}$/;
const SUB_VIEWS = new Set<SeriesSubView>(['history', 'actions', 'settings']);
const openLink = (url: string) => void window.tandem?.shell.openExternal({ url });

/**
 * One-on-ones: one series per space (relationship). Routes: `/one-on-ones`,
 * `/one-on-ones/:spaceId` (the current meeting), `/one-on-ones/:spaceId/{history,actions,settings}`
 * and `/one-on-ones/:spaceId/meetings/:meetingId`.
 */
export function OneOnOnesPage() {
  const { store, vault, now } = useAppServices();
  const t = useT();
  const { spaceId = null, view = null, meetingId = null } = useParams();
  const directory = useSpaceDirectory();
  const repo = useMemo(() => new OneOnOneRepository({ store, now }), [store, now]);
  // Relayed to the other person through main in Electron; only this window's elsewhere.
  const awarenessSource = useMemo(() => awarenessSourceFromPreload(), []);
  const listing = directory.status === 'ready' ? directory.spaces.find((s) => s.id === spaceId) : undefined;
  const role = memberRoleSchema.safeParse(listing?.myRole);
  const me = useMe(vault.doc, role.success ? role.data : null);
  const subView: SeriesSubView = meetingId
    ? 'meeting'
    : SUB_VIEWS.has(view as SeriesSubView)
      ? (view as SeriesSubView)
      : 'meeting';

  return (
    <div className="two-pane" data-detail-shown={spaceId !== null || undefined}>
      <div className="two-pane-sidebar">
        <header className="page-header">
          <h1>{t('oneOnOnes.page.title')}</h1>
        </header>
        <SpaceList directory={directory} selectedId={spaceId} />
      </div>
      <section className="two-pane-main" aria-label={t('oneOnOnes.page.main')} tabIndex={-1}>
        <PaneBack listTitle={t('oneOnOnes.page.title')} />
        {spaceId !== null && !SPACE_ID.test(spaceId) ? (
          <div className="page-message" role="status">
            <p>{t('oneOnOnes.page.badAddress')}</p>
          </div>
        ) : spaceId === null ? (
          <div className="page-message">
            <p>
              {directory.status === 'ready' && directory.spaces.length > 0
                ? t('oneOnOnes.page.choose')
                : t('oneOnOnes.page.none')}
            </p>
          </div>
        ) : me === null ? (
          <OpeningMessage />
        ) : (
          <SeriesView
            key={spaceId}
            repo={repo}
            vault={vault}
            spaceId={spaceId}
            me={me}
            view={subView}
            meetingId={meetingId}
            basePath={`/one-on-ones/${spaceId}`}
            sharedItems={listing?.items}
            sharingPausedBy={listing?.pausedBy ?? null}
            onOpenLink={openLink}
            awarenessSource={awarenessSource}
          />
        )}
      </section>
    </div>
  );
}

function SpaceList({ directory, selectedId }: { directory: SpaceDirectory; selectedId: string | null }) {
  const t = useT();
  if (directory.status === 'loading') return <OpeningMessage>{t('oneOnOnes.list.looking')}</OpeningMessage>;
  if (directory.status === 'ready' && directory.spaces.length > 0) {
    return (
      <nav className="pane-list" aria-label={t('oneOnOnes.list.nav')}>
        <ul>
          {directory.spaces.map((s) => (
            <li key={s.id}>
              <NavLink
                className="list-item"
                to={`/one-on-ones/${s.id}`}
                aria-current={s.id === selectedId ? 'page' : undefined}
              >
                <span>{s.peerName || t('oneOnOnes.list.unnamed')}</span>
                <span className="list-item-date">{spaceStatusLabel(t, s.sync)}</span>
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    );
  }
  return (
    <div className="pane-empty" role="status">
      <p>
        <Users size={16} aria-hidden /> {t('oneOnOnes.list.intro')}
      </p>
      <p>
        {directory.status === 'failed'
          ? t('oneOnOnes.list.failed', { reason: directory.message })
          : t('oneOnOnes.list.pairHint')}
      </p>
      <p>
        <Link to="/sharing">{t('oneOnOnes.list.goToSharing')}</Link>
      </p>
    </div>
  );
}
