import { useEffect, useState } from 'react';
import type { SpaceView } from '../../../../shared/sharing/sharingIpc';
import { itemDocId } from '../../../../shared/schema/ids';
import { purgeDueAt, TRASH_DAYS, type TrashItem } from '../../../../shared/trash/trash';
import { reasonOf } from '../../data/saveProblem';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { useToasts } from '../../ui/toasts';
import { PurgeConfirmDialog, type PurgeRequest } from './PurgeConfirmDialog';
import { purgeFromTrash } from './purgeTrash';
import { restoreItem } from './restoreItem';
import { useTrash } from './useTrash';
import { sharedWith, trashSharingFromPreload } from './withdrawShared';
import './trash.css';

/**
 * Settings → Trash: what the person deleted, restorable for `TRASH_DAYS` days, or removed for
 * good one by one or all at once after a confirmation. The page sits in the shell's one main
 * landmark; every action is a button, so it works by keyboard alone.
 */
export function TrashPage() {
  const services = useAppServices();
  const t = useT();
  const toasts = useToasts();
  const items = useTrash(services.vault.doc);
  const [pending, setPending] = useState<{ request: PurgeRequest; items: TrashItem[] } | null>(null);
  const [purging, setPurging] = useState(false);
  const spaces = useSpaces(items.length);
  const peersOf = (chosen: TrashItem[]) => [
    ...new Set(chosen.flatMap((item) => sharedWith(spaces, itemDocId(item.id)).map((s) => s.peerName))),
  ];
  const restore = (item: TrashItem, name: string) => {
    restoreItem(services, item);
    toasts.show(t.rich('trash.restored', { name: <bdi>{name}</bdi> }));
  };
  const purge = async (chosen: TrashItem[]) => {
    setPending(null);
    setPurging(true);
    try {
      await purgeFromTrash(services, chosen);
      toasts.show(t('trash.purged', { count: chosen.length }));
    } catch (error) {
      toasts.show(t('trash.purgeFailed', { reason: reasonOf(error) }));
    } finally {
      setPurging(false);
    }
  };
  return (
    <div className="trash">
      <h1>{t('trash.title')}</h1>
      <p className="trash-intro">{t('trash.intro', { days: TRASH_DAYS })}</p>
      {items.length === 0 ? (
        <p className="trash-empty">{t('trash.empty')}</p>
      ) : (
        <>
          <button
            type="button"
            className="button"
            data-variant="danger"
            disabled={purging}
            onClick={() =>
              setPending({ request: { kind: 'all', count: items.length, sharedWith: peersOf(items) }, items })
            }
          >
            {purging ? t('trash.purging') : t('trash.emptyTrash')}
          </button>
          <ul className="trash-list" aria-label={t('trash.listLabel')}>
            {items.map((item) => (
              <TrashRow
                key={`${item.kind}:${item.id}`}
                item={item}
                disabled={purging}
                onRestore={restore}
                onDelete={(name) =>
                  setPending({ request: { kind: 'one', name, sharedWith: peersOf([item]) }, items: [item] })
                }
              />
            ))}
          </ul>
        </>
      )}
      <PurgeConfirmDialog
        request={pending?.request ?? null}
        onConfirm={() => pending && void purge(pending.items)}
        onCancel={() => setPending(null)}
      />
    </div>
  );
}

function TrashRow({
  item,
  disabled,
  onRestore,
  onDelete,
}: {
  item: TrashItem;
  disabled: boolean;
  onRestore: (item: TrashItem, name: string) => void;
  onDelete: (name: string) => void;
}) {
  const t = useT();
  const dates = useDates();
  const name = item.name.trim() || t('trash.untitled');
  return (
    <li className="trash-item">
      <div className="trash-item-text">
        <span className="trash-item-name">
          <bdi>{name}</bdi>
        </span>
        <span className="trash-item-meta">
          {t('trash.kind', { kind: item.kind })} ·{' '}
          {t('trash.deletedOn', {
            date: dates.day(item.deletedAt),
            due: dates.day(purgeDueAt(item.deletedAt)),
          })}
        </span>
      </div>
      <div className="trash-item-actions">
        <button
          type="button"
          className="button"
          disabled={disabled}
          aria-label={t('trash.restoreNamed', { name })}
          onClick={() => onRestore(item, name)}
        >
          {t('trash.restore')}
        </button>
        <button
          type="button"
          className="button"
          data-variant="ghost"
          disabled={disabled}
          aria-label={t('trash.deleteForeverNamed', { name })}
          onClick={() => onDelete(name)}
        >
          {t('trash.deleteForever')}
        </button>
      </div>
    </li>
  );
}

/** The spaces as main has them (none outside Electron), read again when the trash changes. */
function useSpaces(trashSize: number): SpaceView[] {
  const [spaces, setSpaces] = useState<SpaceView[]>([]);
  useEffect(() => {
    const sharing = trashSharingFromPreload();
    if (!sharing || trashSize === 0) return;
    let current = true;
    sharing.listSpaces().then(
      (listed) => current && setSpaces(listed),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [trashSize]);
  return spaces;
}
