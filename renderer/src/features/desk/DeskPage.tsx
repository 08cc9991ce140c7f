import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { localDateAt, systemTimeZone } from '../../../../shared/cadence/zonedTime';
import { readDeskDigests } from '../../../../shared/desk/deskDigest';
import { managerDesk, type DeskInput } from '../../../../shared/desk/managerDesk';
import { readLocalMemberId } from '../../../../shared/schema/meetingIdentity';
import { useYSnapshot } from '../../data/useYSnapshot';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { usePlanSummaries } from '../../services/growth/useGrowthIndex';
import { useSpaceDirectory } from '../oneOnOnes';
import { DeskRowView } from './DeskRowView';
import { useDeskRefresh } from './useDeskRefresh';
import './desk.css';

const PLAN_DOC = /^item:([A-Za-z0-9_-]{1,64})$/;

/**
 * The manager's desk (route `/desk`): one row per person in the spaces where this user is the
 * manager, most in need of attention first. It opens from the digests kept in the vault and the
 * plan index (no space or meeting document), then refreshes the digests in the background.
 */
export function DeskPage() {
  const { store, vault, now } = useAppServices();
  const t = useT();
  const directory = useSpaceDirectory();
  const plans = usePlanSummaries(vault.doc);
  const digests = useYSnapshot(
    vault.doc.getMap('deskDigests'),
    useCallback(() => readDeskDigests(vault.doc), [vault]),
  );
  const myMemberId = useYSnapshot(
    vault.doc.getMap('oneOnOne'),
    useCallback(() => readLocalMemberId(vault.doc), [vault]),
  );
  const managed = useMemo(
    () => (directory.status === 'ready' ? directory.spaces.filter((s) => s.myRole === 'manager') : []),
    [directory],
  );
  useDeskRefresh({ store, vault: vault.doc, spaces: managed, myMemberId });

  const today = localDateAt(now(), systemTimeZone());
  const rows = useMemo(() => {
    const byId = new Map(plans.map((p) => [p.id, p]));
    const inputs: DeskInput[] = managed.flatMap((listing) => {
      const digest = digests.get(listing.id);
      if (!digest) return [];
      const shared = listing.items.flatMap((item) => {
        const id = item.kind === 'plan' ? PLAN_DOC.exec(item.id)?.[1] : undefined;
        const plan = id ? byId.get(id) : undefined;
        return plan ? [plan] : [];
      });
      return [{ digest, plans: shared }];
    });
    return managerDesk(inputs, today);
  }, [managed, digests, plans, today]);
  const waiting = managed.length - rows.length;

  return (
    <section className="desk-page" aria-labelledby="desk-heading" data-today={today}>
      <header className="page-header">
        <h1 id="desk-heading">{t('desk.page.title')}</h1>
      </header>
      <p className="desk-intro">{t('desk.page.intro')}</p>
      {directory.status === 'unavailable' ? (
        <p role="status">{t('desk.page.unavailable')}</p>
      ) : directory.status === 'failed' ? (
        <p role="alert">{t('desk.page.failed', { message: directory.message })}</p>
      ) : directory.status === 'ready' && managed.length === 0 ? (
        <p role="status">{t('desk.page.none')}</p>
      ) : (
        <>
          <ol className="desk-rows" aria-label={t('desk.page.listLabel')}>
            {rows.map((row) => (
              <li key={row.spaceId}>
                <DeskRowView row={row} today={today} />
              </li>
            ))}
          </ol>
          {waiting > 0 || directory.status === 'loading' ? (
            <p role="status" className="desk-reading">
              {t('desk.page.reading', { count: Math.max(waiting, 0) })}
            </p>
          ) : null}
        </>
      )}
      <p className="desk-back">
        <Link to="/one-on-ones">{t('desk.page.toOneOnOnes')}</Link>
      </p>
    </section>
  );
}
